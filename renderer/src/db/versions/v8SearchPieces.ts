import type { Table } from 'dexie';
import type { SchemaVersion } from './schemaVersion';

/**
 * Keeps the search index in pieces, one row per year (`searchPieces`, the
 * compact stored form of core/search/pieceCodec.ts), with the list of pieces
 * and the revisions they were built from in the `searchIndex` row, so a start
 * loads the newest year first and searches while the rest arrives. The
 * upgrade deletes the index saved whole (one JSON text of every session):
 * it is of another form, and is built again once, in the search worker.
 */
export const v8SearchPieces: SchemaVersion = {
  version: 8,
  name: 'search index in pieces',
  stores: {
    searchPieces: 'key',
  },
  upgrade: async (transaction) => {
    const searchIndex: Table<{ key: string; serialised?: unknown }, string> = transaction.table('searchIndex');
    await searchIndex.filter((row) => typeof row.serialised === 'string').delete();
  },
};
