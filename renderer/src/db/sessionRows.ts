import type { EntityTable } from 'dexie';
import type { Session } from '../../../core/model/session';

/** A deleted session (a tombstone), listed by conference so counts can leave it out without reading sessions. */
export interface DeletedSessionRow {
  id: string;
  conferenceId: string;
}

/**
 * Writes a session's row and keeps the list of deleted sessions in step with
 * it: call it, inside a transaction over both tables, wherever a write may
 * delete a session, bring one back or move a tombstone to another conference
 * (an update, a record from the archive folder). Writes that only ever store
 * live sessions (a new session, an import, a document save, which refuses a
 * deleted session) leave the list as it is.
 */
export async function putSessionRow(tables: { sessions: EntityTable<Session, 'id'>; deletedSessions: EntityTable<DeletedSessionRow, 'id'> }, session: Session): Promise<void> {
  await tables.sessions.put(session);
  if (session.deleted) await tables.deletedSessions.put({ id: session.id, conferenceId: session.conferenceId });
  else await tables.deletedSessions.delete(session.id);
}

/** Sessions read per request by `readAllSessions`. */
const PAGE = 1000;

/**
 * Every session row, read a thousand at a time in id order: each page is
 * its own request, so the window's thread turns them into objects in short
 * tasks (all 10,000 at once was one task of 100-150 ms right after start).
 * Inside a transaction, the pages are one consistent read.
 */
export async function readAllSessions(sessions: EntityTable<Session, 'id'>): Promise<Session[]> {
  const rows: Session[] = [];
  for (let last: string | null = null; ; ) {
    const page: Session[] = await (last === null ? sessions.orderBy(':id') : sessions.where(':id').above(last)).limit(PAGE).toArray();
    rows.push(...page);
    const tail = page[page.length - 1];
    if (page.length < PAGE || !tail) return rows;
    last = tail.id;
  }
}
