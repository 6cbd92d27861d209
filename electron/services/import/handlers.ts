import type { ServiceHandlers } from '../../../core/ipc/dispatch';
import type { AssetStore } from '../assets/assetStore';
import type { PathGrants } from '../pathGrants';
import { planFiles } from './planFiles';

type ImportHandlers = Pick<ServiceHandlers, 'importPlan'>;

/**
 * Import: read files and plan what they would create. No record is written
 * here; the renderer stores the sessions the user keeps like any other. The
 * images the notes show are kept in the archive's assets folder as they are
 * read (content-named, so a second read writes nothing).
 */
export function createImportHandlers(assets: AssetStore, grants: PathGrants): ImportHandlers {
  return {
    importPlan: async ({ files, conferenceName, date, timeZone }) => ({
      files: await planFiles(files, {
        ...(conferenceName ? { conferenceName } : {}),
        ...(date ? { date } : {}),
        ...(timeZone ? { timeZone } : {}),
      }, assets, (token) => grants.file(token)),
    }),
  };
}
