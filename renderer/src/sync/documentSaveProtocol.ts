import type { DocumentDelta } from '../../../core/editor/documentText';
import type { Session } from '../../../core/model/session';

/**
 * One autosave, as the typing thread hands it to the document save worker:
 * the order of the blocks and only the blocks that changed since the worker
 * last took this session. The worker keeps every block's text and puts the
 * document together; the typing thread never sends the whole document again.
 */
export interface DocumentSaveRequest {
  id: number;
  sessionId: string;
  now: number;
  delta: DocumentDelta;
  /** Only take the document in and get ready for its saves (a session just opened); store nothing. */
  prime?: boolean;
}

export type DocumentSaveResponse =
  | { id: number; ok: true; session: Session }
  | { id: number; ok: true; primed: true }
  | { id: number; ok: false; message: string }
  /** The worker does not hold a block the request left out (it started again): send the save whole. */
  | { id: number; ok: false; needsWhole: true };
