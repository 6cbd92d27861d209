import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RaceResult, RaceWork } from './raceWorker';

const workerPath = fileURLToPath(new URL('./raceWorker.ts', import.meta.url));

/**
 * Runs one worker process per `RaceWork`, each in its own process group,
 * starts them at the same instant once all have loaded, and returns each
 * one's results in trial order. Every process group is killed when done or
 * on timeout, so no stray child outlives the test.
 */
export async function runRaceWorkers(works: readonly RaceWork[], { timeoutMs = 120_000 } = {}): Promise<RaceResult[][]> {
  const children: ChildProcess[] = [];
  try {
    const runs = works.map((work) => {
      const child = spawn(process.execPath, ['--import', 'tsx', workerPath, JSON.stringify(work)], {
        detached: true,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      children.push(child);
      let stdout = '';
      let stderr = '';
      let onReady: () => void = () => undefined;
      const ready = new Promise<void>((resolve) => (onReady = resolve));
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.startsWith('ready\n')) onReady();
      });
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const done = new Promise<RaceResult[]>((resolve, reject) => {
        child.on('exit', (code) => {
          if (code !== 0) reject(new Error(`race worker exited with ${code}: ${stderr}`));
          else resolve(stdout.split('\n').slice(1).filter(Boolean).map((line) => JSON.parse(line) as RaceResult));
        });
      });
      return { child, ready, done };
    });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('race workers timed out')), timeoutMs).unref());
    await Promise.race([Promise.all(runs.map((run) => run.ready)), timeout]);
    const start = Date.now() + 100;
    for (const run of runs) run.child.stdin?.end(`${start}\n`);
    return await Promise.race([Promise.all(runs.map((run) => run.done)), timeout]);
  } finally {
    for (const child of children) {
      if (child.exitCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
  }
}
