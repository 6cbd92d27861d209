import type { Table } from 'dexie';
import type { ActionItemRecord, ActionLinesRow, StoredActionItem } from '../actionRows';
import type { SchemaVersion } from './schemaVersion';

/**
 * Stores in parts what a save while typing used to rewrite whole:
 * - `documentChunks`: a document's blocks in chunks (../documentChunks), so
 *   a save writes a chunk or two, not 2 MB;
 * - `actionLines`: the line of each action row, one row per session, so an
 *   Enter above a hundred items rewrites one row instead of a hundred.
 * The upgrade moves the line out of every stored action row; documents stay
 * as they are (every form is read) until their next save.
 */
export const v7StoredInParts: SchemaVersion = {
  version: 7,
  name: 'stored in parts',
  stores: {
    documentChunks: '[sessionId+chunk], sessionId',
    actionLines: 'sessionId',
  },
  upgrade: async (transaction) => {
    const lines = new Map<string, Record<string, number>>();
    const actionItems: Table<ActionItemRecord | StoredActionItem, [string, string]> = transaction.table('actionItems');
    await actionItems.toCollection().modify((row) => {
      if (!('lineIndex' in row)) return;
      const sessionLines = lines.get(row.sessionId) ?? {};
      sessionLines[row.id] = row.lineIndex;
      lines.set(row.sessionId, sessionLines);
      delete (row as Partial<ActionItemRecord>).lineIndex;
    });
    const actionLines: Table<ActionLinesRow, string> = transaction.table('actionLines');
    await actionLines.bulkPut([...lines].map(([sessionId, sessionLines]) => ({ sessionId, lines: sessionLines })));
  },
};
