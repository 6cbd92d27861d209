import { join } from 'node:path';
import { z } from 'zod';
import type { ArchiveKind } from '../../../core/model/archiveRecord';

/** Names Windows keeps for devices, whatever the case or extension: `nul.json` is the null device, not a file. */
const WINDOWS_DEVICE_NAMES = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * Ids become file names, so they have one form: 1 to 64 lower-case letters,
 * digits, "-" or "_" (what Plenary makes: UUIDs, `builtin-talk`). No dots,
 * slashes, colons or spaces can make a path leave the archive folder; lower
 * case only, so no two ids name one file on a folder that ignores case
 * (macOS, Windows); and no Windows device name.
 */
export const archiveIdSchema = z
  .string()
  .regex(/^[a-z0-9_-]{1,64}$/, 'An archive id is 1 to 64 lower-case letters, digits, "-" or "_".')
  .refine((id) => !WINDOWS_DEVICE_NAMES.test(id), 'An archive id may not be a name Windows keeps for a device (CON, NUL, AUX, PRN, COM1, LPT1, …).');

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
