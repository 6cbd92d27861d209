import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureConference, fixtureSessions } from '../../../core/export/__fixtures__/fixtureConference';
import { createDispatcher, type Handlers } from '../../../core/ipc/dispatch';
import type { ExportPlan, ExportWriteResult } from '../../../core/ipc/channels/export';
import { ArchiveStore } from '../archive/archiveStore';
import { createServiceHandlers } from '../handlers';

let archiveDir: string;
let outDir: string;
beforeEach(async () => {
  archiveDir = await mkdtemp(path.join(os.tmpdir(), 'plenary-archive-'));
  outDir = await mkdtemp(path.join(os.tmpdir(), 'plenary-out-'));
  const store = new ArchiveStore(archiveDir);
  await store.write({ kind: 'conference', conference: fixtureConference });
  for (const record of fixtureSessions()) await store.write({ kind: 'session', record });
});
afterEach(async () => {
  await rm(archiveDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

function dispatcher() {
  return createDispatcher(createServiceHandlers({ archiveDir }) as Handlers);
}

describe('export channels', () => {
  it('plan, write, then report a hand-edited post as a conflict', async () => {
    const dispatch = dispatcher();
    const options = { preset: 'hugo', layout: 'session' };
    const plan = await dispatch('exportPlan', { folder: outDir, options });
    expect(plan.ok).toBe(true);
    const planned = (plan as { value: ExportPlan }).value;
    expect(planned.files.map((f) => f.state)).toEqual(Array(5).fill('new'));

    const written = (await dispatch('exportWrite', { folder: outDir, options })) as { ok: true; value: ExportWriteResult };
    expect(written.value.summary).toEqual({ written: 5, unchanged: 0, conflict: 0, skipped: 0 });

    const edited = path.join(outDir, 'content/posts/the-mighty-dictionary.md');
    await writeFile(edited, `${await readFile(edited, 'utf8')}\nMy own closing line.\n`);
    const again = (await dispatch('exportPlan', { folder: outDir, options })) as { ok: true; value: ExportPlan };
    expect(again.value.files.filter((f) => f.state === 'conflict').map((f) => f.path)).toEqual(['content/posts/the-mighty-dictionary.md']);
    expect(again.value.files.filter((f) => f.state === 'unchanged')).toHaveLength(4);

    const beside = (await dispatch('exportWrite', {
      folder: outDir,
      options,
      resolutions: { 'content/posts/the-mighty-dictionary.md': 'beside' },
    })) as { ok: true; value: ExportWriteResult };
    expect(beside.value.summary).toEqual({ written: 1, unchanged: 4, conflict: 0, skipped: 0 });
    expect(await readFile(edited, 'utf8')).toContain('My own closing line.');
  });

  it('refuses bad requests before anything runs', async () => {
    const dispatch = dispatcher();
    const bad = await dispatch('exportWrite', { folder: outDir, options: { preset: 'wordpress', layout: 'session' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const relative = await dispatch('exportPlan', { folder: 'posts', options: { preset: 'hugo', layout: 'day' } });
    expect(relative).toMatchObject({ ok: false, error: { code: 'export-folder' } });
  });
});
