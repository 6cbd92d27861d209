import { lstat, mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ArchiveIndex, ArchiveWriteOutcome } from '../../../core/ipc/channels/archive';
import { UserFacingError } from '../../../core/ipc/result';
import {
  archiveKinds,
  archiveRecordId,
  archiveRecordSchema,
  type ArchiveEntry,
  type ArchiveKind,
  type ArchiveProblem,
  type ArchiveRecord,
} from '../../../core/model/archiveRecord';
import { atomicWrite, isTemporaryFileName, processIsRunning, syncFolder, writerOfTemporaryFile } from './atomicWrite';
import { decodeArchiveFile, encodeArchiveFile, entryOf, HISTORY_LENGTH, type DecodedFile, type RecordVersion } from './archiveFile';
import { ArchiveLock } from './archiveLock';
import { conflictCopyName, conflictCopyPath, CONFLICTS_FOLDER, parseSyncConflictName } from './conflictCopies';
import { contentHash } from './contentHash';
import { idFromFileName, isArchiveId, kindFolders, recordFileName, recordFilePath } from './archiveIds';
import { KeyedQueue } from './keyedQueue';
import { checkRecordForArchive } from './recordChecks';
import { mapConcurrent } from './mapConcurrent';
import { errorCode } from '../errorCode';

/** A temporary file this old is no write in progress: writes take milliseconds, a large image a few seconds. */
const LEFTOVER_AGE_MS = 60_000;

/** Files read at once while indexing: enough to keep the disk busy, few enough to stay under open-file limits. */
const READ_CONCURRENCY = 64;
/** Saves move a revision by one each; a window that was offline for a while may be many ahead, never millions. */
const MAX_REVISION_STEP = 1_000_000;
/** A record file's ceiling: the largest document (64 MiB of text) with its JSON around it. */
const MAX_ARCHIVE_FILE_BYTES = 160 * 1024 * 1024;

type Failure = Extract<DecodedFile, { ok: false }>;
/** `hash` is known once a writer has needed it (computing it for every file indexed would slow the index). */
type Outcome = { ok: true; entry: ArchiveEntry; hash?: string; history?: RecordVersion[] } | Failure;

/** What identifies one version of a file without reading it. ctime changes on every write and cannot be set back by hand. */
interface FileVersion {
  mtimeMs: number;
  ctimeMs: number;
  size: number;
  ino: number;
}

interface CachedFile extends FileVersion {
  outcome: Outcome;
}

type FileRead =
  | { status: 'missing' }
  | { status: 'ok'; record: ArchiveRecord; entry: ArchiveEntry; history: RecordVersion[] }
  | ({ status: 'problem' } & Failure);

function versionOf(stats: FileVersion): FileVersion {
  return { mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, size: stats.size, ino: stats.ino };
}

function sameVersion(a: FileVersion, b: FileVersion): boolean {
  return a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.size === b.size && a.ino === b.ino;
}

function problemMessage(fileName: string, failure: Failure): string {
  const advice = failure.newerFormat
    ? 'Update Plenary to read it.'
    : 'Repair it, or move it out of the archive folder to keep it as a backup.';
  return `${fileName} ${failure.reason}. Plenary skipped it and left it as it is. ${advice}`;
}

function describeRecord(record: ArchiveRecord): string {
  switch (record.kind) {
    case 'conference':
      return `the conference "${record.conference.name}"`;
    case 'session':
      return `the session "${record.record.session.title}"`;
    case 'template':
      return `the template "${record.template.name}"`;
  }
}

/**
 * The durable copy of the archive: one JSON file per record under
 * `conferences/`, `sessions/` and `templates/` in one folder. Files are
 * replaced atomically, a write never replaces an equal or newer revision,
 * deletions are tombstones, and a file that cannot be read is reported and
 * left exactly as it is.
 */
export class ArchiveStore {
  /** What each file held the last time it was read, by name; reused while its size, times and inode stay the same. */
  private readonly cache = new Map<string, CachedFile>();
  private filesRead = 0;
  private readonly writes = new KeyedQueue();
  /**
   * The file version (size, times, inode) of each record this store last
   * wrote or handed out. A file that differs from it when this store writes
   * again was changed by someone else in between (the command line, a sync
   * client): the write goes on only after that version is kept aside.
   */
  private readonly seen = new Map<string, FileVersion>();
  /** Folders known to exist (created and flushed once per store). */
  private readonly folders = new Set<string>();
  /** Held around every read-compare-write, across processes (see archiveLock.ts). */
  readonly lock: ArchiveLock;

  constructor(readonly dir: string) {
    this.lock = new ArchiveLock(dir);
  }

  /** How many files this store has read and validated; the index cache keeps it low. */
  get readCount(): number {
    return this.filesRead;
  }

  /** Ids and revisions of every readable record, plus every file that could not be used. */
  async index(): Promise<ArchiveIndex> {
    const entries: ArchiveEntry[] = [];
    const problems: ArchiveProblem[] = [];
    const seen = new Set<string>();
    for (const kind of archiveKinds) {
      const listing = await this.list(kind);
      problems.push(...listing.problems);
      const outcomes = await mapConcurrent(listing.ids, READ_CONCURRENCY, (id) => this.indexFile(kind, id));
      listing.ids.forEach((id, position) => {
        const outcome = outcomes[position];
        const fileName = recordFileName(kind, id);
        seen.add(fileName);
        if (!outcome) return;
        if (outcome.ok) entries.push(outcome.entry);
        else problems.push({ file: this.pathOf(kind, id), message: problemMessage(fileName, outcome) });
      });
    }
    for (const fileName of this.cache.keys()) if (!seen.has(fileName)) this.cache.delete(fileName);
    return { entries, problems };
  }

  /**
   * Full records for the ids that exist and can be read, in the order asked;
   * tombstones included. `handOut: false` for a look that does not reach a
   * writer (see `seen`).
   */
  async read(kind: ArchiveKind, ids: readonly string[], { handOut = true } = {}): Promise<ArchiveRecord[]> {
    for (const id of ids) this.assertId(id);
    const unique = [...new Set(ids)];
    const reads = await mapConcurrent(unique, READ_CONCURRENCY, (id) => this.readRecordFile(kind, id));
    // Only what reaches the writer counts as seen: a look for a listing (handOut false) must not hide a change from it.
    if (handOut) for (const [position, read] of reads.entries()) {
      const cached = this.cache.get(recordFileName(kind, unique[position] as string));
      if (read.status === 'ok' && cached) this.seen.set(recordFileName(kind, unique[position] as string), versionOf(cached));
    }
    return reads.flatMap((read) => (read.status === 'ok' ? [read.record] : []));
  }

  /** Every readable record of every kind and every problem: for the command line and for backups. */
  async readAll(): Promise<{ records: ArchiveRecord[]; problems: ArchiveProblem[] }> {
    const records: ArchiveRecord[] = [];
    const problems: ArchiveProblem[] = [];
    for (const kind of archiveKinds) {
      const listing = await this.list(kind);
      problems.push(...listing.problems);
      const reads = await mapConcurrent(listing.ids, READ_CONCURRENCY, (id) => this.readRecordFile(kind, id));
      listing.ids.forEach((id, position) => {
        const read = reads[position];
        if (read?.status === 'ok') records.push(read.record);
        else if (read?.status === 'problem') {
          problems.push({ file: this.pathOf(kind, id), message: problemMessage(recordFileName(kind, id), read) });
        }
      });
    }
    return { records, problems };
  }

  /**
   * Writes one record as a compare-and-swap on its revision that holds
   * across processes (the archive lock is held from the read to the rename):
   *
   * - a higher revision than the disk's is written;
   * - the same content as the disk's, or a version the file held before (a
   *   stale copy: its hash is in the file's history), is not written and
   *   nothing is lost: `{ written: false }`;
   * - an equal or lower revision with content the file never held is a
   *   conflict (two writers each made revision 12): it is kept whole in
   *   `conflicts/` and the answer says so, so the writer can re-read and merge.
   *
   * A file that cannot be read is never replaced; the write is refused with
   * a message saying what to do.
   */
  async write(input: ArchiveRecord): Promise<ArchiveWriteOutcome> {
    const parsed = archiveRecordSchema.safeParse(input);
    if (!parsed.success) {
      throw new UserFacingError('invalid-record', `Could not save to the archive: the record is not valid (${parsed.error.issues[0]?.message ?? 'unknown problem'}).`);
    }
    const record = parsed.data;
    const id = archiveRecordId(record);
    this.assertId(id);
    checkRecordForArchive(record);
    return this.writes.run(`${record.kind}:${id}`, () => this.lock.hold(() => this.compareAndWrite(record)));
  }

  /**
   * Runs `task` with the archive lock held, for a step that reads the archive
   * and writes what depends on it (an import resolving a conference by name
   * and skipping sessions it already holds). Writes inside share the hold.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.lock.hold(task);
  }

  private async compareAndWrite(record: ArchiveRecord): Promise<ArchiveWriteOutcome> {
    const { kind } = record;
    const id = archiveRecordId(record);
    const entry = entryOf(record);
    const current = await this.currentVersion(kind, id);
    if (current && !current.ok) {
      const advice = current.newerFormat
        ? 'Update Plenary, or move that file out of the archive folder, then save again.'
        : 'Move that file out of the archive folder (keep it as a backup), then save again.';
      throw new UserFacingError(
        'archive-file-unreadable',
        `Could not save ${describeRecord(record)} to the archive: ${recordFileName(kind, id)} ${current.reason}, so Plenary did not overwrite it. ${advice}`,
      );
    }
    if (current && entry.revision - current.entry.revision > MAX_REVISION_STEP) {
      throw new UserFacingError(
        'revision-jump',
        `Could not save ${describeRecord(record)} to the archive: its revision ${entry.revision} jumps far past the ${current.entry.revision} on disk, which saving never does. Nothing was written; restart Plenary to reload it from the archive.`,
      );
    }
    const hash = contentHash(record);
    if (current) {
      const disk = { revision: current.entry.revision, hash: current.hash };
      if (disk.hash === hash) return { written: false, revision: disk.revision };
      if (disk.revision >= entry.revision) {
        const known = current.history.some((version) => version.hash === hash);
        if (known) return { written: false, revision: disk.revision };
        const file = await this.keepConflictCopy(record, hash);
        return { written: false, revision: disk.revision, conflict: { file, diskRevision: disk.revision } };
      }
    }
    const path = this.pathOf(kind, id);
    // The disk holds a lower revision that someone else wrote after this store's last look: it is not what this
    // version was built on. The higher revision still takes the file; the other is kept whole, and the writer told.
    let conflict: ArchiveWriteOutcome['conflict'];
    const lastSeen = this.seen.get(recordFileName(kind, id));
    const cached = this.cache.get(recordFileName(kind, id));
    if (current && lastSeen && cached && !sameVersion(lastSeen, cached)) {
      const displaced = await this.readRecordFile(kind, id);
      if (displaced.status === 'ok') {
        const file = await this.keepConflictCopy(displaced.record, current.hash);
        conflict = { file, diskRevision: current.entry.revision };
      }
    }
    const history = current ? [...current.history, { revision: current.entry.revision, hash: current.hash }].slice(-HISTORY_LENGTH) : [];
    const folder = join(this.dir, kindFolders[kind]);
    await this.ensureFolder(folder);
    await atomicWrite(path, encodeArchiveFile(record, new Date(), { hash, history }));
    const written = versionOf(await stat(path));
    this.cache.set(recordFileName(kind, id), { ...written, outcome: { ok: true, entry, hash, history } });
    this.seen.set(recordFileName(kind, id), written);
    return conflict ? { written: true, revision: entry.revision, conflict } : { written: true, revision: entry.revision };
  }

  /**
   * Whether a record's file now differs from what this store last wrote or
   * handed out (the watcher asks, to tell another program's writes from this
   * one's own). A file this store never touched counts as changed.
   */
  async changedElsewhere(kind: ArchiveKind, id: string): Promise<boolean> {
    if (!isArchiveId(id)) return false;
    const lastSeen = this.seen.get(recordFileName(kind, id));
    if (!lastSeen) return true;
    try {
      return !sameVersion(lastSeen, versionOf(await stat(this.pathOf(kind, id))));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return true;
      throw error;
    }
  }

  /** The version on disk with its hash and history: from the cache when the file has not changed since, else read again. */
  private async currentVersion(kind: ArchiveKind, id: string): Promise<(Required<Extract<Outcome, { ok: true }>>) | Failure | null> {
    const outcome = await this.indexFile(kind, id);
    if (!outcome || !outcome.ok) return outcome;
    if (outcome.hash !== undefined && outcome.history !== undefined) return outcome as Required<typeof outcome>;
    const read = await this.readRecordFile(kind, id);
    if (read.status === 'missing') return null;
    if (read.status === 'problem') return read;
    const known = { ok: true as const, entry: read.entry, hash: contentHash(read.record), history: read.history };
    const cached = this.cache.get(recordFileName(kind, id));
    if (cached) cached.outcome = known;
    return known;
  }

  /** Keeps a version that lost to the disk's: whole, validated like a record file, named by its hash (the same loser is kept once). */
  private async keepConflictCopy(record: ArchiveRecord, hash: string): Promise<string> {
    const id = archiveRecordId(record);
    const folder = join(this.dir, CONFLICTS_FOLDER);
    await this.ensureFolder(folder);
    const path = conflictCopyPath(this.dir, record.kind, id, hash);
    await atomicWrite(path, encodeArchiveFile(record, new Date(), { hash }));
    return `${CONFLICTS_FOLDER}/${conflictCopyName(record.kind, id, hash)}`;
  }

  /** Creates a folder of the archive once, and flushes its parent so the new folder itself survives a power cut. */
  private async ensureFolder(folder: string): Promise<void> {
    if (this.folders.has(folder)) return;
    const created = await mkdir(folder, { recursive: true });
    if (created !== undefined) await syncFolder(dirname(folder));
    this.folders.add(folder);
  }

  /**
   * Removes temporary files that interrupted writes left behind (a crash or
   * a kill between creating one and renaming it). Runs with the lock held,
   * so no record write of a Plenary program is under way. A file whose
   * writer (named in it) no longer runs goes at once; any other only once
   * it is a minute old (an image being written does not take the lock).
   * Returns how many were removed.
   */
  async removeLeftoverTemporaryFiles(now = Date.now()): Promise<number> {
    const candidates: string[] = [];
    for (const folder of [...Object.values(kindFolders), CONFLICTS_FOLDER, 'assets']) {
      const names = await readdir(join(this.dir, folder)).catch(() => [] as string[]);
      for (const name of names.filter(isTemporaryFileName)) candidates.push(join(this.dir, folder, name));
    }
    // Nothing to clear (the usual start): the lock is not even taken.
    if (candidates.length === 0) return 0;
    return this.exclusive(async () => {
      let removed = 0;
      for (const path of candidates) {
        const stats = await lstat(path).catch(() => null);
        if (!stats?.isFile()) continue;
        // A file whose writer has ended is a leftover at once; one of a running (or unknown) writer only when old.
        const writer = writerOfTemporaryFile(basename(path));
        const writerGone = writer !== null && writer !== process.pid && !processIsRunning(writer);
        if (!writerGone && now - stats.mtimeMs < LEFTOVER_AGE_MS) continue;
        await unlink(path).then(
          () => removed++,
          () => undefined,
        );
      }
      return removed;
    });
  }

  /** Keeps `record` aside as a conflict copy (a merge keeps the version it replaced this way too). */
  keepAside(record: ArchiveRecord): Promise<string> {
    return this.keepConflictCopy(record, contentHash(record));
  }

  private pathOf(kind: ArchiveKind, id: string): string {
    return recordFilePath(this.dir, kind, id);
  }

  private assertId(id: string): void {
    if (!isArchiveId(id)) {
      throw new UserFacingError(
        'invalid-archive-id',
        `"${id.slice(0, 80)}" is not a valid archive id (1 to 64 lower-case letters, digits, "-" or "_", and not a Windows device name such as CON or NUL). Nothing was read or written.`,
      );
    }
  }

  /** The record files of one kind, and the files in its folder that are not named like one. */
  private async list(kind: ArchiveKind): Promise<{ ids: string[]; problems: ArchiveProblem[] }> {
    const folder = join(this.dir, kindFolders[kind]);
    let dirents;
    try {
      dirents = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { ids: [], problems: [] };
      if (errorCode(error) === 'ENOTDIR') {
        return {
          ids: [],
          problems: [{ file: folder, message: `${kindFolders[kind]} in the archive folder is a file, not a folder. Plenary skipped it and left it as it is; move it away.` }],
        };
      }
      throw error;
    }
    const ids: string[] = [];
    const problems: ArchiveProblem[] = [];
    dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const dirent of dirents) {
      // Hidden files (interrupted writes' temporary files, .DS_Store) and non-JSON files are not records.
      if (dirent.name.startsWith('.') || !dirent.name.endsWith('.json')) continue;
      // A sync client's conflict copy is offered as a conflict (archiveConflicts.ts), never taken as a record.
      if (parseSyncConflictName(dirent.name)) continue;
      const id = idFromFileName(dirent.name);
      const fileName = `${kindFolders[kind]}/${dirent.name}`;
      if (id === null) {
        problems.push({
          file: join(folder, dirent.name),
          message: `${fileName} is not named like an archive record (an id of letters, digits, "-" or "_", then .json). Plenary skipped it and left it as it is.`,
        });
      } else if (dirent.isDirectory()) {
        problems.push({ file: join(folder, dirent.name), message: `${fileName} is a folder, not a record file. Plenary skipped it.` });
      } else {
        ids.push(id);
      }
    }
    return { ids, problems };
  }

  /** The entry of one file, or why it cannot be used (null when absent); from the cache when the file has not changed. */
  private async indexFile(kind: ArchiveKind, id: string): Promise<Outcome | null> {
    const fileName = recordFileName(kind, id);
    let stats;
    try {
      stats = await stat(this.pathOf(kind, id));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
    const cached = this.cache.get(fileName);
    if (cached && sameVersion(cached, stats)) return cached.outcome;
    const read = await this.readRecordFile(kind, id);
    return read.status === 'missing' ? null : read.status === 'ok' ? { ok: true, entry: read.entry } : read;
  }

  /** Reads and validates one file, and remembers the outcome under the stats taken before reading. */
  private async readRecordFile(kind: ArchiveKind, id: string): Promise<FileRead> {
    const path = this.pathOf(kind, id);
    let text: string;
    let stats;
    try {
      stats = await stat(path);
      if (stats.size > MAX_ARCHIVE_FILE_BYTES) {
        // Never read into memory: no record Plenary writes is this large.
        return { status: 'problem', ok: false, reason: `is ${Math.round(stats.size / 1024 / 1024)} MB, larger than any record Plenary writes (at most ${MAX_ARCHIVE_FILE_BYTES / 1024 / 1024} MB)` };
      }
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { status: 'missing' };
      if (errorCode(error) === 'EISDIR') {
        return { status: 'problem', ok: false, reason: 'is a folder, not a record file' };
      }
      throw error;
    }
    this.filesRead++;
    const decoded = decodeArchiveFile(text, kind, id);
    const outcome: Outcome = decoded.ok ? { ok: true, entry: decoded.entry } : decoded;
    this.cache.set(recordFileName(kind, id), { ...versionOf(stats), outcome });
    return decoded.ok ? { status: 'ok', record: decoded.record, entry: decoded.entry, history: decoded.history } : { status: 'problem', ...decoded };
  }
}
