import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import { UserFacingError } from '../../../core/ipc/result';
import { syncFolder } from './atomicWrite';

/** The lock's folder inside the archive folder. Hidden, so the store and the watcher pass it by. */
export const LOCK_NAME = '.plenary-lock';

/**
 * A holder that stops refreshing its lock for this long (killed, frozen,
 * its computer asleep) is taken to be gone and its lock is taken over.
 * The holder refreshes every second; a held lock lasts a few milliseconds.
 */
const STALE_MS = 5_000;
const UPDATE_MS = 1_000;
/** About 20 seconds of retries: long enough to outlast a stale lock, short enough to report a stuck one. */
const RETRIES = { retries: 120, factor: 1.2, minTimeout: 5, maxTimeout: 200 };

/**
 * One lock per archive folder, held across processes: the app, each
 * `plenary` command and any other program using these services take it
 * around every read-compare-write, so a compare-and-swap on a revision holds
 * between processes as it does inside one. It is a folder made with mkdir
 * (atomic on every file system, network ones included) by proper-lockfile,
 * which refreshes its time while held and takes over a stale one.
 *
 * Inside one process the lock is shared: tasks that overlap run under one
 * hold (each record's writes are still queued one after another by the
 * store), and the folder is removed when the last of them ends.
 */
export class ArchiveLock {
  private holders = 0;
  private acquiring: Promise<() => Promise<void>> | null = null;
  private releasing: Promise<void> | null = null;

  constructor(private readonly archiveDir: string) {}

  get lockPath(): string {
    return join(this.archiveDir, LOCK_NAME);
  }

  async hold<T>(task: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await task();
    } finally {
      await this.leave();
    }
  }

  private async enter(): Promise<void> {
    while (this.releasing) await this.releasing;
    this.holders++;
    this.acquiring ??= this.acquire();
    try {
      await this.acquiring;
    } catch (error) {
      this.holders--;
      if (this.holders === 0) this.acquiring = null;
      throw error;
    }
  }

  /** The last holder waits for the lock folder to be gone, so what it wrote is never seen beside a lock it no longer holds. */
  private async leave(): Promise<void> {
    this.holders--;
    if (this.holders > 0) return;
    const held = this.acquiring;
    this.acquiring = null;
    const releasing = (async () => {
      const release = await held?.catch(() => null);
      await release?.().catch(() => undefined);
    })().finally(() => {
      this.releasing = null;
    });
    this.releasing = releasing;
    await releasing;
  }

  private async acquire(): Promise<() => Promise<void>> {
    // A new archive folder is flushed into its parent, so the folder itself survives a power cut.
    const created = await mkdir(this.archiveDir, { recursive: true });
    if (created !== undefined) await syncFolder(dirname(created));
    try {
      return await lockfile.lock(this.archiveDir, {
        lockfilePath: this.lockPath,
        realpath: false,
        stale: STALE_MS,
        update: UPDATE_MS,
        retries: RETRIES,
        // Another program judged this process stale (its event loop stalled for seconds) and took the lock.
        // The write under way is still atomic and the revision check is repeated by the next one; only log it.
        onCompromised: (error) => console.warn(`The archive lock ${this.lockPath} was taken over: ${error.message}`),
      });
    } catch (error) {
      if ((error as { code?: string }).code === 'ELOCKED') {
        throw new UserFacingError(
          'archive-busy',
          `Another program has been writing the archive folder for a long time (it holds ${this.lockPath}). Try again in a moment; if no other Plenary window or plenary command runs, delete that folder.`,
        );
      }
      throw error;
    }
  }
}
