import type { ArchiveWriteOutcome } from '../ipc/channels/archive';
import { archiveKinds, archiveRecordId, type ArchiveEntry, type ArchiveKind, type ArchiveProblem, type ArchiveRecord } from '../model/archiveRecord';
import { idsByKind, reconcilePlan } from './reconcilePlan';

/** The fast local store, as reconcile sees it (Dexie in the app). */
export interface LocalSide {
  entries(): Promise<ArchiveEntry[]>;
  read(kind: ArchiveKind, ids: string[]): Promise<ArchiveRecord[]>;
  /** Stores records that came from disk, keeping any local copy that is already as new; returns how many were stored. */
  store(records: ArchiveRecord[]): Promise<number>;
}

/** The durable archive, as reconcile sees it (the archive channels in the app). */
export interface DiskSide {
  index(): Promise<{ entries: ArchiveEntry[]; problems: ArchiveProblem[] }>;
  read(kind: ArchiveKind, ids: string[]): Promise<ArchiveRecord[]>;
  write(record: ArchiveRecord): Promise<ArchiveWriteOutcome>;
}

export interface ReconcileReport {
  /** Records stored locally from disk. */
  toLocal: number;
  /** Records written to disk from the local store. */
  toDisk: number;
  /** Records already the same revision on both sides. */
  equal: number;
  /** Archive files that could not be read (kept on disk as they are). */
  problems: ArchiveProblem[];
  /** Records that could not be written to disk, with the reason to show. */
  failures: Array<{ kind: ArchiveKind; id: string; message: string }>;
}

/** Ids per read by default: well under the archiveRead channel's limit, and a bounded amount of memory per step. */
const DEFAULT_BATCH_SIZE = 500;

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/**
 * Brings the local store and the disk archive to the newest copy of every
 * record (see reconcilePlan for the rules). Only the records that differ are
 * read. A record that cannot be written is reported and the rest go on; the
 * local copy stays, so nothing is lost.
 */
export async function reconcile(local: LocalSide, disk: DiskSide, { batchSize = DEFAULT_BATCH_SIZE } = {}): Promise<ReconcileReport> {
  const [localEntries, diskIndex] = await Promise.all([local.entries(), disk.index()]);
  const plan = reconcilePlan(localEntries, diskIndex.entries);
  const report: ReconcileReport = { toLocal: 0, toDisk: 0, equal: plan.equal.length, problems: diskIndex.problems, failures: [] };

  const fromDisk = idsByKind(plan.toLocal);
  const fromLocal = idsByKind(plan.toDisk);
  for (const kind of archiveKinds) {
    for (const ids of batches(fromDisk[kind], batchSize)) {
      report.toLocal += await local.store(await disk.read(kind, ids));
    }
    for (const ids of batches(fromLocal[kind], batchSize)) {
      for (const record of await local.read(kind, ids)) {
        try {
          if ((await disk.write(record)).written) report.toDisk++;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          report.failures.push({ kind, id: archiveRecordId(record), message });
        }
      }
    }
  }
  return report;
}
