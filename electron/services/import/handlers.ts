import type { ServiceHandlers } from '../../../core/ipc/dispatch';
import type { ServiceContext } from '../handlers';
import { ImportRunner } from './importRunner';

type ImportHandlers = Pick<ServiceHandlers, 'importPlan' | 'importCancel'>;

/**
 * Import: read files and plan what they would create, on a worker thread
 * (see importRunner.ts). No record is written here; the renderer stores the
 * sessions the user keeps like any other. The images the notes show are
 * kept in the archive's assets folder as they are read (content-named, so a
 * second read writes nothing).
 */
export function createImportHandlers(ctx: ServiceContext): ImportHandlers {
  const runner = new ImportRunner(ctx.archiveDir, ctx.assets, ctx.grants, ctx.importWorker);
  return {
    importPlan: async ({ files, conferenceName, date, timeZone, cancelKey }) => ({
      files: await runner.plan(
        files,
        {
          ...(conferenceName ? { conferenceName } : {}),
          ...(date ? { date } : {}),
          ...(timeZone ? { timeZone } : {}),
        },
        cancelKey,
      ),
    }),
    importCancel: async ({ cancelKey }) => ({ cancelled: runner.cancel(cancelKey) }),
  };
}
