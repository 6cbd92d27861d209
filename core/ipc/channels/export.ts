import { z } from 'zod';
import type { ArchiveProblem } from '../../model/archiveRecord';
import { exportOptionsSchema } from '../../export/options';
import { conflictResolutions, type ExportSummary, type FileOutcome, type PlannedFile } from '../../export/outcomes';
import type { SkippedSession } from '../../export/posts';
import { channel } from '../channel';
import { pathTokenSchema } from '../pathToken';

/** The first post an export would write, exactly as it would be written. */
export interface PostPreview {
  path: string;
  content: string;
}

export interface ExportPlan {
  /** The folder's path, to show; requests name it by its token. */
  folder: string;
  files: PlannedFile[];
  /** Archive files that could not be read; their sessions are not in the export. */
  problems: ArchiveProblem[];
  /** The first post, shown before anything is written; null when there is none. */
  preview: PostPreview | null;
  /** Sessions left out because nothing was written in them (export them with `includeEmpty`). */
  skipped: SkippedSession[];
}

export interface ExportWriteResult {
  folder: string;
  files: FileOutcome[];
  summary: ExportSummary;
  problems: ArchiveProblem[];
  skipped: SkippedSession[];
}

/** Posts settled so far by an export under way, out of all it writes. */
export interface ExportProgress {
  done: number;
  total: number;
}

/** The folder the user chose with chooseFolder, by its token. */
const folder = pathTokenSchema;
const resolution = z.enum(conflictResolutions);
const progressKey = z.string().min(1).max(64);

/**
 * Export reads conferences and sessions from the disk archive in main (the
 * renderer's saves reach it through the save queue), so requests carry only
 * the folder and the choices.
 */
export const exportChannels = {
  /** What an export would write into a folder, with the posts changed outside Plenary marked as conflicts. */
  exportPlan: channel<ExportPlan>()(z.object({ folder, options: exportOptionsSchema }).strict(), 'plan the export'),
  /** Writes the posts; conflicts are settled by `resolutions` (per post path) or `defaultResolution`, else left alone. */
  exportWrite: channel<ExportWriteResult>()(
    z
      .object({
        folder,
        options: exportOptionsSchema,
        resolutions: z.record(z.string().max(1000), resolution).default({}),
        defaultResolution: resolution.optional(),
        /** Makes the export's progress readable with `exportProgress` while it runs. */
        progressKey: progressKey.optional(),
      })
      .strict(),
    'export the posts',
  ),
  /** How far the `exportWrite` started with this key has got; null before it writes and after it ends. */
  exportProgress: channel<ExportProgress | null>()(z.object({ progressKey }).strict(), 'read the export progress'),
};
