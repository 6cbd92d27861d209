/** A highlighted run of a snippet: [start, end) in UTF-16 code units. */
export type Range = [start: number, end: number];

export interface Snippet {
  text: string;
  highlights: Range[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** How search folds a word: lower case, accents removed ("Café" → "cafe"). */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text as search sees them. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Marks every word of `text` whose folded form is one of `terms` (the index
 * terms a result matched), and cuts a window of about `width` characters
 * around the first mark, with "…" where text was cut.
 */
export function highlight(text: string, terms: ReadonlySet<string>, width = 160): Snippet {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges: Range[] = [];
  for (const match of flat.matchAll(WORD)) {
    const start = match.index ?? 0;
    if (terms.has(foldTerm(match[0]))) ranges.push([start, start + match[0].length]);
  }
  if (flat.length <= width) return { text: flat, highlights: ranges };
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(width / 3));
  // Start at a word boundary.
  if (from > 0) {
    const space = flat.indexOf(' ', from);
    from = space >= 0 && space < first ? space + 1 : from;
  }
  let to = Math.min(flat.length, from + width);
  if (to < flat.length) {
    const space = flat.lastIndexOf(' ', to);
    if (space > from + width / 2) to = space;
  }
  const prefix = from > 0 ? '…' : '';
  const suffix = to < flat.length ? '…' : '';
  const shift = prefix.length - from;
  return {
    text: prefix + flat.slice(from, to) + suffix,
    highlights: ranges.filter(([start, end]) => start >= from && end <= to).map(([start, end]) => [start + shift, end + shift]),
  };
}
