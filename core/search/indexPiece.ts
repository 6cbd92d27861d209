import { tokenize } from './highlight';
import type { SessionSource, SessionSummary } from './sessionSource';
import { FIELD_COUNT, TEXT_FIELD, processTerm, type TermDictionary } from './terms';

/**
 * A piece of the index as it is kept and saved: the sessions of one year, an
 * entry per session (its title, speakers, tags, conference) and per line of
 * notes, and the postings of every word in flat typed arrays — a few bytes a
 * posting, where a map per word and field costs a hundred.
 */
export interface PieceData {
  key: string;
  sessions: SessionSummary[];
  /** The piece's words, sorted; postings are kept in this order. */
  terms: string[];
  /** Per entry: the session (index into `sessions`), the line (-1 for the session's own entry), its stamp (NaN for none), its text. */
  entrySession: Uint32Array;
  entryBlock: Int32Array;
  entryStamp: Float64Array;
  entryText: string[];
  /** Words in each field of each entry (entry × FIELD_COUNT), for BM25. */
  fieldLength: Uint16Array;
  /** Postings of term i are [postStart[i], postStart[i + 1]): entry, field and count of the word there. */
  postStart: Uint32Array;
  postEntry: Uint32Array;
  postField: Uint8Array;
  postFreq: Uint8Array;
}

/** Builds a piece from its sessions' sources. */
export function buildPieceData(key: string, sources: readonly SessionSource[]): PieceData {
  const postings = new Map<string, number[]>();
  const entrySession: number[] = [];
  const entryBlock: number[] = [];
  const entryStamp: number[] = [];
  const entryText: string[] = [];
  const fieldLength: number[] = [];
  const addField = (entry: number, field: number, value: string) => {
    const tokens = tokenize(value);
    // As MiniSearch counts a field's length for BM25: its distinct words as written.
    fieldLength[entry * FIELD_COUNT + field] = Math.min(new Set(tokens).size, 0xffff);
    const counts = new Map<string, number>();
    for (const token of tokens) {
      const term = processTerm(token);
      if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    for (const [term, count] of counts) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(entry, field, Math.min(count, 255));
    }
  };
  sources.forEach((source, ordinal) => {
    const { summary } = source;
    let entry = entrySession.length;
    entrySession.push(ordinal);
    entryBlock.push(-1);
    entryStamp.push(NaN);
    entryText.push('');
    for (let field = 0; field < FIELD_COUNT; field++) fieldLength[entry * FIELD_COUNT + field] = 0;
    addField(entry, 0, summary.title);
    addField(entry, 1, summary.speakers.join(' '));
    addField(entry, 2, summary.tags.join(' '));
    addField(entry, 3, summary.conferenceName);
    for (const line of source.lines) {
      entry = entrySession.length;
      entrySession.push(ordinal);
      entryBlock.push(line.blockIndex);
      entryStamp.push(line.stamp ?? NaN);
      entryText.push(line.text);
      for (let field = 0; field < FIELD_COUNT; field++) fieldLength[entry * FIELD_COUNT + field] = 0;
      addField(entry, TEXT_FIELD, line.text);
    }
  });
  const terms = [...postings.keys()].sort();
  let total = 0;
  for (const term of terms) total += (postings.get(term) ?? []).length / 3;
  const postStart = new Uint32Array(terms.length + 1);
  const postEntry = new Uint32Array(total);
  const postField = new Uint8Array(total);
  const postFreq = new Uint8Array(total);
  let at = 0;
  terms.forEach((term, index) => {
    postStart[index] = at;
    const list = postings.get(term) ?? [];
    for (let i = 0; i < list.length; i += 3) {
      postEntry[at] = list[i] ?? 0;
      postField[at] = list[i + 1] ?? 0;
      postFreq[at] = list[i + 2] ?? 0;
      at++;
    }
  });
  postStart[terms.length] = at;
  return {
    key,
    sessions: sources.map((source) => source.summary),
    terms,
    entrySession: Uint32Array.from(entrySession),
    entryBlock: Int32Array.from(entryBlock),
    entryStamp: Float64Array.from(entryStamp),
    entryText,
    fieldLength: Uint16Array.from(fieldLength),
    postStart,
    postEntry,
    postField,
    postFreq,
  };
}

/**
 * A piece ready to search: its words numbered in the archive's dictionary,
 * and a mark for each session that is no longer current here (removed, or
 * indexed again elsewhere since the piece was built).
 */
export class IndexPiece {
  /** The piece's term positions ordered by dictionary number, for a binary search. */
  private readonly byGlobal: Uint32Array;
  private readonly globalSorted: Uint32Array;
  private readonly dead: Uint8Array;
  private deadCount = 0;
  private readonly sessionEntries: Uint32Array;
  /** Entries of the sessions still current here: the documents BM25 counts. */
  liveEntryCount: number;
  /** Per field: the words in it over all entries, and how many entries have it. */
  readonly fieldTotals: Float64Array;
  readonly fieldEntries: Float64Array;
  readonly sessionOrdinal: Map<string, number>;

  constructor(
    readonly data: PieceData,
    dictionary: TermDictionary,
  ) {
    const ids = data.terms.map((term) => dictionary.idOf(term));
    const order = Uint32Array.from(ids.keys()).sort((a, b) => (ids[a] ?? 0) - (ids[b] ?? 0));
    this.byGlobal = order;
    this.globalSorted = Uint32Array.from(order, (index) => ids[index] ?? 0);
    this.dead = new Uint8Array(data.sessions.length);
    this.sessionOrdinal = new Map(data.sessions.map((summary, ordinal) => [summary.id, ordinal]));
    this.fieldTotals = new Float64Array(FIELD_COUNT);
    this.fieldEntries = new Float64Array(FIELD_COUNT);
    const entries = data.entrySession.length;
    this.sessionEntries = new Uint32Array(data.sessions.length);
    for (let entry = 0; entry < entries; entry++) {
      const ordinal = data.entrySession[entry] ?? 0;
      this.sessionEntries[ordinal] = (this.sessionEntries[ordinal] ?? 0) + 1;
      const isLine = (data.entryBlock[entry] ?? -1) >= 0;
      for (let field = 0; field < FIELD_COUNT; field++) {
        if (isLine !== (field === TEXT_FIELD)) continue;
        this.fieldTotals[field] = (this.fieldTotals[field] ?? 0) + (data.fieldLength[entry * FIELD_COUNT + field] ?? 0);
        this.fieldEntries[field] = (this.fieldEntries[field] ?? 0) + 1;
      }
    }
    this.liveEntryCount = entries;
  }

  get key(): string {
    return this.data.key;
  }

  get entryCount(): number {
    return this.data.entrySession.length;
  }

  get hasRetired(): boolean {
    return this.deadCount > 0;
  }

  get liveSessionCount(): number {
    return this.data.sessions.length - this.deadCount;
  }

  /** Marks a session as no longer current in this piece; returns whether it was here. */
  retire(sessionId: string): boolean {
    const ordinal = this.sessionOrdinal.get(sessionId);
    if (ordinal === undefined || this.dead[ordinal]) return false;
    this.dead[ordinal] = 1;
    this.deadCount++;
    this.liveEntryCount -= this.sessionEntries[ordinal] ?? 0;
    return true;
  }

  isLive(entry: number): boolean {
    return this.dead[this.data.entrySession[entry] ?? 0] === 0;
  }

  isLiveSession(ordinal: number): boolean {
    return this.dead[ordinal] === 0;
  }

  /** The range of postings of a word, by its dictionary number, or null if the piece does not have it. */
  postings(termId: number): [start: number, end: number] | null {
    let low = 0;
    let high = this.globalSorted.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = this.globalSorted[middle] ?? 0;
      if (value < termId) low = middle + 1;
      else if (value > termId) high = middle - 1;
      else {
        const local = this.byGlobal[middle] ?? 0;
        return [this.data.postStart[local] ?? 0, this.data.postStart[local + 1] ?? 0];
      }
    }
    return null;
  }

  /** The sources of the sessions still current here, to build the piece again with changes. */
  liveSources(): SessionSource[] {
    const { data } = this;
    const sources: SessionSource[] = [];
    let current: SessionSource | null = null;
    for (let entry = 0; entry < data.entrySession.length; entry++) {
      const ordinal = data.entrySession[entry] ?? 0;
      if (!this.isLiveSession(ordinal)) continue;
      const block = data.entryBlock[entry] ?? -1;
      if (block < 0) {
        current = { summary: data.sessions[ordinal]!, lines: [] };
        sources.push(current);
      } else if (current) {
        const stamp = data.entryStamp[entry] ?? NaN;
        current.lines.push({ blockIndex: block, text: data.entryText[entry] ?? '', stamp: Number.isNaN(stamp) ? null : stamp });
      }
    }
    return sources;
  }
}
