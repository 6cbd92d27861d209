import { lstat, mkdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { stableShortId } from '../../../core/export/slugs';
import type { ConflictResolution, ExportSummary, FileOutcome, PlannedFile, PlannedState } from '../../../core/export/outcomes';
import type { Post, PostStream } from '../../../core/export/posts';
import { atomicWrite, syncFolder } from '../archive/atomicWrite';
import { mapConcurrent } from '../archive/mapConcurrent';
import { sha256 } from '../sha256';
import { readManifest, writeManifest } from './manifest';

export interface WriteOptions {
  /** Per post path: what to do if the file was changed outside Plenary. */
  resolutions?: Readonly<Record<string, ConflictResolution>>;
  /** For conflicts without a resolution of their own; without it they are reported and left alone. */
  defaultResolution?: ConflictResolution;
  onProgress?: (done: number, total: number, path: string) => void;
  /** The bytes of an image in the archive (`<sha256>.<ext>`); a post's attachments are read through it. */
  readAsset?: (asset: string) => Promise<Uint8Array>;
}

/**
 * One file of an export: a post, or an image a post shows. Images follow
 * the posts' rules (atomic, unchanged, conflict, path checks); one whose
 * bytes cannot be read is refused with the reason, and its post still goes.
 */
interface ExportFile {
  path: string;
  title: string;
  data: Buffer | null;
  /** Why `data` is null. */
  unreadable?: string;
}

async function filesOf(post: Post, readAsset: WriteOptions['readAsset']): Promise<ExportFile[]> {
  const files: ExportFile[] = [{ path: post.path, title: post.title, data: Buffer.from(post.content, 'utf8') }];
  for (const attachment of post.attachments) {
    const title = `Image in “${post.title}”`;
    if (!readAsset) {
      files.push({ path: attachment.path, title, data: null, unreadable: 'no image store was given to the export' });
      continue;
    }
    try {
      files.push({ path: attachment.path, title, data: Buffer.from(await readAsset(attachment.asset)) });
    } catch (error) {
      files.push({ path: attachment.path, title, data: null, unreadable: error instanceof Error ? error.message : String(error) });
    }
  }
  return files;
}

const WRITE_CONCURRENCY = 32;

/**
 * Whether `folder` (absolute, inside `root`) is really inside the root: the
 * nearest folder on its way that exists must not resolve, through a symbolic
 * link, to somewhere outside. A reason when it does, else null.
 */
async function folderLeavesRoot(root: string, folder: string): Promise<string | null> {
  let current = folder;
  while (current.length >= root.length && current !== root) {
    const info = await lstat(current).catch(() => null);
    if (info) {
      const fromRootReal = path.relative(root, await realpath(current));
      if (fromRootReal.startsWith('..') || path.isAbsolute(fromRootReal)) return 'leads outside the export folder through a link';
      return null;
    }
    current = path.dirname(current);
  }
  return null;
}

/** Folder checks of one inspection, by folder: most posts of an export share one or a few folders. */
type FolderChecks = Map<string, Promise<string | null>>;

/**
 * The absolute path of a post inside `root` (a real path) and whether a file
 * is there, or a reason to refuse it: a path that is absolute, climbs out of
 * the folder, names a hidden file or folder (the manifest, .git), or runs
 * through a symbolic link that leads outside.
 */
async function resolveInside(
  root: string,
  relative: string,
  folderChecks: FolderChecks,
): Promise<{ target: string; exists: boolean } | { reason: string }> {
  if (relative.includes('\0') || path.isAbsolute(relative) || path.win32.isAbsolute(relative)) return { reason: 'not a relative path' };
  const target = path.resolve(root, relative);
  const fromRoot = path.relative(root, target);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return { reason: 'leaves the export folder' };
  // Hidden names (the manifest, .git, .github …) are never a post's, and never written.
  if (fromRoot.split(path.sep).some((segment) => segment.startsWith('.'))) return { reason: 'names a hidden file or folder' };
  // Every existing folder on the way must really be inside the root (no symlink out).
  const folder = path.dirname(target);
  let check = folderChecks.get(folder);
  if (check === undefined) {
    check = folderLeavesRoot(root, folder);
    folderChecks.set(folder, check);
  }
  const reason = await check;
  if (reason !== null) return { reason };
  const existing = await lstat(target).catch(() => null);
  if (existing?.isSymbolicLink()) return { reason: 'is a symbolic link' };
  if (existing && !existing.isFile()) return { reason: 'is not a file' };
  return { target, exists: existing !== null };
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

interface Inspection {
  file: ExportFile;
  target: string | null;
  reason?: string;
  state: PlannedState;
  hash: string;
  data: Buffer;
}

/** What one inspection knows across posts: the paths taken so far and the folders already checked. */
interface InspectionScope {
  root: string;
  manifest: Record<string, string>;
  seen: Set<string>;
  folderChecks: FolderChecks;
}

function inspectionScope(root: string, manifest: Record<string, string>): InspectionScope {
  return { root, manifest, seen: new Set(), folderChecks: new Map() };
}

async function inspect(scope: InspectionScope, file: ExportFile): Promise<Inspection> {
  const data = file.data ?? Buffer.alloc(0);
  const hash = sha256(data);
  // Case-insensitive file systems (macOS, Windows) would put two such posts in one file.
  const key = file.path.toLowerCase();
  if (scope.seen.has(key)) return { file, target: null, reason: 'another post has the same path', state: 'refused', hash, data };
  scope.seen.add(key);
  if (file.data === null) return { file, target: null, reason: file.unreadable ?? 'could not be read', state: 'refused', hash, data };
  const resolved = await resolveInside(scope.root, file.path, scope.folderChecks);
  if ('reason' in resolved) return { file, target: null, reason: resolved.reason, state: 'refused', hash, data };
  const current = resolved.exists ? await readIfExists(resolved.target) : null;
  let state: PlannedState;
  if (current === null) state = 'new';
  else {
    const currentHash = sha256(current);
    if (currentHash === hash) state = 'unchanged';
    else if (scope.manifest[file.path] === currentHash) state = 'update';
    else state = 'conflict';
  }
  return { file, target: resolved.target, state, hash, data };
}

async function exportRoot(folder: string): Promise<string> {
  if (!path.isAbsolute(folder)) throw new Error(`The export folder must be an absolute path: ${folder}`);
  await mkdir(folder, { recursive: true });
  return realpath(folder);
}

/** What an export into `folder` would do, file by file (posts and their images), without touching anything. */
export async function planExport(folder: string, posts: readonly Post[], readAsset?: WriteOptions['readAsset']): Promise<PlannedFile[]> {
  if (!path.isAbsolute(folder)) throw new Error(`The export folder must be an absolute path: ${folder}`);
  const root = await realpath(folder).catch(() => null);
  // A file where the folder should be: say so now, not after the user chose how to settle conflicts.
  if (root !== null && !(await stat(root)).isDirectory()) {
    throw Object.assign(new Error(`ENOTDIR: ${folder} is a file, not a folder`), { code: 'ENOTDIR' });
  }
  const files = (await mapConcurrent(posts, WRITE_CONCURRENCY, (post) => filesOf(post, readAsset))).flat();
  if (root === null) {
    return files.map((file) =>
      file.data === null
        ? { path: file.path, title: file.title, state: 'refused', reason: file.unreadable ?? 'could not be read' }
        : { path: file.path, title: file.title, state: 'new' },
    );
  }
  const manifest = await readManifest(root);
  const scope = inspectionScope(root, manifest.files);
  const inspections = await mapConcurrent(files, WRITE_CONCURRENCY, (file) => inspect(scope, file));
  return inspections.map((i) => ({ path: i.file.path, title: i.file.title, state: i.state, ...(i.reason ? { reason: i.reason } : {}) }));
}

function besidePath(target: string, hash: string): string {
  const ext = path.extname(target);
  return `${target.slice(0, target.length - ext.length)}-${stableShortId(hash)}${ext}`;
}

/**
 * Writes posts into `folder` atomically. Unchanged posts are left untouched;
 * a post changed outside Plenary since Plenary last wrote it is reported as a
 * conflict and not written unless a resolution says overwrite, keep (skip),
 * or beside (`<name>-<shortid>.md` next to it).
 *
 * Given a stream, each post is built as a write slot frees, so building the
 * next posts overlaps the disk's work on the last ones. If building a post
 * fails, the posts already written stay written and are recorded in the
 * manifest (so the next export knows them as Plenary's own), then the error
 * is thrown.
 */
export async function writeExport(
  folder: string,
  posts: readonly Post[] | PostStream,
  options: WriteOptions = {},
): Promise<{ files: FileOutcome[]; summary: ExportSummary }> {
  const stream: PostStream = 'total' in posts ? posts : { total: posts.length, posts };
  const root = await exportRoot(folder);
  const manifest = await readManifest(root);
  const before = JSON.stringify(manifest.files);
  const scope = inspectionScope(root, manifest.files);
  let done = 0;
  // Folders that received a file: each is flushed once when every post is in place, not once per post.
  const touchedFolders = new Set<string>();
  let files: FileOutcome[];
  try {
    const perPost = await mapConcurrent(stream.posts, WRITE_CONCURRENCY, async (post): Promise<FileOutcome[]> => {
      const outcomes: FileOutcome[] = [];
      // The post, then the images it shows.
      for (const file of await filesOf(post, options.readAsset)) {
        const item = await inspect(scope, file);
        // A file whose path collides with another's (a file where a folder must be) is skipped with a reason; the rest are written.
        const outcome = await settle(root, item, manifest.files, options, touchedFolders).catch((error: unknown): FileOutcome => {
          if (error instanceof PathCollision) return { path: item.file.path, outcome: 'skipped', reason: error.message };
          throw error;
        });
        outcomes.push(outcome);
      }
      options.onProgress?.(++done, stream.total, post.path);
      return outcomes;
    });
    files = perPost.flat();
  } finally {
    await mapConcurrent(touchedFolders, WRITE_CONCURRENCY, syncFolder);
    if (JSON.stringify(manifest.files) !== before) await writeManifest(root, manifest);
  }
  const summary: ExportSummary = { written: 0, unchanged: 0, conflict: 0, skipped: 0 };
  for (const file of files) summary[file.outcome]++;
  return { files, summary };
}

/** Errors that mean this post's path collides with a folder or a file of the same export, not that the disk failed. */
const pathCollisionCodes = new Set(['EISDIR', 'ENOTDIR', 'EEXIST']);

class PathCollision extends Error {}

async function writeFileAt(target: string, data: Buffer, touchedFolders: Set<string>): Promise<void> {
  try {
    const folder = path.dirname(target);
    if (!touchedFolders.has(folder)) await mkdir(folder, { recursive: true });
    await atomicWrite(target, data, { syncFolder: false });
    touchedFolders.add(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code && pathCollisionCodes.has(code)) {
      throw new PathCollision('its name is taken by a folder, or one of its folders is a file; rename the post or the other file');
    }
    throw error;
  }
}

async function settle(
  root: string,
  item: Inspection,
  files: Record<string, string>,
  options: WriteOptions,
  touchedFolders: Set<string>,
): Promise<FileOutcome> {
  const { file: post, target, hash, data } = item;
  if (target === null) return { path: post.path, outcome: 'skipped', reason: item.reason ?? 'refused' };
  switch (item.state) {
    case 'unchanged':
      files[post.path] = hash;
      return { path: post.path, outcome: 'unchanged' };
    case 'new':
    case 'update':
      await writeFileAt(target, data, touchedFolders);
      files[post.path] = hash;
      return { path: post.path, outcome: 'written' };
    case 'conflict': {
      const resolution = options.resolutions?.[post.path] ?? options.defaultResolution;
      if (resolution === undefined) return { path: post.path, outcome: 'conflict', reason: 'changed outside Plenary since the last export' };
      if (resolution === 'keep') return { path: post.path, outcome: 'skipped', reason: 'kept the file as changed outside Plenary' };
      if (resolution === 'overwrite') {
        await writeFileAt(target, data, touchedFolders);
        files[post.path] = hash;
        return { path: post.path, outcome: 'written' };
      }
      const beside = besidePath(target, hash);
      const writtenPath = path.relative(root, beside).split(path.sep).join('/');
      const current = await readIfExists(beside);
      if (current !== null && sha256(current) === hash) return { path: post.path, outcome: 'unchanged', writtenPath };
      await writeFileAt(beside, data, touchedFolders);
      files[writtenPath] = hash;
      return { path: post.path, outcome: 'written', writtenPath };
    }
    case 'refused':
      return { path: post.path, outcome: 'skipped', reason: item.reason ?? 'refused' };
  }
}
