import { z } from 'zod';
import { archiveKinds, archiveRecordSchema, type ArchiveEntry, type ArchiveProblem, type ArchiveRecord } from '../../model/archiveRecord';
import { channel } from '../channel';

export interface ArchiveIndex {
  entries: ArchiveEntry[];
  problems: ArchiveProblem[];
}

export interface ArchiveWriteOutcome {
  /** False when the disk already held this revision or a newer one; nothing was written then. */
  written: boolean;
  /** The revision now on disk. */
  revision: number;
}

export const archiveChannels = {
  /** Ids and revisions of every record on disk, plus files that could not be read. */
  archiveIndex: channel<ArchiveIndex>()(z.object({}).strict(), 'list the archive'),
  /** Full records for the given ids. */
  archiveRead: channel<{ records: ArchiveRecord[] }>()(
    z.object({ kind: z.enum(archiveKinds), ids: z.array(z.string().min(1).max(64)).max(5000) }).strict(),
    'read from the archive',
  ),
  /** Writes one record atomically, unless the disk holds a newer revision. */
  archiveWrite: channel<ArchiveWriteOutcome>()(z.object({ record: archiveRecordSchema }).strict(), 'save to the archive'),
};
