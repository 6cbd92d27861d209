import { open } from 'node:fs/promises';
import path from 'node:path';
import { decodeNotes, decodingWarning } from '../../../core/import/decodeNotes';
import { UserFacingError } from '../../../core/ipc/result';

/** Larger files are not notes; reading them would only stall the preview. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ReadText {
  name: string;
  text: string;
  /** A sentence for the preview when the bytes were not plain UTF-8 (Latin-1, or lines with bad bytes). */
  warning: string | null;
}

/** Decodes a notes file (see core/import/decodeNotes.ts), refusing bytes that are not text. */
export function decodeText(name: string, bytes: Uint8Array): ReadText {
  const decoded = decodeNotes(bytes);
  if (!decoded) {
    throw new UserFacingError('import-not-text', `${name} cannot be imported: it is not a text file. Plenary imports markdown (.md) and plain text (.txt) notes.`);
  }
  return { name, text: decoded.text, warning: decodingWarning(name, decoded) };
}

/** Reads a file to import, refusing what is too large, not a file, or not text. */
export async function readImportFile(filePath: string): Promise<ReadText> {
  const name = path.basename(filePath);
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'the file does not exist' : code === 'EACCES' || code === 'EPERM' ? 'Plenary may not read it' : code === 'EISDIR' ? 'it is a folder' : 'it could not be opened; check that it is still there and readable, then choose it again';
    throw new UserFacingError('import-unreadable', `${name} cannot be imported: ${reason}.`);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new UserFacingError('import-unreadable', `${name} cannot be imported: it is a folder.`);
    if (stats.size > MAX_IMPORT_BYTES) {
      throw new UserFacingError('import-too-large', `${name} cannot be imported: it is ${(stats.size / 1024 / 1024).toFixed(1)} MB, and notes files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are not imported.`);
    }
    const bytes = await handle.readFile();
    return decodeText(name, bytes);
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError('import-unreadable', `${name} cannot be imported: it could not be read. Check that the disk is reachable, then choose the file again.`);
  } finally {
    await handle.close();
  }
}
