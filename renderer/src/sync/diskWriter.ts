import type { ArchiveRecord } from '../../../core/model/archiveRecord';
import { archiveRecordId } from '../../../core/model/archiveRecord';
import { call } from '../bridge/plenary';
import { saveStatus } from './saveStatus';

/**
 * Sends records to the main process for the durable copy. Writes for one
 * record run one after another and only the newest waiting one is sent, so a
 * burst of saves costs one disk write, never an older revision after a newer.
 */
const waiting = new Map<string, ArchiveRecord>();
const running = new Map<string, Promise<void>>();

async function drain(key: string): Promise<void> {
  for (let record = waiting.get(key); record; record = waiting.get(key)) {
    waiting.delete(key);
    saveStatus.diskWriteStarted();
    try {
      await call('archiveWrite', { record });
      saveStatus.diskWriteFinished(null);
    } catch (error) {
      // The local copy is safe; the next start's reconcile pushes it again.
      const message = error instanceof Error ? error.message : String(error);
      saveStatus.diskWriteFinished(`Saved on this computer, but not to the archive folder: ${message}`);
    }
  }
  running.delete(key);
}

export function writeToDisk(record: ArchiveRecord): Promise<void> {
  const key = `${record.kind}:${archiveRecordId(record)}`;
  waiting.set(key, record);
  let task = running.get(key);
  if (!task) {
    task = drain(key);
    running.set(key, task);
  }
  return task;
}

/** Resolves when every queued disk write has been answered. */
export async function diskWritesSettled(): Promise<void> {
  while (running.size > 0) await Promise.all(running.values());
}
