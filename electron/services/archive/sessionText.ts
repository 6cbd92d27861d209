import type { ArchiveRecord } from '../../../core/model/archiveRecord';
import { joinDocumentText, type DocumentText } from '../../../core/editor/documentText';
import type { Session } from '../../../core/model/session';
import { UserFacingError } from '../../../core/ipc/result';

export interface SessionText {
  session: Session;
  document: { sessionId: string; content: DocumentText; revision: number; updatedAt: number };
}

/**
 * The archive record of a session whose document arrived as JSON text. The
 * text is parsed here; the record is then validated by the store like any
 * other, so a malformed document is refused before anything is written.
 */
export function sessionRecordFromText({ session, document }: SessionText): ArchiveRecord {
  if (document.sessionId !== session.id) {
    throw new UserFacingError('invalid-record', `Could not save to the archive: the document belongs to session ${document.sessionId}, not ${session.id}. Nothing was written.`);
  }
  if (document.revision !== session.revision) {
    throw new UserFacingError('invalid-record', `Could not save to the archive: the document is revision ${document.revision} but the session is ${session.revision}. Nothing was written.`);
  }
  let content: unknown;
  try {
    content = JSON.parse(joinDocumentText(document.content));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UserFacingError('invalid-record', `Could not save to the archive: the document is not valid JSON (${detail}). Nothing was written; the notes are still in the app.`);
  }
  const { content: _text, ...fields } = document;
  return { kind: 'session', record: { session, document: { ...fields, content } as never } };
}
