import { ArchiveSearch } from './archiveSearch';
import type { SearchWorkerRequest, SearchWorkerResponse } from './workerProtocol';

/** The worker's handler: each request in, zero or one response out. */
export type SearchWorkerHandle = (request: SearchWorkerRequest) => SearchWorkerResponse | null;

/**
 * The worker's side of the protocol, free of worker globals so it runs in
 * tests as it runs in the worker: each request in, zero or one response out.
 * Before an index is loaded or built, searches answer with no hits.
 */
export function createSearchWorkerHost(now: () => number = () => performance.now()): SearchWorkerHandle {
  let index: ArchiveSearch | null = null;

  return function handle(request: SearchWorkerRequest): SearchWorkerResponse | null {
    const started = now();
    const ready = (search: ArchiveSearch): SearchWorkerResponse => ({
      type: 'ready',
      sessionCount: search.sessionCount,
      entryCount: search.entryCount,
      tookMs: now() - started,
    });
    try {
      switch (request.type) {
        case 'load':
          try {
            index = ArchiveSearch.load(request.serialised);
          } catch (error) {
            return { type: 'needsBuild', reason: error instanceof Error ? error.message : String(error) };
          }
          return ready(index);
        case 'build':
          index = ArchiveSearch.fromRecords(request.sessions, request.conferences);
          return ready(index);
        case 'put':
          index ??= ArchiveSearch.create();
          index.putSession(request.session, request.conference ?? undefined);
          return null;
        case 'remove':
          index?.removeSession(request.sessionId);
          return null;
        case 'search':
          return {
            type: 'results',
            requestId: request.requestId,
            query: request.query,
            hits: index ? index.search(request.query, request.filters, request.limit) : [],
            tookMs: now() - started,
          };
        case 'serialise':
          return { type: 'serialised', requestId: request.requestId, serialised: (index ?? ArchiveSearch.create()).serialise() };
      }
    } catch (error) {
      const requestId = 'requestId' in request ? request.requestId : null;
      return { type: 'error', requestId, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
