/** What an export plans and does, file by file; shared by the writer, IPC and the dialog. */

/** What the user chose for a post that was changed outside Plenary. */
export const conflictResolutions = ['overwrite', 'keep', 'beside'] as const;
export type ConflictResolution = (typeof conflictResolutions)[number];

/** What would happen to one post: a new file, a replaced one, nothing, a choice for the user, or a refused path. */
export type PlannedState = 'new' | 'update' | 'unchanged' | 'conflict' | 'refused';

export interface PlannedFile {
  path: string;
  title: string;
  state: PlannedState;
  /** Why a path was refused. */
  reason?: string;
}

export type FileOutcomeKind = 'written' | 'unchanged' | 'conflict' | 'skipped';

export interface FileOutcome {
  path: string;
  outcome: FileOutcomeKind;
  /** Where the post went when it was written beside the user's file. */
  writtenPath?: string;
  reason?: string;
}

export interface ExportSummary {
  written: number;
  unchanged: number;
  conflict: number;
  skipped: number;
}
