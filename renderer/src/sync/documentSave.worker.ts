/// <reference lib="webworker" />
// The document save worker: parses each autosave's JSON text, derives its
// action items and writes it to IndexedDB, so none of that (tens of
// milliseconds for a long session) runs on the thread the user types on.
// Dexie tells the window's liveQueries of these writes itself.
import type { DocumentSaveRequest, DocumentSaveResponse } from './documentSaveProtocol';
import { storeDocumentText } from './storeDocumentText';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// One save at a time, in the order they were asked for.
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<DocumentSaveRequest>) => {
  const { id, sessionId, contentJson, now } = event.data;
  queue = queue.then(async () => {
    let response: DocumentSaveResponse;
    try {
      response = { id, ok: true, session: await storeDocumentText(sessionId, contentJson, now) };
    } catch (error) {
      response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(response);
  });
};
