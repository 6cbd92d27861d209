import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyEditorState } from '../../../core/model/session';
import { documentWith } from './testDocuments';
import { readLocalRecords } from './archiveRecords';
import { createConference } from './conferences';
import { database } from './database';
import { readSessionRecords } from './searchIndex';
import { createSession, getDocument, newSaveMemory, saveDocument } from './sessions';
import { ActionItemsByBlock } from '../../../core/actions/deriveByBlock';
import { storeDocumentBlocks, storeDocumentText } from '../sync/storeDocumentText';
import { actionRowsFor } from './actionRows';
import { listActionItems, listSessionActionItems } from './actionItems';
import { readAllDocuments, readDocuments } from './documentRows';
import type { StoredDocumentText } from './documentText';

beforeEach(async () => {
  const db = database();
  await Promise.all([db.conferences.clear(), db.sessions.clear(), db.documents.clear(), db.documentChunks.clear(), db.actionItems.clear(), db.actionLines.clear()]);
});

async function session() {
  const conference = await createConference({ name: 'StrangeLoop', location: 'St. Louis', startDate: '2026-09-18', endDate: '2026-09-19', timeZone: 'America/Chicago' }, 100);
  return createSession({ conferenceId: conference.id, title: 'Propositions as types' }, emptyEditorState(), 101);
}

describe('documents stored as JSON text', () => {
  it('come back as objects through every read: one, several, all, and the archive and search readers', async () => {
    const { id } = await session();
    const content = documentWith('TODO: send Phil the paper @me');
    await storeDocumentText(id, JSON.stringify(content), 200);
    // Stored as text …
    const raw = await new Promise<unknown>((resolve, reject) => {
      const request = indexedDB.open('plenary');
      request.onsuccess = () => {
        const get = request.result.transaction('documents').objectStore('documents').get(id);
        get.onsuccess = () => {
          resolve(get.result);
          request.result.close();
        };
        get.onerror = () => reject(get.error);
      };
      request.onerror = () => reject(request.error);
    });
    expect(typeof (raw as { content: unknown }).content).toBe('string');
    // … read as the object everywhere.
    expect((await getDocument(id))?.content).toEqual(content);
    expect((await readDocuments(database(), [id]))[0]?.content).toEqual(content);
    expect((await readAllDocuments(database()))[0]?.content).toEqual(content);
    const [record] = await readLocalRecords('session', [id]);
    expect(record?.kind === 'session' && record.record.document?.content).toEqual(content);
    expect((await readSessionRecords([id]))[0]?.document?.content).toEqual(content);
    // The action item of the line was derived in the same save.
    expect((await listActionItems()).map((row) => row.text)).toEqual(['send Phil the paper @me']);
  });

  it('sit beside documents stored as objects, and a later object save replaces the text', async () => {
    const { id } = await session();
    await storeDocumentText(id, JSON.stringify(documentWith('as text')), 200);
    await saveDocument(id, documentWith('as an object'), 300);
    expect((await getDocument(id))?.content).toEqual(documentWith('as an object'));
  });

  it('refuse text that is not a document, and keep what was saved before', async () => {
    const { id } = await session();
    await storeDocumentText(id, JSON.stringify(documentWith('kept')), 200);
    await expect(storeDocumentText(id, '{"root": {"type": "root", "children": [', 300)).rejects.toThrow(/could not be read back/);
    await expect(storeDocumentText(id, '{"root": {"type": "root", "children": [1, 2]}}', 300)).rejects.toThrow(/not a document Plenary can save/);
    expect((await getDocument(id))?.content).toEqual(documentWith('kept'));
  });

  it('reports text damaged in the store with what to do, instead of an empty document', async () => {
    const { id } = await session();
    const db = database();
    const damaged: StoredDocumentText = { sessionId: id, content: '{"root": {', revision: 5, updatedAt: 5 };
    await db.documents.put(damaged);
    await expect(getDocument(id)).rejects.toThrow(/damaged in this computer's store.*restart Plenary to restore it/);
  });

  it('saved block by block (the save worker), come back as the same document, with the rows a whole-document save derives', async () => {
    const { id } = await session();
    const derivation = new ActionItemsByBlock();
    const memory = newSaveMemory();
    const lines = ['TODO: send Phil the paper @me', "I'll try the demo later", 'Plain notes'];
    const blocks = lines.map((line) => JSON.stringify(documentWith(line).root.children[0]));
    const frame = JSON.stringify({ root: { ...documentWith('').root, children: [] } }).split('[]');
    const text = { head: frame[0] ?? '', tail: frame[1] ?? '', keys: ['1', '2', '3'], blocks };
    await storeDocumentBlocks(id, text, 200, derivation, memory);
    // A second save changes one block; the others are not read again.
    const changed = { ...text, blocks: [blocks[0] ?? '', JSON.stringify(documentWith('We need to grab that dataset!').root.children[0]), blocks[2] ?? ''] };
    await storeDocumentBlocks(id, changed, 300, derivation, memory);
    const stored = await getDocument(id);
    expect(stored?.content.root.children.map((block) => JSON.stringify(block))).toEqual(changed.blocks);
    const db = database();
    const saved = await db.sessions.get(id);
    const expected = actionRowsFor(saved!, stored, await db.conferences.get(saved!.conferenceId));
    const rows = await listSessionActionItems(id);
    expect(rows).toEqual(expected);
    expect(rows.map((row) => row.text)).toEqual(['send Phil the paper @me', 'We need to grab that dataset!']);
  });

  it('saved block by block, refuse a broken frame or block, and keep what was saved before', async () => {
    const { id } = await session();
    await storeDocumentText(id, JSON.stringify(documentWith('kept')), 200);
    const derivation = new ActionItemsByBlock();
    const memory = newSaveMemory();
    const block = JSON.stringify(documentWith('new').root.children[0]);
    await expect(storeDocumentBlocks(id, { head: '{"root":{"children":', tail: '}}', keys: ['1'], blocks: [block] }, 300, derivation, memory)).rejects.toThrow(
      /not a document Plenary can save/,
    );
    await expect(
      storeDocumentBlocks(id, { head: '{"root":{"type":"root","children":', tail: '}}', keys: ['1', '2'], blocks: [block, '{"type":'] }, 300, derivation, memory),
    ).rejects.toThrow(/block 2 of the notes is not valid JSON/);
    expect((await getDocument(id))?.content).toEqual(documentWith('kept'));
    expect((await database().sessions.get(id))?.revision).toBe(2);
  });
});
