import path from 'node:path';
import type { ExportOptions } from '../../../core/export/options';
import type { ExportSummary, FileOutcome, PlannedFile } from '../../../core/export/outcomes';
import { streamPosts, type ExportInput, type SkippedSession } from '../../../core/export/posts';
import type { PostPreview } from '../../../core/ipc/channels/export';
import type { ArchiveProblem } from '../../../core/model/archiveRecord';
import type { Conference } from '../../../core/model/conference';
import type { SessionRecord } from '../../../core/model/session';
import type { ArchiveStore } from '../archive/archiveStore';
import { AssetStore } from '../assets/assetStore';
import { planExport, writeExport, type WriteOptions } from './writer';

/** Conferences and sessions of the disk archive, as the post builder takes them. */
export async function loadExportInput(store: ArchiveStore): Promise<{ input: ExportInput; problems: ArchiveProblem[] }> {
  const { records, problems } = await store.readAll();
  const conferences: Conference[] = [];
  const sessions: SessionRecord[] = [];
  for (const record of records) {
    if (record.kind === 'conference') conferences.push(record.conference);
    else if (record.kind === 'session') sessions.push(record.record);
  }
  return { input: { conferences, sessions }, problems };
}

/** The plan of exporting the archive into `folder`: the one code path of the dialog and the command line. */
export async function planArchiveExport(
  store: ArchiveStore,
  folder: string,
  options: ExportOptions,
): Promise<{ folder: string; files: PlannedFile[]; problems: ArchiveProblem[]; preview: PostPreview | null; skipped: SkippedSession[] }> {
  const { input, problems } = await loadExportInput(store);
  const root = path.resolve(folder);
  const assets = new AssetStore(store.dir);
  const stream = streamPosts(input, options);
  const posts = [...stream.posts];
  const first = posts[0];
  const preview = first ? { path: first.path, content: first.content } : null;
  return { folder: root, files: await planExport(root, posts, (asset) => assets.read(asset)), problems, preview, skipped: stream.skipped };
}

export async function writeArchiveExport(
  store: ArchiveStore,
  folder: string,
  options: ExportOptions,
  writeOptions: WriteOptions = {},
): Promise<{ folder: string; files: FileOutcome[]; summary: ExportSummary; problems: ArchiveProblem[]; skipped: SkippedSession[] }> {
  const { input, problems } = await loadExportInput(store);
  const root = path.resolve(folder);
  // Images come from the same archive folder: a post's pictures are copied beside it (core/export/paths.ts).
  const assets = new AssetStore(store.dir);
  const stream = streamPosts(input, options);
  const { files, summary } = await writeExport(root, stream, { readAsset: (asset) => assets.read(asset), ...writeOptions });
  return { folder: root, files, summary, problems, skipped: stream.skipped };
}
