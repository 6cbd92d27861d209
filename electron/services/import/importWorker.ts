import { parentPort } from 'node:worker_threads';
import { UserFacingError } from '../../../core/ipc/result';
import { AssetStore } from '../assets/assetStore';
import { planFiles } from './planFiles';
import type { WorkerReply, WorkerRequest } from './importWorkerMessages';

/**
 * The import worker: reads and plans files on a thread of its own, so a
 * large file never holds up main's event loop (every save and request of
 * the window waits on that loop). Files arrive with their paths already
 * resolved from their tokens by main; progress goes back after each file.
 * Main cancels an import by ending this thread.
 */
const port = parentPort;
if (!port) throw new Error('importWorker runs as a worker thread');
const stores = new Map<string, AssetStore>();

port.on('message', (request: WorkerRequest) => {
  void (async () => {
    const reply = (message: WorkerReply) => port.postMessage(message);
    try {
      let assets = stores.get(request.archiveDir);
      if (!assets) stores.set(request.archiveDir, (assets = new AssetStore(request.archiveDir)));
      const files = await planFiles(request.inputs, request.options, assets, (token) => {
        const resolved = request.paths[token];
        if (!resolved) throw new UserFacingError('unknown-path', 'Plenary can only read files you chose or dropped on the window. Choose the file again.');
        return resolved;
      }, (done, total) => reply({ id: request.id, kind: 'progress', done, total }));
      reply({ id: request.id, kind: 'result', files });
    } catch (error) {
      const message = error instanceof UserFacingError ? error.message : 'Plenary could not read the files to import. Try again; if it happens again, import the files one at a time.';
      reply({ id: request.id, kind: 'error', code: error instanceof UserFacingError ? error.code : 'import-failed', message });
    }
  })();
});
