// Exports 1,000 generated sessions with the Hugo preset (one post per
// session) as the app and the command line do: posts streamed from the
// documents (headless Lexical, front matter with yaml), each built as a
// write slot frees, and written atomically by the export writer into a fresh
// temp folder. The two halves are also timed apart (build every post, then
// write them). The baseline writes the same bytes to the same paths with
// plain fs.writeFile in the same run. A re-export of unchanged posts is
// measured too (it reads and hashes, and writes nothing).
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Post } from '../core/export/posts';
import type { Conference } from '../core/model/conference';
import type { SessionRecord } from '../core/model/session';

// The shipped CLI and app are bundled with NODE_ENV=production, which selects
// Lexical's production build; measure that build, so import after setting it.
process.env['NODE_ENV'] = 'production';
const { exportOptionsSchema } = await import('../core/export/options');
const { buildPosts, streamPosts } = await import('../core/export/posts');
const { writeExport } = await import('../electron/services/export/writer');

const SESSIONS = 1_000;
const ROUNDS = 3;
const DAY_MS = 86_400_000;

const conference: Conference = {
  id: 'conf-bench',
  name: 'BenchConf 2026',
  location: 'Berlin',
  startDate: '2026-11-23',
  endDate: '2026-11-27',
  timeZone: 'Europe/Berlin',
  url: '',
  tags: ['bench', 'conference'],
  revision: 1,
  updatedAt: 1,
};

function text(value: string, format = 0) {
  return { type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 };
}

function block(type: string, children: unknown[], stamp: number, extra: Record<string, unknown> = {}) {
  return { type, children, direction: null, format: '', indent: 0, version: 1, ...extra, $: { stamp } };
}

function session(index: number): SessionRecord {
  const start = Date.parse('2026-11-23T09:00:00+01:00') + Math.floor(index / 200) * DAY_MS + (index % 200) * 180_000;
  const at = (line: number) => start + line * 45_000;
  const children = [
    block('heading', [text(`Part ${index % 5}`)], at(0), { tag: 'h2' }),
    ...Array.from({ length: 8 }, (_, line) =>
      block('paragraph', [text(`Line ${line} of talk ${index}: the speaker says `), text('caching', 1), text(' beats cleverness, with a chart.')], at(line + 1), {
        textFormat: 0,
        textStyle: '',
      }),
    ),
    block('quote', [text('Measure before you optimise.')], at(9)),
    {
      type: 'list', listType: 'bullet', start: 1, tag: 'ul', direction: null, format: '', indent: 0, version: 1,
      children: [0, 1, 2].map((i) => block('listitem', [text(`point ${i}`)], at(10 + i), { value: i + 1, checked: undefined })),
    },
    {
      type: 'list', listType: 'check', start: 1, tag: 'ul', direction: null, format: '', indent: 0, version: 1,
      children: [0, 1].map((i) => ({ ...block('listitem', [text(`follow up ${i} on talk ${index}`)], at(13 + i), { value: i + 1, checked: i === 1 }), $: { stamp: at(13 + i), actionId: `a${index}x${i}` } })),
    },
  ];
  const id = `sess-${String(index).padStart(4, '0')}`;
  return {
    session: {
      id, conferenceId: conference.id, title: `Talk ${index}: Caching beats cleverness (part ${index % 7})`,
      speakers: [`Speaker ${index % 40}`, `Co-speaker ${index % 13}`], room: `Room ${index % 6}`, track: '', kind: 'talk', url: '',
      tags: ['performance', `track-${index % 4}`], scheduledStart: start, scheduledEnd: start + 40 * 60_000, actualStart: start,
      revision: 1, updatedAt: start,
    },
    document: { sessionId: id, content: { root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 } }, revision: 1, updatedAt: start },
  };
}

async function baseline(dir: string, posts: readonly Post[]): Promise<void> {
  for (const post of posts) {
    const target = join(dir, post.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, post.content);
  }
}

const best = (values: number[]) => Math.min(...values);

/**
 * Flushes every dirty page to disk before a timed phase. Without it the
 * baseline's unflushed writes are paid for by the next phase's fsyncs (ext4
 * commits pending data with its journal), and each figure depends on the
 * one before it.
 */
function settleDisk(): void {
  if (process.platform !== 'win32') spawnSync('sync');
}
const input = { conferences: [conference], sessions: Array.from({ length: SESSIONS }, (_, i) => session(i)) };
const options = exportOptionsSchema.parse({ preset: 'hugo', layout: 'session', stamps: 'clock', actions: 'open' });
const root = await mkdtemp(join(tmpdir(), 'plenary-bench-export-'));
try {
  const buildMs: number[] = [];
  const writeMs: number[] = [];
  const totalMs: number[] = [];
  const unchangedMs: number[] = [];
  const baselineMs: number[] = [];
  const cpuMs: number[] = [];
  let bytes = 0;
  const sequentialMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    settleDisk();
    const t0 = performance.now();
    const posts = buildPosts(input, options);
    const t1 = performance.now();
    const apart = await writeExport(join(root, `apart-${round}`), posts);
    const t2 = performance.now();
    if (apart.summary.written !== SESSIONS) throw new Error(`wrote ${apart.summary.written} posts, expected ${SESSIONS}`);
    buildMs.push(t1 - t0);
    writeMs.push(t2 - t1);
    sequentialMs.push(t2 - t0);

    const folder = join(root, `export-${round}`);
    settleDisk();
    const c0 = process.cpuUsage();
    const s0 = performance.now();
    const { summary } = await writeExport(folder, streamPosts(input, options));
    const s1 = performance.now();
    const cpu = process.cpuUsage(c0);
    cpuMs.push((cpu.user + cpu.system) / 1000);
    totalMs.push(s1 - s0);
    if (summary.written !== SESSIONS) throw new Error(`wrote ${summary.written} posts, expected ${SESSIONS}`);
    const again = await writeExport(folder, streamPosts(input, options));
    unchangedMs.push(performance.now() - s1);
    if (again.summary.unchanged !== SESSIONS) throw new Error('a re-export changed files');

    settleDisk();
    const b0 = performance.now();
    await baseline(join(root, `baseline-${round}`), posts);
    baselineMs.push(performance.now() - b0);
    bytes = posts.reduce((sum, post) => sum + Buffer.byteLength(post.content), 0);
  }
  const ms = best(totalMs);
  const baseMs = best(baselineMs);
  console.log(`export: ${SESSIONS} sessions → ${SESSIONS} Hugo posts, ${(bytes / 1024 / 1024).toFixed(2)} MiB, best of ${ROUNDS} rounds (target ≤ 1000 ms)`);
  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  console.table([
    { measurement: 'baseline: fs.writeFile of the same bytes', ms: Number(baseMs.toFixed(1)) },
    { measurement: 'apart: build posts (markdown + front matter)', ms: Number(best(buildMs).toFixed(1)) },
    { measurement: 'apart: write posts (atomic, fsync, manifest)', ms: Number(best(writeMs).toFixed(1)) },
    { measurement: 'apart: build, then write', ms: Number(best(sequentialMs).toFixed(1)) },
    { measurement: 'export (streamed: build overlaps write)', ms: Number(ms.toFixed(1)) },
    { measurement: 're-export, all unchanged', ms: Number(best(unchangedMs).toFixed(1)) },
    { measurement: 'export total, CPU time of this process', ms: Number(best(cpuMs).toFixed(1)) },
  ]);
  const resultsDir = join(import.meta.dirname, 'results');
  await mkdir(resultsDir, { recursive: true });
  await writeFile(
    join(resultsDir, 'export.json'),
    `${JSON.stringify(
      {
        name: 'export',
        sessions: SESSIONS,
        ms,
        baselineMs: baseMs,
        targetMs: 1000,
        bytes,
        rounds: ROUNDS,
        node: process.version,
        platform: process.platform,
        cpus: cpus().length,
        loadAverage: loadavg(),
        measuredAt: new Date().toISOString(),
        buildMs: { best: best(buildMs), runs: buildMs },
        writeMs: { best: best(writeMs), runs: writeMs },
        totalMs: { best: ms, runs: totalMs },
        buildThenWriteMs: { best: best(sequentialMs), runs: sequentialMs },
        // CPU time (user + system) of the export: less disturbed than wall time on a busy machine.
        totalCpuMs: { best: best(cpuMs), runs: cpuMs },
        unchangedReexportMs: { best: best(unchangedMs), runs: unchangedMs },
        baseline: { name: 'mkdir + fs.writeFile per post, same bytes', best: baseMs, runs: baselineMs },
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
