import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArchiveKind } from '../../../core/model/archiveRecord';
import { reconcile, type LocalSide } from '../../../core/sync/reconcile';
import { ArchiveStore } from './archiveStore';
import { conferenceRecord, sessionRecord, templateRecord } from './testRecords';

// The disk side is the real ArchiveStore. The local side is a second real
// ArchiveStore in another folder, standing where Dexie stands in the app: the
// reconcile only sees entries, reads and stores, so both directions run on
// real files.
let root: string;
let disk: ArchiveStore;
let localStore: ArchiveStore;
let local: LocalSide;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'plenary-reconcile-'));
  disk = new ArchiveStore(join(root, 'disk'));
  localStore = new ArchiveStore(join(root, 'local'));
  local = {
    entries: async () => (await localStore.index()).entries,
    read: (kind, ids) => localStore.read(kind, ids),
    store: async (records) => {
      const outcomes = await Promise.all(records.map((record) => localStore.write(record)));
      return outcomes.filter((outcome) => outcome.written).length;
    },
  };
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('reconcile with the disk archive', () => {
  it('restores everything from disk into an empty local store', async () => {
    const records = [conferenceRecord('conf-1', 2), sessionRecord('sess-1', 4, { text: 'keynote notes' }), sessionRecord('sess-2', 1, { deleted: true })];
    for (const record of records) await disk.write(record);

    expect(await reconcile(local, disk)).toEqual({ toLocal: 3, toDisk: 0, equal: 0, problems: [], failures: [] });
    expect((await localStore.readAll()).records).toEqual(records);
  });

  it('writes everything local to an empty archive folder', async () => {
    const records = [conferenceRecord('conf-1'), sessionRecord('sess-1', 3, { text: 'only here' }), templateRecord('tmpl-1')];
    for (const record of records) await localStore.write(record);

    expect(await reconcile(local, disk)).toEqual({ toLocal: 0, toDisk: 3, equal: 0, problems: [], failures: [] });
    expect((await new ArchiveStore(disk.dir).readAll()).records).toEqual(records);
  });

  it('copies the newer side both ways, carries tombstones, deletes nothing, and then has nothing left to do', async () => {
    await localStore.write(sessionRecord('newer-here', 5, { text: 'local edit' }));
    await disk.write(sessionRecord('newer-here', 3, { text: 'old' }));
    await localStore.write(sessionRecord('newer-there', 1, { text: 'old' }));
    await disk.write(sessionRecord('newer-there', 6, { text: 'edited from the command line' }));
    await localStore.write(sessionRecord('deleted-here', 2, { deleted: true }));
    await disk.write(sessionRecord('deleted-here', 1, { text: 'still alive on disk' }));
    await localStore.write(conferenceRecord('same', 2));
    await disk.write(conferenceRecord('same', 2));
    await localStore.write(conferenceRecord('only-here'));
    await disk.write(conferenceRecord('only-there'));

    expect(await reconcile(local, disk)).toEqual({ toLocal: 2, toDisk: 3, equal: 1, problems: [], failures: [] });

    const localAfter = await localStore.readAll();
    const diskAfter = await disk.readAll();
    expect(diskAfter.records).toEqual(localAfter.records);
    expect((await disk.read('session', ['newer-here', 'newer-there', 'deleted-here'])).map((record) => record)).toEqual([
      sessionRecord('newer-here', 5, { text: 'local edit' }),
      sessionRecord('newer-there', 6, { text: 'edited from the command line' }),
      sessionRecord('deleted-here', 2, { deleted: true }),
    ]);
    expect((await disk.index()).entries.map((entry) => entry.id).sort()).toEqual(
      ['deleted-here', 'newer-here', 'newer-there', 'only-here', 'only-there', 'same'].sort(),
    );

    expect(await reconcile(local, disk)).toEqual({ toLocal: 0, toDisk: 0, equal: 6, problems: [], failures: [] });
  });

  it('reports a damaged disk file, keeps it, keeps the local copy, and reconciles the rest', async () => {
    await localStore.write(sessionRecord('sess-damaged', 4, { text: 'safe in the window' }));
    await localStore.write(sessionRecord('sess-fine', 1));
    await mkdir(join(disk.dir, 'sessions'), { recursive: true });
    const damagedPath = join(disk.dir, 'sessions', 'sess-damaged.json');
    await writeFile(damagedPath, '{"format": "plenary-archive", "formatVersion": 1, "kind": "sess');
    const bytes = await readFile(damagedPath);

    const report = await reconcile(local, disk);
    expect(report.toDisk).toBe(1);
    expect(report.problems).toEqual([{ file: damagedPath, message: expect.stringContaining('sessions/sess-damaged.json is not valid JSON') }]);
    expect(report.failures).toEqual([
      { kind: 'session', id: 'sess-damaged', message: expect.stringContaining('Move that file out of the archive folder') },
    ]);
    expect(await readFile(damagedPath)).toEqual(bytes);
    expect(await localStore.read('session', ['sess-damaged'])).toEqual([sessionRecord('sess-damaged', 4, { text: 'safe in the window' })]);
  });

  it('reads in batches when many records differ', async () => {
    const ids = Array.from({ length: 9 }, (_, i) => `c-${i}`);
    for (const id of ids) await disk.write(conferenceRecord(id));
    await localStore.write(sessionRecord('s-1'));
    const batchSizes: number[] = [];
    const watchedDisk = {
      index: () => disk.index(),
      write: disk.write.bind(disk),
      read: (kind: ArchiveKind, batch: string[]) => {
        batchSizes.push(batch.length);
        return disk.read(kind, batch);
      },
    };
    const report = await reconcile(local, watchedDisk, { batchSize: 4 });
    expect(batchSizes).toEqual([4, 4, 1]);
    expect(report).toMatchObject({ toLocal: 9, toDisk: 1 });
    expect((await localStore.index()).entries).toHaveLength(10);
  });
});
