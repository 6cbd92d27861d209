/// <reference lib="webworker" />
// The document save worker: puts each autosave's document together from the
// blocks that changed, derives its action items (reading again only the
// blocks that changed) and writes both to IndexedDB (only the chunks of the
// document that changed), so none of that runs on the thread the user types
// on. Dexie tells the window's liveQueries of
// these writes itself.
import { ActionItemsByBlock } from '../../../core/actions/deriveByBlock';
import { DocumentBlocks } from '../../../core/sync/documentBlocks';
import { newSaveMemory } from '../db/sessions';
import type { DocumentSaveRequest, DocumentSaveResponse } from './documentSaveProtocol';
import { primeDocumentBlocks, storeDocumentBlocks } from './storeDocumentText';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const documents = new DocumentBlocks();
/** Per session: which chunks of its document and which action rows this worker stored last. */
const memory = newSaveMemory();
/** Per session: what each block gave the action items at its last save. */
const derivations = new Map<string, ActionItemsByBlock>();

function derivationOf(sessionId: string): ActionItemsByBlock {
  let derivation = derivations.get(sessionId);
  if (!derivation) {
    derivation = new ActionItemsByBlock();
    derivations.set(sessionId, derivation);
  }
  return derivation;
}
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
        const blocks = { ...text, keys: request.delta.keys };
        if (request.prime) {
          await primeDocumentBlocks(request.sessionId, blocks, request.now, derivationOf(request.sessionId), memory);
          response = { id: request.id, ok: true, primed: true };
        } else {
          const session = await storeDocumentBlocks(request.sessionId, blocks, request.now, derivationOf(request.sessionId), memory);
          response = { id: request.id, ok: true, session };
        }
      } catch (error) {
        // What this save brought may not be what the next one builds on: ask for it whole.
        documents.forget(request.sessionId);
        derivations.delete(request.sessionId);
        memory.chunks.forget(request.sessionId);
        memory.actionRows.forget(request.sessionId);
        response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    }
    scope.postMessage(response);
  });
};
