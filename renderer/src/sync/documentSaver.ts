import type { Session } from '../../../core/model/session';
import { announceArchiveWrites } from '../db/searchIndex';
import type { DocumentSaveRequest, DocumentSaveResponse } from './documentSaveProtocol';
import { writeSessionTextToDisk } from './diskWriter';
import { storeDocumentText } from './storeDocumentText';

interface Pending {
  resolve: (session: Session) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function saveWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./documentSave.worker.ts', import.meta.url), { type: 'module', name: 'document-save' });
  worker.onmessage = (event: MessageEvent<DocumentSaveResponse>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if (answer.ok) waiting.resolve(answer.session);
    else waiting.reject(new Error(answer.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const error = new Error(`the save worker stopped (${event.message || 'no reason given'})`);
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

function storeInWorker(sessionId: string, contentJson: string, now: number): Promise<Session> {
  // Without workers (a test runner's DOM) the same code runs here.
  if (typeof Worker === 'undefined') return storeDocumentText(sessionId, contentJson, now);
  const id = nextId++;
  const request: DocumentSaveRequest = { id, sessionId, contentJson, now };
  return new Promise<Session>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    saveWorker().postMessage(request);
  });
}

/**
 * Re-indexing a session for search reads its whole document back on this
 * thread; while the user types that would happen after every save. The
 * search index is told once the session has had no save for this long.
 */
const SEARCH_QUIET_MS = 2000;
const searchTimers = new Map<string, ReturnType<typeof setTimeout>>();
/** Sessions whose editor is open: their saves wait for a quiet moment before search hears of them. */
const openEditors = new Set<string>();

function announceNow(sessionId: string): void {
  clearTimeout(searchTimers.get(sessionId));
  searchTimers.delete(sessionId);
  // The worker's writes do not pass this thread's table hooks; tell the search index.
  announceArchiveWrites({ sessionIds: [sessionId], conferenceIds: [] });
}

function announceWhenQuiet(sessionId: string): void {
  if (!openEditors.has(sessionId)) return announceNow(sessionId);
  clearTimeout(searchTimers.get(sessionId));
  searchTimers.set(
    sessionId,
    setTimeout(() => announceNow(sessionId), SEARCH_QUIET_MS),
  );
}

/**
 * Marks a session's editor open; the returned function marks it closed,
 * and search then hears at once of its last saves (the user may be on the
 * way to the search box).
 */
export function sessionEditorOpened(sessionId: string): () => void {
  openEditors.add(sessionId);
  return () => {
    openEditors.delete(sessionId);
    if (searchTimers.has(sessionId)) announceNow(sessionId);
  };
}

/**
 * Saves a session's document from its JSON text: stored locally by the save
 * worker (document, revision and action items in one transaction), then
 * queued for the archive folder as the same text. The typing thread only
 * hands over a string twice.
 */
export async function saveSessionDocument(sessionId: string, contentJson: string, now = Date.now()): Promise<Session> {
  const session = await storeInWorker(sessionId, contentJson, now);
  announceWhenQuiet(sessionId);
  void writeSessionTextToDisk({
    session,
    document: { sessionId, contentJson, revision: session.revision, updatedAt: session.updatedAt },
  });
  return session;
}
