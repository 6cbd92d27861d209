import { ArchiveSearch } from './archiveSearch';
import type { SearchWorkerRequest, SearchWorkerResponse } from './workerProtocol';

/** The worker's handler: each request in, zero or one response out; `index` is the index it holds. */
export interface SearchWorkerHost {
  (request: SearchWorkerRequest): SearchWorkerResponse | null;
  index: ArchiveSearch;
}

/**
 * The worker's side of the protocol, free of worker globals so it runs in
 * tests as it runs in the worker: each request in, zero or one response out.
 * Before an index is loaded or built, searches answer with no hits.
 */
export function createSearchWorkerHost(now: () => number = () => performance.now()): SearchWorkerHost {
  const host = ((request: SearchWorkerRequest): SearchWorkerResponse | null => {
    const started = now();
    try {
      switch (request.type) {
        case 'build':
          host.index = ArchiveSearch.fromRecords(request.sessions, request.conferences);
          return { type: 'ready', sessionCount: host.index.sessionCount, entryCount: host.index.entryCount, tookMs: now() - started, coverage: host.index.coverage };
        case 'put':
          host.index.putSession(request.session, request.conference ?? undefined);
          return null;
        case 'remove':
          host.index.removeSession(request.sessionId);
          return null;
        case 'search': {
          const hits = host.index.search(request.query, request.filters, request.limit);
          return { type: 'results', requestId: request.requestId, query: request.query, hits, tookMs: now() - started, coverage: host.index.coverage };
        }
      }
    } catch (error) {
      const requestId = 'requestId' in request ? request.requestId : null;
      return { type: 'error', requestId, message: error instanceof Error ? error.message : String(error) };
    }
  }) as SearchWorkerHost;
  host.index = ArchiveSearch.create();
  return host;
}
