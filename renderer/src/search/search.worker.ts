/// <reference lib="webworker" />
// The search worker: holds the archive index so typing never waits for it,
// and keeps the saved index in IndexedDB itself, so loading and saving it
// never touch the window's thread; saved pieces load one by one and announce
// themselves (progress) so open results are asked again. All the work is in core/search; this file
// only passes messages.
import { createSavedIndexHost } from '../../../core/search/savedIndexHost';
import { createSearchWorkerHost } from '../../../core/search/workerHost';
import type { SearchClientRequest } from '../../../core/search/workerProtocol';
import { savedIndexStore } from '../db/searchIndex';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createSavedIndexHost(createSearchWorkerHost(), savedIndexStore, (message) => scope.postMessage(message));

scope.onmessage = (event: MessageEvent<SearchClientRequest>) => {
  void handle(event.data).then((response) => {
    if (response) scope.postMessage(response);
  });
};
