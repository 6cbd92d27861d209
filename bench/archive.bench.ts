// The Node part of the archive benchmark, on a generated archive of 10,000
// sessions and 200,000 note lines (words of the real example notes):
//   - search index build, serialised size, load and heap, beside the other
//     library (FlexSearch 0.8, forward tokenizer) built on the same tenth of
//     the archive, and beside the full build for load and incremental update;
//   - search-as-you-type latency over 200 typed prefixes of real words,
//     beside a naive scan of every line for the same queries;
//   - import of 1,000 markdown files (plan + archive write), beside copying
//     the same files' text into the archive folder with readFile/writeFile.
// Writes bench/results/archive.json (keeping the keys other benchmarks add:
// archive-start.bench.ts's cold start and renderer memory). Targets: search
// p95 ≤ 50 ms, import of 1,000 files ≤ 5 s.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document } from 'flexsearch';
import type { ArchiveRecord } from '../core/model/archiveRecord';
import type { SessionRecord } from '../core/model/session';
import { exampleFiles, generateArchive, random, typedQueries } from './archiveFixture';

// Lexical's production build, as the app and the command line bundles use
// (they define NODE_ENV=production): set before Lexical is first loaded.
process.env.NODE_ENV = 'production';
const { planImport } = await import('../core/import/plan');
const { conferenceFromPlan, partitionDuplicates, sessionRecordFromPlan } = await import('../core/import/records');
const { ArchiveSearch } = await import('../core/search/archiveSearch');
const { decodePiece, encodePiece } = await import('../core/search/pieceCodec');
const { MiniSearchArchive } = await import('./baselines/miniSearchArchive');
const { documentLines } = await import('../core/search/documentLines');
const { ArchiveStore } = await import('../electron/services/archive/archiveStore');
const { mapConcurrent } = await import('../electron/services/archive/mapConcurrent');

// PLENARY_BENCH_SESSIONS runs a smaller archive for a quick look; the figures of record use 10,000.
const SESSIONS = Number(process.env.PLENARY_BENCH_SESSIONS ?? 10_000);
const LINES_PER_SESSION = 20;
const QUERIES = 200;
const UPDATES = 100;
const IMPORT_FILES = Math.min(1_000, SESSIONS);

const gc = (globalThis as { gc?: () => void }).gc;
// The pieces keep their postings in typed arrays, outside the JS heap: both are counted.
const heap = () => {
  gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
};
// CPU time of this process, in ms: on a shared, busy machine it shows the work
// itself, while wall time also counts the waits for a core.
const cpuNow = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const timeCpu = <T>(run: () => T): [T, number, number] => {
  const cpu = cpuNow();
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start, cpuNow() - cpu];
};
const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
};
const timeAsync = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
};
const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));
const ms = (value: number) => Number(value.toFixed(value < 10 ? 2 : 0));

const [archive, generateMs] = time(() => generateArchive(SESSIONS, LINES_PER_SESSION));
console.log(`archive: ${SESSIONS} sessions, ${archive.lineCount} lines, ${archive.conferences.length} conferences (generated in ${(generateMs / 1000).toFixed(1)} s)`);

// --- Index build, size, load, memory ---------------------------------------
// The index in pieces (one per year, compact typed arrays, stored gzip'd), beside
// the one MiniSearch index of the whole archive it replaced (bench/baselines/).
const heapBefore = heap();
const [search, buildMs, buildCpuMs] = timeCpu(() => ArchiveSearch.fromRecords(archive.sessions, archive.conferences));
const heapMb = mb(heap() - heapBefore);
const [changes, takeMs] = time(() => search.takeChanges());
const [stored, serialiseMs] = await timeAsync(() => Promise.all(changes.put.map(async (data) => [data.key, await encodePiece(data)] as const)));
const storedBytes = stored.reduce((sum, [, bytes]) => sum + bytes.length, 0);
const pieceLoadMs: number[] = [];
const [, loadMs] = await timeAsync(async () => {
  const loaded = ArchiveSearch.create();
  loaded.expectPieces(changes.keys);
  for (const key of changes.keys) {
    const started = performance.now();
    loaded.attachPiece(await decodePiece(stored.find(([candidate]) => candidate === key)![1]));
    pieceLoadMs.push(performance.now() - started);
  }
  return loaded;
});
const firstPieceMs = pieceLoadMs[0] ?? NaN;
const oldHeapBefore = heap();
const [oldSearch, oldBuildMs, oldBuildCpuMs] = timeCpu(() => MiniSearchArchive.fromRecords(archive.sessions, archive.conferences));
const oldHeapMb = mb(heap() - oldHeapBefore);
const [serialised, oldSerialiseMs] = time(() => oldSearch.serialise());
const [, oldLoadMs] = time(() => MiniSearchArchive.load(serialised));

// The same tenth of the archive in both libraries, one entry per line and per session.
const tenth = archive.sessions.slice(0, SESSIONS / 10);
const miniHeapBefore = heap();
const [miniTenth, miniTenthMs] = time(() => ArchiveSearch.fromRecords(tenth, archive.conferences));
const miniTenthHeapMb = mb(heap() - miniHeapBefore);
interface FlexEntry {
  id: string;
  meta: string;
  text: string;
  [key: string]: string;
}
const flexEntries: FlexEntry[] = tenth.flatMap((record: SessionRecord) => [
  { id: `${record.session.id}#s`, meta: `${record.session.title} ${record.session.speakers.join(' ')} ${record.session.tags.join(' ')}`, text: '' },
  ...documentLines(record.document?.content).map((line) => ({ id: `${record.session.id}#${line.blockIndex}`, meta: '', text: line.text })),
]);
const flexHeapBefore = heap();
const [flex, flexTenthMs] = time(() => {
  const index = new Document<FlexEntry>({ document: { id: 'id', index: ['meta', 'text'] }, tokenize: 'forward', encoder: 'LatinBalance' });
  for (const entry of flexEntries) index.add(entry);
  return index;
});
const flexHeapMb = mb(heap() - flexHeapBefore);
let flexBytes = 0;
const flexParts: Array<[string, string]> = [];
await flex.export((key: string, data: string) => {
  flexBytes += data?.length ?? 0;
  flexParts.push([key, data]);
});
const [, flexLoadMs] = time(() => {
  const loaded = new Document<FlexEntry>({ document: { id: 'id', index: ['meta', 'text'] }, tokenize: 'forward', encoder: 'LatinBalance' });
  for (const [key, data] of flexParts) loaded.import(key, data);
  return loaded;
});
const miniTenthStored = await Promise.all(miniTenth.takeChanges().put.map((data) => encodePiece(data)));
const miniTenthBytes = miniTenthStored.reduce((sum, bytes) => sum + bytes.length, 0);
const [, miniTenthLoadMs] = await timeAsync(async () => {
  const loaded = ArchiveSearch.create();
  for (const bytes of miniTenthStored) loaded.attachPiece(await decodePiece(bytes));
  return loaded;
});

// --- Incremental update -------------------------------------------------------
const next = random(3);
const updateMs: number[] = [];
const oldUpdateMs: number[] = [];
for (let i = 0; i < UPDATES; i++) {
  const record = archive.sessions[Math.floor(next() * archive.sessions.length)]!;
  const conference = archive.conferences.find((candidate) => candidate.id === record.session.conferenceId);
  const edited: SessionRecord = { ...record, session: { ...record.session, title: `${record.session.title} revised`, revision: record.session.revision + 1 } };
  // The next search builds the piece of recently saved sessions again: counted with the save.
  updateMs.push(
    time(() => {
      search.putSession(edited, conference);
      search.search('qqqq');
    })[1],
  );
  oldUpdateMs.push(time(() => oldSearch.putSession(edited, conference))[1]);
}

// --- Search as you type -------------------------------------------------------
const queries = typedQueries(QUERIES);
const searchMs: number[] = [];
const searchCpuMs: number[] = [];
const oldSearchMs: number[] = [];
const oldSearchCpuMs: number[] = [];
let hitCount = 0;
// The same answers: the top hit, and the first ten hits as a set (ties may come in another order).
let sameTopHit = 0;
let sameTopTen = 0;
const hitKey = (hit: { sessionId: string; blockIndex: number | null }) => `${hit.sessionId}#${hit.blockIndex ?? 's'}`;
for (const query of queries) {
  // Interleaved, so both engines meet the same moments of a busy machine.
  const [hits, took, cpu] = timeCpu(() => search.search(query));
  const [oldHits, oldTook, oldCpu] = timeCpu(() => oldSearch.search(query));
  searchMs.push(took);
  searchCpuMs.push(cpu);
  oldSearchMs.push(oldTook);
  oldSearchCpuMs.push(oldCpu);
  hitCount += hits.length;
  if ((hits[0] && hitKey(hits[0])) === (oldHits[0] && hitKey(oldHits[0]))) sameTopHit++;
  const topTen = new Set(hits.slice(0, 10).map(hitKey));
  const oldTopTen = oldHits.slice(0, 10).map(hitKey);
  if (topTen.size === oldTopTen.length && oldTopTen.every((key) => topTen.has(key))) sameTopTen++;
}
// Baseline: lower-case every line once, then test every line for the query.
const allLines = archive.sessions.flatMap((record) => documentLines(record.document?.content).map((line) => line.text.toLowerCase()));
const scanMs: number[] = [];
const scanCpuMs: number[] = [];
for (const query of queries) {
  const [, took, cpu] = timeCpu(() => {
    // Every match is needed before any can be ranked.
    const found: number[] = [];
    for (let i = 0; i < allLines.length; i++) if (allLines[i]!.includes(query)) found.push(i);
    return found;
  });
  scanMs.push(took);
  scanCpuMs.push(cpu
  );
}
const flexMs: number[] = [];
for (const query of queries) flexMs.push(time(() => flex.search(query, { limit: 50, suggest: true }))[1]);
const miniTenthSearchMs: number[] = [];
for (const query of queries) miniTenthSearchMs.push(time(() => miniTenth.search(query))[1]);

// --- Import of 1,000 markdown files ------------------------------------------
const dir = await mkdtemp(join(tmpdir(), 'plenary-bench-import-'));
let importMs: number;
let copyMs: number;
let importedSessions = 0;
let importPlanMs = 0;
let importPlanCpuMs = 0;
let importWriteMs = 0;
try {
  const sourceDir = join(dir, 'files');
  await mkdir(sourceDir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < IMPORT_FILES; i++) {
    const record = archive.sessions[i]!;
    const conference = archive.conferences.find((candidate) => candidate.id === record.session.conferenceId)!;
    const lines = documentLines(record.document?.content).map((line) => {
      const clock = new Date(line.stamp ?? 0).toISOString().slice(11, 16);
      return `${clock} ${line.openAction ? '- [ ] ' : ''}${line.text}`;
    });
    const text = [
      '---',
      `title: "${record.session.title}"`,
      `date: ${conference.startDate}`,
      `tags: [${record.session.tags.join(', ')}]`,
      `speakers: [${record.session.speakers.join(', ')}]`,
      'timezone: UTC',
      `conference: ${conference.name}`,
      '---',
      '',
      ...lines.flatMap((line) => [line, '']),
    ].join('\n');
    const file = join(sourceDir, `talk-${i}.md`);
    await writeFile(file, text);
    files.push(file);
  }

  const copyDir = join(dir, 'copied');
  await mkdir(copyDir, { recursive: true });
  [, copyMs] = await timeAsync(async () => {
    for (const [index, file] of files.entries()) {
      const text = await readFile(file, 'utf8');
      await writeFile(join(copyDir, `${index}.json`), JSON.stringify({ text }));
    }
  });

  // Plans are made one file after another (CPU); archive writes, each an
  // atomic write with fsync, overlap 16 at a time as the command line does.
  const store = new ArchiveStore(join(dir, 'archive'));
  [, importMs] = await timeAsync(async () => {
    const known = new Set<string>();
    const conferences = new Map<string, string>();
    const writes: ArchiveRecord[] = [];
    const planning = performance.now();
    const planningCpu = cpuNow();
    for (const file of files) {
      const plan = await planImport(await readFile(file, 'utf8'), file);
      let conferenceId = conferences.get(plan.conference.name);
      if (!conferenceId) {
        const conference = conferenceFromPlan(plan, '2026-01-01');
        writes.push({ kind: 'conference', conference });
        conferenceId = conference.id;
        conferences.set(plan.conference.name, conferenceId);
      }
      for (const session of partitionDuplicates(plan.sessions, known).create) {
        writes.push({ kind: 'session', record: sessionRecordFromPlan(session, conferenceId) });
        known.add(session.sourceHash);
        importedSessions++;
      }
    }
    importPlanMs = performance.now() - planning;
    importPlanCpuMs = cpuNow() - planningCpu;
    const writing = performance.now();
    await mapConcurrent(writes, 16, (record) => store.write(record));
    importWriteMs = performance.now() - writing;
  });
} finally {
  await rm(dir, { recursive: true, force: true });
}
if (importedSessions !== IMPORT_FILES) throw new Error(`expected ${IMPORT_FILES} imported sessions, got ${importedSessions}`);

// --- Result quality on the five example files -------------------------------
// Prefixes as typed and words with a typo; the hit must be in the session named.
const qualityQueries: Array<[string, string]> = [
  ['instagr', 'Instagram talk'],
  ['rabbitm', 'Instagram talk'],
  ['rabbtmq', 'Instagram talk'],
  ['sphnx automation', 'Sphinx automation talk'],
  ['scrapyd daemon', 'Scrapy it GETs the web'],
  ['bloomfil', 'Missed out on the Big Data Algorithms talk (well, part of it)'],
  ['sophomor', 'Lightning talks'],
  ['memcahced', 'Scaling your Python Application on EC2'],
  ['phantomj', "Say's tech talk"],
  ['cryptographicaly signed', 'Auth Evolution'],
  ['monky patching', 'DIY Performance Tuning When All You Have is Python'],
  ['permuted vector', 'SF Python Meetup'],
];
const examplePlans = await Promise.all(exampleFiles().map((file) => planImport(file.text, file.name, file.name.includes('2010') ? { date: '2010-02-19', timeZone: 'America/New_York' } : {})));
const exampleRecords = examplePlans.flatMap((plan) => plan.sessions.map((session) => sessionRecordFromPlan(session, 'examples')));
const exampleSearch = ArchiveSearch.fromRecords(exampleRecords, []);
const exampleOld = MiniSearchArchive.fromRecords(exampleRecords, []);
const exampleFlex = new Document<FlexEntry>({ document: { id: 'id', index: ['meta', 'text'] }, tokenize: 'forward', encoder: 'LatinBalance' });
const titleOf = new Map(exampleRecords.map((record) => [record.session.id, record.session.title]));
for (const record of exampleRecords) {
  exampleFlex.add({ id: `${record.session.id}#s`, meta: record.session.title, text: '' });
  for (const line of documentLines(record.document?.content)) exampleFlex.add({ id: `${record.session.id}#${line.blockIndex}`, meta: '', text: line.text });
}
const quality = qualityQueries.map(([query, expected]) => {
  const mini = exampleSearch.search(query)[0]?.sessionTitle ?? null;
  const previous = exampleOld.search(query)[0]?.sessionTitle ?? null;
  const flexIds = exampleFlex.search(query, { limit: 5, suggest: true }).flatMap((field) => field.result);
  const flexTop = flexIds[0] === undefined ? null : (titleOf.get(String(flexIds[0]).split('#')[0] ?? '') ?? null);
  return { query, expected, pieces: mini, minisearch: previous, flexsearch: flexTop };
});
const piecesRight = quality.filter((row) => row.pieces === row.expected).length;
const miniRight = quality.filter((row) => row.minisearch === row.expected).length;
const flexRight = quality.filter((row) => row.flexsearch === row.expected).length;

const result = {
  name: 'archive',
  sessions: SESSIONS,
  lines: archive.lineCount,
  node: process.version,
  platform: process.platform,
  cpus: cpus().length,
  /** One-minute load average when the run ended: figures from a busy machine are that much slower. */
  loadAverage: Number((loadavg()[0] ?? 0).toFixed(1)),
  measuredAt: new Date().toISOString(),
  library: 'index in pieces by year (typed-array postings, MiniSearch radix tree for words)',
  index: {
    entries: search.entryCount,
    pieces: changes.keys.length,
    buildMs: ms(buildMs),
    buildCpuMs: ms(buildCpuMs),
    heapMb: gc ? heapMb : null,
    storedMb: mb(storedBytes),
    foldMs: ms(takeMs),
    encodeMs: ms(serialiseMs),
    loadMs: ms(loadMs),
    firstPieceLoadMs: ms(firstPieceMs),
    previousEngine: {
      name: 'one MiniSearch index of the whole archive, saved as one JSON text (bench/baselines/miniSearchArchive.ts)',
      buildMs: ms(oldBuildMs),
      buildCpuMs: ms(oldBuildCpuMs),
      heapMb: gc ? oldHeapMb : null,
      serialisedMb: mb(serialised.length),
      serialiseMs: ms(oldSerialiseMs),
      loadMs: ms(oldLoadMs),
    },
    baseline: {
      name: 'FlexSearch 0.8 (forward tokenizer) and the index in pieces (key minisearch) on the same tenth of the archive',
      minisearch: {
        buildMs: ms(miniTenthMs),
        heapMb: gc ? miniTenthHeapMb : null,
        serialisedMb: mb(miniTenthBytes),
        loadMs: ms(miniTenthLoadMs),
        searchP50Ms: ms(percentile(miniTenthSearchMs, 0.5)),
        searchP95Ms: ms(percentile(miniTenthSearchMs, 0.95)),
      },
      flexsearch: {
        buildMs: ms(flexTenthMs),
        heapMb: gc ? flexHeapMb : null,
        serialisedMb: mb(flexBytes),
        loadMs: ms(flexLoadMs),
        searchP50Ms: ms(percentile(flexMs, 0.5)),
        searchP95Ms: ms(percentile(flexMs, 0.95)),
      },
    },
  },
  incrementalUpdate: {
    runs: UPDATES,
    p50Ms: ms(percentile(updateMs, 0.5)),
    p95Ms: ms(percentile(updateMs, 0.95)),
    previousEngineP95Ms: ms(percentile(oldUpdateMs, 0.95)),
    baseline: { name: 'full build', ms: ms(buildMs) },
  },
  searchAsYouType: {
    queries: QUERIES,
    hits: hitCount,
    p50Ms: ms(percentile(searchMs, 0.5)),
    p95Ms: ms(percentile(searchMs, 0.95)),
    cpuP50Ms: ms(percentile(searchCpuMs, 0.5)),
    cpuP95Ms: ms(percentile(searchCpuMs, 0.95)),
    targetP95Ms: 50,
    previousEngine: {
      p50Ms: ms(percentile(oldSearchMs, 0.5)),
      p95Ms: ms(percentile(oldSearchMs, 0.95)),
      cpuP50Ms: ms(percentile(oldSearchCpuMs, 0.5)),
      cpuP95Ms: ms(percentile(oldSearchCpuMs, 0.95)),
      sameTopHit,
      sameTopTen,
    },
    baseline: {
      name: 'naive substring scan of every line (lower-cased in advance)',
      p50Ms: ms(percentile(scanMs, 0.5)),
      p95Ms: ms(percentile(scanMs, 0.95)),
      cpuP50Ms: ms(percentile(scanCpuMs, 0.5)),
      cpuP95Ms: ms(percentile(scanCpuMs, 0.95)),
    },
  },
  exampleQuality: { queries: quality.length, piecesTopHitRight: piecesRight, minisearchTopHitRight: miniRight, flexsearchTopHitRight: flexRight, rows: quality },
  import: { files: IMPORT_FILES, ms: ms(importMs), planMs: ms(importPlanMs), planCpuMs: ms(importPlanCpuMs), archiveWriteMs: ms(importWriteMs), targetMs: 5000, baseline: { name: 'readFile + writeFile of each file into a folder', ms: ms(copyMs) } },
};

console.table([
  { measurement: 'index build, full', value: `${ms(buildMs)} ms (CPU ${ms(buildCpuMs)} ms)`, baseline: `previous engine ${ms(oldBuildMs)} ms (CPU ${ms(oldBuildCpuMs)} ms)` },
  { measurement: 'saved index, full', value: `${mb(storedBytes)} MB in ${changes.keys.length} pieces`, baseline: `previous engine ${mb(serialised.length)} MB` },
  { measurement: 'load of the saved index: first piece / all', value: `${ms(firstPieceMs)} / ${ms(loadMs)} ms`, baseline: `previous engine (all or nothing) ${ms(oldLoadMs)} ms` },
  { measurement: 'heap after build (JS heap + array buffers)', value: gc ? `${heapMb} MB` : 'run with --expose-gc', baseline: gc ? `previous engine ${oldHeapMb} MB` : '' },
  { measurement: 'index build, a tenth of the archive', value: `pieces ${ms(miniTenthMs)} ms`, baseline: `FlexSearch ${ms(flexTenthMs)} ms` },
  { measurement: 'saved index / load, a tenth', value: `pieces ${mb(miniTenthBytes)} MB / ${ms(miniTenthLoadMs)} ms`, baseline: `FlexSearch ${mb(flexBytes)} MB / ${ms(flexLoadMs)} ms` },
  { measurement: 'heap after build, a tenth', value: gc ? `pieces ${miniTenthHeapMb} MB` : 'run with --expose-gc', baseline: gc ? `FlexSearch ${flexHeapMb} MB` : '' },
  { measurement: 'search p50 / p95, a tenth', value: `pieces ${ms(percentile(miniTenthSearchMs, 0.5))} / ${ms(percentile(miniTenthSearchMs, 0.95))} ms`, baseline: `FlexSearch ${ms(percentile(flexMs, 0.5))} / ${ms(percentile(flexMs, 0.95))} ms` },
  { measurement: 'incremental update of one session p95 (with the search after it)', value: `${ms(percentile(updateMs, 0.95))} ms`, baseline: `previous engine ${ms(percentile(oldUpdateMs, 0.95))} ms; full build ${ms(buildMs)} ms` },
  { measurement: `search as you type p50 / p95 (${QUERIES} queries)`, value: `${ms(percentile(searchMs, 0.5))} / ${ms(percentile(searchMs, 0.95))} ms`, baseline: `previous engine ${ms(percentile(oldSearchMs, 0.5))} / ${ms(percentile(oldSearchMs, 0.95))} ms; naive scan ${ms(percentile(scanMs, 0.5))} / ${ms(percentile(scanMs, 0.95))} ms` },
  { measurement: 'search as you type, CPU time p50 / p95', value: `${ms(percentile(searchCpuMs, 0.5))} / ${ms(percentile(searchCpuMs, 0.95))} ms`, baseline: `previous engine ${ms(percentile(oldSearchCpuMs, 0.5))} / ${ms(percentile(oldSearchCpuMs, 0.95))} ms; naive scan ${ms(percentile(scanCpuMs, 0.5))} / ${ms(percentile(scanCpuMs, 0.95))} ms` },
  { measurement: `same answers as the previous engine, ${QUERIES} queries`, value: `top hit ${sameTopHit}, first ten (as a set) ${sameTopTen}`, baseline: '' },
  { measurement: `examples: top hit right, ${quality.length} prefix/typo queries`, value: `pieces ${piecesRight}`, baseline: `previous engine (MiniSearch) ${miniRight}, FlexSearch ${flexRight}` },
  { measurement: `import of ${IMPORT_FILES} markdown files (plan + write)`, value: `${ms(importMs)} ms (${ms(importPlanMs)} + ${ms(importWriteMs)}; planning CPU ${ms(importPlanCpuMs)} ms)`, baseline: `plain copy ${ms(copyMs)} ms` },
]);

const resultsDir = join(import.meta.dirname, 'results');
await mkdir(resultsDir, { recursive: true });
// archive-start.bench.ts adds its figures (coldStart, rendererMemory) to the same file: they are kept.
let earlier: Record<string, unknown> = {};
try {
  earlier = JSON.parse(await readFile(join(resultsDir, 'archive.json'), 'utf8')) as Record<string, unknown>;
} catch {
  // No earlier run.
}
const kept = Object.fromEntries(Object.entries(earlier).filter(([key]) => !(key in result)));
await writeFile(join(resultsDir, 'archive.json'), `${JSON.stringify({ ...result, ...kept }, null, 2)}\n`);
