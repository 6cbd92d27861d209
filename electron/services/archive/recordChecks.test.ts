import { mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../core/ipc/dispatch';
import { encodeArchiveFile } from './archiveFile';
import { ArchiveStore } from './archiveStore';
import { createArchiveHandlers } from './handlers';
import { sessionRecord } from './testRecords';

let root: string;
let dir: string;
let dispatch: ReturnType<typeof createDispatcher>;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'plenary-record-checks-'));
  dir = join(root, 'archive');
  dispatch = createDispatcher(createArchiveHandlers(new ArchiveStore(dir)) as never);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

type Session = Extract<ReturnType<typeof sessionRecord>, { kind: 'session' }>;
const session = (text = 'A line') => sessionRecord('s-1', 1, { text }) as Session;

/** The same record as the whole-record channel and as the text-blocks channel send it. */
function bothChannels(record: Session) {
  const document = record.record.document!;
  const children = document.content.root.children as unknown[];
  const changed = Object.fromEntries(children.map((child, index) => [`b${index}`, JSON.stringify(child)]));
  const [head = '', tail = ''] = JSON.stringify({ root: { ...document.content.root, children: '#' } }).split('"#"');
  return [
    () => dispatch('archiveWrite', { record }),
    () =>
      dispatch('archiveWriteSessionText', {
        session: record.record.session,
        document: { sessionId: document.sessionId, revision: document.revision, updatedAt: document.updatedAt, content: { head, tail, keys: Object.keys(changed), changed, whole: true } },
      }),
  ];
}

describe('one validation for both save channels', () => {
  it.each([
    ['a document of another session', (r: Session) => void (r.record.document!.sessionId = 's-2'), /belongs to session s-2, not s-1/],
    ['a node of a kind the editor does not know', (r: Session) => void ((r.record.document!.content.root.children[0] as { type: string }).type = 'script'), /a node of a kind the editor does not know \(script\)/],
    ['a 50 MB text field', (r: Session) => void (((r.record.document!.content.root.children[0] as { children: Array<{ text: string }> }).children[0]!).text = 'x'.repeat(50 * 1024 * 1024)), /longer than 8 MB/],
    ['children that are not a list', (r: Session) => void ((r.record.document!.content.root.children[0] as { children: unknown }).children = 'oops'), /children that are not a list/],
  ])('refuses %s on either channel and writes nothing', async (_name, spoil, message) => {
    for (const save of bothChannels((() => {
      const record = session();
      spoil(record);
      return record;
    })())) {
      const answer = await save();
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-record', message: expect.stringMatching(message) } });
    }
    expect(await new ArchiveStore(dir).index()).toEqual({ entries: [], problems: [] });
  });
});

describe('messages the user can act on', () => {
  it('never shows the system error text when a file is in the way of the archive folder', async () => {
    await writeFile(join(root, 'blocked'), 'a file');
    const blocked = createDispatcher(createArchiveHandlers(new ArchiveStore(join(root, 'blocked'))) as never);
    const answer = await blocked('archiveWrite', { record: session() });
    expect(answer).toMatchObject({ ok: false, error: { code: 'in-the-way' } });
    if (answer.ok) return;
    expect(answer.error.message).toBe('Could not save to the archive: a file is in the way of a folder Plenary needs. Move that file away, then try again.');
  });

  it('never quotes a file’s text when an archive file cannot be read, even through a link', async () => {
    await mkdir(join(dir, 'sessions'), { recursive: true });
    await writeFile(join(root, 'private.txt'), 'password=hunter2 and more private words');
    await symlink(join(root, 'private.txt'), join(dir, 'sessions', 's-9.json'));
    const answer = await dispatch('archiveIndex', {});
    const text = JSON.stringify(answer);
    expect(text).toContain('sessions/s-9.json is not valid JSON');
    expect(text).not.toMatch(/hunter2|password|private words/);
  });

  it('reads an archive file that starts with a BOM', async () => {
    await mkdir(join(dir, 'sessions'), { recursive: true });
    await writeFile(join(dir, 'sessions', 's-1.json'), `\uFEFF${encodeArchiveFile(session(), new Date())}`);
    expect(await dispatch('archiveIndex', {})).toEqual({ ok: true, value: { entries: [{ kind: 'session', id: 's-1', revision: 1, deleted: false }], problems: [] } });
  });

  it('does not read a file larger than any record, and says so', async () => {
    await mkdir(join(dir, 'sessions'), { recursive: true });
    const handle = await open(join(dir, 'sessions', 's-big.json'), 'w');
    await handle.truncate(200 * 1024 * 1024);
    await handle.close();
    const answer = (await dispatch('archiveIndex', {})) as { ok: true; value: { problems: Array<{ message: string }> } };
    expect(answer.value.problems[0]?.message).toMatch(/^sessions\/s-big\.json is 200 MB, larger than any record Plenary writes/);
  });
});
