/// <reference lib="webworker" />
// The search worker: holds the archive index so typing never waits for it.
// All the work is in core/search; this file only passes messages.
import { createSearchWorkerHost } from '../../../core/search/workerHost';
import type { SearchWorkerRequest } from '../../../core/search/workerProtocol';

const handle = createSearchWorkerHost();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<SearchWorkerRequest>) => {
  const response = handle(event.data);
  if (response) scope.postMessage(response);
};
