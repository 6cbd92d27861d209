import type { ServiceHandlers } from '../../../core/ipc/dispatch';
import { UserFacingError } from '../../../core/ipc/result';
import type { ServiceContext } from '../handlers';
import { planArchiveExport, writeArchiveExport } from './exportArchive';
import { ExportProgressBoard } from './progress';

type ExportHandlers = Pick<ServiceHandlers, 'exportPlan' | 'exportWrite' | 'exportProgress'>;

function absolute(folder: string): string {
  if (!/^([A-Za-z]:[\\/]|\/|\\\\)/.test(folder)) {
    throw new UserFacingError('export-folder', 'Choose the export folder again: Plenary needs its full path.');
  }
  return folder;
}

/** The export channels: posts built from the disk archive and written by the export writer. */
export function createExportHandlers(ctx: ServiceContext): ExportHandlers {
  const progress = new ExportProgressBoard();
  return {
    exportPlan: ({ folder, options }) => planArchiveExport(ctx.archive, absolute(folder), options),
    exportWrite: ({ folder, options, resolutions, defaultResolution, progressKey }) =>
      progress.track(progressKey, (onProgress) =>
        writeArchiveExport(ctx.archive, absolute(folder), options, {
          resolutions,
          ...(defaultResolution ? { defaultResolution } : {}),
          ...(onProgress ? { onProgress } : {}),
        }),
      ),
    exportProgress: async ({ progressKey }) => progress.read(progressKey),
  };
}
