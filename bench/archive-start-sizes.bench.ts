// Growth of start-up and search with the size of the archive: the cold-start
// benchmark (archive-start.bench.ts) run at 1,000 and 10,000 sessions (add
// 30,000 with PLENARY_BENCH_SIZES=1000,10000,30000; it is long: the profile
// is filled through the app's own restore, which reached 20,500 of 30,000
// sessions in 30 minutes on this two-core machine at load average 25, so
// the seeding deadline is three minutes per thousand sessions), printing for each size
// the start, the first search results, the saved index's size and the
// renderer's memory at the home screen and after a search, beside the same
// app on an empty database measured in the same run. Each size writes
// bench/results/archive-start.<sessions>.json; the table goes to
// bench/results/archive-start-sizes.json. PLENARY_BENCH_RENDERER_DIR measures
// another build (an earlier commit's) the same way, for a before and after.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';

const SIZES = (process.env.PLENARY_BENCH_SIZES ?? '1000,10000').split(',').map((size) => Number(size.trim())).filter((size) => size > 0);
const benchDir = import.meta.dirname;
const resultsDir = path.join(benchDir, 'results');
const otherBuild = Boolean(process.env.PLENARY_BENCH_RENDERER_DIR);
const written = otherBuild ? 'archive-start.other-build.json' : 'archive-start.json';

interface StartResult {
  sessions: number;
  archive: { medianMs: number; bestMs: number };
  baselineEmptyDatabase: { medianMs: number };
  firstSearchAfterStart: { medianMs: number; bestMs: number; afterQueryTypedMedianMs?: number; firstIndexPieceMedianMs?: number | null };
  archiveRuns?: unknown;
  seed: { indexBytes: number | null; ms: number };
  memory: {
    archive: { home: Memory; afterSearch: Memory | null; searchReadyMs: number | null };
    empty: { home: Memory; afterSearch: Memory | null };
  };
  machine: { loadAverageBefore: number; loadAverageAfter: number };
  totalMs: number;
}

interface Memory {
  rendererRssMb: number | null;
  byScopeMb: Record<string, number>;
}

const rows = [];
await mkdir(resultsDir, { recursive: true });
for (const sessions of SIZES) {
  console.log(`\n--- ${sessions} sessions ---`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(benchDir, 'archive-start.bench.ts')], {
    stdio: 'inherit',
    env: { ...process.env, PLENARY_BENCH_SESSIONS: String(sessions) },
  });
  if (run.status !== 0) throw new Error(`the start benchmark at ${sessions} sessions did not finish (exit ${run.status ?? run.signal})`);
  const wallMs = performance.now() - started;
  const kept = path.join(resultsDir, `${otherBuild ? 'archive-start.other-build' : 'archive-start'}.${sessions}.json`);
  await copyFile(path.join(resultsDir, written), kept);
  const result = JSON.parse(await readFile(kept, 'utf8')) as StartResult;
  const home = result.memory.archive.home;
  const after = result.memory.archive.afterSearch;
  rows.push({
    sessions,
    startMedianMs: result.archive.medianMs,
    emptyDatabaseStartMedianMs: result.baselineEmptyDatabase.medianMs,
    firstResultsMedianMs: result.firstSearchAfterStart.medianMs,
    firstResultsBestMs: result.firstSearchAfterStart.bestMs,
    firstResultsAfterQueryTypedMs: result.firstSearchAfterStart.afterQueryTypedMedianMs ?? null,
    firstIndexPieceMs: result.firstSearchAfterStart.firstIndexPieceMedianMs ?? null,
    wholeIndexSearchableMs: result.memory.archive.searchReadyMs,
    savedIndexMb: result.seed.indexBytes === null ? null : Number((result.seed.indexBytes / 1024 / 1024).toFixed(1)),
    rendererRssHomeMb: home.rendererRssMb,
    rendererRssAfterSearchMb: after?.rendererRssMb ?? null,
    afterSearchToHome: home.rendererRssMb && after?.rendererRssMb ? Number((after.rendererRssMb / home.rendererRssMb).toFixed(2)) : null,
    workerMb: after?.byScopeMb.DedicatedWorkerGlobalScope ?? null,
    emptyDatabaseRssAfterSearchMb: result.memory.empty.afterSearch?.rendererRssMb ?? null,
    seedMs: Math.round(result.seed.ms),
    wallMs: Math.round(wallMs),
    loadAverage: [result.machine.loadAverageBefore, result.machine.loadAverageAfter],
    details: path.relative(path.dirname(benchDir), kept),
  });
}

console.table(
  rows.map((row) => ({
    sessions: row.sessions,
    'start ms': row.startMedianMs,
    'empty db start ms': row.emptyDatabaseStartMedianMs,
    'first results ms': row.firstResultsMedianMs,
    'after query typed ms': row.firstResultsAfterQueryTypedMs,
    'first piece ms': row.firstIndexPieceMs,
    'whole index ms': row.wholeIndexSearchableMs,
    'saved index MB': row.savedIndexMb,
    'RSS home MB': row.rendererRssHomeMb,
    'RSS after search MB': row.rendererRssAfterSearchMb,
    'after / home': row.afterSearchToHome,
    'worker MB': row.workerMb,
    'wall s': Math.round(row.wallMs / 1000),
  })),
);
await writeFile(
  path.join(resultsDir, otherBuild ? 'archive-start-sizes.other-build.json' : 'archive-start-sizes.json'),
  `${JSON.stringify({ name: 'archive-start-sizes', renderer: process.env.PLENARY_BENCH_RENDERER_DIR ?? 'this checkout', sizes: rows, loadAverageAtEnd: loadavg()[0], measuredAt: new Date().toISOString() }, null, 2)}\n`,
);
