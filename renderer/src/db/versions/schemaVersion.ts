import type { Transaction } from 'dexie';

/**
 * One step of the Dexie schema. Versions are declared in order in
 * ./index.ts; each later one names its upgrade, which is tested on a
 * database created at the version before it.
 */
export interface SchemaVersion {
  version: number;
  name: string;
  /** Only the tables this version adds or changes (Dexie keeps the rest). */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}
