import { z } from 'zod';
import { archiveKinds, archiveRecordSchema, type ArchiveEntry, type ArchiveProblem, type ArchiveRecord } from '../../model/archiveRecord';
import { documentTextLength, MAX_DOCUMENT_BLOCKS, MAX_DOCUMENT_TEXT } from '../../editor/documentText';
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

const documentTextSchema = z
  .object({ head: z.string().max(65_536), blocks: z.array(z.string()).max(MAX_DOCUMENT_BLOCKS), tail: z.string().max(65_536) })
  .strict()
  .refine((text) => documentTextLength(text) <= MAX_DOCUMENT_TEXT, { message: `the document is longer than ${MAX_DOCUMENT_TEXT / 1024 / 1024} MiB` });

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
   * Writes one session whose document travels as its JSON text in pieces,
   * as the editor's autosave already holds it: strings cross the bridge as
   * plain copies, where cloning a 5,000-line document's object graph would
   * take tens of milliseconds of the thread the user types on. Main joins,
   * parses and validates the text before anything is written.
   */
  archiveWriteSessionText: channel<ArchiveWriteOutcome>()(
    z
      .object({
        session: sessionSchema,
        document: z
          .object({
            sessionId: z.string().min(1).max(64),
            content: documentTextSchema,
            revision: z.number().int().nonnegative(),
            updatedAt: z.number().int().nonnegative(),
          })
          .strict(),
      })
      .strict(),
    'save to the archive',
  ),
};
