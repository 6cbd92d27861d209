import type { ServiceHandlers } from '../../core/ipc/dispatch';
import { ArchiveStore } from './archive/archiveStore';
import { createArchiveHandlers } from './archive/handlers';
import { AssetStore } from './assets/assetStore';
import { createAssetHandlers } from './assets/handlers';
import { createImportHandlers } from './import/handlers';
import type { ImportWorkerSpec } from './import/importRunner';
import { createExportHandlers } from './export/handlers';
import { createScheduleHandlers } from './schedule/handlers';
import type { FetchOptions } from './schedule/fetchSchedule';
import { PathGrants } from './pathGrants';

/** What every service needs to know about where it runs. */
export interface ServiceContext {
  /** The archive folder: PLENARY_ARCHIVE_DIR or the app's data folder. */
  archiveDir: string;
  /** The one store over that folder; services share it so its write queue and cache are shared too. */
  archive: ArchiveStore;
  /** The images of that folder (`assets/`). */
  assets: AssetStore;
  /** The files and folders the user chose; requests name them only by token. */
  grants: PathGrants;
  /** The import worker's code; null plans in this thread (the command line, planner tests). */
  importWorker: ImportWorkerSpec | null;
}

/**
 * Every channel answered under plain Node, composed from each domain's
 * handlers. Main registers these with IPC; the end-to-end harness and the
 * command line call the same functions.
 */
export function createServiceHandlers({
  archiveDir,
  grants = new PathGrants(),
  importWorker = null,
  scheduleFetch,
}: {
  archiveDir: string;
  grants?: PathGrants;
  importWorker?: ImportWorkerSpec | null;
  scheduleFetch?: FetchOptions;
}): ServiceHandlers {
  const ctx: ServiceContext = { archiveDir, archive: new ArchiveStore(archiveDir), assets: new AssetStore(archiveDir), grants, importWorker };
  // What a crash or kill left half-written is cleared at start; the records themselves were never touched by it.
  void ctx.archive.removeLeftoverTemporaryFiles().then(
    (removed) => {
      if (removed > 0) console.info(`Removed ${removed} temporary files left in the archive folder by an interrupted save.`);
    },
    (error: unknown) => console.warn('Could not clear temporary files from the archive folder:', error),
  );
  return {
    ...createArchiveHandlers(ctx.archive),
    ...createAssetHandlers(ctx.assets),
    ...createImportHandlers(ctx),
    ...createExportHandlers(ctx),
    ...createScheduleHandlers(scheduleFetch),
  };
}
