import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveStore } from '../../services/archive/archiveStore';
import { sessionRecord } from '../../services/archive/testRecords';
import type { RaceResult, RaceTrial } from './raceWorker';
import { runRaceWorkers } from './raceWorkers';

// Two real processes writing one record of one archive folder at the same instant, many times.
const TRIALS = 30;
const TRIAL_GAP_MS = 150;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'plenary-write-races-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function archives(name: string): string[] {
  return Array.from({ length: TRIALS }, (_, trial) => path.join(dir, `${name}-${trial}`));
}

async function onDisk(archive: string, id: string) {
  const [record] = await new ArchiveStore(archive).read('session', [id]);
  return record?.kind === 'session' ? record.record : null;
}

function outcomeOf(result: RaceResult | undefined): { written: boolean; revision: number; conflict?: unknown } {
  if (!result || !('outcome' in result)) throw new Error(`the write failed: ${JSON.stringify(result)}`);
  return result.outcome as { written: boolean; revision: number; conflict?: unknown };
}

describe('two processes writing one record', () => {
  it(`never leave the older revision on disk (${TRIALS} trials)`, async () => {
    const folders = archives('newest');
    const older: RaceTrial[] = folders.map((archiveDir, trial) => ({ at: trial * TRIAL_GAP_MS, archiveDir, write: sessionRecord('s1', 199, { text: 'older' }) }));
    const newer: RaceTrial[] = folders.map((archiveDir, trial) => ({ at: trial * TRIAL_GAP_MS, archiveDir, write: sessionRecord('s1', 200, { text: 'newer' }) }));
    const [olderResults = [], newerResults = []] = await runRaceWorkers([{ trials: older }, { trials: newer }]);
    const bad: string[] = [];
    for (const [trial, archive] of folders.entries()) {
      const record = await onDisk(archive, 's1');
      const newerOutcome = outcomeOf(newerResults[trial]);
      if (!newerOutcome.written) bad.push(`trial ${trial}: revision 200 was not written`);
      if (record?.session.revision !== 200) bad.push(`trial ${trial}: revision ${record?.session.revision} on disk after 200 was acknowledged`);
      outcomeOf(olderResults[trial]);
    }
    expect(bad, `${bad.length} of ${TRIALS} trials`).toEqual([]);
  }, 120_000);

  it(`tell the loser when both move a record to the same revision, and keep both versions (${TRIALS} trials)`, async () => {
    const folders = archives('same-revision');
    for (const archive of folders) await new ArchiveStore(archive).write(sessionRecord('s1', 1, { text: 'before' }));
    const cli: RaceTrial[] = folders.map((archiveDir, trial) => ({ at: trial * TRIAL_GAP_MS, archiveDir, write: sessionRecord('s1', 2, { text: 'typed by the command line' }) }));
    const app: RaceTrial[] = folders.map((archiveDir, trial) => ({ at: trial * TRIAL_GAP_MS, archiveDir, write: sessionRecord('s1', 2, { text: 'typed in the app' }) }));
    const [cliResults = [], appResults = []] = await runRaceWorkers([{ trials: cli }, { trials: app }]);
    const bad: string[] = [];
    for (const [trial, archive] of folders.entries()) {
      const outcomes = [outcomeOf(cliResults[trial]), outcomeOf(appResults[trial])];
      const winners = outcomes.filter((outcome) => outcome.written);
      const toldLosers = outcomes.filter((outcome) => !outcome.written && outcome.conflict);
      if (winners.length !== 1 || toldLosers.length !== 1) {
        bad.push(`trial ${trial}: ${winners.length} written, ${toldLosers.length} told of the conflict`);
        continue;
      }
      // Both texts are still on disk: the winner in the record's file, the loser as its conflict copy.
      const conflicts = await readdir(path.join(archive, 'conflicts')).catch(() => []);
      if (conflicts.length !== 1) bad.push(`trial ${trial}: ${conflicts.length} conflict copies kept`);
    }
    expect(bad, `${bad.length} of ${TRIALS} trials`).toEqual([]);
  }, 120_000);
});
