import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArchiveRecord } from '../../../core/model/archiveRecord';
import { ArchiveConflicts } from './archiveConflicts';
import { encodeArchiveFile } from './archiveFile';
import { ArchiveStore } from './archiveStore';
import { ArchiveWatcher } from './archiveWatcher';
import { sessionRecord } from './testRecords';

let dir: string;
let store: ArchiveStore;
let watcher: ArchiveWatcher;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plenary-watch-'));
  store = new ArchiveStore(dir);
  watcher = new ArchiveWatcher(store);
});
afterEach(async () => {
  await watcher.close();
  await rm(dir, { recursive: true, force: true });
});

/** A session with two stamped lines, as another device would have it. */
function withLines(id: string, revision: number, lines: Array<[string, number]>): ArchiveRecord {
  const record = sessionRecord(id, revision, { text: 'x' });
  if (record.kind !== 'session' || !record.record.document) throw new Error('a session');
  const [template] = record.record.document.content.root.children;
  record.record.document.content.root.children = lines.map(([text, stamp]) => ({
    ...template,
    $: { stamp },
    children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
  }));
  return record;
}

describe('ArchiveWatcher', () => {
  it("tells the window what another program wrote within moments, and not this process's own saves", async () => {
    const start = await watcher.next(-1, null, 0);
    await store.write(sessionRecord('mine', 1, { text: 'typed here' }));
    const quiet = await watcher.next(start.cursor, start.epoch, 800);
    expect(quiet.records).toEqual([]);

    const started = Date.now();
    const waiting = watcher.next(quiet.cursor, quiet.epoch, 10_000);
    await new ArchiveStore(dir).write(sessionRecord('theirs', 1, { text: 'from the command line' }));
    const changed = await waiting;
    expect(changed.records).toEqual([{ kind: 'session', id: 'theirs' }]);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('offers a sync client conflict copy as a conflict, never as a record, and merges it line by line', async () => {
    await store.write(withLines('talk', 6, [['intro', 1], ['laptop line', 3]]));
    const start = await watcher.next(-1, null, 0);
    // Syncthing kept the phone's version beside the file.
    await writeFile(
      join(dir, 'sessions', 'talk.sync-conflict-20261208-093000-ABCDEF7.json'),
      encodeArchiveFile(withLines('talk', 5, [['intro', 1], ['phone line', 2]]), new Date()),
    );
    const changed = await watcher.next(start.cursor, start.epoch, 10_000);
    expect(changed.conflicts).toBe(true);
    expect((await store.index()).entries.map((entry) => entry.id)).toEqual(['talk']);
    expect((await store.index()).problems).toEqual([]);

    const conflicts = new ArchiveConflicts(store);
    const [conflict] = await conflicts.list();
    expect(conflict).toMatchObject({ kind: 'session', id: 'talk', source: 'syncthing', revision: 5, currentRevision: 6 });
    expect(await conflicts.resolve(conflict?.file ?? '', 'merge')).toMatchObject({ revision: 7, added: 1, differing: 0 });
    const [merged] = await store.read('session', ['talk']);
    expect(JSON.stringify(merged).match(/"text":"[^"]*"/g)).toEqual(['"text":"intro"', '"text":"phone line"', '"text":"laptop line"']);
    expect(await conflicts.list()).toEqual([]);
    expect(await readdir(join(dir, 'conflicts', 'resolved'))).toEqual(['talk.sync-conflict-20261208-093000-ABCDEF7.json']);
  });

  it('keeps the lower revision another program wrote since this store last looked, and says so', async () => {
    await store.write(withLines('talk', 1, [['intro', 1]]));
    await new ArchiveStore(dir).write(withLines('talk', 2, [['intro', 1], ['from the command line', 2]]));
    const outcome = await store.write(withLines('talk', 3, [['intro', 1], ['typed in the app', 3]]));
    expect(outcome).toMatchObject({ written: true, revision: 3, conflict: { diskRevision: 2 } });
    const [kept] = await new ArchiveConflicts(store).list();
    expect(kept).toMatchObject({ id: 'talk', source: 'plenary', revision: 2, currentRevision: 3 });
  });
});
