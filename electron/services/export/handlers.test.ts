import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureConference, fixtureSessions } from '../../../core/export/__fixtures__/fixtureConference';
import { createDispatcher, type Handlers } from '../../../core/ipc/dispatch';
import type { ExportPlan, ExportWriteResult } from '../../../core/ipc/channels/export';
import { fixtureImageAsset, fixtureImageBytes } from '../../../core/export/__fixtures__/fixtureImage';
import { ArchiveStore } from '../archive/archiveStore';
import { AssetStore } from '../assets/assetStore';
import { createServiceHandlers } from '../handlers';
import { PathGrants } from '../pathGrants';

let archiveDir: string;
let outDir: string;
let grants: PathGrants;
/** The token main hands out when the user chooses outDir. */
let outToken: string;
beforeEach(async () => {
  archiveDir = await mkdtemp(path.join(os.tmpdir(), 'plenary-archive-'));
  outDir = await mkdtemp(path.join(os.tmpdir(), 'plenary-out-'));
  grants = new PathGrants();
  outToken = await grants.grantFolder(outDir);
  const store = new ArchiveStore(archiveDir);
  await store.write({ kind: 'conference', conference: fixtureConference });
  for (const record of fixtureSessions()) await store.write({ kind: 'session', record });
  await new AssetStore(archiveDir).write(fixtureImageAsset, fixtureImageBytes);
});
afterEach(async () => {
  await rm(archiveDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

function dispatcher() {
  return createDispatcher(createServiceHandlers({ archiveDir, grants }) as Handlers);
}

describe('export channels', () => {
  it('plan, write, then report a hand-edited post as a conflict', async () => {
    const dispatch = dispatcher();
    const options = { preset: 'hugo', layout: 'session' };
    const plan = await dispatch('exportPlan', { folder: outToken, options });
    expect(plan.ok).toBe(true);
    const planned = (plan as { value: ExportPlan }).value;
    // Five posts and the slide beside the one that shows it.
    expect(planned.files.map((f) => f.state)).toEqual(Array(6).fill('new'));

    const written = (await dispatch('exportWrite', { folder: outToken, options })) as { ok: true; value: ExportWriteResult };
    expect(written.value.summary).toEqual({ written: 6, unchanged: 0, conflict: 0, skipped: 0 });

    const edited = path.join(outDir, 'content/posts/keynote-guido-van-rossum.md');
    await writeFile(edited, `${await readFile(edited, 'utf8')}\nMy own closing line.\n`);
    const again = (await dispatch('exportPlan', { folder: outToken, options })) as { ok: true; value: ExportPlan };
    expect(again.value.files.filter((f) => f.state === 'conflict').map((f) => f.path)).toEqual(['content/posts/keynote-guido-van-rossum.md']);
    expect(again.value.files.filter((f) => f.state === 'unchanged')).toHaveLength(5);

    const beside = (await dispatch('exportWrite', {
      folder: outToken,
      options,
      resolutions: { 'content/posts/keynote-guido-van-rossum.md': 'beside' },
    })) as { ok: true; value: ExportWriteResult };
    expect(beside.value.summary).toEqual({ written: 1, unchanged: 5, conflict: 0, skipped: 0 });
    expect(await readFile(edited, 'utf8')).toContain('My own closing line.');
  });

  it('shows the first post before writing, and lists sessions with nothing in them instead of writing them', async () => {
    const store = new ArchiveStore(archiveDir);
    const empty = { ...fixtureSessions()[0]!, session: { ...fixtureSessions()[0]!.session, id: 'sess-empty', title: 'Nobody wrote here' }, document: null };
    await store.write({ kind: 'session', record: empty });
    const dispatch = dispatcher();
    const options = { preset: 'jekyll', layout: 'session' };
    const plan = ((await dispatch('exportPlan', { folder: outToken, options })) as { ok: true; value: ExportPlan }).value;
    expect(plan.preview?.path).toBe('_posts/2010-02-19-keynote-guido-van-rossum.md');
    expect(plan.preview?.content).toMatch(/^---\ntitle: "Keynote: Guido van Rossum"\n[\s\S]*\nPython 2.7 will be the last release/);
    expect(plan.skipped.map((session) => session.title)).toEqual(['Nobody wrote here']);
    // Planning wrote nothing.
    expect(await readFile(path.join(outDir, plan.preview?.path ?? ''), 'utf8').catch(() => null)).toBeNull();
    const written = ((await dispatch('exportWrite', { folder: outToken, options })) as { ok: true; value: ExportWriteResult }).value;
    expect(await readFile(path.join(outDir, plan.preview?.path ?? ''), 'utf8')).toBe(plan.preview?.content);
    expect(written.skipped.map((session) => session.sessionId)).toEqual(['sess-empty']);
    const all = ((await dispatch('exportWrite', { folder: outToken, options: { ...options, includeEmpty: true } })) as { ok: true; value: ExportWriteResult }).value;
    expect(all.skipped).toEqual([]);
    expect(all.files.map((file) => file.path)).toContain('_posts/2010-02-19-nobody-wrote-here.md');
  });

  it('refuses bad requests before anything runs', async () => {
    const dispatch = dispatcher();
    const bad = await dispatch('exportWrite', { folder: outToken, options: { preset: 'wordpress', layout: 'session' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    // A path, or a token main never handed out, names no folder the user chose.
    const named = await dispatch('exportPlan', { folder: outDir, options: { preset: 'hugo', layout: 'day' } });
    expect(named).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const forged = await dispatch('exportWrite', { folder: 'A'.repeat(32), options: { preset: 'hugo', layout: 'day' } });
    expect(forged).toMatchObject({ ok: false, error: { code: 'unknown-path', message: expect.stringMatching(/Choose the folder again/) } });
  });
});
