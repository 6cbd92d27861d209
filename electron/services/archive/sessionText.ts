import type { ArchiveWriteOutcome } from '../../../core/ipc/channels/archive';
import { UserFacingError } from '../../../core/ipc/result';
import { joinDocumentText, type DocumentDelta } from '../../../core/editor/documentText';
import type { ArchiveRecord } from '../../../core/model/archiveRecord';
import type { Session } from '../../../core/model/session';
import { DocumentBlocks } from '../../../core/sync/documentBlocks';
import type { ArchiveStore } from './archiveStore';

export interface SessionText {
  session: Session;
  document: { sessionId: string; content: DocumentDelta; revision: number; updatedAt: number };
}

/** The code the window answers by sending the session's whole document again. */
export const DOCUMENT_BLOCKS_MISSING = 'document-blocks-missing';

/**
 * Writes sessions whose documents arrive as deltas of JSON text. It keeps
 * the blocks of every session it was sent, puts each document together,
 * parses it, and hands the record to the store, which validates it like any
 * other: a malformed document is refused before anything is written.
 */
export class SessionTextWriter {
  private readonly documents = new DocumentBlocks();

  constructor(private readonly store: ArchiveStore) {}

  async write(input: SessionText): Promise<ArchiveWriteOutcome> {
    try {
      return await this.store.write(this.record(input));
    } catch (error) {
      // Whatever this delta brought may not be what the next one builds on.
      this.documents.forget(input.session.id);
      throw error;
    }
  }

  private record({ session, document }: SessionText): ArchiveRecord {
    if (document.sessionId !== session.id) {
      throw new UserFacingError('invalid-record', `Could not save to the archive: the document belongs to session ${document.sessionId}, not ${session.id}. Nothing was written.`);
    }
    if (document.revision !== session.revision) {
      throw new UserFacingError('invalid-record', `Could not save to the archive: the document is revision ${document.revision} but the session is ${session.revision}. Nothing was written.`);
    }
    const text = this.documents.apply(session.id, document.content);
    if (text === null) {
      throw new UserFacingError(DOCUMENT_BLOCKS_MISSING, 'Could not save to the archive yet: the whole document is needed once more. Plenary sends it again by itself.');
    }
    let content: unknown;
    try {
      content = JSON.parse(joinDocumentText(text));
    } catch {
      throw new UserFacingError('invalid-record', 'Could not save to the archive: the document is not valid JSON. Nothing was written; the notes are still in the app.');
    }
    const { content: _delta, ...fields } = document;
    return { kind: 'session', record: { session, document: { ...fields, content } as never } };
  }
}
