import type { ExportProgress } from '../../../core/ipc/channels/export';

/**
 * How far the exports under way have got, by a key the caller chose. IPC
 * answers requests and never pushes, so a window that wants a progress bar
 * passes a key with `exportWrite` and asks `exportProgress` while it waits.
 */
export class ExportProgressBoard {
  private readonly entries = new Map<string, ExportProgress>();

  /** Runs `work` with a progress callback that records under `key` (if any), and forgets the key when it ends. */
  async track<T>(key: string | undefined, work: (onProgress?: (done: number, total: number) => void) => Promise<T>): Promise<T> {
    if (key === undefined) return work();
    this.entries.set(key, { done: 0, total: 0 });
    try {
      return await work((done, total) => this.entries.set(key, { done, total }));
    } finally {
      this.entries.delete(key);
    }
  }

  /** Files done and in all for the export under `key`; null before it starts writing and after it ends. */
  read(key: string): ExportProgress | null {
    const entry = this.entries.get(key);
    return entry && entry.total > 0 ? { ...entry } : null;
  }
}
