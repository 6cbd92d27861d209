import type { Conference } from '../model/conference';
import type { SessionRecord } from '../model/session';
import type { IndexCoverage, SearchFilters, SearchHit } from './archiveSearch';

export type { IndexCoverage } from './archiveSearch';

/**
 * Messages between the renderer and the search worker. The worker holds the
 * index, so typing in the search box never waits for it. Requests that
 * expect an answer carry a `requestId` that the answer repeats.
 */
export type SearchWorkerRequest =
  /** Build the index from every session; answered with `ready`. */
  | { type: 'build'; sessions: SessionRecord[]; conferences: Conference[] }
  /** A session was saved (or deleted, as a tombstone): replace what the index had of it. No answer. */
  | { type: 'put'; session: SessionRecord; conference: Conference | null }
  | { type: 'remove'; sessionId: string }
  | { type: 'search'; requestId: number; query: string; filters: SearchFilters; limit?: number };

/** The revision of every session and conference an index was built from, so a start can index only what changed since. */
export interface SavedRevisions {
  /** Session id → the revision indexed. */
  sessions: Record<string, number>;
  /** Conference id → the revision indexed (a renamed conference re-indexes its sessions). */
  conferences: Record<string, number>;
}

/**
 * Requests for the worker that keeps the saved index itself (the app's
 * worker reads and writes it in IndexedDB): the index never crosses to the
 * window's thread.
 */
export type SavedIndexRequest =
  /**
   * Start from the saved index, if there is one: answered with `ready` (with
   * the saved revisions) as soon as its list of pieces is read; the pieces
   * then load one by one, newest year first, each announced by `progress`,
   * and searches meanwhile run on the pieces loaded. `needsBuild` if none.
   */
  | { type: 'loadSaved' }
  /** Keep the index with these revisions (once every piece is loaded); answered with `saved`. */
  | { type: 'save'; requestId: number; revisions: SavedRevisions };

export type SearchClientRequest = SearchWorkerRequest | SavedIndexRequest;

export type SearchWorkerResponse =
  | { type: 'ready'; sessionCount: number; entryCount: number; tookMs: number; saved?: SavedRevisions; coverage: IndexCoverage }
  /** A saved piece is in (or could not be read: its sessions are `lost` and must be indexed again). */
  | { type: 'progress'; coverage: IndexCoverage; lost?: string[] }
  | { type: 'saved'; requestId: number; bytes: number }
  | { type: 'needsBuild'; reason: string }
  /** Hits for `query`, from the part of the index `coverage` describes. */
  | { type: 'results'; requestId: number; query: string; hits: SearchHit[]; tookMs: number; coverage: IndexCoverage }
  | { type: 'error'; requestId: number | null; message: string };
