import type { ExportOptions } from '../../../core/export/options';
import type { ConflictResolution } from '../../../core/export/outcomes';
import type { ExportPlan, ExportProgress, ExportWriteResult } from '../../../core/ipc/channels/export';
import { newId } from '../../../core/model/ids';
import { call } from '../bridge/plenary';
import { diskWritesSettled } from '../sync/diskWriter';
import { persistSession } from '../sync/persist';
import { saveStatus } from '../sync/saveStatus';

const EDITOR_SAVE_WAIT_MS = 10_000;
const PROGRESS_POLL_MS = 100;

/** An export that could not go on, with what the user can do about it. */
export class ExportStopped extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'ExportStopped';
  }
}

function editorsSaved(): Promise<void> {
  if (saveStatus.get().unsavedEditors === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new ExportStopped('Your latest notes are still being saved.', 'Wait a moment, then choose Export again.'));
    }, EDITOR_SAVE_WAIT_MS);
    const unsubscribe = saveStatus.subscribe(() => {
      if (saveStatus.get().unsavedEditors > 0) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Export reads the disk archive in main, so everything typed must be there
 * first: the open editor's last changes reach the local store, the shown
 * session is sent again (its save may still be between the local store and
 * the queue), and every queued disk write is answered.
 */
export async function flushSaves(currentSessionId?: string): Promise<void> {
  await editorsSaved();
  if (currentSessionId) await persistSession(currentSessionId);
  await diskWritesSettled();
  const failure = saveStatus.get().error;
  if (failure) {
    throw new ExportStopped(
      `The archive folder does not have your latest notes, so the posts would miss them. ${failure}`,
      'Check that the archive folder is reachable and has free space, then choose Export again.',
    );
  }
}

export function planExport(folder: string, options: ExportOptions): Promise<ExportPlan> {
  return call('exportPlan', { folder, options });
}

/**
 * Writes the posts, reporting files done out of all while main writes them
 * (read with `exportProgress`, since IPC never pushes).
 */
export async function writeExport(
  folder: string,
  options: ExportOptions,
  resolutions: Record<string, ConflictResolution>,
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportWriteResult> {
  const progressKey = newId();
  let running = true;
  const writing = call('exportWrite', { folder, options, resolutions, progressKey }).finally(() => {
    running = false;
  });
  const polling = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, PROGRESS_POLL_MS));
      if (!running) break;
      const progress = await call('exportProgress', { progressKey }).catch(() => null);
      if (progress && running) onProgress(progress);
    }
  })();
  const result = await writing;
  await polling;
  onProgress({ done: result.files.length, total: result.files.length });
  return result;
}
