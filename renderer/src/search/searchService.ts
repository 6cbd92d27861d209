import type { SearchWorkerResponse } from '../../../core/search/workerProtocol';
import { SearchClient, type SearchPort } from './searchClient';

let client: SearchClient | null = null;

function workerPort(): SearchPort {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const port: SearchPort = {
    postMessage: (request) => worker.postMessage(request),
    onmessage: null,
    terminate: () => worker.terminate(),
  };
  worker.onmessage = (event: MessageEvent<SearchWorkerResponse>) => port.onmessage?.({ data: event.data });
  return port;
}

/** The app's search client and its worker, created on first use and started once. */
export function searchClient(): SearchClient {
  if (!client) {
    client = new SearchClient(workerPort());
    client.start().catch((error: unknown) => console.error('The search index could not start:', error));
  }
  return client;
}

/**
 * Starts search when the window is idle after start-up, so the index is
 * loaded (and caught up with changes) before the first search without
 * delaying the first screen.
 */
export function startSearchWhenIdle(): () => void {
  const start = () => void searchClient();
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(start, { timeout: 4000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(start, 1500);
  return () => clearTimeout(timer);
}
