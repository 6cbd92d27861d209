import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { atomicWrite } from '../archive/atomicWrite';

/**
 * `.plenary-export.json` in the export folder: for each file Plenary wrote
 * (relative POSIX path), the sha256 of what it wrote. A file whose content
 * no longer has that hash was changed outside Plenary.
 */
export const MANIFEST_NAME = '.plenary-export.json';

const manifestSchema = z.object({
  format: z.literal(1),
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** The manifest of a folder; an absent or unreadable one counts as empty (every existing file is then the user's). */
export async function readManifest(folder: string): Promise<Manifest> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path.join(folder, MANIFEST_NAME), 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Missing or not JSON: start afresh.
  }
  return { format: 1, files: {} };
}

export async function writeManifest(folder: string, manifest: Manifest): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : 1)));
  await atomicWrite(path.join(folder, MANIFEST_NAME), `${JSON.stringify({ format: 1, files: sorted }, null, 2)}\n`);
}
