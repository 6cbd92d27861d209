// Import of notes written as one long paragraph, the shape that was slowest:
// planImport at several sizes, beside a baseline measured in the same run —
// the same lines each a paragraph of their own, which the markdown reader
// always read in linear time. Also the old way of reading a paragraph (whole,
// one line at a time onto a paragraph that keeps growing), at the sizes it
// finishes in, to show the curve it had. Last, how long main's event loop
// goes without answering while a 16,000-line file is planned in main's thread
// and on the import worker.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planImport } from '../core/import/plan';
import { markdownToEditorState } from '../core/markdown/convert';
import { AssetStore } from '../electron/services/assets/assetStore';
import { ImportRunner, type ImportWorkerSpec } from '../electron/services/import/importRunner';
import { importWorkerFromSource } from '../electron/services/import/testWorker';
import { PathGrants } from '../electron/services/pathGrants';

const ROUNDS = 3;
const SIZES = [2_000, 4_000, 8_000, 16_000];
const OLD_SIZES = [1_000, 2_000, 4_000];

const line = (i: number) => `Line ${i}: the speaker keeps going about caches, queues and replication`;
const paragraph = (n: number) => Array.from({ length: n }, (_, i) => line(i)).join('\n');
const separate = (n: number) => Array.from({ length: n }, (_, i) => line(i)).join('\n\n');

async function best(run: () => Promise<unknown> | unknown, rounds = ROUNDS): Promise<{ bestMs: number; runsMs: number[] }> {
  const runsMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    await run();
    runsMs.push(performance.now() - start);
  }
  return { bestMs: Math.min(...runsMs), runsMs };
}

// Warm the reader once so the first size does not pay for loading it.
await planImport(paragraph(500), 'warm.md');

const curve = [];
for (const lines of SIZES) {
  const text = paragraph(lines);
  const planned = await best(() => planImport(text, 'one-paragraph.md'));
  const baseline = await best(() => planImport(separate(lines), 'separate-lines.md'));
  curve.push({ lines, bytes: Buffer.byteLength(text), planMs: planned.bestMs, baselineMs: baseline.bestMs, ratioToBaseline: planned.bestMs / baseline.bestMs, runsMs: planned.runsMs, baselineRunsMs: baseline.runsMs });
}

const oldCurve = [];
for (const lines of OLD_SIZES) {
  const text = paragraph(lines);
  const old = await best(() => markdownToEditorState(text, { paragraphPieceLines: Number.POSITIVE_INFINITY }), 1);
  const now = await best(() => markdownToEditorState(text), 1);
  oldCurve.push({ lines, oldReaderMs: old.bestMs, readerMs: now.bestMs });
}

/** The longest main's loop went without running a 5 ms timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<{ stallMs: number; totalMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  const start = performance.now();
  await work();
  const totalMs = performance.now() - start;
  clearInterval(timer);
  return { stallMs: Math.max(stallMs, performance.now() - last), totalMs };
}

const dir = await mkdtemp(join(tmpdir(), 'plenary-import-bench-'));
const notes = join(dir, 'long.md');
await writeFile(notes, paragraph(16_000));
const grants = new PathGrants();
const token = grants.grantFile(notes);
const runner = (spec: ImportWorkerSpec | null) => new ImportRunner(join(dir, 'archive'), new AssetStore(join(dir, 'archive')), grants, spec);
const inThread = await longestStall(() => runner(null).plan([{ file: token }], {}));
const onWorker = await longestStall(() => runner(importWorkerFromSource).plan([{ file: token }], {}));
await rm(dir, { recursive: true, force: true });

console.log(`import: planImport of one paragraph, ms, best of ${ROUNDS}, beside the same lines as separate paragraphs`);
console.table(curve.map((row) => ({ lines: row.lines, KB: Math.round(row.bytes / 1024), 'one paragraph ms': Math.round(row.planMs), 'baseline ms': Math.round(row.baselineMs), 'vs baseline': `${row.ratioToBaseline.toFixed(2)}×` })));
console.log('the markdown reader on one paragraph: read whole (before) and in pieces (now), ms');
console.table(oldCurve.map((row) => ({ lines: row.lines, 'whole (before) ms': Math.round(row.oldReaderMs), 'in pieces ms': Math.round(row.readerMs) })));
console.log('16,000 lines: the longest main went without answering, ms');
console.table([
  { where: "main's thread (before)", 'longest stall ms': Math.round(inThread.stallMs), 'total ms': Math.round(inThread.totalMs) },
  { where: 'import worker', 'longest stall ms': Math.round(onWorker.stallMs), 'total ms': Math.round(onWorker.totalMs) },
]);

const resultsDir = join(import.meta.dirname, 'results');
await mkdir(resultsDir, { recursive: true });
await writeFile(
  join(resultsDir, 'import.json'),
  `${JSON.stringify({ name: 'import', rounds: ROUNDS, node: process.version, platform: process.platform, measuredAt: new Date().toISOString(), curve, oldCurve, mainLoop: { inThread, onWorker } }, null, 2)}\n`,
);
