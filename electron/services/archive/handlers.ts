import type { ServiceHandlers } from '../../../core/ipc/dispatch';
import { ArchiveConflicts } from './archiveConflicts';
import type { ArchiveStore } from './archiveStore';
import { ArchiveWatcher } from './archiveWatcher';
import { SessionTextWriter } from './sessionText';

type ArchiveHandlers = Pick<
  ServiceHandlers,
  'archiveIndex' | 'archiveRead' | 'archiveWrite' | 'archiveWriteSessionText' | 'archiveChanges' | 'archiveConflicts' | 'archiveResolveConflict'
>;

/** The archive channels, answered by the disk store; the folder is watched from the first archiveChanges request on. */
export function createArchiveHandlers(store: ArchiveStore, watcher = new ArchiveWatcher(store)): ArchiveHandlers {
  const sessionTexts = new SessionTextWriter(store);
  const conflicts = new ArchiveConflicts(store);
  return {
    archiveIndex: () => store.index(),
    archiveRead: async ({ kind, ids }) => ({ records: await store.read(kind, ids) }),
    archiveWrite: ({ record }) => store.write(record),
    archiveWriteSessionText: (payload) => sessionTexts.write(payload),
    archiveChanges: ({ after, epoch, waitMs }) => watcher.next(after, epoch, waitMs),
    archiveConflicts: async () => ({ conflicts: await conflicts.list() }),
    archiveResolveConflict: ({ file, resolution }) => conflicts.resolve(file, resolution),
  };
}
