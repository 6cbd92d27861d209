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
