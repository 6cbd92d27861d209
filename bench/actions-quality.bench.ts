// Scores action-item detection on the action kit (real conference notes by
// other people, labelled line by line) through the path a user takes: each
// text is imported with `plenary import` into a fresh archive folder and its
// items are listed with `plenary actions --json`; the listed texts are scored
// with the kit's own scorer (`score.mjs --by-text`). Beside it, in the same
// run, the kit's naive baseline (a line starting with "- [ ]", holding "TODO",
// "I need to", "I should" or "I'll").
//
// The rules were written looking at some authors' notes only; the others were
// held out and scored afterwards (HELD_OUT_AUTHORS), so the held-out figure is
// the estimate for notes the rules have never seen. Figures over the whole kit
// are in-sample.
//
// The kit is read from $PLENARY_ACTION_KIT or ../shared/action-kit beside the
// repository; without it the benchmark says where it looked and stops.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { command as actionsCommand } from '../electron/cli/commands/actions';
import { command as importCommand } from '../electron/cli/commands/import';
import type { CliIO } from '../electron/cli/cliCommand';
import { findActionKit, scoreByText, scoreOfFiles, type KitScore, type Prf } from './actionKit';

/** Authors whose notes were not looked at while the rules were written (by the start of their name in sources.json). */
const HELD_OUT_AUTHORS = ['Anna Headley', 'Jane Sandberg', 'Clay Dowling', 'Ryan Randall', 'James Stewart'];

const repo = path.resolve(import.meta.dirname, '..');
const { kit, looked } = findActionKit(repo);
if (!kit) {
  const message = "the action kit is not here, so nothing was scored. Set PLENARY_ACTION_KIT to the kit's folder (the one holding score.mjs, labels.json and texts/).";
  console.log(`actions-quality: ${message} Looked in:\n${looked.map((dir) => `  ${dir}`).join('\n')}`);
  // Written anyway, so an earlier run's figures are not taken for this one's.
  await mkdir(path.join(import.meta.dirname, 'results'), { recursive: true });
  await writeFile(path.join(import.meta.dirname, 'results', 'actions-quality.json'), `${JSON.stringify({ name: 'actions-quality', kit: null, looked, message, measuredAt: new Date().toISOString() }, null, 2)}\n`);
  process.exit(0);
}

async function runCommand(command: typeof importCommand, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), defaultArchiveDir: '/nonexistent' };
  const code = await command.run(args, io);
  return { code, stdout, stderr };
}

/** The kit's naive baseline, on the raw lines of a text. */
function naiveItems(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && (line.startsWith('- [ ]') || line.includes('TODO') || /I need to|I should|I'll/.test(line)));
}

const scratch = await mkdtemp(path.join(tmpdir(), 'plenary-actions-quality-'));
const detected: Record<string, string[]> = {};
const naive: Record<string, string[]> = {};
const listed: Record<string, Array<{ text: string; source: string; reason: string | null }>> = {};
let importMs = 0;
let listMs = 0;
try {
  for (const { name } of kit.sources) {
    const archive = path.join(scratch, name);
    await mkdir(archive);
    const textPath = kit.textPath(name);
    naive[name] = naiveItems(await readFile(textPath, 'utf8'));
    let start = performance.now();
    const imported = await runCommand(importCommand, [textPath, '--archive', archive]);
    importMs += performance.now() - start;
    if (imported.code !== 0) throw new Error(`plenary import ${name} failed (${imported.code}): ${imported.stderr}`);
    start = performance.now();
    const actions = await runCommand(actionsCommand, ['--json', '--archive', archive]);
    listMs += performance.now() - start;
    if (actions.code !== 0) throw new Error(`plenary actions failed for ${name}: ${actions.stderr}`);
    const items = (JSON.parse(actions.stdout) as { items: Array<{ text: string; source: string; reason: string | null }> }).items;
    listed[name] = items.map(({ text, source, reason }) => ({ text, source, reason }));
    detected[name] = items.map((item) => item.text);
  }

  const detectorScore = scoreByText(kit, detected, scratch);
  const naiveScore = scoreByText(kit, naive, scratch);
  const heldOutFiles = new Set(kit.sources.filter((source) => HELD_OUT_AUTHORS.some((author) => source.author.startsWith(author))).map((source) => source.name));
  const developedFiles = new Set(kit.sources.map((source) => source.name).filter((name) => !heldOutFiles.has(name)));
  const part = (score: KitScore) => ({
    all: { overall: score.overall, explicit: score.explicit, prose: score.prose },
    developedOn: scoreOfFiles(kit, score, developedFiles),
    heldOut: scoreOfFiles(kit, score, heldOutFiles),
  });

  const figure = (value: number | null) => (value === null ? '  n/a' : value.toFixed(3));
  const row = (label: string, prf: Prf) => ({ set: label, precision: figure(prf.precision), recall: figure(prf.recall), tp: prf.tp, fp: prf.fp, fn: prf.fn });
  console.log(`actions-quality: ${kit.sources.length} texts of the action kit at ${kit.dir}, imported with \`plenary import\`, listed with \`plenary actions --json\`, scored by text with the kit's scorer`);
  for (const [label, score] of [['plenary', detectorScore], ['naive baseline', naiveScore]] as const) {
    const parts = part(score);
    console.log(`\n${label}`);
    console.table([
      row('all texts (in-sample): all items', parts.all.overall),
      row('all texts: explicit', parts.all.explicit),
      row('all texts: prose', parts.all.prose),
      row(`held-out authors (${heldOutFiles.size} texts): all items`, parts.heldOut.overall),
      row('held-out authors: explicit', parts.heldOut.explicit),
      row('held-out authors: prose', parts.heldOut.prose),
      row(`developed on (${developedFiles.size} texts): all items`, parts.developedOn.overall),
    ]);
  }
  console.log('\nper file (plenary | naive baseline)');
  console.table(
    detectorScore.perFile.map((file, index) => {
      const base = naiveScore.perFile[index];
      return { file: file.name, heldOut: heldOutFiles.has(file.name), tp: file.tp, fp: file.fp, fn: file.fn, 'naive tp': base?.tp, 'naive fp': base?.fp, 'naive fn': base?.fn };
    }),
  );
  if (process.env['ACTIONS_QUALITY_VERBOSE']) {
    console.log('false positives:', detectorScore.falsePositives.join('\n  '));
    console.log('false negatives:', detectorScore.falseNegatives.join('\n  '));
  }
  console.log(`import ${importMs.toFixed(0)} ms, listing ${listMs.toFixed(0)} ms for the whole kit`);

  const resultsDir = path.join(import.meta.dirname, 'results');
  await mkdir(resultsDir, { recursive: true });
  await writeFile(
    path.join(resultsDir, 'actions-quality.json'),
    `${JSON.stringify(
      {
        name: 'actions-quality',
        kit: kit.dir,
        texts: kit.sources.length,
        heldOutAuthors: HELD_OUT_AUTHORS,
        heldOutFiles: [...heldOutFiles],
        measuredAt: new Date().toISOString(),
        node: process.version,
        plenary: { ...part(detectorScore), perFile: detectorScore.perFile, falsePositives: detectorScore.falsePositives, falseNegatives: detectorScore.falseNegatives },
        naiveBaseline: { ...part(naiveScore), perFile: naiveScore.perFile, falsePositives: naiveScore.falsePositives, falseNegatives: naiveScore.falseNegatives },
        importMs,
        listMs,
      },
      null,
      2,
    )}\n`,
  );
  if (process.env['ACTIONS_QUALITY_DUMP']) await writeFile(process.env['ACTIONS_QUALITY_DUMP'], JSON.stringify(listed, null, 2));
} finally {
  await rm(scratch, { recursive: true, force: true });
}
