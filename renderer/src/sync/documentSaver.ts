import type { WrittenDocument } from '../../../core/editor/documentJsonWriter';
import { blocksByKey, documentDelta, joinDocumentText } from '../../../core/editor/documentText';
import type { Session } from '../../../core/model/session';
import { announceArchiveWrites } from '../db/searchIndex';
import type { DocumentSaveRequest, DocumentSaveResponse } from './documentSaveProtocol';
import { writeSessionTextToDisk } from './diskWriter';
import { storeDocumentText } from './storeDocumentText';

type Answer = { ok: true; session: Session } | { ok: true; primed: true } | { ok: false; error: Error } | { ok: false; needsWhole: true };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (answer: Answer) => void>();

function saveWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./documentSave.worker.ts', import.meta.url), { type: 'module', name: 'document-save' });
  worker.onmessage = (event: MessageEvent<DocumentSaveResponse>) => {
    const response = event.data;
    const resolve = pending.get(response.id);
    if (!resolve) return;
    pending.delete(response.id);
    if (response.ok) resolve('primed' in response ? { ok: true, primed: true } : { ok: true, session: response.session });
    else if ('needsWhole' in response) resolve({ ok: false, needsWhole: true });
    else resolve({ ok: false, error: new Error(response.message) });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const error = new Error(`the save worker stopped (${event.message || 'no reason given'})`);
    for (const resolve of pending.values()) resolve({ ok: false, error });
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Block text by key of each session, as the worker last took it. */
const workerHolds = new Map<string, Map<string, string>>();

function ask(sessionId: string, written: WrittenDocument, now: number, prime = false): Promise<Answer> {
  const request: DocumentSaveRequest = { id: nextId++, sessionId, now, delta: documentDelta(written, workerHolds.get(sessionId) ?? null), prime };
  return new Promise<Answer>((resolve) => {
    pending.set(request.id, resolve);
    saveWorker().postMessage(request);
  });
}

async function storeInWorker(sessionId: string, written: WrittenDocument, now: number): Promise<Session> {
  // Without workers (a test runner's DOM) the same code runs here.
  if (typeof Worker === 'undefined') return storeDocumentText(sessionId, joinDocumentText(written), now);
  if (written.first) workerHolds.delete(sessionId);
  let answer = await ask(sessionId, written, now);
  if (!answer.ok && 'needsWhole' in answer) {
    // The worker started again (or its last save failed) and lacks blocks this save left out.
    workerHolds.delete(sessionId);
    answer = await ask(sessionId, written, now);
  }
  if (answer.ok && 'session' in answer) {
    workerHolds.set(sessionId, blocksByKey(written));
    return answer.session;
  }
  workerHolds.delete(sessionId);
  throw 'error' in answer ? answer.error : new Error('the save worker could not put the notes together');
}

/**
 * Hands the save worker a session's document as it was opened, before any
 * change: it takes in every block and derives their action items now, while
 * the user is not typing yet, so the first save made while typing is sent
 * and stored as a change like any other. Storing nothing, it needs no
 * answer: the saves that follow are queued behind it, and if it failed the
 * worker asks them for the whole document. Resolves once the worker is
 * ready (never rejects).
 */
export async function primeSessionDocument(sessionId: string, written: WrittenDocument, now = Date.now()): Promise<void> {
  if (typeof Worker === 'undefined') return;
  const holds = blocksByKey(written);
  workerHolds.set(sessionId, holds);
  const answer = await ask(sessionId, written, now, true);
  if (!answer.ok && workerHolds.get(sessionId) === holds) workerHolds.delete(sessionId);
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

/** Whether a session's editor is open: a change from disk then goes through a merge, never under the user's typing. */
export function isEditorOpen(sessionId: string): boolean {
  return openEditors.has(sessionId);
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
 * Saves a session's document as the autosave wrote it: stored locally by
 * the save worker (document, revision and action items in one transaction),
 * which is sent only the blocks that changed, then queued for the archive
 * folder as the document's text in pieces. The typing thread never builds
 * the whole document's text, nor clones its object graph.
 */
export async function saveSessionDocument(sessionId: string, written: WrittenDocument, now = Date.now()): Promise<Session> {
  const session = await storeInWorker(sessionId, written, now);
  announceWhenQuiet(sessionId);
  void writeSessionTextToDisk({
    session,
    document: { sessionId, text: { head: written.head, tail: written.tail, keys: written.keys, blocks: written.blocks }, revision: session.revision, updatedAt: session.updatedAt },
  });
  return session;
}
