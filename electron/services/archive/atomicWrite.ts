import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorCode } from '../errorCode';

/**
 * Folder fsync is refused on some platforms and file systems: Windows cannot
 * open a directory for syncing (EISDIR / EPERM) and a few file systems answer
 * EINVAL. The rename itself has happened by then; only the extra guarantee
 * that it survives a power cut is unavailable there, so these are ignored.
 */
const folderSyncRefusals = new Set(['EISDIR', 'EPERM', 'EINVAL']);

/**
 * On Windows a rename over a file that another program holds open for a
 * moment (a virus scanner, the search indexer, a sync client) fails with
 * EPERM, EACCES or EBUSY; it is retried for a few seconds before giving up.
 */
const windowsRenameRetries = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = 8;

async function renameOver(from: string, to: string, platform: NodeJS.Platform): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const retry = platform === 'win32' && attempt < RENAME_ATTEMPTS && windowsRenameRetries.has(errorCode(error) ?? '');
      if (!retry) throw error;
      await sleep(25 * 2 ** attempt);
    }
  }
}

// A random part per process and a counter make names unique without asking the random source once per file (exports write thousands).
const TEMPORARY_PREFIX = randomBytes(6).toString('hex');
let temporaryCount = 0;

/**
 * A temporary name beside the target: hidden, unique, never ending in the
 * target's extension, and naming the writing process, so what a killed
 * process left can be told from a write under way (see writerOfTemporaryFile).
 */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${TEMPORARY_PREFIX}${(temporaryCount++).toString(36)}.tmp`);
}

/** The process id a temporary file name carries, or null for names without one (older versions, other programs). */
export function writerOfTemporaryFile(name: string): number | null {
  const match = /\.(\d{1,10})\.[0-9a-f]{12}[0-9a-z]+\.tmp$/.exec(name);
  return match ? Number(match[1]) : null;
}

/** Whether a process of this id runs on this computer (a signal 0 reaches it, or it exists but is not ours). */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

export function isTemporaryFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

/** Flushes a folder's entries (a rename into it) to disk; a no-op where the platform refuses. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    if (!folderSyncRefusals.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

export interface AtomicWriteOptions {
  /**
   * Flush the folder after the rename (default). A caller writing many files
   * into a few folders passes false and calls syncFolder once per folder when
   * they are all renamed: each file is still replaced whole or not at all;
   * only the moment the renames become durable moves to the end of the batch.
   */
  syncFolder?: boolean;
}

/**
 * Replaces `target` with `data` so that a reader (or a crash) sees either the
 * old file whole or the new file whole, never a mix: the data goes to a
 * temporary file in the same folder, is flushed to disk, renamed over the
 * target, and the folder is flushed so the rename itself is durable. On any
 * failure the temporary file is removed and the target is left as it was.
 */
export async function atomicWrite(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const temporary = temporaryPathFor(target);
  let created = false;
  let renamed = false;
  try {
    const handle = await open(temporary, 'wx', 0o644);
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameOver(temporary, target, process.platform);
    renamed = true;
    if (options.syncFolder !== false) await syncFolder(dirname(target));
  } catch (error) {
    if (created && !renamed) await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
