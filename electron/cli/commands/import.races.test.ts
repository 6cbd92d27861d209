import { fileURLToPath } from 'node:url';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveStore } from '../../services/archive/archiveStore';
import { runRaceWorkers } from '../testing/raceWorkers';
import type { RaceTrial } from '../testing/raceWorker';

// Two real `plenary import` processes on one archive folder, started at the same instant, many times.
const EXAMPLES = fileURLToPath(new URL('../../../tests/fixtures/examples', import.meta.url));
const LIVEBLOG = path.join(EXAMPLES, 'pycon-2010-day-1-liveblog.txt');
const RAW_NOTES = path.join(EXAMPLES, 'pycon-2013-raw-timestamped-notes.txt');
const TRIALS = 20;
/** Room for one small import to finish before the next trial starts, on a busy machine. */
const TRIAL_GAP_MS = 600;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'plenary-import-races-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function contents(archive: string) {
  const { records, problems } = await new ArchiveStore(archive).readAll();
  const conferences = records.flatMap((record) => (record.kind === 'conference' ? [record.conference.name] : []));
  const sessions = records.flatMap((record) => (record.kind === 'session' ? [record.record.session.sourceHash ?? ''] : []));
  return { conferences, sessions, problems };
}

function trialsOf(name: string, args: (archive: string) => string[]): { archives: string[]; trials: RaceTrial[] } {
  const archives = Array.from({ length: TRIALS }, (_, trial) => path.join(dir, `${name}-${trial}`));
  return { archives, trials: archives.map((archive, trial) => ({ at: trial * TRIAL_GAP_MS, cli: args(archive) })) };
}

describe('two plenary import processes at once', () => {
  it(`create the same file's sessions and conference once (${TRIALS} trials)`, async () => {
    const { archives, trials } = trialsOf('same-file', (archive) => ['--archive', archive, 'import', LIVEBLOG]);
    const results = await runRaceWorkers([{ trials }, { trials }]);
    for (const worker of results) for (const result of worker) expect(result).toMatchObject({ exitCode: 0 });
    const once = await contents(archives[0] as string);
    const bad: string[] = [];
    for (const [trial, archive] of archives.entries()) {
      const { conferences, sessions, problems } = await contents(archive);
      expect(problems).toEqual([]);
      const distinct = new Set(sessions).size;
      if (conferences.length !== 1 || sessions.length !== distinct) bad.push(`trial ${trial}: ${conferences.length} conferences, ${sessions.length} sessions for ${distinct} sources`);
    }
    expect(bad, `${bad.length} of ${TRIALS} trials duplicated records`).toEqual([]);
    expect(once.sessions.length).toBeGreaterThan(1);
  }, 180_000);

  it(`put two files imported into one --conference into one conference (${TRIALS} trials)`, async () => {
    const a = trialsOf('one-conference', (archive) => ['--archive', archive, 'import', LIVEBLOG, '--conference', 'Shared Conf']);
    const b = trialsOf('one-conference', (archive) => ['--archive', archive, 'import', RAW_NOTES, '--conference', 'Shared Conf']);
    await runRaceWorkers([{ trials: a.trials }, { trials: b.trials }]);
    const bad: string[] = [];
    for (const [trial, archive] of a.archives.entries()) {
      const { conferences } = await contents(archive);
      if (conferences.length !== 1) bad.push(`trial ${trial}: ${conferences.length} conferences named ${conferences.join(', ')}`);
    }
    expect(bad, `${bad.length} of ${TRIALS} trials made more than one conference`).toEqual([]);
  }, 180_000);
});
