import { mkdir, mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveLock, LOCK_NAME } from './archiveLock';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plenary-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ArchiveLock', () => {
  it('holds the lock folder while a task runs and removes it after', async () => {
    const lock = new ArchiveLock(dir);
    const seen = await lock.hold(async () => (await stat(join(dir, LOCK_NAME))).isDirectory());
    expect(seen).toBe(true);
    await expect(stat(join(dir, LOCK_NAME))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('lets overlapping tasks of one process share one hold', async () => {
    const lock = new ArchiveLock(dir);
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 5 }, () =>
        lock.hold(async () => {
          inside++;
          most = Math.max(most, inside);
          await new Promise((resolve) => setTimeout(resolve, 20));
          inside--;
        }),
      ),
    );
    expect(most).toBe(5);
  });

  it('makes a second holder (another store, as another process) wait for the first', async () => {
    const first = new ArchiveLock(dir);
    const second = new ArchiveLock(dir);
    const order: string[] = [];
    await Promise.all([
      first.hold(async () => {
        order.push('first in');
        await new Promise((resolve) => setTimeout(resolve, 100));
        order.push('first out');
      }),
      new Promise((resolve) => setTimeout(resolve, 10)).then(() => second.hold(async () => void order.push('second in'))),
    ]);
    expect(order).toEqual(['first in', 'first out', 'second in']);
  });

  it('takes over a lock left by a program that was killed', async () => {
    // A killed holder leaves its folder behind and stops refreshing its time.
    await mkdir(join(dir, LOCK_NAME));
    const longAgo = new Date(Date.now() - 60_000);
    await utimes(join(dir, LOCK_NAME), longAgo, longAgo);
    const started = Date.now();
    expect(await new ArchiveLock(dir).hold(async () => 'written')).toBe('written');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
