import type { Dexie, EntityTable, Table } from 'dexie';
import { deriveActionItems, type ActionItemRow, type DeriveContext } from '../../../core/actions/derive';
import type { Conference } from '../../../core/model/conference';
import { newId } from '../../../core/model/ids';
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

/**
 * A row as the action-items table keeps it: without its line. Every Enter
 * above an item moves its line, and a save that rewrote every row below the
 * caret cost IndexedDB 40 to 130 ms; the lines of a session's rows are kept
 * together in one ActionLinesRow instead, which readers join back in.
 */
export type StoredActionItem = Omit<ActionItemRecord, 'lineIndex'>;

/** The line of each of a session's action rows, by row id: one row of the actionLines table per session with rows. */
export interface ActionLinesRow {
  sessionId: string;
  lines: Record<string, number>;
  /**
   * A fresh id at every write of the session's rows or lines (by
   * replaceActionRows; unset by a rebuild or the upgrade), so a writer that
   * remembers what it wrote can tell that nobody wrote since.
   */
  written?: string;
}

/** The two tables a session's action rows live in; every transaction that writes rows names both. */
export interface ActionTables {
  actionItems: Table<StoredActionItem, [string, string]>;
  actionLines: EntityTable<ActionLinesRow, 'sessionId'>;
}

export function actionTables(db: ActionTables): [ActionTables['actionItems'], ActionTables['actionLines']] {
  return [db.actionItems, db.actionLines];
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

function stored(row: ActionItemRecord): StoredActionItem {
  const { lineIndex: _line, ...rest } = row;
  return rest;
}

function linesOf(rows: readonly ActionItemRecord[]): Record<string, number> {
  return Object.fromEntries(rows.map((row) => [row.id, row.lineIndex]));
}

/**
 * What a save worker last wrote of each session's action rows, so its next
 * save compares the new rows with that instead of reading all of them
 * (reading a session's 355 rows took 12 to 35 ms per save). Trusted only
 * while the session's ActionLinesRow still carries the `written` id of that
 * write: any other write of the rows, and a save that rolled back, leaves
 * another, and the rows are read again.
 */
export class RememberedActionRows {
  private readonly sessions = new Map<string, { written: string; rows: Map<string, string> }>();

  /** The rows as JSON by id, when `written` is what this writer wrote last for the session. */
  rowsIf(sessionId: string, written: string | undefined): Map<string, string> | null {
    const known = this.sessions.get(sessionId);
    return known && written !== undefined && known.written === written ? known.rows : null;
  }

  /** Reads what is stored of a session's rows and remembers it, so its first save need not read them. */
  async prime(db: ActionTables & { transaction: Dexie['transaction'] }, sessionId: string): Promise<void> {
    const [rows, lines] = await db.transaction('r', actionTables(db), () =>
      Promise.all([db.actionItems.where('sessionId').equals(sessionId).toArray(), db.actionLines.get(sessionId)]),
    );
    this.remember(sessionId, lines?.written, new Map(rows.map((row) => [row.id, JSON.stringify(row)])));
  }

  remember(sessionId: string, written: string | undefined, rows: Map<string, string>): void {
    if (written === undefined) this.sessions.delete(sessionId);
    else this.sessions.set(sessionId, { written, rows });
  }

  forget(sessionId: string): void {
    this.sessions.delete(sessionId);
  }
}

/**
 * Makes a session's rows equal `rows`. Call inside the transaction that wrote
 * its document. Only rows that changed are written and only rows that went
 * away are deleted: a save while typing usually touches one row or none, so
 * it should not rewrite hundreds. Lines that moved cost one write of the
 * session's ActionLinesRow. With `remembered` (the save worker), the stored
 * rows are not even read while nobody else wrote them.
 */
export async function replaceActionRows(db: ActionTables, sessionId: string, rows: readonly ActionItemRecord[], remembered?: RememberedActionRows): Promise<void> {
  const existingLines = await db.actionLines.get(sessionId);
  let previous = remembered?.rowsIf(sessionId, existingLines?.written) ?? null;
  if (!previous) {
    const existing = await db.actionItems.where('sessionId').equals(sessionId).toArray();
    previous = new Map(existing.map((row) => [row.id, JSON.stringify(row)]));
  }
  const storedRows = rows.map(stored);
  const json = new Map(storedRows.map((row) => [row.id, JSON.stringify(row)]));
  const gone = [...previous.keys()].filter((id) => !json.has(id)).map((id): [string, string] => [sessionId, id]);
  const changed = storedRows.filter((row) => previous.get(row.id) !== json.get(row.id));
  if (gone.length > 0) await db.actionItems.bulkDelete(gone);
  if (changed.length > 0) await db.actionItems.bulkPut(changed);
  const lines = linesOf(rows);
  let written = existingLines?.written;
  if (rows.length === 0) {
    if (existingLines) await db.actionLines.delete(sessionId);
    written = undefined;
  } else if (!existingLines || written === undefined || gone.length > 0 || changed.length > 0 || JSON.stringify(existingLines.lines) !== JSON.stringify(lines)) {
    written = newId();
    await db.actionLines.put({ sessionId, lines, written });
  }
  remembered?.remember(sessionId, written, json);
}

/** Replaces every row of every session (rebuild): rows and lines cleared and written again. */
export async function replaceAllActionRows(db: ActionTables, rows: readonly ActionItemRecord[]): Promise<void> {
  const bySession = new Map<string, ActionItemRecord[]>();
  for (const row of rows) {
    const sessionRows = bySession.get(row.sessionId);
    if (sessionRows) sessionRows.push(row);
    else bySession.set(row.sessionId, [row]);
  }
  await Promise.all([db.actionItems.clear(), db.actionLines.clear()]);
  await db.actionItems.bulkPut(rows.map(stored));
  await db.actionLines.bulkPut([...bySession].map(([sessionId, sessionRows]) => ({ sessionId, lines: linesOf(sessionRows) })));
}

/**
 * Stored rows with their lines joined back in (`lines` holds the
 * ActionLinesRow of each of their sessions). Rows and lines are written in
 * one transaction, so a row always has its line; one that did not would
 * open its session at the top.
 */
export function withLines(rows: readonly StoredActionItem[], lines: ReadonlyMap<string, ActionLinesRow['lines']>): ActionItemRecord[] {
  return rows.map((row) => ({ ...row, lineIndex: lines.get(row.sessionId)?.[row.id] ?? 0 }));
}

/** Reads the lines of these sessions' rows, for withLines. */
export async function readActionLines(db: ActionTables, sessionIds: readonly string[]): Promise<Map<string, ActionLinesRow['lines']>> {
  const rows = await db.actionLines.bulkGet([...sessionIds]);
  return new Map(rows.flatMap((row) => (row ? [[row.sessionId, row.lines] as const] : [])));
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
