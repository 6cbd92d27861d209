import { parse } from 'yaml';

export interface FrontMatter {
  /** The parsed mapping; empty when the file has none. */
  data: Record<string, unknown>;
  /** Lines the front matter took, fences included (0 when there is none). */
  lineCount: number;
}

/**
 * Reads a YAML front-matter block (`---` … `---` or `...`) at the top of a
 * file. A block that is not valid YAML, or not a mapping, is an error: the
 * file is refused rather than imported with its metadata lost.
 */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  if ((lines[0] ?? '').trim() !== '---') return { data: {}, lineCount: 0 };
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '---' || line === '...') {
      end = i;
      break;
    }
  }
  if (end < 0) return { data: {}, lineCount: 0 };
  const source = lines.slice(1, end).join('\n');
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`its front matter is not valid YAML (${detail})`, { cause: error });
  }
  if (data === null || data === undefined) return { data: {}, lineCount: end + 1 };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error('its front matter is not a list of "key: value" lines');
  }
  return { data: data as Record<string, unknown>, lineCount: end + 1 };
}

/** A front-matter field as a trimmed string, or null. */
export function stringField(data: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
  }
  return null;
}

/** A front-matter field as a list of strings: `[a, b]`, `- a`, or `"a, b"`. */
export function listField(data: Record<string, unknown>, ...keys: string[]): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const value = data[key];
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
    for (const item of items) {
      if (typeof item !== 'string' && typeof item !== 'number') continue;
      const text = String(item).trim();
      if (text && !out.includes(text)) out.push(text);
    }
  }
  return out;
}
