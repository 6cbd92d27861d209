import type { Conference } from '../model/conference';
import type { SessionRecord } from '../model/session';
import type { SearchFilters, SearchHit } from './archiveSearch';

/**
 * Messages between the renderer and the search worker. The worker holds the
 * index, so typing in the search box never waits for it. Requests that
 * expect an answer carry a `requestId` that the answer repeats.
 */
export type SearchWorkerRequest =
  /** Load a serialised index (saved after the last session); answered with `ready`, or `needsBuild` if it cannot be used. */
  | { type: 'load'; serialised: string }
  /** Build the index from every session; answered with `ready`. */
  | { type: 'build'; sessions: SessionRecord[]; conferences: Conference[] }
  /** A session was saved (or deleted, as a tombstone): replace what the index had of it. No answer. */
  | { type: 'put'; session: SessionRecord; conference: Conference | null }
  | { type: 'remove'; sessionId: string }
  | { type: 'search'; requestId: number; query: string; filters: SearchFilters; limit?: number }
  /** Ask for the index as text to store; answered with `serialised`. */
  | { type: 'serialise'; requestId: number };

/**
 * The index as kept between runs: its serialised text and the revision of
 * every session and conference it was built from, so a start can index only
 * what changed since.
 */
export interface SavedIndex {
  serialised: string;
  /** Session id → the revision indexed. */
  sessions: Record<string, number>;
  /** Conference id → the revision indexed (a renamed conference re-indexes its sessions). */
  conferences: Record<string, number>;
}

/** Revisions of a saved index, without its text: what the window needs to catch it up. */
export type SavedRevisions = Omit<SavedIndex, 'serialised'>;

/**
 * Requests for a worker that keeps the saved index itself (the app's worker
 * reads and writes it in IndexedDB): the tens of megabytes of a large
 * archive's index never cross to the window's thread.
 */
export type SavedIndexRequest =
  /** Load the saved index, if there is one; answered with `ready` (carrying the saved revisions) or `needsBuild`. */
  | { type: 'loadSaved' }
  /** Serialise the index and keep it with these revisions; answered with `saved`. */
  | { type: 'save'; requestId: number; revisions: SavedRevisions };

export type SearchClientRequest = SearchWorkerRequest | SavedIndexRequest;

export type SearchWorkerResponse =
  | { type: 'ready'; sessionCount: number; entryCount: number; tookMs: number; saved?: SavedRevisions }
  | { type: 'saved'; requestId: number; bytes: number }
  | { type: 'needsBuild'; reason: string }
  | { type: 'results'; requestId: number; query: string; hits: SearchHit[]; tookMs: number }
  | { type: 'serialised'; requestId: number; serialised: string }
  | { type: 'error'; requestId: number | null; message: string };
