import { acceptSuggestionInDocument, setActionDoneInDocument } from '../../../core/actions/documentEdits';
import {
  actionTables,
  deriveAllActionRows,
  readActionLines,
  replaceAllActionRows,
  withLines,
  type ActionItemRecord,
  type DismissedSuggestion,
} from './actionRows';
import { database } from './database';
import { documentTables, readAllDocuments, readDocument } from './documentRows';
import { saveDocument } from './sessions';

/**
 * The action-items repository. Rows are derived from documents inside each
 * document save (./sessions saveDocument), never written on their own; a
 * change made here (ticking, accepting) is a change of the document, saved
 * through saveDocument, so list and notes can never disagree.
 */
export type { ActionItemRecord, DismissedSuggestion };

/** Every action-item row, explicit and suggested, in no particular order. */
export async function listActionItems(): Promise<ActionItemRecord[]> {
  const db = database();
  return db.transaction('r', actionTables(db), async () => {
    const rows = await db.actionItems.toArray();
    return withLines(rows, await readActionLines(db, [...new Set(rows.map((row) => row.sessionId))]));
  });
}

/** The rows of one session, in line order. */
export async function listSessionActionItems(sessionId: string): Promise<ActionItemRecord[]> {
  const db = database();
  const rows = await db.transaction('r', actionTables(db), async () =>
    withLines(await db.actionItems.where('sessionId').equals(sessionId).toArray(), await readActionLines(db, [sessionId])),
  );
  return rows.sort((a, b) => a.lineIndex - b.lineIndex);
}

export interface ActionItemsView {
  rows: ActionItemRecord[];
  dismissed: Set<string>;
  sessionTitles: Map<string, string>;
  conferences: Map<string, { name: string; startDate: string }>;
}

/** What the Actions view lists: every row, the dismissed suggestions, and the names to group them under. */
export async function loadActionItemsView(): Promise<ActionItemsView> {
  const db = database();
  return db.transaction('r', [...actionTables(db), db.dismissedSuggestions, db.sessions, db.conferences], async () => {
    const stored = await db.actionItems.toArray();
    const dismissed = new Set(await db.dismissedSuggestions.toCollection().primaryKeys());
    const sessionIds = [...new Set(stored.map((row) => row.sessionId))];
    const conferenceIds = [...new Set(stored.map((row) => row.conferenceId))];
    const [sessions, conferences, lines] = await Promise.all([db.sessions.bulkGet(sessionIds), db.conferences.bulkGet(conferenceIds), readActionLines(db, sessionIds)]);
    const rows = withLines(stored, lines);
    return {
      rows: rows.filter(
        (row) => sessions[sessionIds.indexOf(row.sessionId)]?.deleted !== true && conferences[conferenceIds.indexOf(row.conferenceId)]?.deleted !== true,
      ),
      dismissed,
      sessionTitles: new Map(sessions.flatMap((session) => (session ? [[session.id, session.title] as const] : []))),
      conferences: new Map(
        conferences.flatMap((conference) => (conference ? [[conference.id, { name: conference.name, startDate: conference.startDate }] as const] : [])),
      ),
    };
  });
}

/** Ids of every dismissed suggestion. */
export async function dismissedSuggestionIds(): Promise<Set<string>> {
  return new Set(await database().dismissedSuggestions.toCollection().primaryKeys());
}

/** Ids of the dismissed suggestions of one session. */
export async function listDismissedForSession(sessionId: string): Promise<Set<string>> {
  return new Set(await database().dismissedSuggestions.where('sessionId').equals(sessionId).primaryKeys());
}

export async function dismissSuggestion(row: Pick<ActionItemRecord, 'id' | 'sessionId' | 'text'>, now = Date.now()): Promise<void> {
  await database().dismissedSuggestions.put({ id: row.id, sessionId: row.sessionId, text: row.text, dismissedAt: now });
}

/**
 * Ticks the line with this action id in its session's document and saves
 * the document (whose save re-derives the rows). Returns false when the
 * document no longer has that item. Use it while the session's editor is
 * not open; an open editor ticks its own line (see the editor plugin).
 */
export async function setActionItemDone(sessionId: string, id: string, done: boolean): Promise<boolean> {
  const document = await readDocument(database(), sessionId);
  if (!document) return false;
  const content = setActionDoneInDocument(document.content, sessionId, id, done);
  if (!content) return false;
  await saveDocument(sessionId, content);
  return true;
}

/** Turns a suggestion's line into an action item in its document; returns the new action id, or null. */
export async function acceptSuggestion(sessionId: string, suggestionId: string): Promise<string | null> {
  const document = await readDocument(database(), sessionId);
  if (!document) return null;
  const accepted = acceptSuggestionInDocument(document.content, sessionId, suggestionId);
  if (!accepted) return null;
  await saveDocument(sessionId, accepted.content);
  return accepted.actionId;
}

/** Derives the whole table again from the documents, in one transaction. Returns the number of rows. */
export async function rebuildActionItems(): Promise<number> {
  const db = database();
  return db.transaction('rw', [db.conferences, db.sessions, ...documentTables(db), ...actionTables(db)], async () => {
    const rows = await deriveAllActionRows({ conferences: db.conferences, sessions: db.sessions, documents: { toArray: () => readAllDocuments(db) } });
    await replaceAllActionRows(db, rows);
    return rows.length;
  });
}
