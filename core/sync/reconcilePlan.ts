import { archiveKinds, type ArchiveEntry, type ArchiveKind } from '../model/archiveRecord';

/**
 * What to copy so that the fast local store (Dexie) and the durable disk
 * archive hold the same records. Each list holds the entry of the copy that
 * wins, in a stable order (kind, then id).
 */
export interface ReconcilePlan {
  /** Newer on disk, or only on disk: read from the archive and store locally. */
  toLocal: ArchiveEntry[];
  /** Newer locally, or only local: write to the archive. */
  toDisk: ArchiveEntry[];
  /** The same revision on both sides: nothing to do. */
  equal: ArchiveEntry[];
}

const keyOf = (entry: Pick<ArchiveEntry, 'kind' | 'id'>) => `${entry.kind}:${entry.id}`;

/** One entry per record; if a list names a record twice, its highest revision counts. */
function byKey(entries: readonly ArchiveEntry[]): Map<string, ArchiveEntry> {
  const map = new Map<string, ArchiveEntry>();
  for (const entry of entries) {
    const known = map.get(keyOf(entry));
    if (!known || entry.revision > known.revision) map.set(keyOf(entry), entry);
  }
  return map;
}

function compareEntries(a: ArchiveEntry, b: ArchiveEntry): number {
  const kinds = archiveKinds.indexOf(a.kind) - archiveKinds.indexOf(b.kind);
  if (kinds !== 0) return kinds;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Compares the two sides by revision. The higher revision wins and is copied
 * over the lower; a record present on one side only is copied to the other,
 * never deleted because the other lacks it. A tombstone (deleted: true) is a
 * record like any other: it travels by revision, so a deletion reaches the
 * other side and an older live copy cannot bring the record back. An equal
 * revision keeps both copies in place.
 */
export function reconcilePlan(local: readonly ArchiveEntry[], disk: readonly ArchiveEntry[]): ReconcilePlan {
  const localByKey = byKey(local);
  const diskByKey = byKey(disk);
  const plan: ReconcilePlan = { toLocal: [], toDisk: [], equal: [] };
  for (const [key, localEntry] of localByKey) {
    const diskEntry = diskByKey.get(key);
    if (!diskEntry || localEntry.revision > diskEntry.revision) plan.toDisk.push(localEntry);
    else if (diskEntry.revision > localEntry.revision) plan.toLocal.push(diskEntry);
    else plan.equal.push(localEntry);
  }
  for (const [key, diskEntry] of diskByKey) {
    if (!localByKey.has(key)) plan.toLocal.push(diskEntry);
  }
  plan.toLocal.sort(compareEntries);
  plan.toDisk.sort(compareEntries);
  plan.equal.sort(compareEntries);
  return plan;
}

/** The ids of some entries, per kind: the shape `archiveRead` and the local store's readers take. */
export function idsByKind(entries: readonly ArchiveEntry[]): Record<ArchiveKind, string[]> {
  const ids: Record<ArchiveKind, string[]> = { conference: [], session: [], template: [] };
  for (const entry of entries) ids[entry.kind].push(entry.id);
  return ids;
}
