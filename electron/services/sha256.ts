import { createHash } from 'node:crypto';

/** The sha256 of some bytes (or of a string's UTF-8), as lowercase hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
