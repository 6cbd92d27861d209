import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { ActionItemsByBlock } from '../../../core/actions/deriveByBlock';
import { emptyEditorState } from '../../../core/model/session';
import { chunkBlocks } from '../../../core/sync/documentChunks';
import { primeDocumentBlocks, storeDocumentBlocks } from '../sync/storeDocumentText';
import { listSessionActionItems } from './actionItems';
import { createConference } from './conferences';
import { database } from './database';
import { StoredChunks } from './documentChunks';
import { readDocument } from './documentRows';
import { createSession, getDocument, newSaveMemory, saveDocument, saveDocumentInChunks } from './sessions';
import { storeRecordsFromDisk } from './archiveRecords';
import { actionRowsRead } from './testActionRows';
import { documentWith } from './testDocuments';

beforeEach(async () => {
  const db = database();
  await Promise.all([db.conferences.clear(), db.sessions.clear(), db.documents.clear(), db.documentChunks.clear(), db.actionItems.clear(), db.actionLines.clear()]);
});

async function session() {
  const conference = await createConference({ name: 'Monitorama', location: 'Portland', startDate: '2026-06-16', endDate: '2026-06-18', timeZone: 'America/Los_Angeles' }, 100);
  return createSession({ conferenceId: conference.id, title: 'Alerting without tears' }, emptyEditorState(), 101);
}

const frame = JSON.stringify({ root: { ...documentWith('').root, children: [] } }).split('[]');
const line = (text: string) => JSON.stringify(documentWith(text).root.children[0]);

/** A document of `count` lines as the save worker gets it: frame, keys and block texts. */
function notes(count: number, text = (index: number) => `Line ${index}: the speaker on alert fatigue, pager rotations and runbooks`) {
  const blocks = Array.from({ length: count }, (_, index) => line(text(index)));
  return { head: frame[0] ?? '', tail: frame[1] ?? '', keys: blocks.map((_, index) => String(index)), blocks };
}

/** Chunks `change` writes to the store. */
async function chunksWritten(change: () => Promise<unknown>): Promise<number> {
  const table = database().documentChunks;
  let written = 0;
  const counted = () => void written++;
  table.hook('creating', counted);
  try {
    await change();
  } finally {
    table.hook('creating').unsubscribe(counted);
  }
  return written;
}

async function storedChunkCount(sessionId: string): Promise<number> {
  return database().documentChunks.where('sessionId').equals(sessionId).count();
}

describe('documents stored in chunks by the save worker', () => {
  it('name each chunk by its content', async () => {
    const chunks = new StoredChunks();
    const named = await chunks.name('s1', ['{"a":1}', '{"b":2}', '{"a":1}']);
    expect(named.ids[0]).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(named.ids[2]).toBe(named.ids[0]);
    expect(named.ids[1]).not.toBe(named.ids[0]);
    expect((await new StoredChunks().name('s2', ['{"b":2}'])).ids).toEqual([named.ids[1]]);
  });

  it('write only the chunks around a change, and read back as the whole document', async () => {
    const { id } = await session();
    const derivation = new ActionItemsByBlock();
    const memory = newSaveMemory();
    const text = notes(2000);
    const first = await chunksWritten(() => storeDocumentBlocks(id, text, 200, derivation, memory));
    expect(first).toBeGreaterThan(20);
    expect(await storedChunkCount(id)).toBe(first);

    // Typing into line 1,200, then a new line after it.
    const typed = { ...text, blocks: text.blocks.with(1200, line('Line 1200: TODO ask about the runbook template')) };
    expect(await chunksWritten(() => storeDocumentBlocks(id, typed, 300, derivation, memory))).toBeLessThanOrEqual(2);
    const entered = { ...typed, keys: [...typed.keys.slice(0, 1201), 'new', ...typed.keys.slice(1201)], blocks: [...typed.blocks.slice(0, 1201), line('and they page twice'), ...typed.blocks.slice(1201)] };
    expect(await chunksWritten(() => storeDocumentBlocks(id, entered, 400, derivation, memory))).toBeLessThanOrEqual(2);

    const stored = await getDocument(id);
    expect(stored?.content.root.children.map((block) => JSON.stringify(block))).toEqual(entered.blocks);
    expect(stored?.revision).toBe(4);
    // Chunks no longer listed were deleted with the save that dropped them.
    const row = await database().documents.get(id);
    expect(row && 'chunks' in row ? new Set(row.chunks).size : -1).toBe(await storedChunkCount(id));
  });

  it('after the session is opened again (a new worker), still write only the chunks that changed', async () => {
    const { id } = await session();
    const text = notes(2000);
    await storeDocumentBlocks(id, text, 200, new ActionItemsByBlock(), newSaveMemory());
    const typed = { ...text, blocks: text.blocks.with(700, line('Line 700: typed after opening the session again')) };
    expect(await chunksWritten(() => storeDocumentBlocks(id, typed, 300, new ActionItemsByBlock(), newSaveMemory()))).toBeLessThanOrEqual(2);
    expect((await getDocument(id))?.content.root.children.map((block) => JSON.stringify(block))).toEqual(typed.blocks);
    const row = await database().documents.get(id);
    expect(row && 'chunks' in row ? new Set(row.chunks).size : -1).toBe(await storedChunkCount(id));
  });

  it('primed when the session opens, make the first save write only what changed and read no action row', async () => {
    const { id } = await session();
    const text = notes(1000, (index) => (index % 10 === 0 ? `TODO: follow up on point ${index}` : `Line ${index}: the speaker on pager rotations`));
    await storeDocumentBlocks(id, text, 200, new ActionItemsByBlock(), newSaveMemory());
    // The session is opened again: a new worker, primed with the document as opened.
    const derivation = new ActionItemsByBlock();
    const memory = newSaveMemory();
    const db = database();
    const revision = (await db.sessions.get(id))?.revision;
    await primeDocumentBlocks(id, text, 300, derivation, memory);
    expect((await db.sessions.get(id))?.revision).toBe(revision);

    const typed = { ...text, blocks: text.blocks.with(500, line('TODO: follow up on point 500, with Ada')) };
    const firstSave = await actionRowsRead(() => chunksWritten(() => storeDocumentBlocks(id, typed, 400, derivation, memory)));
    expect(firstSave.result).toBeLessThanOrEqual(2);
    expect(firstSave.read).toBe(0);
    expect((await listSessionActionItems(id)).map((row) => row.text)).toContain('follow up on point 500, with Ada');
    expect(await listSessionActionItems(id)).toHaveLength(100);
  });

  it('start over after another write of the document, leaving no chunk behind', async () => {
    const { id } = await session();
    const derivation = new ActionItemsByBlock();
    const memory = newSaveMemory();
    await storeDocumentBlocks(id, notes(500), 200, derivation, memory);
    // A tick from the Actions view saves the document whole, from the window's thread.
    await saveDocument(id, documentWith('- [x] saved whole'), 300);
    expect(await storedChunkCount(id)).toBe(0);
    expect((await getDocument(id))?.content).toEqual(documentWith('- [x] saved whole'));

    const again = notes(500, (index) => `Again ${index}`);
    await storeDocumentBlocks(id, again, 400, derivation, memory);
    expect((await getDocument(id))?.content.root.children.map((block) => JSON.stringify(block))).toEqual(again.blocks);
    const row = await database().documents.get(id);
    expect(row && 'chunks' in row ? new Set(row.chunks).size : -1).toBe(await storedChunkCount(id));
  });

  it('give way to a newer copy from the archive folder, leaving no chunk behind', async () => {
    const { id } = await session();
    await storeDocumentBlocks(id, notes(400), 200, new ActionItemsByBlock(), newSaveMemory());
    const local = await database().sessions.get(id);
    if (!local) throw new Error('the session was not stored');
    const newer = { ...local, revision: local.revision + 5, updatedAt: 900 };
    const document = { sessionId: id, content: documentWith('written on another computer'), revision: newer.revision, updatedAt: 900 };
    expect(await storeRecordsFromDisk([{ kind: 'session', record: { session: newer, document } }])).toBe(1);
    expect(await storedChunkCount(id)).toBe(0);
    expect((await getDocument(id))?.content).toEqual(documentWith('written on another computer'));
  });

  it('stay whole when a save rolls back: the next save writes what the rolled-back one lost', async () => {
    const { id } = await session();
    const derivation = new ActionItemsByBlock();
    const memory = newSaveMemory();
    const text = notes(800);
    await storeDocumentBlocks(id, text, 200, derivation, memory);
    const changed = { ...text, blocks: text.blocks.with(400, line('changed in a save that failed')) };
    // The save writes its chunk, then fails before it commits.
    const failing = saveDocumentInChunks(id, { head: text.head, tail: text.tail, chunks: chunkBlocks(changed.blocks) }, 300, memory, () => {
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    expect((await getDocument(id))?.content.root.children.map((block) => JSON.stringify(block))).toEqual(text.blocks);
    expect((await database().sessions.get(id))?.revision).toBe(2);

    const next = { ...changed, blocks: changed.blocks.with(10, line('and another change')) };
    await storeDocumentBlocks(id, next, 400, derivation, memory);
    expect((await getDocument(id))?.content.root.children.map((block) => JSON.stringify(block))).toEqual(next.blocks);
  });

  it('report a missing chunk with what to do, instead of a document with a hole', async () => {
    const { id } = await session();
    await storeDocumentBlocks(id, notes(300), 200, new ActionItemsByBlock(), newSaveMemory());
    const db = database();
    const [first] = await db.documentChunks.where('sessionId').equals(id).primaryKeys();
    if (first) await db.documentChunks.delete(first);
    await expect(readDocument(db, id)).rejects.toThrow(/incomplete in this computer's store.*restart Plenary to restore it/);
  });
});
