import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureConference, fixtureSessions } from '../../../core/export/__fixtures__/fixtureConference';
import type { ExportProgress, ExportWriteResult } from '../../../core/ipc/channels/export';
import { createDispatcher, type Handlers } from '../../../core/ipc/dispatch';
import { ArchiveStore } from '../archive/archiveStore';
import { createServiceHandlers } from '../handlers';
import { PathGrants } from '../pathGrants';
import { ExportProgressBoard } from './progress';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('export progress board', () => {
  it('reports files done while the work runs and forgets the key when it ends', async () => {
    const board = new ExportProgressBoard();
    let step: (done: number) => void = () => {};
    let finish: () => void = () => {};
    const running = board.track('k1', async (onProgress) => {
      step = (done) => onProgress?.(done, 3);
      await new Promise<void>((resolve) => (finish = resolve));
      return 'ok';
    });
    expect(board.read('k1')).toBeNull();
    step(1);
    expect(board.read('k1')).toEqual({ done: 1, total: 3 });
    step(3);
    expect(board.read('k1')).toEqual({ done: 3, total: 3 });
    expect(board.read('other')).toBeNull();
    finish();
    expect(await running).toBe('ok');
    expect(board.read('k1')).toBeNull();
  });

  it('forgets the key when the work fails, and passes no callback without a key', async () => {
    const board = new ExportProgressBoard();
    await expect(board.track('k2', async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(board.read('k2')).toBeNull();
    expect(await board.track(undefined, async (onProgress) => onProgress === undefined)).toBe(true);
  });
});

describe('exportProgress channel', () => {
  it('answers while exportWrite runs with its key, then null', async () => {
    const archiveDir = await mkdtemp(path.join(os.tmpdir(), 'plenary-archive-'));
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'plenary-out-'));
    folders.push(archiveDir, outDir);
    const store = new ArchiveStore(archiveDir);
    await store.write({ kind: 'conference', conference: fixtureConference });
    for (const record of fixtureSessions()) await store.write({ kind: 'session', record });
    const grants = new PathGrants();
    const outToken = await grants.grantFolder(outDir);
    const dispatch = createDispatcher(createServiceHandlers({ archiveDir, grants }) as Handlers);

    const seen: ExportProgress[] = [];
    let writing = true;
    const written = dispatch('exportWrite', { folder: outToken, options: { preset: 'hugo', layout: 'session' }, progressKey: 'run-1' }).finally(() => {
      writing = false;
    });
    while (writing) {
      const answer = await dispatch('exportProgress', { progressKey: 'run-1' });
      expect(answer.ok).toBe(true);
      const value = (answer as { value: ExportProgress | null }).value;
      if (value) seen.push(value);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const result = (await written) as { ok: true; value: ExportWriteResult };
    expect(result.value.summary.written).toBe(5);
    for (const [index, value] of seen.entries()) {
      expect(value.total).toBe(5);
      expect(value.done).toBeGreaterThanOrEqual(seen[index - 1]?.done ?? 0);
    }
    expect(await dispatch('exportProgress', { progressKey: 'run-1' })).toEqual({ ok: true, value: null });
    expect((await dispatch('exportProgress', { progressKey: '' })).ok).toBe(false);
  });
});
