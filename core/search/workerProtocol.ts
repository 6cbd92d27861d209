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

export type SearchWorkerResponse =
  | { type: 'ready'; sessionCount: number; entryCount: number; tookMs: number }
  | { type: 'needsBuild'; reason: string }
  | { type: 'results'; requestId: number; query: string; hits: SearchHit[]; tookMs: number }
  | { type: 'serialised'; requestId: number; serialised: string }
  | { type: 'error'; requestId: number | null; message: string };
