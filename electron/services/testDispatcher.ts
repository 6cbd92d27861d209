import { createDispatcher } from '../../core/ipc/dispatch';
import { createServiceHandlers } from './handlers';

/** For tests: the dispatcher main uses over `archiveDir`, with the main-only channels answered by nothing (these tests never call them). */
export function serviceDispatcher(archiveDir: string) {
  const unused = async () => {
    throw new Error('not used here');
  };
  return createDispatcher({
    ...createServiceHandlers({ archiveDir }),
    appInfo: unused,
    showFolder: unused,
    chooseFolder: unused,
    useArchiveFolder: unused,
  });
}
