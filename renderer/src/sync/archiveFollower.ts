import type { ArchiveChanges } from '../../../core/ipc/channels/archive';
import { notifyError } from '../app/notices';
import { call } from '../bridge/plenary';
import { showConflicts, takeInChanges } from './archiveTakeIn';
import { onDiskConflict } from './diskWriter';
import { reconcileWithArchive } from './reconcile';

/** How long main holds a long poll open when nothing changes. */
const WAIT_MS = 25_000;
/** After a failed poll (main busy or starting again), the next one waits this long. */
const RETRY_MS = 5_000;

let following = false;

/**
 * Follows the archive folder while the window is open: main's watcher
 * answers a long poll with the records another program or device wrote, and
 * they are taken in (see archiveTakeIn.ts); conflict copies are offered. The
 * first poll is made before the start-up reconcile so nothing written in
 * between is missed. Resolves once that reconcile is done; the following
 * goes on behind.
 */
export async function reconcileAndFollowArchive(reconcile: () => Promise<unknown> = reconcileWithArchive): Promise<void> {
  if (following) return;
  following = true;
  onDiskConflict(() => void showConflicts().catch(notifyError));
  const state: ArchiveChanges = await call('archiveChanges', { after: -1, epoch: null, waitMs: 0 });
  await reconcile();
  await showConflicts().catch(notifyError);
  void follow(state, reconcile);
}

async function follow(from: ArchiveChanges, reconcile: () => Promise<unknown>): Promise<never> {
  let state = from;
  for (;;) {
    try {
      const answer = await call('archiveChanges', { after: state.cursor, epoch: state.epoch, waitMs: WAIT_MS });
      if (answer.resync) {
        state = await call('archiveChanges', { after: -1, epoch: null, waitMs: 0 });
        await reconcile();
      } else {
        state = answer;
        if (answer.records.length > 0) await takeInChanges(answer.records);
      }
      if (answer.conflicts) await showConflicts();
    } catch (error) {
      notifyError(error);
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}
