import Dexie from 'dexie';
import { IDBKeyRange, type IDBFactory } from 'fake-indexeddb';
import { schemaVersions } from './index';

/** A database declaring the tables of every version up to `version` and no later one, for an upgrade test to fill. */
export function databaseAtVersion(name: string, indexedDB: IDBFactory, version: number): Dexie {
  const db = new Dexie(name, { indexedDB, IDBKeyRange });
  for (const step of schemaVersions) if (step.version <= version) db.version(step.version).stores(step.stores);
  return db;
}
