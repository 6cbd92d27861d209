// Importing a conference schedule and showing "now and next".
//
// In Node: reading a generated schedule (1,000 talks over 5 days and 20
// rooms, and a quarter of that) in each format, planning its first import
// and a re-import against the sessions it made, and working out now/next
// over its sessions; beside JSON.parse of the same JSON text, a cost any
// reader pays.
//
// In Chromium, on the real renderer (out/renderer, built by `npm run bench`)
// with the real services behind the bridge: the schedule file chosen in
// File → Import schedule until its preview shows, Import until it is stored,
// and a reload of the home screen at a clock in the middle of the third day
// until now/next is shown; beside it, in the same reload, the moment the
// app's shell is shown. Times are taken by this process (the page's clock is
// the test's fake one), so they include Playwright's polling. Target: import and first paint of
// now/next well under a second.
//
// Writes bench/results/schedule.json.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Session } from '../core/model/session';
import { nowAndNext } from '../core/schedule/nowNext';
import { parseSchedule } from '../core/schedule/parseSchedule';
import { planScheduleImport, scheduleWrites } from '../core/schedule/reimport';
import { APP_ORIGIN, launchApp } from './archive-start/chromium';
import { frabJson, frabXml, generateTalks, ics } from './scheduleFixture';

const ROUNDS = 5;
const SIZES = [250, 1000];
const repoRoot = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

function best(run: () => unknown, rounds = ROUNDS): number {
  let fastest = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return Math.round(fastest * 100) / 100;
}

const ms = (value: number) => Math.round(value * 10) / 10;

interface NodeFigures {
  talks: number;
  bytes: number;
  parseJsonMs: number;
  parseXmlMs: number;
  parseIcsMs: number;
  planFirstMs: number;
  planReimportMs: number;
  nowNextMs: number;
  baseline: { name: string; ms: number };
}

function nodeFigures(size: number): NodeFigures {
  const talks = generateTalks(size);
  const json = frabJson(talks);
  const xml = frabXml(talks);
  const calendar = ics(talks);
  const schedule = parseSchedule(json, 'schedule.json');
  const first = planScheduleImport(schedule, null, []);
  const writes = scheduleWrites(first);
  const known = writes.sessions.map((session) => ({ session, hasNotes: false }));
  const sessions: Session[] = writes.sessions;
  const middle = Date.parse('2026-06-10T10:10:00+02:00');
  return {
    talks: size,
    bytes: json.length,
    parseJsonMs: best(() => parseSchedule(json, 'schedule.json')),
    parseXmlMs: best(() => parseSchedule(xml, 'schedule.xml')),
    parseIcsMs: best(() => parseSchedule(calendar, 'schedule.ics')),
    planFirstMs: best(() => scheduleWrites(planScheduleImport(schedule, null, []))),
    planReimportMs: best(() => planScheduleImport(schedule, writes.conference, known)),
    nowNextMs: best(() => nowAndNext(sessions, middle, schedule.conference.rooms), 20),
    baseline: { name: 'JSON.parse of the schedule.json text', ms: best(() => JSON.parse(json)) },
  };
}

interface BrowserFigures {
  talks: number;
  previewMs: number;
  storeMs: number;
  nowNextPaintMs: number;
  baseline: { name: string; ms: number };
}

async function browserFigures(size: number): Promise<BrowserFigures> {
  const temp = await mkdtemp(path.join(tmpdir(), 'plenary-bench-schedule-'));
  const file = path.join(temp, 'schedule.json');
  await writeFile(file, frabJson(generateTalks(size)));
  const context = await launchApp({ profileDir: path.join(temp, 'profile'), archiveDir: path.join(temp, 'archive'), siteDir: path.join(repoRoot, 'out', 'renderer') });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.clock.install({ time: new Date('2026-06-10T08:10:00Z') });
    await page.goto(`${APP_ORIGIN}/index.html`);
    await page.locator('.app').waitFor();
    await page.keyboard.press('Control+Shift+KeyO');
    const dialog = page.getByRole('dialog', { name: 'Import schedule' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose a schedule file…' }).click();
    const chosen = await chooser;
    let start = performance.now();
    await chosen.setFiles(file);
    await dialog.getByRole('heading', { name: 'Before anything is saved' }).waitFor();
    const previewMs = performance.now() - start;
    start = performance.now();
    await dialog.getByRole('button', { name: 'Import schedule' }).click();
    await dialog.getByRole('heading', { name: 'Schedule imported' }).waitFor();
    const storeMs = performance.now() - start;
    await page.keyboard.press('Escape');
    const paint: number[] = [];
    const shell: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Timed here, not on the page's clock (the installed clock fakes performance.now): the app's shell, then now/next.
      const reload = performance.now();
      const navigation = page.reload({ waitUntil: 'commit' });
      await page.locator('.app').waitFor();
      shell.push(performance.now() - reload);
      await page.getByRole('region', { name: 'Now and next' }).getByRole('listitem').first().waitFor();
      paint.push(performance.now() - reload);
      await navigation;
    }
    return { talks: size, previewMs: ms(previewMs), storeMs: ms(storeMs), nowNextPaintMs: ms(Math.min(...paint)), baseline: { name: 'the same reload until the app shell is shown', ms: ms(Math.min(...shell)) } };
  } finally {
    await context.close();
    await rm(temp, { recursive: true, force: true });
  }
}

const node = SIZES.map(nodeFigures);
const browser: BrowserFigures[] = [];
for (const size of SIZES) browser.push(await browserFigures(size));

console.table(node.map(({ baseline, ...rest }) => ({ ...rest, baselineMs: baseline.ms })));
console.table(browser.map(({ baseline, ...rest }) => ({ ...rest, shellPaintMs: baseline.ms })));
await mkdir(path.join(repoRoot, 'bench', 'results'), { recursive: true });
await writeFile(path.join(repoRoot, 'bench', 'results', 'schedule.json'), `${JSON.stringify({ node, browser, targetMs: 1000 }, null, 2)}\n`);
