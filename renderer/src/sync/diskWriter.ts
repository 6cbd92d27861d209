import { blocksByKey, documentDelta, type DocumentText } from '../../../core/editor/documentText';
import type { ArchiveWriteOutcome } from '../../../core/ipc/channels/archive';
import type { ArchiveRecord } from '../../../core/model/archiveRecord';
import { archiveRecordId } from '../../../core/model/archiveRecord';
import type { Session } from '../../../core/model/session';
import { BridgeError, call } from '../bridge/plenary';
import { saveStatus } from './saveStatus';

/** A session whose document is sent as the JSON text, block by block, the autosave wrote. */
export interface SessionTextWrite {
  session: Session;
  document: { sessionId: string; text: DocumentText & { keys: readonly string[] }; revision: number; updatedAt: number };
}

type DiskWrite = { record: ArchiveRecord } | { sessionText: SessionTextWrite };

/** Main's answer when it lacks blocks a delta left out (it started again): the document is sent whole. */
const DOCUMENT_BLOCKS_MISSING = 'document-blocks-missing';

/**
 * Sends records to the main process for the durable copy. Writes for one
 * record run one after another and only the newest waiting one is sent, so a
 * burst of saves costs one disk write, never an older revision after a newer.
 */
const waiting = new Map<string, DiskWrite>();
const running = new Map<string, Promise<void>>();
/**
 * Block text by key of each session, as main last took it. A delta is made
 * when a write is sent, against what main really holds, never when it is
 * queued: queued writes replace each other, and a skipped delta would leave
 * main with stale blocks.
 */
const mainHolds = new Map<string, Map<string, string>>();

async function sendSessionText({ session, document }: SessionTextWrite): Promise<ArchiveWriteOutcome> {
  const { text, ...fields } = document;
  const attempt = () => call('archiveWriteSessionText', { session, document: { ...fields, content: documentDelta(text, mainHolds.get(session.id) ?? null) } });
  try {
    const outcome = await attempt().catch((error: unknown) => {
      if (!(error instanceof BridgeError && error.error.code === DOCUMENT_BLOCKS_MISSING)) throw error;
      mainHolds.delete(session.id);
      return attempt();
    });
    mainHolds.set(session.id, blocksByKey(text));
    return outcome;
  } catch (error) {
    mainHolds.delete(session.id);
    throw error;
  }
}

/** Told when the archive kept a version aside because another program or device wrote the same record (see archiveTakeIn.ts). */
const conflictListeners = new Set<() => void>();
export function onDiskConflict(listener: () => void): () => void {
  conflictListeners.add(listener);
  return () => conflictListeners.delete(listener);
}

async function send(write: DiskWrite): Promise<void> {
  const outcome = 'record' in write ? await call('archiveWrite', { record: write.record }) : await sendSessionText(write.sessionText);
  if (outcome.conflict) for (const listener of conflictListeners) listener();
}

async function drain(key: string): Promise<void> {
  for (let write = waiting.get(key); write; write = waiting.get(key)) {
    waiting.delete(key);
    saveStatus.diskWriteStarted();
    try {
      await send(write);
      saveStatus.diskWriteFinished(null);
    } catch (error) {
      // The local copy is safe; the next start's reconcile pushes it again.
      const message = error instanceof Error ? error.message : String(error);
      saveStatus.diskWriteFinished(`Saved on this computer, but not to the archive folder: ${message}`);
    }
  }
  running.delete(key);
}

function enqueue(key: string, write: DiskWrite): Promise<void> {
  waiting.set(key, write);
  let task = running.get(key);
  if (!task) {
    task = drain(key);
    running.set(key, task);
  }
  return task;
}

export function writeToDisk(record: ArchiveRecord): Promise<void> {
  return enqueue(`${record.kind}:${archiveRecordId(record)}`, { record });
}

/** Queues a session with its document as JSON text; it shares the session's queue with writeToDisk. */
export function writeSessionTextToDisk(sessionText: SessionTextWrite): Promise<void> {
  return enqueue(`session:${sessionText.session.id}`, { sessionText });
}

/** Resolves when every queued disk write has been answered. */
export async function diskWritesSettled(): Promise<void> {
  while (running.size > 0) await Promise.all(running.values());
}
