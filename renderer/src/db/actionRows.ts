import type { Table } from 'dexie';
import { deriveActionItems, type ActionItemRow, type DeriveContext } from '../../../core/actions/derive';
import type { Conference } from '../../../core/model/conference';
import type { Session, SessionDocument } from '../../../core/model/session';

/**
 * Deriving the action-items table from documents. Every write of a document
 * calls `replaceActionRows` in the same transaction, so the table can never
 * disagree with the documents; the version 3 upgrade and `rebuildActionItems`
 * (./actionItems) use the same functions.
 */
export interface ActionItemRecord extends ActionItemRow {
  /** The conference of an open check-list item, unset on done and suggested ones: indexed, so open items are counted without reading rows. */
  openIn?: string;
}

/** A suggestion the user dismissed: it stays out of the margin and the Actions view. */
export interface DismissedSuggestion {
  id: string;
  sessionId: string;
  text: string;
  dismissedAt: number;
}

/** What the rows of a session's document depend on besides the document: its zone, start and tags. */
export function deriveContextFor(session: Session, conference: Conference | undefined, documentUpdatedAt: number): DeriveContext {
  return {
    timeZone: conference?.timeZone ?? 'UTC',
    referenceTime: session.actualStart ?? session.scheduledStart ?? documentUpdatedAt,
    tags: [...session.tags, ...(conference?.tags ?? [])],
  };
}

/** Derived rows as stored: open check-list items carry their conference in the indexed `openIn`. */
export function asActionRecords(rows: readonly ActionItemRow[]): ActionItemRecord[] {
  return rows.map((row) => (row.source === 'explicit' && !row.done ? { ...row, openIn: row.conferenceId } : row));
}

/** The rows of one session's document (none for a deleted session or a missing document). */
export function actionRowsFor(session: Session, document: SessionDocument | undefined, conference: Conference | undefined): ActionItemRecord[] {
  if (!document || session.deleted) return [];
  return asActionRecords(deriveActionItems(session.id, session.conferenceId, document.content, deriveContextFor(session, conference, document.updatedAt)));
}

/**
 * Makes a session's rows equal `rows`. Call inside the transaction that wrote
 * its document. Only rows that changed are written and only rows that went
 * away are deleted: a save while typing usually touches one row or none, so
 * it should not rewrite hundreds.
 */
export async function replaceActionRows(table: Table<ActionItemRecord, [string, string]>, sessionId: string, rows: readonly ActionItemRecord[]): Promise<void> {
  const existing = await table.where('sessionId').equals(sessionId).toArray();
  const previous = new Map(existing.map((row) => [row.id, JSON.stringify(row)]));
  const next = new Set(rows.map((row) => row.id));
  const gone = existing.filter((row) => !next.has(row.id)).map((row): [string, string] => [sessionId, row.id]);
  const changed = rows.filter((row) => previous.get(row.id) !== JSON.stringify(row));
  if (gone.length > 0) await table.bulkDelete(gone);
  if (changed.length > 0) await table.bulkPut([...changed]);
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
