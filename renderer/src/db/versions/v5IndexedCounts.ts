import type { Table } from 'dexie';
import type { Session } from '../../../../core/model/session';
import type { ActionItemRecord } from '../actionRows';
import type { DeletedSessionRow } from '../sessionRows';
import { v3ActionItems } from './v3ActionItems';
import type { SchemaVersion } from './schemaVersion';

/**
 * What the home screen counts, by index instead of by reading rows (reading
 * 10,000 sessions and every check-list item kept the first screen waiting
 * for a second): the deleted sessions (tombstones) by conference, so a
 * conference's sessions are its index count less its tombstones; and
 * `openIn` on action-item rows, the conference of an open check-list item
 * (unset otherwise), so open items are an index count too. The upgrade lists
 * the tombstones and sets `openIn` on the rows already stored.
 */
export const v5IndexedCounts: SchemaVersion = {
  version: 5,
  name: 'indexed counts',
  stores: {
    deletedSessions: 'id, conferenceId',
    actionItems: `${v3ActionItems.stores.actionItems}, openIn`,
  },
  upgrade: async (transaction) => {
    const deleted: DeletedSessionRow[] = [];
    await transaction.table<Session, string>('sessions').each((session) => {
      if (session.deleted) deleted.push({ id: session.id, conferenceId: session.conferenceId });
    });
    const deletedSessions: Table<DeletedSessionRow, string> = transaction.table('deletedSessions');
    await deletedSessions.bulkPut(deleted);
    const actionItems: Table<ActionItemRecord, [string, string]> = transaction.table('actionItems');
    await actionItems
      .where('source')
      .equals('explicit')
      .modify((row) => {
        if (!row.done) row.openIn = row.conferenceId;
      });
  },
};
