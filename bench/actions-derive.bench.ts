// Derives the action-item rows of one long session document (the work done
// inside every document save), beside two baselines measured in the same run:
// JSON.stringify of the same document (a cost every save already pays) and
// parsing it into a headless Lexical editor state and listing its check-list
// items (the alternative to reading the JSON directly).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import { $actionItems } from '../core/actions/actionIds';
import { clearDeriveMemo, deriveActionItems } from '../core/actions/derive';
import { documentLinesFromJson } from '../core/actions/lines';
import { plenaryNodes } from '../core/editor/nodes';
import { markdownToEditorState } from '../core/markdown/convert';

const SECTIONS = 40;
const ROUNDS = 5;
const ITERATIONS = 40;

function talkNotes(): string {
  const parts: string[] = [];
  for (let section = 0; section < SECTIONS; section++) {
    parts.push(`## Talk ${section}: scaling queues`);
    parts.push('Redis as broker, Celery workers, RabbitMQ for replication.');
    parts.push('"Avoid using async tasks as a backup mechanism only during failures."');
    parts.push('He showed us how they shard Postgres by tenant, with a chart and a caveat.');
    parts.push(`- pros: fast, efficient\n- cons: polling, memory limits\n- spills to disk ${section}`);
    parts.push(`I definitely need to watch the video from talk ${section} by Friday.`);
    parts.push('Should we adopt trunk-based development?');
    parts.push(`### Actions for me\n\n- Try out celery ${section}\n- Build rabbit-in-a-box`);
    parts.push(`- [ ] Email @speaker${section} about the slides tomorrow\n- [x] Thank the organisers #pycon`);
  }
  return parts.join('\n\n');
}

function best(values: number[]): number {
  return Math.min(...values);
}

function measure(run: () => number): number[] {
  const runs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    let sink = 0;
    for (let i = 0; i < ITERATIONS; i++) sink += run();
    if (sink < 0) throw new Error('unreachable');
    runs.push((performance.now() - start) / ITERATIONS);
  }
  return runs;
}

const doc = markdownToEditorState(talkNotes());
const lineCount = documentLinesFromJson(doc).length;
const context = { timeZone: 'America/New_York', referenceTime: Date.parse('2026-03-15T17:55:11Z'), tags: ['pycon'] };
const editor = createHeadlessEditor({ nodes: [...plenaryNodes], onError: (error) => { throw error; } });
const rowsFound = deriveActionItems('s', 'c', doc, context);

const stringifyMs = measure(() => JSON.stringify(doc).length);
const lexicalMs = measure(() => editor.parseEditorState(JSON.stringify(doc)).read(() => $actionItems().length));
const linesMs = measure(() => documentLinesFromJson(doc).length);
const deriveMs = measure(() => {
  clearDeriveMemo();
  return deriveActionItems('s', 'c', doc, context).length;
});
// A save after typing: the same document with one line changed, answers for the other lines remembered.
deriveActionItems('s', 'c', doc, context);
let edit = 0;
const resaveMs = measure(() => {
  const changed = structuredClone(doc);
  const first = (changed.root.children[1] as { children: Array<{ text: string }> }).children[0];
  if (first) first.text = `I need to try edit ${edit++}`;
  return deriveActionItems('s', 'c', changed, context).length;
});
const cloneMs = measure(() => structuredClone(doc).root.children.length);

const base = best(stringifyMs);
const rows = [
  { name: 'baseline: JSON.stringify of the document', runs: stringifyMs },
  { name: 'baseline: parse into a Lexical editor state + list check items', runs: lexicalMs },
  { name: 'documentLinesFromJson (lines only)', runs: linesMs },
  { name: 'deriveActionItems, first time (explicit + suggested, owners, dues)', runs: deriveMs },
  { name: 'structuredClone of the document (part of the next row)', runs: cloneMs },
  { name: 'deriveActionItems, save after a one-line edit (incl. clone)', runs: resaveMs },
];
console.log(
  `action items: one document of ${lineCount} lines, ${rowsFound.filter((r) => r.source === 'explicit').length} explicit items, ${rowsFound.filter((r) => r.source === 'suggested').length} suggestions; ms per call, best of ${ROUNDS} rounds × ${ITERATIONS}`,
);
console.table(
  rows.map((row) => ({
    measurement: row.name,
    'ms per call': Number(best(row.runs).toFixed(3)),
    'vs JSON.stringify': `${(best(row.runs) / base).toFixed(2)}×`,
  })),
);

const resultsDir = join(import.meta.dirname, 'results');
await mkdir(resultsDir, { recursive: true });
await writeFile(
  join(resultsDir, 'actions-derive.json'),
  `${JSON.stringify(
    {
      name: 'actions-derive',
      lines: lineCount,
      explicit: rowsFound.filter((r) => r.source === 'explicit').length,
      suggested: rowsFound.filter((r) => r.source === 'suggested').length,
      rounds: ROUNDS,
      iterations: ITERATIONS,
      node: process.version,
      platform: process.platform,
      measuredAt: new Date().toISOString(),
      baseline: { name: 'JSON.stringify of the document', bestMs: base, runsMs: stringifyMs },
      lexical: { name: 'parse into a Lexical editor state + list check items', bestMs: best(lexicalMs), runsMs: lexicalMs, ratioToBaseline: best(lexicalMs) / base },
      linesOnly: { bestMs: best(linesMs), runsMs: linesMs, ratioToBaseline: best(linesMs) / base },
      derive: { bestMs: best(deriveMs), runsMs: deriveMs, ratioToBaseline: best(deriveMs) / base },
      resaveAfterOneLineEdit: { bestMs: best(resaveMs), runsMs: resaveMs, ratioToBaseline: best(resaveMs) / base, cloneBestMs: best(cloneMs) },
    },
    null,
    2,
  )}\n`,
);
