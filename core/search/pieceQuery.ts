import type { IndexPiece } from './indexPiece';
import { BOOST, FIELD_COUNT, TEXT_FIELD, processTerm, type TermDictionary } from './terms';

/** One matched entry while a query runs: its score so far, the query words it matched and the index words they matched as. */
export interface Match {
  slot: number;
  entry: number;
  score: number;
  queryTerms: Set<string>;
  indexTerms: Set<string>;
}

/** Matches by entry; an entry's key is its piece's slot and its number in the piece. */
export type Matches = Map<number, Match>;

const SLOT = 2 ** 24;
const META_FIELDS = [0, 1, 2, 3];
const ALL_FIELDS = [0, 1, 2, 3, TEXT_FIELD];
// MiniSearch's defaults, so results rank as they did with one MiniSearch index of the whole archive.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

interface TermSpec {
  prefix: boolean;
  fuzzy: number | false;
  maxFuzzy: number;
  fields: number[];
}

/**
 * How a query runs over the loaded pieces: the statistics BM25 needs are
 * taken over all of them together (documents, average field lengths, how
 * many entries hold a word), so a result scores as it would in one index of
 * everything loaded, whichever piece it is in.
 */
export class PieceQuery {
  private readonly documentCount: number;
  private readonly averageLength: number[];

  constructor(
    private readonly pieces: readonly IndexPiece[],
    private readonly dictionary: TermDictionary,
  ) {
    let documents = 0;
    const totals = new Array<number>(FIELD_COUNT).fill(0);
    const entries = new Array<number>(FIELD_COUNT).fill(0);
    for (const piece of pieces) {
      documents += piece.liveEntryCount;
      for (let field = 0; field < FIELD_COUNT; field++) {
        totals[field] = (totals[field] ?? 0) + (piece.fieldTotals[field] ?? 0);
        entries[field] = (entries[field] ?? 0) + (piece.fieldEntries[field] ?? 0);
      }
    }
    this.documentCount = documents;
    this.averageLength = totals.map((total, field) => (entries[field] ? total / (entries[field] ?? 1) : 0));
  }

  piece(slot: number): IndexPiece | undefined {
    return this.pieces[slot];
  }

  /**
   * Every word must match (or any word, with `all` false); the word being
   * typed (the last) matches as a prefix — on titles, speakers, tags and
   * conferences from two letters, on note text from four (a shorter prefix
   * of a note word expands to thousands of words and is rarely what the user
   * means yet) — and words of five letters or more (six for the word being
   * typed) also match with a typo or two.
   */
  run(terms: readonly string[], all: boolean): Matches {
    const perTerm = terms.map((term, index) => this.termMatches(term, index === terms.length - 1));
    return combine(perTerm, all);
  }

  private termMatches(term: string, last: boolean): Matches {
    // The word still being typed is usually incomplete, not misspelt: forgive typos in it from six letters.
    const fuzzy = term.length >= (last ? 6 : 5) ? 0.2 : false;
    if (last && term.length < 4) {
      // The prefix in titles, speakers, tags and conferences; the exact word in notes.
      return combine(
        [
          this.specMatches(term, { prefix: term.length >= 2, fuzzy, maxFuzzy: 6, fields: META_FIELDS }),
          this.specMatches(term, { prefix: false, fuzzy, maxFuzzy: 6, fields: [TEXT_FIELD] }),
        ],
        false,
      );
    }
    return this.specMatches(term, { prefix: last, fuzzy, maxFuzzy: 2, fields: ALL_FIELDS });
  }

  private specMatches(word: string, spec: TermSpec): Matches {
    const matches: Matches = new Map();
    const term = processTerm(word);
    if (!term) return matches;
    const exact = this.dictionary.find(term);
    if (exact !== undefined) this.score(term, term, exact, 1, spec.fields, matches);
    let near: Map<string, [number, number]> | null = null;
    if (spec.fuzzy !== false) {
      const distance = Math.min(spec.maxFuzzy, Math.round(term.length * spec.fuzzy));
      if (distance) near = this.dictionary.near(term, distance);
    }
    if (spec.prefix) {
      for (const [found, id] of this.dictionary.withPrefix(term)) {
        const distance = found.length - term.length;
        if (!distance) continue;
        near?.delete(found);
        this.score(term, found, id, (PREFIX_WEIGHT * found.length) / (found.length + 0.3 * distance), spec.fields, matches);
      }
    }
    if (near) {
      for (const [found, [id, distance]] of near) {
        if (!distance) continue;
        this.score(term, found, id, (FUZZY_WEIGHT * found.length) / (found.length + distance), spec.fields, matches);
      }
    }
    return matches;
  }

  /** Adds BM25 scores of one index word, in each of `fields`, to the matches. */
  private score(queryTerm: string, indexTerm: string, termId: number, weight: number, fields: readonly number[], matches: Matches): void {
    const ranges: Array<[slot: number, start: number, end: number]> = [];
    const counts = new Array<number>(FIELD_COUNT).fill(0);
    const wanted = new Uint8Array(FIELD_COUNT);
    for (const field of fields) wanted[field] = 1;
    this.pieces.forEach((piece, slot) => {
      const range = piece.postings(termId);
      if (!range) return;
      ranges.push([slot, range[0], range[1]]);
      const { postField, postEntry } = piece.data;
      for (let at = range[0]; at < range[1]; at++) {
        const field = postField[at] ?? 0;
        if (wanted[field] && piece.isLive(postEntry[at] ?? 0)) counts[field] = (counts[field] ?? 0) + 1;
      }
    });
    const { k, b, d } = BM25;
    for (const [slot, start, end] of ranges) {
      const piece = this.pieces[slot]!;
      const { postField, postEntry, postFreq, fieldLength } = piece.data;
      for (let at = start; at < end; at++) {
        const field = postField[at] ?? 0;
        const entry = postEntry[at] ?? 0;
        if (!wanted[field] || !piece.isLive(entry)) continue;
        const matching = counts[field] ?? 1;
        const inverse = Math.log(1 + (this.documentCount - matching + 0.5) / (matching + 0.5));
        const frequency = postFreq[at] ?? 1;
        const length = fieldLength[entry * FIELD_COUNT + field] ?? 0;
        const average = this.averageLength[field] || 1;
        const raw = inverse * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / average)));
        const points = weight * (BOOST[field] ?? 1) * raw;
        const key = slot * SLOT + entry;
        const match = matches.get(key);
        if (match) {
          match.score += points;
          match.queryTerms.add(queryTerm);
          match.indexTerms.add(indexTerm);
        } else {
          matches.set(key, { slot, entry, score: points, queryTerms: new Set([queryTerm]), indexTerms: new Set([indexTerm]) });
        }
      }
    }
  }
}

/** MiniSearch's AND and OR: AND keeps entries every part matched, OR any; scores add up. */
function combine(parts: Matches[], all: boolean): Matches {
  if (parts.length === 0) return new Map();
  return parts.reduce((left, right) => {
    if (!all) {
      for (const [key, match] of right) {
        const existing = left.get(key);
        if (!existing) left.set(key, match);
        else merge(existing, match);
      }
      return left;
    }
    const both: Matches = new Map();
    for (const [key, match] of right) {
      const existing = left.get(key);
      if (!existing) continue;
      merge(existing, match);
      both.set(key, existing);
    }
    return both;
  });
}

function merge(into: Match, from: Match): void {
  into.score += from.score;
  for (const term of from.queryTerms) into.queryTerms.add(term);
  for (const term of from.indexTerms) into.indexTerms.add(term);
}
