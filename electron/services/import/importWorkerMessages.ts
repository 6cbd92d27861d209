import type { FileImportPlan, ImportInput } from '../../../core/ipc/channels/import';
import type { ImportOptions } from '../../../core/import/types';

/** What main asks the import worker: plan these files; `paths` holds the path of each file token in `inputs`. */
export interface WorkerRequest {
  id: number;
  archiveDir: string;
  inputs: ImportInput[];
  paths: Record<string, string>;
  options: ImportOptions;
}

export type WorkerReply =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'result'; files: FileImportPlan[] }
  | { id: number; kind: 'error'; code: string; message: string };
