import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { PathGrants } from '../pathGrants';

const NOTES_FILE = /\.(?:md|markdown|txt)$/i;

/**
 * A token for a notes file the user picked or dropped on the window, whose
 * path the preload read from the File: only an absolute path to an existing
 * regular .md, .markdown or .txt file gets one, so even a forged request
 * could name nothing but notes files.
 */
export async function grantNotesFile(grants: PathGrants, candidate: unknown): Promise<string | null> {
  if (typeof candidate !== 'string' || candidate.length > 4096 || candidate.includes('\0') || !path.isAbsolute(candidate)) return null;
  if (!NOTES_FILE.test(candidate)) return null;
  const info = await stat(candidate).catch(() => null);
  if (!info?.isFile()) return null;
  return grants.grantFile(candidate);
}
