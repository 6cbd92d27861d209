import { decodePiece, encodePiece } from './pieceCodec';
import type { SearchWorkerHost } from './workerHost';
import type { SavedRevisions, SearchClientRequest, SearchWorkerResponse } from './workerProtocol';
import { ArchiveSearch } from './archiveSearch';

/** The saved index's list of pieces and the revisions it was built from. */
export interface SavedManifest extends SavedRevisions {
  format: 2;
  /** Piece keys, newest year first: the order a start loads them in. */
  keys: string[];
  /** The sessions of each piece, so a piece that cannot be read has its sessions indexed again. */
  pieceSessions: Record<string, string[]>;
  /** Stored bytes of each piece. */
  pieceBytes: Record<string, number>;
}

export interface SavedPieceWrite {
  manifest: SavedManifest;
  put: Array<{ key: string; bytes: Uint8Array }>;
  removed: string[];
}

/** Where the worker keeps the index between runs (IndexedDB in the app): a manifest and a row per piece. */
export interface SavedIndexStore {
  loadManifest(): Promise<SavedManifest | null>;
  loadPiece(key: string): Promise<Uint8Array | null>;
  /** Writes the manifest and the changed pieces, and deletes the removed ones, all or nothing. */
  save(write: SavedPieceWrite): Promise<void>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Total stored size of the index's pieces. */
export function savedBytes(manifest: SavedManifest): number {
  return Object.values(manifest.pieceBytes).reduce((sum, bytes) => sum + bytes, 0);
}

/**
 * The worker's side with the saved index kept by the worker itself.
 * `loadSaved` reads the manifest and answers at once; the pieces then load
 * one at a time, newest year first, each as a task of its own in the queue,
 * so a search asked meanwhile is answered between two pieces from those in
 * (each piece announced with `emit({ type: 'progress' })`). `save` folds the
 * changes into their pieces and writes only the pieces that changed. Every
 * request is handled in the order it came.
 */
export function createSavedIndexHost(
  host: SearchWorkerHost,
  store: SavedIndexStore,
  emit: (response: SearchWorkerResponse) => void = () => undefined,
): (request: SearchClientRequest) => Promise<SearchWorkerResponse | null> {
  let queue: Promise<unknown> = Promise.resolve();
  let loading: Promise<void> = Promise.resolve();
  let manifest: SavedManifest | null = null;

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  const loadPiece = async (index: ArchiveSearch, key: string, sessions: string[]): Promise<void> => {
    if (host.index !== index) return;
    try {
      const bytes = await store.loadPiece(key);
      if (!bytes) throw new Error(`piece ${key} is missing`);
      const data = await decodePiece(bytes);
      if (host.index !== index) return;
      index.attachPiece(data);
      emit({ type: 'progress', coverage: index.coverage });
    } catch {
      // Its sessions are indexed again from the database by the client.
      index.dropPending(key);
      // Its row is deleted with the next save (its key is no longer a piece of the index).
      emit({ type: 'progress', coverage: index.coverage, lost: sessions });
    }
  };

  const run = async (request: SearchClientRequest): Promise<SearchWorkerResponse | null> => {
    switch (request.type) {
      case 'loadSaved': {
        const started = performance.now();
        let saved: SavedManifest | null;
        try {
          saved = await store.loadManifest();
        } catch (error) {
          return { type: 'needsBuild', reason: `the saved index could not be read (${messageOf(error)})` };
        }
        if (!saved) return { type: 'needsBuild', reason: 'no index was saved' };
        if (saved.format !== 2 || !Array.isArray(saved.keys)) return { type: 'needsBuild', reason: 'the saved index is from another version' };
        manifest = saved;
        const index = ArchiveSearch.create();
        index.expectPieces(saved.keys);
        host.index = index;
        // Each piece is its own task: requests that come meanwhile are answered between two pieces.
        loading = saved.keys.reduce<Promise<void>>(
          (previous, key) => previous.then(() => enqueue(() => loadPiece(index, key, saved.pieceSessions[key] ?? []))),
          Promise.resolve(),
        );
        return {
          type: 'ready',
          sessionCount: index.sessionCount,
          entryCount: index.entryCount,
          tookMs: performance.now() - started,
          saved: { sessions: { ...saved.sessions }, conferences: { ...saved.conferences } },
          coverage: index.coverage,
        };
      }
      case 'save': {
        try {
          const index = host.index;
          const changes = index.takeChanges();
          const put = await Promise.all(changes.put.map(async (data) => ({ key: data.key, bytes: await encodePiece(data) })));
          const pieceBytes: Record<string, number> = { ...(manifest?.pieceBytes ?? {}) };
          for (const key of changes.removed) delete pieceBytes[key];
          for (const { key, bytes } of put) pieceBytes[key] = bytes.length;
          for (const key of Object.keys(pieceBytes)) if (!changes.keys.includes(key)) delete pieceBytes[key];
          const next: SavedManifest = {
            format: 2,
            keys: changes.keys,
            pieceSessions: Object.fromEntries(index.sessionsByPiece()),
            pieceBytes,
            sessions: request.revisions.sessions,
            conferences: request.revisions.conferences,
          };
          const removed = [...new Set([...changes.removed, ...Object.keys(manifest?.pieceBytes ?? {}).filter((key) => !changes.keys.includes(key))])];
          await store.save({ manifest: next, put, removed });
          manifest = next;
          return { type: 'saved', requestId: request.requestId, bytes: savedBytes(next) };
        } catch (error) {
          return { type: 'error', requestId: request.requestId, message: `the search index could not be saved (${messageOf(error)})` };
        }
      }
      case 'build':
        manifest = null;
        return host(request);
      default:
        return host(request);
    }
  };

  return (request) => {
    // A save waits until every saved piece is in: only then can changes be folded into them.
    if (request.type === 'save') return loading.then(() => enqueue(() => run(request)));
    return enqueue(() => run(request));
  };
}
