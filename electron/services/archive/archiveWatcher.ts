import { mkdir } from 'node:fs/promises';
import { basename, relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { ArchiveChanges, ArchiveChangedRecord } from '../../../core/ipc/channels/archive';
import { archiveKinds, type ArchiveKind } from '../../../core/model/archiveRecord';
import { idFromFileName, kindFolders } from './archiveIds';
import type { ArchiveStore } from './archiveStore';
import { isTemporaryFileName } from './atomicWrite';
import { CONFLICTS_FOLDER, parseConflictCopyName, parseSyncConflictName } from './conflictCopies';

/** Events close together (a sync client bringing a hundred files) are taken as one change. */
const SETTLE_MS = 150;
/** Changes remembered for a window that asks late; one that falls further behind reconciles everything. */
const KEPT_CHANGES = 2_000;

const kindByFolder = new Map<string, ArchiveKind>(archiveKinds.map((kind) => [kindFolders[kind], kind]));

/** What a path in the archive folder stands for: a record's file, a conflict copy, or nothing to follow. */
function classify(archiveDir: string, path: string): { record?: ArchiveChangedRecord; conflict?: boolean } {
  const parts = relative(archiveDir, path).split(sep);
  const name = basename(path);
  if (parts.length !== 2 || isTemporaryFileName(name) || name.startsWith('.')) return {};
  if (parts[0] === CONFLICTS_FOLDER) {
    const copy = parseConflictCopyName(name);
    return copy ? { record: copy, conflict: true } : {};
  }
  const kind = kindByFolder.get(parts[0] as string);
  if (!kind) return {};
  const syncCopy = parseSyncConflictName(name);
  if (syncCopy) return { record: { kind, id: syncCopy.id }, conflict: true };
  const id = idFromFileName(name);
  return id ? { record: { kind, id } } : {};
}

/**
 * Follows the archive folder while the app runs (chokidar: inotify, FSEvents
 * or ReadDirectoryChangesW underneath, no polling) and tells the window what
 * another program wrote: the command line, a sync client bringing another
 * device's notes. Writes of this process's own store are left out, so a save
 * while typing never comes back as a change.
 *
 * The window asks with `next(after)`, a long poll: it is answered at once if
 * there are changes after its cursor, or when there are, or after `waitMs`.
 */
export class ArchiveWatcher {
  private watcher: FSWatcher | null = null;
  private started: Promise<void> | null = null;
  private cursor = 0;
  private changes: Array<{ at: number; record: ArchiveChangedRecord }> = [];
  private conflictsAt = 0;
  private pending = new Map<string, { path: string }>();
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  private waiters = new Set<() => void>();
  private closed = false;
  /** Names this watcher's cursors: a window holding a cursor of an earlier one (main started again) reconciles everything. */
  private readonly epoch = `${process.pid}-${Date.now().toString(36)}`;

  constructor(private readonly store: ArchiveStore) {}

  /** Starts following the folder (once); resolves when the first scan is done, so nothing written after is missed. */
  start(): Promise<void> {
    this.started ??= (async () => {
      await mkdir(this.store.dir, { recursive: true });
      const watcher = watch(this.store.dir, {
        ignoreInitial: true,
        depth: 1,
        // The process may end while the folder is followed (the command line, a test): the watcher does not keep it alive.
        persistent: false,
        ignored: (path) => {
          const name = basename(path);
          return path !== this.store.dir && (name.startsWith('.') || name === 'assets' || name === 'resolved');
        },
      });
      this.watcher = watcher;
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, (path: string) => this.noticed(path));
      watcher.on('error', (error) => console.warn('Watching the archive folder failed:', error));
      await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    })();
    return this.started;
  }

  private noticed(path: string): void {
    const { record } = classify(this.store.dir, path);
    if (!record) return;
    this.pending.set(path, { path });
    this.settleTimer ??= setTimeout(() => void this.settle(), SETTLE_MS);
  }

  private async settle(): Promise<void> {
    this.settleTimer = null;
    const paths = [...this.pending.keys()];
    this.pending.clear();
    let moved = false;
    for (const path of paths) {
      const { record, conflict } = classify(this.store.dir, path);
      if (!record) continue;
      if (conflict) {
        this.conflictsAt = this.cursor + 1;
        moved = true;
        continue;
      }
      if (!(await this.store.changedElsewhere(record.kind, record.id).catch(() => true))) continue;
      this.changes.push({ at: this.cursor + 1, record });
      moved = true;
    }
    if (!moved) return;
    this.cursor++;
    if (this.changes.length > KEPT_CHANGES) this.changes = this.changes.slice(-KEPT_CHANGES);
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  /** What changed after `after` (a cursor from an earlier answer; -1 at first), waiting up to `waitMs` for something to. */
  async next(after: number, epoch: string | null, waitMs: number): Promise<ArchiveChanges> {
    await this.start();
    if (after >= 0 && (epoch !== this.epoch || after > this.cursor)) {
      return { epoch: this.epoch, cursor: this.cursor, records: [], conflicts: true, resync: true };
    }
    if (after >= 0 && after === this.cursor && !this.closed) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, waitMs);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.add(done);
      });
    }
    if (after < 0) return { epoch: this.epoch, cursor: this.cursor, records: [], conflicts: false, resync: false };
    const oldest = this.changes[0]?.at ?? this.cursor + 1;
    const resync = after + 1 < oldest && this.changes.length >= KEPT_CHANGES;
    const seen = new Set<string>();
    const records = this.changes
      .filter((change) => change.at > after)
      .map((change) => change.record)
      .filter((record) => !seen.has(`${record.kind}:${record.id}`) && seen.add(`${record.kind}:${record.id}`) !== undefined);
    return { epoch: this.epoch, cursor: this.cursor, records, conflicts: this.conflictsAt > after, resync };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.settleTimer) clearTimeout(this.settleTimer);
    for (const wake of this.waiters) wake();
    await this.watcher?.close();
  }
}
