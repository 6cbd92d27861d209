import type { Session } from '../../../core/model/session';

/**
 * One autosave, as the typing thread hands it to the document save worker:
 * the order of the blocks and only the blocks that changed since the last
 * save of this session. The worker keeps every block's text and builds the
 * document; the typing thread never sends the whole document again.
 */
export interface DocumentSaveRequest {
  id: number;
  sessionId: string;
  now: number;
  head: string;
  tail: string;
  /** Block keys in document order. */
  keys: string[];
  /** Text of the blocks that are new or changed, by key. */
  changed: Record<string, string>;
  /** True when `changed` holds every block (a first save, or one the worker asked for whole). */
  whole: boolean;
}

export type DocumentSaveResponse =
  | { id: number; ok: true; session: Session }
  | { id: number; ok: false; message: string }
  /** The worker does not hold a block the request left out (it started again): send the save whole. */
  | { id: number; ok: false; needsWhole: true };
