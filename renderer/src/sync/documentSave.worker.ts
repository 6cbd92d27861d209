/// <reference lib="webworker" />
// The document save worker: puts each autosave's document together from the
// blocks that changed, parses it, derives its action items and writes it to
// IndexedDB, so none of that (tens of milliseconds for a long session) runs
// on the thread the user types on. Dexie tells the window's liveQueries of
// these writes itself.
import { joinDocumentText } from '../../../core/editor/documentText';
import { DocumentBlocks } from '../../../core/sync/documentBlocks';
import type { DocumentSaveRequest, DocumentSaveResponse } from './documentSaveProtocol';
import { storeDocumentText } from './storeDocumentText';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const documents = new DocumentBlocks();
// One save at a time, in the order they were asked for.
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<DocumentSaveRequest>) => {
  const request = event.data;
  queue = queue.then(async () => {
    let response: DocumentSaveResponse;
    const text = documents.apply(request.sessionId, request.delta);
    if (text === null) response = { id: request.id, ok: false, needsWhole: true };
    else {
      try {
        response = { id: request.id, ok: true, session: await storeDocumentText(request.sessionId, joinDocumentText(text), request.now) };
      } catch (error) {
        // What this save brought may not be what the next one builds on: ask for it whole.
        documents.forget(request.sessionId);
        response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    }
    scope.postMessage(response);
  });
};
