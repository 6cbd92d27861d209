import type { Table } from 'dexie';
import { deriveActionItems, type ActionItemRow } from '../../../core/actions/derive';
import type { Conference } from '../../../core/model/conference';
import type { Session, SessionDocument } from '../../../core/model/session';

/**
 * Deriving the action-items table from documents. Every write of a document
 * calls `replaceActionRows` in the same transaction, so the table can never
 * disagree with the documents; the version 3 upgrade and `rebuildActionItems`
 * (./actionItems) use the same functions.
 */
export type ActionItemRecord = ActionItemRow;

/** A suggestion the user dismissed: it stays out of the margin and the Actions view. */
export interface DismissedSuggestion {
  id: string;
  sessionId: string;
  text: string;
  dismissedAt: number;
}

/** The rows of one session's document (none for a deleted session or a missing document). */
export function actionRowsFor(session: Session, document: SessionDocument | undefined, conference: Conference | undefined): ActionItemRecord[] {
  if (!document || session.deleted) return [];
  return deriveActionItems(session.id, session.conferenceId, document.content, {
    timeZone: conference?.timeZone ?? 'UTC',
    referenceTime: session.actualStart ?? session.scheduledStart ?? document.updatedAt,
    tags: [...session.tags, ...(conference?.tags ?? [])],
  });
}

/** Replaces a session's rows with `rows`. Call inside the transaction that wrote its document. */
export async function replaceActionRows(table: Table<ActionItemRecord, [string, string]>, sessionId: string, rows: readonly ActionItemRecord[]): Promise<void> {
  await table.where('sessionId').equals(sessionId).delete();
  if (rows.length > 0) await table.bulkPut([...rows]);
}

/** Every row of the archive, derived from all documents in the given tables (upgrade and rebuild). */
interface Readable<T> {
  toArray(): PromiseLike<T[]>;
}

export async function deriveAllActionRows(tables: {
  conferences: Readable<Conference>;
  sessions: Readable<Session>;
  documents: Readable<SessionDocument>;
}): Promise<ActionItemRecord[]> {
  const [conferences, sessions, documents] = await Promise.all([tables.conferences.toArray(), tables.sessions.toArray(), tables.documents.toArray()]);
  const conferenceById = new Map(conferences.map((conference) => [conference.id, conference]));
  const documentById = new Map(documents.map((document) => [document.sessionId, document]));
  const rows: ActionItemRecord[] = [];
  for (const session of sessions) {
    const conference = conferenceById.get(session.conferenceId);
    if (conference?.deleted) continue;
    rows.push(...actionRowsFor(session, documentById.get(session.id), conference));
  }
  return rows;
}
