import type { Table } from 'dexie';
import type { Conference } from '../../../../core/model/conference';
import type { Session, SessionDocument } from '../../../../core/model/session';
import { deriveAllActionRows, type ActionItemRecord } from '../actionRows';
import type { SchemaVersion } from './schemaVersion';

/**
 * Adds the action-items table, derived from documents (explicit check-list
 * items and suggested follow-ups), and the dismissed suggestions. The
 * upgrade derives the rows of every document already stored.
 */
export const v3ActionItems: SchemaVersion = {
  version: 3,
  name: 'action items',
  stores: {
    // Keyed by session and id: a line copied into another session keeps its id there until that document is opened.
    actionItems: '[sessionId+id], id, sessionId, conferenceId, due, owner, source, *tags',
    dismissedSuggestions: 'id, sessionId',
  },
  upgrade: async (transaction) => {
    const rows = await deriveAllActionRows({
      conferences: transaction.table<Conference, string>('conferences'),
      sessions: transaction.table<Session, string>('sessions'),
      documents: transaction.table<SessionDocument, string>('documents'),
    });
    const table: Table<ActionItemRecord, [string, string]> = transaction.table('actionItems');
    await table.bulkPut(rows);
  },
};
