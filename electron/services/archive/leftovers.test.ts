import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveStore } from './archiveStore';
import { sessionRecord } from './testRecords';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plenary-leftovers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ArchiveStore.removeLeftoverTemporaryFiles', () => {
  it('removes what interrupted saves left, and keeps records and fresh temporary files', async () => {
    const store = new ArchiveStore(dir);
    await store.write(sessionRecord('s1', 1, { text: 'kept' }));
    await mkdir(join(dir, 'assets'), { recursive: true });
    const old = new Date(Date.now() - 5 * 60_000);
    for (const path of [join(dir, 'sessions', '.s1.json.abc0.tmp'), join(dir, 'assets', '.x.png.abc1.tmp')]) {
      await writeFile(path, 'half a file');
      await utimes(path, old, old);
    }
    await writeFile(join(dir, 'sessions', '.s2.json.abc2.tmp'), 'being written right now');
    // Left a moment ago by a process that has ended (this id is beyond any running one here).
    await writeFile(join(dir, 'sessions', '.s3.json.4000000000.0123456789ab0.tmp'), 'its writer was killed');
    await writeFile(join(dir, 'sessions', `.s4.json.${process.pid}.0123456789ab1.tmp`), 'this process is writing it');

    expect(await store.removeLeftoverTemporaryFiles()).toBe(3);
    expect((await readdir(join(dir, 'sessions'))).sort()).toEqual([`.s4.json.${process.pid}.0123456789ab1.tmp`, '.s2.json.abc2.tmp', 's1.json'].sort());
    expect(await readdir(join(dir, 'assets'))).toEqual([]);
    expect(await store.read('session', ['s1'])).toEqual([sessionRecord('s1', 1, { text: 'kept' })]);
  });
});
