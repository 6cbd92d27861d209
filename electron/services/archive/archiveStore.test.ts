import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../core/ipc/result';
import type { ArchiveRecord } from '../../../core/model/archiveRecord';
import { ArchiveStore } from './archiveStore';
import { conferenceRecord, sessionRecord, templateRecord } from './testRecords';

let root: string;
let dir: string;
let store: ArchiveStore;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'plenary-store-'));
  dir = join(root, 'archive');
  store = new ArchiveStore(dir);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const sessionFile = (id: string) => join(dir, 'sessions', `${id}.json`);

async function listAll(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true });
  return entries.map(String).sort();
}

describe('ArchiveStore: writing and reading', () => {
  it('indexes an archive folder that does not exist yet as empty', async () => {
    expect(await store.index()).toEqual({ entries: [], problems: [] });
    expect(await store.readAll()).toEqual({ records: [], problems: [] });
  });

  it('keeps one file per record in a folder per kind, with the format header', async () => {
    await store.write(conferenceRecord('conf-1'));
    await store.write(sessionRecord('sess-1', 1, { text: 'Opening keynote' }));
    await store.write(templateRecord('tmpl-1'));
    expect(await listAll(dir)).toEqual([
      'conferences',
      'conferences/conf-1.json',
      'sessions',
      'sessions/sess-1.json',
      'templates',
      'templates/tmpl-1.json',
    ]);
    const file = JSON.parse(await readFile(sessionFile('sess-1'), 'utf8'));
    expect(file).toMatchObject({ format: 'plenary-archive', formatVersion: 1, kind: 'session' });
    expect(Date.parse(file.savedAt)).not.toBeNaN();
    expect(file.record.session.id).toBe('sess-1');
    expect(file.record.document.content.root.children[0].$).toEqual({ stamp: 1_700_000_000_000 });
  });

  it('reads back exactly what was written, and indexes ids and revisions', async () => {
    const records = [conferenceRecord('conf-1', 3), sessionRecord('sess-1', 7, { text: 'hello' }), templateRecord('tmpl-1', 2)];
    for (const record of records) expect(await store.write(record)).toEqual({ written: true, revision: expect.any(Number) });
    expect(await store.read('session', ['sess-1'])).toEqual([records[1]]);
    expect(await store.read('conference', ['missing', 'conf-1'])).toEqual([records[0]]);
    expect((await store.readAll()).records).toEqual(records);

    const fresh = new ArchiveStore(dir);
    expect(await fresh.index()).toEqual({
      entries: [
        { kind: 'conference', id: 'conf-1', revision: 3, deleted: false },
        { kind: 'session', id: 'sess-1', revision: 7, deleted: false },
        { kind: 'template', id: 'tmpl-1', revision: 2, deleted: false },
      ],
      problems: [],
    });
  });

  it('keeps a deletion as a tombstone file, never removing the file', async () => {
    await store.write(sessionRecord('sess-1', 1, { text: 'to be deleted' }));
    expect(await store.write(sessionRecord('sess-1', 2, { deleted: true }))).toEqual({ written: true, revision: 2 });
    expect((await stat(sessionFile('sess-1'))).isFile()).toBe(true);
    expect((await store.index()).entries).toEqual([{ kind: 'session', id: 'sess-1', revision: 2, deleted: true }]);
    const [tombstone] = await store.read('session', ['sess-1']);
    expect(tombstone?.kind === 'session' && tombstone.record.session.deleted).toBe(true);
  });

  it('refuses an invalid record with a message for the user', async () => {
    const broken = sessionRecord('sess-1');
    if (broken.kind === 'session') broken.record.session.title = '   ';
    await expect(store.write(broken)).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await listAll(root)).toEqual([]);
  });
});

describe('ArchiveStore: the revision guard', () => {
  it('never replaces an equal or newer revision on disk, and keeps a version it never held as a conflict copy', async () => {
    expect(await store.write(sessionRecord('sess-1', 4, { text: 'older' }))).toEqual({ written: true, revision: 4 });
    expect(await store.write(sessionRecord('sess-1', 5, { text: 'newest' }))).toEqual({ written: true, revision: 5 });
    const bytes = await readFile(sessionFile('sess-1'));

    // A stale copy of a version the file held: nothing to keep.
    expect(await store.write(sessionRecord('sess-1', 4, { text: 'older' }))).toEqual({ written: false, revision: 5 });
    expect(await store.write(sessionRecord('sess-1', 5, { text: 'newest' }))).toEqual({ written: false, revision: 5 });
    expect(await readdir(dir)).not.toContain('conflicts');
    // The same revision with other text was made apart from this file: the writer is told and the version is kept.
    const lost = await store.write(sessionRecord('sess-1', 5, { text: 'same revision, other text' }));
    expect(lost).toMatchObject({ written: false, revision: 5, conflict: { diskRevision: 5 } });
    expect(await readFile(sessionFile('sess-1'))).toEqual(bytes);
    const kept = JSON.parse(await readFile(join(dir, lost.conflict?.file ?? 'missing'), 'utf8')) as { record: unknown };
    expect(kept.record).toEqual((sessionRecord('sess-1', 5, { text: 'same revision, other text' }) as { record: unknown }).record);

    expect(await store.write(sessionRecord('sess-1', 6, { text: 'newer' }))).toEqual({ written: true, revision: 6 });
    const [record] = await store.read('session', ['sess-1']);
    expect(record).toEqual(sessionRecord('sess-1', 6, { text: 'newer' }));
  });

  it('compares against the file on disk, also when another program changed it', async () => {
    await store.write(conferenceRecord('conf-1', 1));
    await store.index();
    // Another Plenary (the command line, a second computer syncing the folder) wrote revision 9.
    const other = new ArchiveStore(dir);
    await other.write(conferenceRecord('conf-1', 9));
    expect(await store.write(conferenceRecord('conf-1', 1))).toEqual({ written: false, revision: 9 });
    expect(await store.write(conferenceRecord('conf-1', 2))).toMatchObject({ written: false, revision: 9, conflict: { diskRevision: 9 } });
  });

  it('ends concurrent writes to one record with the highest revision', async () => {
    const revisions = Array.from({ length: 30 }, (_, i) => i + 1);
    const shuffled = [...revisions].sort(() => Math.random() - 0.5);
    shuffled.push(shuffled[0] as number, 30, 30);
    const outcomes = await Promise.all(shuffled.map((revision) => store.write(sessionRecord('sess-1', revision, { text: `r${revision}` }))));

    expect(outcomes.filter((outcome) => outcome.written && outcome.revision === 30)).toHaveLength(1);
    for (const outcome of outcomes) expect(outcome.revision).toBeLessThanOrEqual(30);
    expect((await new ArchiveStore(dir).index()).entries).toEqual([{ kind: 'session', id: 'sess-1', revision: 30, deleted: false }]);
    expect(await store.read('session', ['sess-1'])).toEqual([sessionRecord('sess-1', 30, { text: 'r30' })]);
    expect(await readdir(join(dir, 'sessions'))).toEqual(['sess-1.json']);
  });

  it('writes different records in parallel without mixing them up', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `sess-${i}`);
    await Promise.all(ids.map((id, i) => store.write(sessionRecord(id, i + 1, { text: id }))));
    const records = await store.read('session', ids);
    expect(records).toEqual(ids.map((id, i) => sessionRecord(id, i + 1, { text: id })));
  });
});

describe('ArchiveStore: hostile ids', () => {
  // Windows reserves device names in any case (nul.json is the null device), and folders that ignore case see S1 and s1 as one file.
  const hostile = ['../escape', '..', 'a/b', 'a\\b', 'x.json', 'C:evil', 'with space', 'é', 'a'.repeat(65), '', 'nul\0byte', 'CON', 'nul', 'AUX', 'com1', 'LPT1', 'prn', 'S1'];

  it.each(hostile)('refuses to write %j and creates nothing', async (id) => {
    await expect(store.write(conferenceRecord(id))).rejects.toBeInstanceOf(UserFacingError);
    expect(await listAll(root)).toEqual([]);
  });

  it.each(hostile)('refuses to read %j', async (id) => {
    await writeFile(join(root, 'escape.json'), JSON.stringify({ secret: true }));
    await expect(store.read('conference', ['ok-id', id])).rejects.toMatchObject({ code: 'invalid-archive-id' });
  });

  it('accepts the id shapes Plenary makes', async () => {
    const uuid = globalThis.crypto.randomUUID();
    await store.write(conferenceRecord(uuid));
    await store.write(conferenceRecord('builtin_talk-template_1'));
    await store.write(conferenceRecord('console'));
    expect((await store.index()).entries.map((entry) => entry.id).sort()).toEqual(['builtin_talk-template_1', 'console', uuid].sort());
  });

  it('refuses a revision beyond what saving could reach, and a jump far past the one on disk, saying so', async () => {
    await expect(store.write(conferenceRecord('c-1', Number.MAX_SAFE_INTEGER))).rejects.toMatchObject({ code: 'invalid-record', message: expect.stringMatching(/revision/) });
    await store.write(conferenceRecord('c-1', 3));
    await expect(store.write(conferenceRecord('c-1', 3 + 2_000_000))).rejects.toMatchObject({ code: 'revision-jump', message: expect.stringMatching(/Nothing was written/) });
    expect(await store.write(conferenceRecord('c-1', 4))).toEqual({ written: true, revision: 4 });
  });
});

describe('ArchiveStore: files that cannot be read', () => {
  async function corrupt(id: string, text: string): Promise<Buffer> {
    await mkdir(dirname(sessionFile(id)), { recursive: true });
    await writeFile(sessionFile(id), text);
    return readFile(sessionFile(id));
  }

  it('skips, reports and keeps byte for byte a file damaged by hand, and refuses to overwrite it', async () => {
    await store.write(sessionRecord('sess-good', 1, { text: 'fine' }));
    await store.write(sessionRecord('sess-bad', 1, { text: 'will be damaged' }));
    expect((await store.index()).entries).toHaveLength(2);

    const original = await readFile(sessionFile('sess-bad'), 'utf8');
    const damaged = await corrupt('sess-bad', original.slice(0, original.length / 2));

    const index = await store.index();
    expect(index.entries).toEqual([{ kind: 'session', id: 'sess-good', revision: 1, deleted: false }]);
    expect(index.problems).toEqual([{ file: sessionFile('sess-bad'), message: expect.stringContaining('sessions/sess-bad.json is not valid JSON') }]);
    expect(index.problems[0]?.message).toContain('left it as it is');
    expect(await store.read('session', ['sess-bad', 'sess-good'])).toHaveLength(1);
    expect((await store.readAll()).problems).toEqual(index.problems);

    const refusal = store.write(sessionRecord('sess-bad', 2, { text: 'newer' }));
    await expect(refusal).rejects.toBeInstanceOf(UserFacingError);
    await expect(refusal).rejects.toMatchObject({
      code: 'archive-file-unreadable',
      message: expect.stringMatching(/Session sess-bad.*sessions\/sess-bad\.json.*Move that file out of the archive folder/),
    });
    expect(await readFile(sessionFile('sess-bad'))).toEqual(damaged);
    expect(await readdir(join(dir, 'sessions'))).toEqual(['sess-bad.json', 'sess-good.json']);

    // Once the user moves it away, the next save writes a fresh copy.
    await rm(sessionFile('sess-bad'));
    expect(await store.write(sessionRecord('sess-bad', 2, { text: 'newer' }))).toEqual({ written: true, revision: 2 });
  });

  const header = { format: 'plenary-archive', formatVersion: 1, savedAt: '2026-01-01T00:00:00.000Z' };
  const cases: Array<[string, string, RegExp]> = [
    ['an empty file', '', /is not valid JSON/],
    ['a JSON array', '[1,2]', /is not a Plenary archive file/],
    ['another program’s JSON', JSON.stringify({ title: 'x' }), /is not a Plenary archive file/],
    ['a damaged header', JSON.stringify({ ...header, formatVersion: 'one' }), /damaged header.*formatVersion/],
    ['a record missing fields', JSON.stringify({ ...header, kind: 'session', record: { session: { id: 'sess-x' } } }), /does not hold a valid record/],
    ['a record of another kind', JSON.stringify({ ...header, ...conferenceRecord('sess-x') }), /holds a conference record/],
    ['another id than its name', JSON.stringify({ ...header, ...sessionRecord('sess-other') }), /holds the record "sess-other", but its file name says "sess-x"/],
  ];

  it.each(cases)('reports %s and keeps it', async (_label, text, pattern) => {
    const bytes = await corrupt('sess-x', text);
    const index = await store.index();
    expect(index.entries).toEqual([]);
    expect(index.problems).toHaveLength(1);
    expect(index.problems[0]?.file).toBe(sessionFile('sess-x'));
    expect(index.problems[0]?.message).toMatch(pattern);
    expect(index.problems[0]?.message).toContain('Repair it, or move it out of the archive folder');
    await expect(store.write(sessionRecord('sess-x', 99))).rejects.toMatchObject({ code: 'archive-file-unreadable' });
    expect(await readFile(sessionFile('sess-x'))).toEqual(bytes);
  });

  it('tells the user to update Plenary for a file from a newer format version', async () => {
    const bytes = await corrupt('sess-x', JSON.stringify({ ...header, formatVersion: 2, ...sessionRecord('sess-x') }));
    const index = await store.index();
    expect(index.problems[0]?.message).toMatch(/newer version of Plenary \(archive format 2; this version reads format 1\).*Update Plenary/);
    await expect(store.write(sessionRecord('sess-x', 99))).rejects.toMatchObject({ message: expect.stringContaining('Update Plenary') });
    expect(await readFile(sessionFile('sess-x'))).toEqual(bytes);
  });

  it('ignores hidden and non-JSON files and reports JSON files not named like a record', async () => {
    await store.write(sessionRecord('sess-1'));
    await writeFile(join(dir, 'sessions', '.sess-1.json.0123abcd.tmp'), 'half a write');
    await writeFile(join(dir, 'sessions', '.DS_Store'), '');
    await writeFile(join(dir, 'sessions', 'README.txt'), 'notes');
    await writeFile(join(dir, 'sessions', 'My copy.json'), '{}');
    await mkdir(join(dir, 'sessions', 'folder.json'));
    const index = await store.index();
    expect(index.entries.map((entry) => entry.id)).toEqual(['sess-1']);
    expect(index.problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('sessions/My copy.json is not named like an archive record'),
      expect.stringContaining('sessions/folder.json is a folder'),
    ]);
    expect((await readdir(join(dir, 'sessions'))).sort()).toEqual(
      ['.DS_Store', '.sess-1.json.0123abcd.tmp', 'My copy.json', 'README.txt', 'folder.json', 'sess-1.json'].sort(),
    );
  });
});

describe('ArchiveStore: the index cache', () => {
  it('sees a file changed by another program', async () => {
    await store.write(sessionRecord('sess-1', 1));
    await store.index();
    await new ArchiveStore(dir).write(sessionRecord('sess-1', 2, { text: 'from elsewhere' }));
    await new ArchiveStore(dir).write(conferenceRecord('conf-new', 1));
    expect((await store.index()).entries).toEqual([
      { kind: 'conference', id: 'conf-new', revision: 1, deleted: false },
      { kind: 'session', id: 'sess-1', revision: 2, deleted: false },
    ]);
    await rm(sessionFile('sess-1'));
    expect((await store.index()).entries.map((entry) => entry.id)).toEqual(['conf-new']);
  });

  it('reads each file once while it is unchanged, and again when it changes', async () => {
    for (let i = 0; i < 5; i++) await store.write(sessionRecord(`sess-${i}`, 1));
    const reader = new ArchiveStore(dir);
    await reader.index();
    expect(reader.readCount).toBe(5);
    await reader.index();
    expect(reader.readCount).toBe(5);
    await store.write(sessionRecord('sess-3', 2));
    expect((await reader.index()).entries.find((entry) => entry.id === 'sess-3')?.revision).toBe(2);
    expect(reader.readCount).toBe(6);
  });

  it('notices a same-size edit by hand even when the modification time is put back', async () => {
    await store.write(sessionRecord('sess-1', 1));
    const time = 1_700_000_000;
    await utimes(sessionFile('sess-1'), time, time);
    const { size } = await stat(sessionFile('sess-1'));
    expect((await store.index()).problems).toEqual([]);
    await writeFile(sessionFile('sess-1'), 'x'.repeat(size));
    await utimes(sessionFile('sess-1'), time, time);
    const index = await store.index();
    expect(index.entries).toEqual([]);
    expect(index.problems).toHaveLength(1);
  });

  it('reports a kind folder that is a file', async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'sessions'), 'not a folder');
    await store.write(conferenceRecord('conf-1'));
    const index = await store.index();
    expect(index.entries.map((entry) => entry.id)).toEqual(['conf-1']);
    expect(index.problems).toEqual([{ file: join(dir, 'sessions'), message: expect.stringContaining('is a file, not a folder') }]);
  });

  it('updates the cache on its own writes', async () => {
    await store.write(sessionRecord('sess-1', 1));
    await store.index();
    await store.write(sessionRecord('sess-1', 2, { deleted: true }));
    expect((await store.index()).entries).toEqual([{ kind: 'session', id: 'sess-1', revision: 2, deleted: true }]);
  });
});

describe('ArchiveStore: records of each kind', () => {
  it.each<[string, ArchiveRecord]>([
    ['conference', conferenceRecord('c-1', 2, true)],
    ['session', sessionRecord('s-1', 2, { deleted: false, text: 'x' })],
    ['template', templateRecord('t-1', 2)],
  ])('round-trips a %s', async (_kind, record) => {
    await store.write(record);
    expect((await store.readAll()).records).toEqual([record]);
  });
});
