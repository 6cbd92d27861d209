import { reconcile, type ReconcileReport } from '../../../core/sync/reconcile';
import { notify } from '../app/notices';
import { archiveLocalImages } from '../assets/imageAssets';
import { call } from '../bridge/plenary';
import { localEntries, readLocalRecords, storeRecordsFromDisk } from '../db/archiveRecords';

/**
 * Brings the local store and the disk archive together on start (the rules
 * and the batching are core/sync/reconcile.ts): the newer revision of each
 * record wins, and a record missing on one side is copied there, never
 * deleted. A browser profile that lost its storage is restored this way.
 */
export async function reconcileWithArchive(): Promise<ReconcileReport> {
  const report = await reconcile(
    { entries: localEntries, read: readLocalRecords, store: storeRecordsFromDisk },
    {
      index: () => call('archiveIndex', {}),
      read: async (kind, ids) => (await call('archiveRead', { kind, ids })).records,
      write: (record) => call('archiveWrite', { record }),
    },
  );

  const { toLocal: restored, problems, failures } = report;
  if (restored > 0) notify(`Restored ${restored} ${restored === 1 ? 'record' : 'records'} from the archive folder.`);
  if (problems.length > 0) {
    notify(
      `${problems.length} ${problems.length === 1 ? 'file' : 'files'} in the archive folder could not be read and ${problems.length === 1 ? 'was' : 'were'} left untouched. ${problems[0]?.message ?? ''}`,
      'error',
    );
  }
  if (failures.length > 0) {
    notify(`${failures.length} ${failures.length === 1 ? 'record was' : 'records were'} kept on this computer but not written to the archive folder: ${failures[0]?.message ?? ''}`, 'error');
  }
  // Images go by name and never change, so "missing on disk" is the whole rule for them.
  await archiveLocalImages().catch((error: unknown) => {
    notify(`Some images are kept on this computer but not in the archive folder: ${error instanceof Error ? error.message : String(error)}`, 'error');
  });
  return report;
}
