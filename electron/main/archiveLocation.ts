import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** Where the archive folder the user chose in Settings is remembered, beside the app's other data. */
const FILE_NAME = 'archive-location.json';
const locationSchema = z.object({ archiveDir: z.string().min(1).max(4000) }).strict();

/** The archive folder chosen in Settings, or null (the default folder) when none was, or the note is unreadable. */
export function readArchiveLocation(userData: string): string | null {
  try {
    const parsed = locationSchema.safeParse(JSON.parse(readFileSync(path.join(userData, FILE_NAME), 'utf8')));
    return parsed.success && path.isAbsolute(parsed.data.archiveDir) ? parsed.data.archiveDir : null;
  } catch {
    return null;
  }
}

/** Remembers the chosen folder, written whole or not at all (temporary file, then rename). */
export async function saveArchiveLocation(userData: string, archiveDir: string): Promise<void> {
  await mkdir(userData, { recursive: true });
  const target = path.join(userData, FILE_NAME);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ archiveDir }, null, 2)}\n`, 'utf8');
  await rename(temporary, target);
}
