import SearchableMap from 'minisearch/SearchableMap';
import { foldTerm } from './highlight';

/** The fields of an index entry: a session's own entry has the first four, a line of notes the last. */
export const FIELDS = ['title', 'speakers', 'tags', 'conference', 'text'] as const;
export type FieldName = (typeof FIELDS)[number];
export const FIELD_COUNT = FIELDS.length;
export const TEXT_FIELD = 4;
/** Title matches weigh most. */
export const BOOST: readonly number[] = [4, 3, 2, 1.5, 1];

// Words so common that matching them says nothing; left out of the index and of queries.
const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have he i if in into is it its of on or our she so that the their them then there these they this to was we were what when which who will with you your'.split(' '),
);

/** A word as the index keeps it: folded (lower case, accents removed), or null for a stop word. */
export function processTerm(term: string): string | null {
  const folded = foldTerm(term);
  return folded === '' || STOP_WORDS.has(folded) ? null : folded;
}

/**
 * Every word of every piece, once: pieces keep their postings by the number
 * given here, and a query finds the words it matches (exactly, by prefix or
 * with typos) once for all pieces, in MiniSearch's radix tree.
 */
export class TermDictionary {
  private readonly tree = new SearchableMap<number>();
  private next = 0;

  /** The number of a word, given it if new. */
  idOf(term: string): number {
    let id = this.tree.get(term);
    if (id === undefined) {
      id = this.next++;
      this.tree.set(term, id);
    }
    return id;
  }

  find(term: string): number | undefined {
    return this.tree.get(term);
  }

  /** Words that start with `prefix`, with their numbers. */
  withPrefix(prefix: string): Iterable<[string, number]> {
    return this.tree.atPrefix(prefix).entries();
  }

  /** Words within `distance` edits of `term`: word → [number, distance]. */
  near(term: string, distance: number): Map<string, [number, number]> {
    return this.tree.fuzzyGet(term, distance);
  }

  get size(): number {
    return this.next;
  }
}
