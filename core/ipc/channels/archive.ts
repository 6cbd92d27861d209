import { z } from 'zod';
import { archiveKinds, archiveRecordSchema, type ArchiveEntry, type ArchiveProblem, type ArchiveRecord } from '../../model/archiveRecord';
import { sessionSchema } from '../../model/session';
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

/** 64 MiB of JSON: far beyond a day of notes, small enough to refuse a runaway payload. */
export const MAX_DOCUMENT_TEXT = 64 * 1024 * 1024;

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
  /**
   * Writes one session whose document travels as its JSON text, as the
   * editor's autosave already holds it: a string crosses the bridge as one
   * copy, where cloning a 5,000-line document's object graph would take tens
   * of milliseconds of the thread the user types on. Main parses and
   * validates the text before anything is written.
   */
  archiveWriteSessionText: channel<ArchiveWriteOutcome>()(
    z
      .object({
        session: sessionSchema,
        document: z
          .object({
            sessionId: z.string().min(1).max(64),
            contentJson: z.string().max(MAX_DOCUMENT_TEXT),
            revision: z.number().int().nonnegative(),
            updatedAt: z.number().int().nonnegative(),
          })
          .strict(),
      })
      .strict(),
    'save to the archive',
  ),
};
