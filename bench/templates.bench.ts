// Template work the app does while someone waits: filling a template when a
// session is created, the "is this session still empty?" check after a pause
// in typing (against what every template gives), saving a long session as a
// template, and reading the built-ins from markdown at start. Each figure is
// beside a baseline measured in the same run: JSON.stringify of the same
// document, a cost every save already pays.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { markdownToEditorState } from '../core/markdown/convert';
import type { EditorStateJson } from '../core/model/session';
import { builtinTemplateFromSource, builtinTemplates, builtinTemplateSources } from '../core/templates/builtins';
import { instantiateTemplate, isDocumentEmpty, templateFromDocument } from '../core/templates/instantiate';

const ROUNDS = 5;
const ITERATIONS = 50;

function best(values: number[]): number {
  return Math.min(...values);
}

function measure(run: () => number, iterations = ITERATIONS): number[] {
  const runs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    let sink = 0;
    for (let i = 0; i < iterations; i++) sink += run();
    if (sink < 0) throw new Error('unreachable');
    runs.push((performance.now() - start) / iterations);
  }
  return runs;
}

function longNotes(sections: number): EditorStateJson {
  const parts: string[] = [];
  for (let section = 0; section < sections; section++) {
    parts.push(`## Talk ${section}: scaling queues`);
    parts.push('Redis as broker, Celery workers, RabbitMQ for **replication**.');
    parts.push('> "Avoid using async tasks as a backup mechanism only during failures."');
    parts.push(`- pros: fast, efficient\n- cons: polling, memory limits\n- spills to disk ${section}`);
    parts.push(`- [ ] Email the speaker of talk ${section}\n- [x] Thank the organisers`);
  }
  return markdownToEditorState(parts.join('\n\n'));
}

const session = { title: 'Scaling Python on EC2', speakers: ['Neil Williams', 'Jeremy Edberg'], room: 'Ballroom B', track: 'Web', url: 'https://us.pycon.org/', scheduledStart: Date.UTC(2010, 1, 19, 22, 55) };
const conference = { name: 'PyCon 2010', timeZone: 'America/Chicago' };
const templates = builtinTemplates();
const talk = templates[0]!;
const fresh = instantiateTemplate(talk, session, conference);
const untouched = templates.map((template) => instantiateTemplate(template, session, conference));
const notes = longNotes(60);
const notesBlocks = notes.root.children.length;

const stringifyTalk = measure(() => JSON.stringify(talk.content).length);
const instantiateOne = measure(() => instantiateTemplate(talk, session, conference).root.children.length);
const instantiateAll = measure(() => templates.map((template) => instantiateTemplate(template, session, conference)).length);
const emptyCheck = measure(() => (isDocumentEmpty(fresh, untouched) ? 1 : 0));
const stringifyNotes = measure(() => JSON.stringify(notes).length, 20);
const saveAsTemplate = measure(() => templateFromDocument(notes, 'Long').content.root.children.length, 20);
const readBuiltins = measure(() => builtinTemplateSources.map(builtinTemplateFromSource).length, 10);

const baseTalk = best(stringifyTalk);
const baseNotes = best(stringifyNotes);
const rows = [
  { name: 'baseline: JSON.stringify of the Talk template', runs: stringifyTalk, base: baseTalk },
  { name: 'instantiateTemplate (Talk): fill + strip', runs: instantiateOne, base: baseTalk },
  { name: `instantiate all ${templates.length} built-ins (empty-check candidates)`, runs: instantiateAll, base: baseTalk },
  { name: `isDocumentEmpty of an untouched Talk against ${untouched.length} candidates`, runs: emptyCheck, base: baseTalk },
  { name: `baseline: JSON.stringify of ${notesBlocks}-block notes`, runs: stringifyNotes, base: baseNotes },
  { name: `templateFromDocument of ${notesBlocks}-block notes`, runs: saveAsTemplate, base: baseNotes },
  { name: `read all ${templates.length} built-ins from markdown (once at start)`, runs: readBuiltins, base: baseNotes },
];
console.log(`templates: ms per call, best of ${ROUNDS} rounds`);
console.table(
  rows.map((row) => ({
    measurement: row.name,
    'ms per call': Number(best(row.runs).toFixed(4)),
    'vs its baseline': `${(best(row.runs) / row.base).toFixed(2)}×`,
  })),
);

const resultsDir = join(import.meta.dirname, 'results');
await mkdir(resultsDir, { recursive: true });
await writeFile(
  join(resultsDir, 'templates.json'),
  `${JSON.stringify(
    {
      name: 'templates',
      rounds: ROUNDS,
      node: process.version,
      platform: process.platform,
      measuredAt: new Date().toISOString(),
      rows: rows.map((row) => ({ name: row.name, bestMs: best(row.runs), runsMs: row.runs, baselineMs: row.base, ratioToBaseline: best(row.runs) / row.base })),
    },
    null,
    2,
  )}\n`,
);
