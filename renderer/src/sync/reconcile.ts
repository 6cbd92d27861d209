import { archiveKinds } from '../../../core/model/archiveRecord';
import { idsByKind, reconcilePlan } from '../../../core/sync/reconcilePlan';
import { notify } from '../app/notices';
import { call } from '../bridge/plenary';
import { localEntries, readLocalRecords, storeRecordsFromDisk } from '../db/archiveRecords';
import { writeToDisk } from './diskWriter';

const READ_BATCH = 500;

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

export interface ReconcileOutcome {
  restored: number;
  written: number;
  problems: number;
}

/**
 * Brings the local store and the disk archive together on start: the newer
 * revision of each record wins, and a record missing on one side is copied
 * there, never deleted (deletions travel as tombstones). A browser profile
 * that lost its storage is restored from the folder this way.
 */
export async function reconcileWithArchive(): Promise<ReconcileOutcome> {
  const [disk, local] = await Promise.all([call('archiveIndex', {}), localEntries()]);
  const plan = reconcilePlan(local, disk.entries);

  let restored = 0;
  const toLocal = idsByKind(plan.toLocal);
  // Conferences first, so sessions never appear without their conference.
  for (const kind of archiveKinds) {
    for (const ids of chunks(toLocal[kind], READ_BATCH)) {
      const { records } = await call('archiveRead', { kind, ids });
      restored += await storeRecordsFromDisk(records);
    }
  }

  const toDisk = idsByKind(plan.toDisk);
  let written = 0;
  for (const kind of archiveKinds) {
    for (const ids of chunks(toDisk[kind], READ_BATCH)) {
      const records = await readLocalRecords(kind, ids);
      await Promise.all(records.map((record) => writeToDisk(record)));
      written += records.length;
    }
  }

  if (restored > 0) notify(`Restored ${restored} ${restored === 1 ? 'record' : 'records'} from the archive folder.`);
  if (disk.problems.length > 0) {
    const first = disk.problems[0];
    notify(
      `${disk.problems.length} ${disk.problems.length === 1 ? 'file' : 'files'} in the archive folder could not be read and ${disk.problems.length === 1 ? 'was' : 'were'} left untouched. ${first?.message ?? ''}`,
      'error',
    );
  }
  return { restored, written, problems: disk.problems.length };
}
