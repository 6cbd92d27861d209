import { open } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../../core/ipc/result';

/** Larger files are not notes; reading them would only stall the preview. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ReadText {
  name: string;
  text: string;
  /** 'latin-1' when the bytes were not valid UTF-8 and were read as Latin-1 (Windows-1252). */
  encoding: 'utf-8' | 'latin-1';
}

/** Binary when it holds NUL bytes, or when more than 1 in 10 bytes of its start are control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** Decodes a text file: UTF-8 (a BOM is dropped), or Latin-1 when the bytes are not UTF-8. */
export function decodeText(name: string, bytes: Uint8Array): ReadText {
  if (looksBinary(bytes)) {
    throw new UserFacingError('import-not-text', `${name} cannot be imported: it is not a text file. Plenary imports markdown (.md) and plain text (.txt) notes.`);
  }
  try {
    return { name, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { name, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'latin-1' };
  }
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
      code === 'ENOENT' ? 'the file does not exist' : code === 'EACCES' || code === 'EPERM' ? 'Plenary may not read it' : code === 'EISDIR' ? 'it is a folder' : `it could not be opened (${code ?? String(error)})`;
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
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserFacingError('import-unreadable', `${name} cannot be imported: it could not be read (${code ?? String(error)}).`);
  } finally {
    await handle.close();
  }
}
