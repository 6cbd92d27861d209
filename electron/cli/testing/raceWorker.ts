/**
 * A second (or third) program on one archive folder, for the cross-process
 * tests: run under Node with tsx in its own process, it waits for each
 * trial's start instant (so two of them begin their step at the same moment)
 * and runs either the real `plenary` command line or a real store write.
 * It prints one JSON line per trial and nothing else on stdout.
 *
 *   node --import tsx raceWorker.ts '<json of RaceWork>'
 */
import { ArchiveStore } from '../../services/archive/archiveStore';
import type { ArchiveRecord } from '../../../core/model/archiveRecord';
import { program } from '../program';
import { runCli } from '../run';

/** `at`: milliseconds after the common start instant. */
export type RaceTrial =
  | { at: number; cli: string[] }
  | { at: number; archiveDir: string; write: ArchiveRecord };

export interface RaceWork {
  trials: RaceTrial[];
}

export type RaceResult = { exitCode: number; stdout: string; stderr: string } | { outcome: unknown } | { error: string };

async function untilInstant(at: number): Promise<void> {
  const wait = at - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

async function runTrial(trial: RaceTrial): Promise<RaceResult> {
  if ('cli' in trial) {
    let stdout = '';
    let stderr = '';
    const exitCode = await runCli(trial.cli, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), defaultArchiveDir: '/nonexistent' }, program);
    return { exitCode, stdout, stderr };
  }
  try {
    return { outcome: await new ArchiveStore(trial.archiveDir).write(trial.write) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The start instant, sent on stdin once every worker has said it is ready (loading modules takes each a different time). */
function startInstant(): Promise<number> {
  return new Promise((resolve) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      text += chunk;
      if (text.includes('\n')) {
        process.stdin.pause();
        resolve(Number(text.trim()));
      }
    });
  });
}

const work = JSON.parse(process.argv[2] ?? '{"trials":[]}') as RaceWork;
process.stdout.write('ready\n');
const start = await startInstant();
for (const trial of work.trials) {
  await untilInstant(start + trial.at);
  process.stdout.write(`${JSON.stringify(await runTrial(trial))}\n`);
}
