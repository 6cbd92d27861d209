import type { SearchWorkerResponse } from '../../../core/search/workerProtocol';
import { afterFirstScreen } from '../app/startup';
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
 * Starts search once the first screen has shown its data, after reconciling
 * with the archive folder, when the window is idle: the index is loaded (and
 * caught up with changes) before the first search without slowing the first
 * screen. The worker reads the saved index itself; a search asked earlier
 * starts it at once.
 */
export function startSearchWhenIdle(): () => void {
  return afterFirstScreen(() => searchClient().start().catch(() => undefined));
}
