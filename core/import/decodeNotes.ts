/**
 * How the bytes of a notes file became text: UTF-8 (with or without a BOM),
 * UTF-16 with its BOM, or, when nothing in the file is UTF-8, Latin-1
 * (Windows-1252, what older editors on Windows wrote).
 */
export type NotesEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin-1';

export interface DecodedNotes {
  text: string;
  encoding: NotesEncoding;
  /** Line numbers (1-based) holding bytes that are not UTF-8, shown as "�" in the text. */
  badLines: number[];
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

/** Lines (1-based) whose bytes are not valid UTF-8. */
function linesNotUtf8(bytes: Uint8Array): number[] {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const bad: number[] = [];
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      strict.decode(bytes.subarray(start, i));
    } catch {
      bad.push(line);
    }
    line++;
    start = i + 1;
  }
  return bad;
}

/** Whether the bytes hold at least one well-formed multi-byte UTF-8 character. */
function hasUtf8Characters(text: string): boolean {
  return /[\u0080-\uFFFC\uFFFE\uFFFF]|[\uD800-\uDBFF]/.test(text);
}

/**
 * Decodes the bytes of a notes file. A BOM decides (UTF-8, UTF-16 LE or BE);
 * otherwise valid UTF-8 is UTF-8. A file that is UTF-8 but for a few bytes
 * (a last character cut in half, a pasted Latin-1 word) stays UTF-8, with
 * those bytes shown as "�" and their lines listed, so nothing else in the
 * file changes; only a file with no UTF-8 character at all is read as
 * Latin-1. Returns null for bytes that are not text.
 */
export function decodeNotes(bytes: Uint8Array): DecodedNotes | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', badLines: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', badLines: [] };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8', badLines: [] };
  } catch {
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    if (body !== bytes || hasUtf8Characters(lenient)) return { text: lenient, encoding: 'utf-8', badLines: linesNotUtf8(body) };
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'latin-1', badLines: [] };
  }
}

/** The warning a decoded file gets in its import preview, if any. */
export function decodingWarning(name: string, decoded: DecodedNotes): string | null {
  if (decoded.encoding === 'latin-1') return `${name} is not UTF-8; it was read as Latin-1. Check accented letters in the preview.`;
  if (decoded.badLines.length === 0) return null;
  const shown = decoded.badLines.slice(0, 10).join(', ');
  const more = decoded.badLines.length > 10 ? ` and ${decoded.badLines.length - 10} more` : '';
  const lines = decoded.badLines.length === 1 ? `line ${shown}` : `lines ${shown}${more}`;
  return `${name} has bytes that are not UTF-8 on ${lines}; they are shown as “�”. Check those lines in the preview, or save the file as UTF-8 and import it again.`;
}
