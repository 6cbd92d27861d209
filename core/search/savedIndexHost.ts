import type { SearchWorkerHandle } from './workerHost';
import type { SavedIndex, SearchClientRequest, SearchWorkerResponse } from './workerProtocol';

/** Where the worker keeps the index between runs (IndexedDB in the app). */
export interface SavedIndexStore {
  load(): Promise<SavedIndex | null>;
  save(index: SavedIndex): Promise<void>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The worker's side with the saved index kept by the worker itself: `loadSaved`
 * reads it from `store` and loads it, `save` serialises the index and writes
 * it there, so the serialised text (60 MB for 10,000 sessions) is never read,
 * cloned or posted on the window's thread. Every other request goes to
 * `handle`. Requests are handled one at a time in the order they came, so a
 * search asked while the saved index loads is answered from it.
 */
export function createSavedIndexHost(handle: SearchWorkerHandle, store: SavedIndexStore): (request: SearchClientRequest) => Promise<SearchWorkerResponse | null> {
  let queue: Promise<unknown> = Promise.resolve();

  const run = async (request: SearchClientRequest): Promise<SearchWorkerResponse | null> => {
    switch (request.type) {
      case 'loadSaved': {
        let saved: SavedIndex | null;
        try {
          saved = await store.load();
        } catch (error) {
          return { type: 'needsBuild', reason: `the saved index could not be read (${messageOf(error)})` };
        }
        if (!saved) return { type: 'needsBuild', reason: 'no index was saved' };
        const response = handle({ type: 'load', serialised: saved.serialised });
        if (response?.type !== 'ready') return response;
        return { ...response, saved: { sessions: saved.sessions, conferences: saved.conferences } };
      }
      case 'save': {
        const response = handle({ type: 'serialise', requestId: request.requestId });
        if (response?.type !== 'serialised') return response;
        try {
          await store.save({ serialised: response.serialised, ...request.revisions });
        } catch (error) {
          return { type: 'error', requestId: request.requestId, message: `the search index could not be saved (${messageOf(error)})` };
        }
        return { type: 'saved', requestId: request.requestId, bytes: response.serialised.length };
      }
      default:
        return handle(request);
    }
  };

  return (request) => {
    const result = queue.then(() => run(request));
    queue = result.catch(() => undefined);
    return result;
  };
}
