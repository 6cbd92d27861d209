import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../core/ipc/dispatch';
import type { SessionRecord } from '../../../core/model/session';
import { ArchiveStore } from './archiveStore';
import { createArchiveHandlers } from './handlers';
import { sessionRecord } from './testRecords';

let root: string;
let store: ArchiveStore;
let dispatch: ReturnType<typeof createDispatcher>;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'plenary-session-text-'));
  store = new ArchiveStore(join(root, 'archive'));
  dispatch = createDispatcher(createArchiveHandlers(store) as never);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A document's text as a whole delta, as the first save of a session sends it: block keys b0, b1, … */
function pieces(json: string) {
  const parsed = JSON.parse(json) as { root: { children: unknown[] } };
  const changed = Object.fromEntries(parsed.root.children.map((child, index) => [`b${index}`, JSON.stringify(child)]));
  const [head = '', tail = ''] = JSON.stringify({ root: { ...parsed.root, children: '#' } }).split('"#"');
  return { head, tail, keys: Object.keys(changed), changed, whole: true };
}

function payload(revision: number, contentJson: string) {
  const record = sessionRecord('sess-1', revision, { text: 'unused' });
  if (record.kind !== 'session') throw new Error('expected a session record');
  const { session, document } = record.record as SessionRecord;
  if (!document) throw new Error('expected a document');
  const { content: _content, ...fields } = document;
  let content;
  try {
    content = pieces(contentJson);
  } catch {
    content = { head: contentJson, tail: '', keys: [], changed: {}, whole: true };
  }
  return { session, document: { ...fields, content } };
}

const documentText = (line: string) => JSON.stringify(sessionRecordContent(line));
function sessionRecordContent(line: string) {
  const record = sessionRecord('x', 1, { text: line });
  return record.kind === 'session' ? record.record.document?.content : null;
}

describe('archiveWriteSessionText', () => {
  it('takes later saves as the blocks that changed, and asks for the whole document when it lacks one', async () => {
    await dispatch('archiveWriteSessionText', payload(1, documentText('first line')));
    const next = payload(2, documentText('first line, edited'));
    const delta = { ...next, document: { ...next.document, content: { ...next.document.content, whole: false } } };
    expect(await dispatch('archiveWriteSessionText', delta)).toEqual({ ok: true, value: { written: true, revision: 2 } });
    expect(JSON.stringify(await store.read('session', ['sess-1']))).toContain('first line, edited');
    // Only the order: block b0 is the one main already holds.
    const unchanged = payload(3, documentText('first line, edited'));
    const orderOnly = { ...unchanged, document: { ...unchanged.document, content: { ...unchanged.document.content, changed: {}, whole: false } } };
    expect(await dispatch('archiveWriteSessionText', orderOnly)).toEqual({ ok: true, value: { written: true, revision: 3 } });
    // A block main never took: the window is told to send the whole document, and nothing is written.
    const stranger = { ...orderOnly, session: { ...orderOnly.session, revision: 4 }, document: { ...orderOnly.document, revision: 4, content: { ...orderOnly.document.content, keys: ['b0', 'b9'] } } };
    const missing = await dispatch('archiveWriteSessionText', stranger);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('document-blocks-missing');
    const [record] = await store.read('session', ['sess-1']);
    expect(record?.kind === 'session' && record.record.session.revision).toBe(3);
  });

  it('writes the session with its document parsed from the text', async () => {
    const answer = await dispatch('archiveWriteSessionText', payload(3, documentText('The speaker says: measure first')));
    expect(answer).toEqual({ ok: true, value: { written: true, revision: 3 } });
    const [record] = await store.read('session', ['sess-1']);
    expect(record?.kind === 'session' && record.record.document?.revision).toBe(3);
    expect(JSON.stringify(record)).toContain('The speaker says: measure first');
  });

  it('refuses text that is not JSON, or not a document, with a message, and writes nothing', async () => {
    const broken = await dispatch('archiveWriteSessionText', payload(1, '{"root": {"type": "root", "children": ['));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.message).toMatch(/not valid JSON.*Nothing was written/);
    const wrongShape = await dispatch('archiveWriteSessionText', payload(1, '{"root": {"type": "paragraph"}}'));
    expect(wrongShape.ok).toBe(false);
    if (!wrongShape.ok) expect(wrongShape.error.message).toMatch(/not valid/);
    await expect(readdir(join(root, 'archive'))).rejects.toThrow();
  });

  it('refuses a document of another session or revision, and keeps the file on disk as it was', async () => {
    await dispatch('archiveWriteSessionText', payload(2, documentText('first')));
    const before = await readFile(join(root, 'archive', 'sessions', 'sess-1.json'), 'utf8');
    const other = payload(3, documentText('second'));
    const mismatched = await dispatch('archiveWriteSessionText', { ...other, document: { ...other.document, revision: 4 } });
    expect(mismatched.ok).toBe(false);
    const stranger = await dispatch('archiveWriteSessionText', { ...other, document: { ...other.document, sessionId: 'sess-2' } });
    expect(stranger.ok).toBe(false);
    expect(await readFile(join(root, 'archive', 'sessions', 'sess-1.json'), 'utf8')).toBe(before);
  });
});
