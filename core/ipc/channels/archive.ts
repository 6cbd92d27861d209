import { z } from 'zod';
import { archiveKinds, archiveRecordSchema, type ArchiveEntry, type ArchiveProblem, type ArchiveRecord } from '../../model/archiveRecord';
import { MAX_DOCUMENT_BLOCKS, MAX_DOCUMENT_TEXT } from '../../editor/documentText';
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
  /**
   * Set when the record was not written because the disk holds another
   * version at this or a higher revision that this one was not built on (the
   * command line, another device): this version was kept whole in `file`
   * (relative to the archive folder); re-read the record and merge.
   */
  conflict?: { file: string; diskRevision: number };
}

/** A document as a change to the copy main already holds (see core/editor/documentText.ts). */
const documentDeltaSchema = z
  .object({
    head: z.string().max(65_536),
    tail: z.string().max(65_536),
    keys: z.array(z.string().min(1).max(32)).max(MAX_DOCUMENT_BLOCKS),
    changed: z.record(z.string().min(1).max(32), z.string()),
    whole: z.boolean(),
  })
  .strict()
  .refine((delta) => Object.values(delta.changed).reduce((sum, json) => sum + json.length, 0) <= MAX_DOCUMENT_TEXT, {
    message: `the document is longer than ${MAX_DOCUMENT_TEXT / 1024 / 1024} MiB`,
  });

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
   * Writes one session whose document travels as JSON text, block by block,
   * as the editor's autosave already holds it, and only the blocks that
   * changed since main last took this session (a delta; `whole` the first
   * time, or when main answers `document-blocks-missing`). Cloning a
   * 5,000-line document for every save would take tens of milliseconds of
   * the thread the user types on. Main puts the text together, parses and
   * validates it before anything is written.
   */
  archiveWriteSessionText: channel<ArchiveWriteOutcome>()(
    z
      .object({
        session: sessionSchema,
        document: z
          .object({
            sessionId: z.string().min(1).max(64),
            content: documentDeltaSchema,
            revision: z.number().int().nonnegative(),
            updatedAt: z.number().int().nonnegative(),
          })
          .strict(),
      })
      .strict(),
    'save to the archive',
  ),
};
