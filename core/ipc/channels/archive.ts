import { z } from 'zod';
import { archiveKinds, archiveRecordSchema, type ArchiveEntry, type ArchiveKind, type ArchiveProblem, type ArchiveRecord } from '../../model/archiveRecord';
import { MAX_DOCUMENT_BLOCKS, MAX_DOCUMENT_TEXT } from '../../editor/documentText';
import { sessionSchema } from '../../model/session';
import { channel } from '../channel';
import { revisionFields } from '../../model/revision';

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
   * Two versions of the record were made apart (the command line, another
   * device). Not written: the disk holds another version at this or a
   * higher revision, and this one was kept whole in `file`. Written: the
   * disk held a lower revision someone else wrote since this program's last
   * look, and that one was kept in `file`. `file` is relative to the archive
   * folder; re-read the record and merge.
   */
  conflict?: { file: string; diskRevision: number };
}

/** A record another program or device changed in the archive folder. */
export interface ArchiveChangedRecord {
  kind: ArchiveKind;
  id: string;
}

/** What changed in the archive folder since the window's last cursor (the answer to a long poll). */
export interface ArchiveChanges {
  /** Names the watcher the cursor belongs to. */
  epoch: string;
  cursor: number;
  /** Records whose file another program wrote; read them and take in what is newer. */
  records: ArchiveChangedRecord[];
  /** A conflict copy appeared (or may have): ask archiveConflicts. */
  conflicts: boolean;
  /** Too much changed to list, or main started again: reconcile everything. */
  resync: boolean;
}

/** A version of a record made apart from the one in the archive, kept beside it. */
export interface ArchiveConflict {
  kind: ArchiveKind;
  id: string;
  /** Who kept it: Plenary itself (conflicts/), or a sync client (a copy beside the record's file). */
  source: 'plenary' | 'syncthing' | 'dropbox';
  /** The copy, relative to the archive folder. */
  file: string;
  title: string;
  revision: number;
  /** The record's revision in the archive, or null if it has none. */
  currentRevision: number | null;
}

export const conflictResolutions = ['merge', 'setAside'] as const;
export type ConflictResolution = (typeof conflictResolutions)[number];

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
            revision: revisionFields.revision,
            updatedAt: z.number().int().nonnegative(),
          })
          .strict(),
      })
      .strict(),
    'save to the archive',
  ),
  /**
   * A long poll: answered when another program or device changed the archive
   * folder after `after` (the cursor of the last answer; -1 starts following),
   * or after `waitMs` with nothing. One channel serves the app and the
   * browser test harness alike, and the page gets no new kind of event.
   */
  archiveChanges: channel<ArchiveChanges>()(
    z
      .object({ after: z.number().int().min(-1), epoch: z.string().max(64).nullable(), waitMs: z.number().int().min(0).max(60_000) })
      .strict(),
    'follow the archive folder',
  ),
  /** The conflict copies in the archive folder: versions made apart, kept whole. */
  archiveConflicts: channel<{ conflicts: ArchiveConflict[] }>()(z.object({}).strict(), 'list conflicting versions'),
  /** Merges a conflict copy into its record (line by line for sessions) or sets it aside; the copy is kept in conflicts/resolved/. */
  archiveResolveConflict: channel<{ kind: ArchiveKind; id: string; revision: number | null; added: number; differing: number }>()(
    z
      .object({
        file: z.string().regex(/^(conflicts|sessions|conferences|templates)\/[^/\\]{1,300}$/),
        resolution: z.enum(conflictResolutions),
      })
      .strict(),
    'resolve a conflict',
  ),
};
