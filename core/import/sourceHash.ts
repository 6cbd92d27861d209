import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** The text of a section as it is hashed: line ends, trailing spaces and blank runs do not count. */
export function normaliseSection(lines: readonly string[]): string {
  return lines
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * SHA-256 of a text, as lowercase hex. Synchronous (@noble/hashes), so
 * planning a thousand files does not wait a thousand times on Web Crypto's
 * thread pool; the same value in Node, Electron and the renderer.
 */
export function sourceHash(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
