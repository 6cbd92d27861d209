import type { Session } from '../../../core/model/session';

/** One autosave, as the typing thread hands it to the document save worker. */
export interface DocumentSaveRequest {
  id: number;
  sessionId: string;
  /** The document's JSON text, as DocumentJsonWriter wrote it. */
  contentJson: string;
  now: number;
}

export type DocumentSaveResponse = { id: number; ok: true; session: Session } | { id: number; ok: false; message: string };
