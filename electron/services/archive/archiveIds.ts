import { join } from 'node:path';
import { z } from 'zod';
import type { ArchiveKind } from '../../../core/model/archiveRecord';

/**
 * Ids become file names, so they are held to a strict alphabet: no dots,
 * slashes, colons or spaces can ever make a path leave the archive folder or
 * name something other than a record file.
 */
export const archiveIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'An archive id is 1 to 64 letters, digits, "-" or "_".');

export const kindFolders: Record<ArchiveKind, string> = {
  conference: 'conferences',
  session: 'sessions',
  template: 'templates',
};

export function isArchiveId(value: string): boolean {
  return archiveIdSchema.safeParse(value).success;
}

/** The record's file, relative to the archive folder, with forward slashes: "sessions/<id>.json". */
export function recordFileName(kind: ArchiveKind, id: string): string {
  return `${kindFolders[kind]}/${id}.json`;
}

/** The record's file under `archiveDir`. The id must already have passed `archiveIdSchema`. */
export function recordFilePath(archiveDir: string, kind: ArchiveKind, id: string): string {
  return join(archiveDir, kindFolders[kind], `${id}.json`);
}

/** The id a file name stands for, or null when the name is not `<valid id>.json`. */
export function idFromFileName(name: string): string | null {
  if (!name.endsWith('.json')) return null;
  const id = name.slice(0, -'.json'.length);
  return isArchiveId(id) ? id : null;
}
