import type { ServiceHandlers } from '../../../core/ipc/dispatch';
import type { ServiceContext } from '../handlers';
import { planArchiveExport, writeArchiveExport } from './exportArchive';
import { ExportProgressBoard } from './progress';

type ExportHandlers = Pick<ServiceHandlers, 'exportPlan' | 'exportWrite' | 'exportProgress'>;

/** The export channels: posts built from the disk archive and written by the export writer. */
export function createExportHandlers(ctx: ServiceContext): ExportHandlers {
  const progress = new ExportProgressBoard();
  return {
    exportPlan: async ({ folder, options }) => planArchiveExport(ctx.archive, await ctx.grants.folder(folder), options),
    exportWrite: async ({ folder, options, resolutions, defaultResolution, progressKey }) => {
      const target = await ctx.grants.folder(folder);
      return progress.track(progressKey, (onProgress) =>
        writeArchiveExport(ctx.archive, target, options, {
          resolutions,
          ...(defaultResolution ? { defaultResolution } : {}),
          ...(onProgress ? { onProgress } : {}),
        }),
      );
    },
    exportProgress: async ({ progressKey }) => progress.read(progressKey),
  };
}
