// Indexes a generated archive of 10,000 session files: once with a fresh
// ArchiveStore (every file read and validated with zod) and again with the
// same store (its per-file cache answers from size, times and inode), beside a
// baseline of a plain readdir + readFile + JSON.parse loop in the same run.
// "Cold" is a cold store cache; the operating system's file cache is warm for
// every measurement alike, since the files were just written.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeArchiveFile } from '../electron/services/archive/archiveFile';
import { ArchiveStore } from '../electron/services/archive/archiveStore';
import { sessionRecord } from '../electron/services/archive/testRecords';
import type { ArchiveRecord } from '../core/model/archiveRecord';

const FILES = 10_000;
const ROUNDS = 2;
const PARAGRAPHS_PER_SESSION = 10;

function sessionWithNotes(index: number): ArchiveRecord {
  const record = sessionRecord(`sess-${String(index).padStart(5, '0')}`, 1 + (index % 7));
  if (record.kind !== 'session' || !record.record.document) throw new Error('expected a session record');
  record.record.document.content.root.children = Array.from({ length: PARAGRAPHS_PER_SESSION }, (_, line) => ({
    type: 'paragraph',
    $: { stamp: 1_700_000_000_000 + line * 30_000 },
    children: [
      {
        type: 'text',
        text: `Line ${line} of talk ${index}: the speaker says caching beats cleverness, with a chart and a caveat.`,
        detail: 0,
        format: 0,
        mode: 'normal',
        style: '',
        version: 1,
      },
    ],
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    textFormat: 0,
    textStyle: '',
  }));
  return record;
}

async function generate(dir: string): Promise<number> {
  const folder = join(dir, 'sessions');
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  const savedAt = new Date();
  for (let start = 0; start < FILES; start += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, FILES - start) }, (_, offset) => {
        const record = sessionWithNotes(start + offset);
        const text = encodeArchiveFile(record, savedAt);
        bytes += Buffer.byteLength(text);
        return writeFile(join(folder, `sess-${String(start + offset).padStart(5, '0')}.json`), text);
      }),
    );
  }
  return bytes;
}

async function baseline(dir: string): Promise<number> {
  const folder = join(dir, 'sessions');
  let count = 0;
  for (const name of await readdir(folder)) {
    const value = JSON.parse(await readFile(join(folder, name), 'utf8')) as { record?: unknown };
    if (value.record) count++;
  }
  return count;
}

async function time(run: () => Promise<number>): Promise<{ ms: number; count: number }> {
  const start = performance.now();
  const count = await run();
  return { ms: performance.now() - start, count };
}

/** The fastest round: the one least disturbed by whatever else the machine was doing. */
function best(values: number[]): number {
  return Math.min(...values);
}

const dir = await mkdtemp(join(tmpdir(), 'plenary-bench-archive-'));
try {
  const generating = performance.now();
  const bytes = await generate(dir);
  const generateMs = performance.now() - generating;
  const baselineMs: number[] = [];
  const coldMs: number[] = [];
  const warmMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const plain = await time(() => baseline(dir));
    const store = new ArchiveStore(dir);
    const cold = await time(async () => (await store.index()).entries.length);
    const warm = await time(async () => (await store.index()).entries.length);
    if (store.readCount !== FILES) throw new Error(`the warm index read ${store.readCount - FILES} files again`);
    for (const measured of [plain, cold, warm]) {
      if (measured.count !== FILES) throw new Error(`expected ${FILES} records, counted ${measured.count}`);
    }
    baselineMs.push(plain.ms);
    coldMs.push(cold.ms);
    warmMs.push(warm.ms);
  }

  const base = best(baselineMs);
  const rows = [
    { name: 'baseline: readdir + readFile + JSON.parse loop', ms: base },
    { name: 'ArchiveStore.index(), cold (read + validate)', ms: best(coldMs) },
    { name: 'ArchiveStore.index(), warm (stat + cache)', ms: best(warmMs) },
  ];
  console.log(`archive index: ${FILES} session files, ${(bytes / 1024 / 1024).toFixed(1)} MiB (generated in ${(generateMs / 1000).toFixed(1)} s), best of ${ROUNDS} rounds`);
  console.table(
    rows.map((row) => ({
      measurement: row.name,
      'ms': Number(row.ms.toFixed(1)),
      'µs per file': Number(((row.ms * 1000) / FILES).toFixed(1)),
      'vs baseline': `${(row.ms / base).toFixed(2)}×`,
    })),
  );

  const resultsDir = join(import.meta.dirname, 'results');
  await mkdir(resultsDir, { recursive: true });
  await writeFile(
    join(resultsDir, 'archive-index.json'),
    `${JSON.stringify(
      {
        name: 'archive-index',
        files: FILES,
        bytes,
        rounds: ROUNDS,
        node: process.version,
        platform: process.platform,
        measuredAt: new Date().toISOString(),
        baseline: { name: 'readdir + readFile + JSON.parse loop', bestMs: base, runsMs: baselineMs },
        cold: { bestMs: best(coldMs), runsMs: coldMs, ratioToBaseline: best(coldMs) / base },
        warm: { bestMs: best(warmMs), runsMs: warmMs, ratioToBaseline: best(warmMs) / base },
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
