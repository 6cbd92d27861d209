// Durability: is "at most one second of typing lost" true when a process dies?
//
// 1. The services (main's archive writer) are killed with SIGKILL at a random
//    moment while typing is saved to them at the editor's cadence, then
//    started again; the window side sends its copy again, as its start-up
//    reconcile does. Counted: the typing the disk copy lacked at the kill
//    (what a power cut then would cost), the typing missing after the
//    restart, files that are not whole JSON, temporary files left.
// 2. The page (the renderer) is crashed through CDP (Page.crash: no unload
//    handler runs) at a random moment while a person types into the real
//    app in Chromium, with the real services behind the test bridge; the app
//    is opened again on the same profile and the line is read back from the
//    editor. Counted: the typing lost, and files on disk that are not whole.
//
// Baseline in the same run: the editor's save cadence (MAX_SAVE_INTERVAL_MS),
// the most a kill could cost if every save landed.
// Writes bench/results/durability.json. PLENARY_DURABILITY_KILLS (default 50)
// sets the number of kills of each kind.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pageCrashTrials } from './durability/pageCrashes';
import { servicesKillTrial, type KillTrial } from './durability/servicesKills';
import { KEYSTROKE_MS, MAX_SAVE_INTERVAL_MS, percentile } from './durability/typist';

const KILLS = Number(process.env.PLENARY_DURABILITY_KILLS ?? 50);
const resultsDir = path.join(import.meta.dirname, 'results');

function summary(values: number[]) {
  return { max: Math.max(0, ...values), p95: percentile(values, 95), median: percentile(values, 50) };
}

const temp = await mkdtemp(path.join(tmpdir(), 'plenary-durability-'));
try {
  const kills: KillTrial[] = [];
  for (let trial = 0; trial < KILLS; trial++) {
    kills.push(await servicesKillTrial(path.join(temp, `services-${trial}`)));
    process.stdout.write(trial % 10 === 9 ? `${trial + 1}\n` : '.');
  }
  console.log(`services killed ${KILLS} times`);
  const pages = await pageCrashTrials(path.join(temp, 'page'), KILLS);
  console.log(`page crashed ${pages.trials.length} times`);

  const result = {
    kills: KILLS,
    keystrokeMs: KEYSTROKE_MS,
    baseline: { saveIntervalMs: MAX_SAVE_INTERVAL_MS },
    servicesKill: {
      typingLostAfterRestartMs: summary(kills.map((kill) => kill.lostAfterRestartMs)),
      diskBehindAtKillMs: summary(kills.map((kill) => kill.diskBehindMs)),
      corruptFiles: kills.reduce((sum, kill) => sum + kill.corruptFiles, 0),
      temporaryFilesLeftAfterKill: kills.reduce((sum, kill) => sum + kill.temporaryFilesAfterKill, 0),
      temporaryFilesLeftAfterRestart: kills.reduce((sum, kill) => sum + kill.temporaryFilesAfterRestart, 0),
    },
    pageKill: {
      typingLostMs: summary(pages.trials.map((trial) => trial.lostMs)),
      charactersLost: summary(pages.trials.map((trial) => trial.charactersLost)),
      corruptFiles: pages.corruptFiles,
      temporaryFilesLeft: pages.temporaryFiles,
    },
  };
  await mkdir(resultsDir, { recursive: true });
  await writeFile(path.join(resultsDir, 'durability.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await rm(temp, { recursive: true, force: true });
}
