import path from 'node:path';
import type { ExportOptions } from '../../../core/export/options';
import type { ExportSummary, FileOutcome, PlannedFile } from '../../../core/export/outcomes';
import { buildPosts, streamPosts, type ExportInput } from '../../../core/export/posts';
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
): Promise<{ folder: string; files: PlannedFile[]; problems: ArchiveProblem[] }> {
  const { input, problems } = await loadExportInput(store);
  const root = path.resolve(folder);
  const assets = new AssetStore(store.dir);
  return { folder: root, files: await planExport(root, buildPosts(input, options), (asset) => assets.read(asset)), problems };
}

export async function writeArchiveExport(
  store: ArchiveStore,
  folder: string,
  options: ExportOptions,
  writeOptions: WriteOptions = {},
): Promise<{ folder: string; files: FileOutcome[]; summary: ExportSummary; problems: ArchiveProblem[] }> {
  const { input, problems } = await loadExportInput(store);
  const root = path.resolve(folder);
  // Images come from the same archive folder: a post's pictures are copied beside it (core/export/paths.ts).
  const assets = new AssetStore(store.dir);
  const { files, summary } = await writeExport(root, streamPosts(input, options), { readAsset: (asset) => assets.read(asset), ...writeOptions });
  return { folder: root, files, summary, problems };
}
