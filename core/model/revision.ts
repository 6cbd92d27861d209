import { z } from 'zod';

/**
 * Every stored record carries a revision that only grows. Reconciling the fast
 * store (Dexie) with the durable one (disk) keeps whichever copy has the higher
 * revision; ties keep the copy already in place.
 */
/** Far beyond any record's saves (a save a second for 30,000 years), far below where numbers lose precision. */
export const MAX_REVISION = 2 ** 40;

export const revisionFields = {
  revision: z.number().int().nonnegative().max(MAX_REVISION, 'the revision is beyond what saving ever reaches'),
  /** Epoch ms of the last change; for display and ordering, never for reconciling. */
  updatedAt: z.number().int().nonnegative(),
  /** A tombstone: the record was deleted at this revision and must not come back from the other side. */
  deleted: z.boolean().optional(),
};

export interface Revisioned {
  id: string;
  revision: number;
  updatedAt: number;
  deleted?: boolean | undefined;
}

/** The next revision of a record that is about to change. */
export function nextRevision<T extends Revisioned>(record: T, now = Date.now()): T {
  return { ...record, revision: record.revision + 1, updatedAt: now };
}
