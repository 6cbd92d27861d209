import type { ServiceHandlers } from '../../../core/ipc/dispatch';
import { planFiles } from './planFiles';

type ImportHandlers = Pick<ServiceHandlers, 'importPlan'>;

/**
 * Import: read files and plan what they would create. Nothing is written
 * here; the renderer stores the sessions the user keeps like any other.
 */
export function createImportHandlers(): ImportHandlers {
  return {
    importPlan: async ({ files, conferenceName, date, timeZone }) => ({
      files: await planFiles(files, {
        ...(conferenceName ? { conferenceName } : {}),
        ...(date ? { date } : {}),
        ...(timeZone ? { timeZone } : {}),
      }),
    }),
  };
}
