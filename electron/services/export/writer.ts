import { lstat, mkdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { stableShortId } from '../../../core/export/slugs';
import type { ConflictResolution, ExportSummary, FileOutcome, PlannedFile, PlannedState } from '../../../core/export/outcomes';
import type { Post } from '../../../core/export/posts';
import { atomicWrite, syncFolder } from '../archive/atomicWrite';
import { mapConcurrent } from '../archive/mapConcurrent';
import { readManifest, sha256, writeManifest } from './manifest';

export interface WriteOptions {
  /** Per post path: what to do if the file was changed outside Plenary. */
  resolutions?: Readonly<Record<string, ConflictResolution>>;
  /** For conflicts without a resolution of their own; without it they are reported and left alone. */
  defaultResolution?: ConflictResolution;
  onProgress?: (done: number, total: number, path: string) => void;
}

const WRITE_CONCURRENCY = 32;

/**
 * The absolute path of a post inside `root` (a real path), or a reason to
 * refuse it: a path that is absolute, climbs out of the folder, names a
 * hidden file or folder (the manifest, .git), or runs through a symbolic
 * link that leads outside.
 */
async function resolveInside(root: string, relative: string): Promise<{ target: string } | { reason: string }> {
  if (relative.includes('\0') || path.isAbsolute(relative) || path.win32.isAbsolute(relative)) return { reason: 'not a relative path' };
  const target = path.resolve(root, relative);
  const fromRoot = path.relative(root, target);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return { reason: 'leaves the export folder' };
  // Hidden names (the manifest, .git, .github …) are never a post's, and never written.
  if (fromRoot.split(path.sep).some((segment) => segment.startsWith('.'))) return { reason: 'names a hidden file or folder' };
  // Every existing folder on the way must really be inside the root (no symlink out).
  let folder = path.dirname(target);
  while (folder.length >= root.length && folder !== root) {
    const info = await lstat(folder).catch(() => null);
    if (info) {
      const real = await realpath(folder);
      const fromRootReal = path.relative(root, real);
      if (fromRootReal.startsWith('..') || path.isAbsolute(fromRootReal)) return { reason: 'leads outside the export folder through a link' };
      break;
    }
    folder = path.dirname(folder);
  }
  const existing = await lstat(target).catch(() => null);
  if (existing?.isSymbolicLink()) return { reason: 'is a symbolic link' };
  if (existing && !existing.isFile()) return { reason: 'is not a file' };
  return { target };
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
  post: Post;
  target: string | null;
  reason?: string;
  state: PlannedState;
  hash: string;
  data: Buffer;
}

async function inspect(root: string, posts: readonly Post[], manifest: Record<string, string>): Promise<Inspection[]> {
  const seen = new Set<string>();
  return mapConcurrent(posts, WRITE_CONCURRENCY, async (post): Promise<Inspection> => {
    const data = Buffer.from(post.content, 'utf8');
    const hash = sha256(data);
    // Case-insensitive file systems (macOS, Windows) would put two such posts in one file.
    const key = post.path.toLowerCase();
    if (seen.has(key)) return { post, target: null, reason: 'another post has the same path', state: 'refused', hash, data };
    seen.add(key);
    const resolved = await resolveInside(root, post.path);
    if ('reason' in resolved) return { post, target: null, reason: resolved.reason, state: 'refused', hash, data };
    const current = await readIfExists(resolved.target);
    let state: PlannedState;
    if (current === null) state = 'new';
    else {
      const currentHash = sha256(current);
      if (currentHash === hash) state = 'unchanged';
      else if (manifest[post.path] === currentHash) state = 'update';
      else state = 'conflict';
    }
    return { post, target: resolved.target, state, hash, data };
  });
}

async function exportRoot(folder: string): Promise<string> {
  if (!path.isAbsolute(folder)) throw new Error(`The export folder must be an absolute path: ${folder}`);
  await mkdir(folder, { recursive: true });
  return realpath(folder);
}

/** What an export into `folder` would do, file by file, without touching anything. */
export async function planExport(folder: string, posts: readonly Post[]): Promise<PlannedFile[]> {
  if (!path.isAbsolute(folder)) throw new Error(`The export folder must be an absolute path: ${folder}`);
  const root = await realpath(folder).catch(() => null);
  if (root === null) return posts.map((post) => ({ path: post.path, title: post.title, state: 'new' }));
  const manifest = await readManifest(root);
  const inspections = await inspect(root, posts, manifest.files);
  return inspections.map((i) => ({ path: i.post.path, title: i.post.title, state: i.state, ...(i.reason ? { reason: i.reason } : {}) }));
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
 */
export async function writeExport(
  folder: string,
  posts: readonly Post[],
  options: WriteOptions = {},
): Promise<{ files: FileOutcome[]; summary: ExportSummary }> {
  const root = await exportRoot(folder);
  const manifest = await readManifest(root);
  const before = JSON.stringify(manifest.files);
  const inspections = await inspect(root, posts, manifest.files);
  let done = 0;
  // Folders that received a file: each is flushed once when every post is in place, not once per post.
  const touchedFolders = new Set<string>();
  const files = await mapConcurrent(inspections, WRITE_CONCURRENCY, async (item): Promise<FileOutcome> => {
    // A post whose path collides with another's (a file where a folder must be) is skipped with a reason; the rest are written.
    const outcome = await settle(root, item, manifest.files, options, touchedFolders).catch((error: unknown): FileOutcome => {
      if (error instanceof PathCollision) return { path: item.post.path, outcome: 'skipped', reason: error.message };
      throw error;
    });
    options.onProgress?.(++done, inspections.length, item.post.path);
    return outcome;
  });
  await mapConcurrent([...touchedFolders], WRITE_CONCURRENCY, syncFolder);
  if (JSON.stringify(manifest.files) !== before) await writeManifest(root, manifest);
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
  const { post, target, hash, data } = item;
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
