import type { ServiceHandlers } from '../../core/ipc/dispatch';
import { ArchiveStore } from './archive/archiveStore';
import { createArchiveHandlers } from './archive/handlers';
import { AssetStore } from './assets/assetStore';
import { createAssetHandlers } from './assets/handlers';
import { createImportHandlers } from './import/handlers';
import { createExportHandlers } from './export/handlers';

/** What every service needs to know about where it runs. */
export interface ServiceContext {
  /** The archive folder: PLENARY_ARCHIVE_DIR or the app's data folder. */
  archiveDir: string;
  /** The one store over that folder; services share it so its write queue and cache are shared too. */
  archive: ArchiveStore;
  /** The images of that folder (`assets/`). */
  assets: AssetStore;
}

/**
 * Every channel answered under plain Node, composed from each domain's
 * handlers. Main registers these with IPC; the end-to-end harness and the
 * command line call the same functions.
 */
export function createServiceHandlers({ archiveDir }: { archiveDir: string }): ServiceHandlers {
  const ctx: ServiceContext = { archiveDir, archive: new ArchiveStore(archiveDir), assets: new AssetStore(archiveDir) };
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
    ...createImportHandlers(ctx.assets),
    ...createExportHandlers(ctx),
  };
}
