// What the main process does for the window, on a thread of its own: the
// real electron/services behind the same validating dispatcher as main.
// In the app they run in the main process, beside the renderer; run in the
// benchmark's own thread, indexing 10,000 archive files at start would hold
// up the thread that drives Chromium and time the window.
import { parentPort, workerData } from 'node:worker_threads';
import { createDispatcher, type MainHandlers } from '../../core/ipc/dispatch';
import { createServiceHandlers } from '../../electron/services/handlers';

const { archiveDir } = workerData as { archiveDir: string };
const mainHandlers: MainHandlers = {
  appInfo: async () => ({ version: 'bench', archiveDir, archiveFolder: 'a'.repeat(32), platform: process.platform }),
  showFolder: async () => null,
  chooseFolder: async () => null,
  useArchiveFolder: async () => ({ archiveDir }),
};
const dispatch = createDispatcher({ ...createServiceHandlers({ archiveDir }), ...mainHandlers });

parentPort?.on('message', (message: { id: number; channel: unknown; payload: unknown }) => {
  void dispatch(message.channel, message.payload).then((result) => parentPort?.postMessage({ id: message.id, result }));
});
// Loaded: the window may open (main is up before its window in the app too).
parentPort?.postMessage({ ready: true });
