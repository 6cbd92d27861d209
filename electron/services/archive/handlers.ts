import type { ServiceHandlers } from '../../../core/ipc/dispatch';
import type { ArchiveStore } from './archiveStore';
import { SessionTextWriter } from './sessionText';

type ArchiveHandlers = Pick<ServiceHandlers, 'archiveIndex' | 'archiveRead' | 'archiveWrite' | 'archiveWriteSessionText'>;

/** The archive channels, answered by the disk store. */
export function createArchiveHandlers(store: ArchiveStore): ArchiveHandlers {
  const sessionTexts = new SessionTextWriter(store);
  return {
    archiveIndex: () => store.index(),
    archiveRead: async ({ kind, ids }) => ({ records: await store.read(kind, ids) }),
    archiveWrite: ({ record }) => store.write(record),
    archiveWriteSessionText: (payload) => sessionTexts.write(payload),
  };
}
