import { Worker } from 'node:worker_threads';
import type { FileImportPlan, ImportInput } from '../../../core/ipc/channels/import';
import type { ImportOptions } from '../../../core/import/types';
import { UserFacingError } from '../../../core/ipc/result';
import type { AssetStore } from '../assets/assetStore';
import type { PathGrants } from '../pathGrants';
import type { WorkerReply, WorkerRequest } from './importWorkerMessages';
import { planFiles } from './planFiles';

/**
 * Where the import worker's code is: the bundled file in the app, or a
 * script that loads the TypeScript source (tests, the end-to-end harness).
 */
export type ImportWorkerSpec = { file: string } | { script: string };

/** A runaway file ends its own thread, never main: these bound the worker's heap and stack. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1536, stackSizeMb: 16 };

const cancelledError = () => new UserFacingError('import-cancelled', 'The import was cancelled. Nothing was imported.');

interface Running {
  cancel: () => void;
}

/**
 * Runs import plans off main's event loop: each request gets a worker thread
 * of its own (see importWorker.ts), so cancelling one ends exactly that
 * thread, however far into a large file it is, and a file that exhausts the
 * worker's memory or stack costs only that request. Without a worker spec
 * (the command line, unit tests of the planner) plans run in this thread and
 * cancel between files.
 */
export class ImportRunner {
  private readonly running = new Map<string, Running>();
  private nextId = 1;
  /** A worker that has loaded the planner and waits for the next request: starting one costs a moment of loading code. */
  private spare: Worker | null = null;

  constructor(
    private readonly archiveDir: string,
    private readonly assets: AssetStore,
    private readonly grants: PathGrants,
    private readonly workerSpec: ImportWorkerSpec | null,
  ) {}

  async plan(inputs: ImportInput[], options: ImportOptions, cancelKey?: string): Promise<FileImportPlan[]> {
    if (cancelKey && this.running.has(cancelKey)) throw new UserFacingError('import-busy', 'An import with this key is already running. Wait for it, or cancel it first.');
    // Tokens are turned into paths here, in main's thread: the worker is handed paths only for tokens main gave out.
    const paths: Record<string, string> = {};
    for (const input of inputs) if ('file' in input) paths[input.file] ??= this.pathOrNull(input.file) ?? '';
    for (const [token, found] of Object.entries(paths)) if (found === '') delete paths[token];
    const run = this.workerSpec ? this.inWorker(inputs, options, paths, this.workerSpec) : this.inThread(inputs, options, paths);
    if (cancelKey) this.running.set(cancelKey, run);
    try {
      return await run.result;
    } finally {
      if (cancelKey && this.running.get(cancelKey) === run) this.running.delete(cancelKey);
    }
  }

  /** Cancels the import started with this key; false when none is running. */
  cancel(cancelKey: string): boolean {
    const run = this.running.get(cancelKey);
    if (!run) return false;
    this.running.delete(cancelKey);
    run.cancel();
    return true;
  }

  private takeWorker(spec: ImportWorkerSpec): Worker {
    const start = () => ('file' in spec ? new Worker(spec.file, { resourceLimits: WORKER_LIMITS }) : new Worker(spec.script, { eval: true, resourceLimits: WORKER_LIMITS }));
    const worker = this.spare ?? start();
    worker.ref();
    worker.removeAllListeners();
    // The next request finds a worker ready; it does not keep the process alive while it waits.
    const spare = start();
    spare.unref();
    spare.on('error', () => {
      if (this.spare === spare) this.spare = null;
    });
    spare.on('exit', () => {
      if (this.spare === spare) this.spare = null;
    });
    this.spare = spare;
    return worker;
  }

  private pathOrNull(token: string): string | null {
    try {
      return this.grants.file(token);
    } catch {
      return null;
    }
  }

  private inThread(inputs: ImportInput[], options: ImportOptions, paths: Record<string, string>): Running & { result: Promise<FileImportPlan[]> } {
    let cancelled = false;
    const result = planFiles(inputs, options, this.assets, (token) => paths[token] ?? this.grants.file(token), () => {
      if (cancelled) throw cancelledError();
    });
    return { result, cancel: () => (cancelled = true) };
  }

  private inWorker(inputs: ImportInput[], options: ImportOptions, paths: Record<string, string>, spec: ImportWorkerSpec): Running & { result: Promise<FileImportPlan[]> } {
    const id = this.nextId++;
    const worker = this.takeWorker(spec);
    let cancelled = false;
    const result = new Promise<FileImportPlan[]>((resolve, reject) => {
      let settled = false;
      const settle = (action: () => void) => {
        if (settled) return;
        settled = true;
        action();
        void worker.terminate();
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.id !== id) return;
        if (reply.kind === 'result') settle(() => resolve(reply.files));
        else if (reply.kind === 'error') settle(() => reject(new UserFacingError(reply.code, reply.message)));
      });
      worker.on('error', (error) =>
        settle(() =>
          reject(
            cancelled
              ? cancelledError()
              : new UserFacingError(
                  'import-failed',
                  /memory|heap/i.test(String(error)) ? 'These notes are too large to read at once. Split the file into smaller ones and import those.' : 'Plenary could not read the files to import. Try again; if it happens again, import the files one at a time.',
                ),
          ),
        ),
      );
      worker.on('exit', () => settle(() => reject(cancelled ? cancelledError() : new UserFacingError('import-failed', 'Reading the files stopped before it finished. Try again.'))));
      const request: WorkerRequest = { id, archiveDir: this.archiveDir, inputs, paths, options };
      worker.postMessage(request);
    });
    return {
      result,
      cancel: () => {
        cancelled = true;
        void worker.terminate();
      },
    };
  }
}
