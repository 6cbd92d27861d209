import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileImportPlan } from '../../../core/ipc/channels/import';
import { createDispatcher, type Handlers } from '../../../core/ipc/dispatch';
import { createServiceHandlers } from '../handlers';
import { PathGrants } from '../pathGrants';
import { importWorkerFromSource } from './testWorker';

let dir: string;
let grants: PathGrants;
let dispatch: ReturnType<typeof createDispatcher>;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'plenary-import-worker-'));
  grants = new PathGrants();
  dispatch = createDispatcher(createServiceHandlers({ archiveDir: path.join(dir, 'archive'), grants, importWorker: importWorkerFromSource }) as Handlers);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Notes written as one long paragraph: the shape that was slowest to read. */
async function longNotes(name: string, lines: number): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, Array.from({ length: lines }, (_, i) => `Line ${i}: the speaker keeps going about caches and queues`).join('\n'));
  return grants.grantFile(file);
}

/** The longest the event loop went without running a 5 ms timer while `work` ran. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stall: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  try {
    const value = await work();
    return { value, stall };
  } finally {
    clearInterval(timer);
  }
}

describe('import on a worker thread', () => {
  it('plans 16,000 lines in one paragraph while this thread keeps answering', async () => {
    const file = await longNotes('long.md', 16_000);
    const { value: answer, stall } = await longestStall(() => dispatch('importPlan', { files: [{ file }] }));
    expect(answer.ok).toBe(true);
    const [plan] = (answer as { ok: true; value: { files: FileImportPlan[] } }).value.files;
    // Every line is kept (the first may become the title).
    expect(plan?.ok && plan.plan.sessions[0]?.markdown.split('\n').length).toBeGreaterThanOrEqual(15_999);
    // Reading the file in this thread held it for seconds; on the worker, a save would wait a moment at most.
    expect(stall).toBeLessThan(400);
  }, 120_000);

  it('stops a plan when cancelled, however far into the file it is, and plans again afterwards', async () => {
    const file = await longNotes('long.md', 60_000);
    const planning = dispatch('importPlan', { files: [{ file }], cancelKey: 'run-1' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    expect(await dispatch('importCancel', { cancelKey: 'run-1' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await planning).toEqual({ ok: false, error: { code: 'import-cancelled', message: 'The import was cancelled. Nothing was imported.' } });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await dispatch('importCancel', { cancelKey: 'run-1' })).toEqual({ ok: true, value: { cancelled: false } });
    const again = await dispatch('importPlan', { files: [{ name: 'short.md', text: '# Talk\n\nOne line.' }] });
    expect(again).toMatchObject({ ok: true, value: { files: [{ ok: true }] } });
  }, 60_000);

  it('plans a 5 MB file, the size limit, without error', async () => {
    const file = path.join(dir, 'five.md');
    const line = 'The speaker walked through the flame graph, one frame at a time, again.';
    await writeFile(file, Array.from({ length: Math.floor((5 * 1024 * 1024) / (line.length + 1)) }, () => line).join('\n'));
    const answer = await dispatch('importPlan', { files: [{ file: grants.grantFile(file) }] });
    expect(answer).toMatchObject({ ok: true, value: { files: [{ name: 'five.md', ok: true }] } });
  }, 300_000);
});
