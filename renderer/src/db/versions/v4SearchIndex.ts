import type { SchemaVersion } from './schemaVersion';

/**
 * Adds the table that keeps the serialised search index between runs, with
 * the revision of every session and conference it holds, so start-up loads
 * it and indexes only what changed since. Nothing to move: a database from
 * version 3 gets an empty table, and the index is built once on first use.
 */
export const v4SearchIndex: SchemaVersion = {
  version: 4,
  name: 'search index',
  stores: {
    searchIndex: 'key',
  },
};
