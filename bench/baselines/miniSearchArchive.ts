// The search engine before the index was kept in pieces: one MiniSearch index
// of the whole archive, serialised as one JSON text. Kept here, unchanged but
// for its name, as the baseline the archive benchmarks measure the current
// engine against in the same run (build, size, load, memory, search latency,
// the same top results).
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Conference } from '../../core/model/conference';
import type { SessionRecord } from '../../core/model/session';
import { documentLines } from '../../core/search/documentLines';
import { foldTerm, highlight, tokenize, type Snippet } from '../../core/search/highlight';

/** Narrows results; every field given must match. */
export interface SearchFilters {
  conferenceId?: string;
  year?: number;
  /** A speaker's name, case and accents ignored. */
  speaker?: string;
  tag?: string;
  /** Only sessions that still have unticked action items. */
  hasOpenActions?: boolean;
}

/** What search knows about a session, kept beside the index for filters and result titles. */
export interface SessionSummary {
  id: string;
  title: string;
  speakers: string[];
  tags: string[];
  conferenceId: string;
  conferenceName: string;
  year: number | null;
  openActions: number;
  /** Ids of the index entries of this session, so an update can drop them all. */
  entryIds: string[];
}

export interface SearchHit {
  sessionId: string;
  sessionTitle: string;
  conferenceId: string;
  conferenceName: string;
  speakers: string[];
  /** 'session' when the title, speakers, tags or conference matched; 'line' for a line of notes. */
  kind: 'session' | 'line';
  /** The matched line (see documentLines), null for a session match. */
  blockIndex: number | null;
  /** The matched line's stamp, if it has one. */
  stamp: number | null;
  snippet: Snippet;
  score: number;
}

interface Entry {
  id: string;
  sessionId: string;
  title?: string;
  speakers?: string;
  tags?: string;
  conference?: string;
  text?: string;
  blockIndex?: number;
  stamp?: number | null;
}

const META_FIELDS = ['title', 'speakers', 'tags', 'conference'];
const ALL_FIELDS = [...META_FIELDS, 'text'];
const BOOST = { title: 4, speakers: 3, tags: 2, conference: 1.5, text: 1 };
const MAX_HITS_PER_SESSION = 3;
const FORMAT = 1;

// Words so common that matching them says nothing; left out of the index and of queries.
const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have he i if in into is it its of on or our she so that the their them then there these they this to was we were what when which who will with you your'.split(' '),
);

const miniOptions = {
  idField: 'id',
  fields: ALL_FIELDS,
  storeFields: ['sessionId', 'text', 'blockIndex', 'stamp'],
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => {
    const folded = foldTerm(term);
    return STOP_WORDS.has(folded) ? null : folded;
  },
  searchOptions: { boost: BOOST },
  // Removed sessions are swept out in small batches between searches, never in one long pause.
  autoVacuum: { minDirtCount: 2000, minDirtFactor: 0.1, batchSize: 200, batchWait: 20 },
};

function fold(text: string): string {
  return foldTerm(text.trim());
}

function yearOf(record: SessionRecord, conference: Conference | undefined): number | null {
  if (conference) return Number(conference.startDate.slice(0, 4));
  const instant = record.session.actualStart ?? record.session.scheduledStart;
  return instant === undefined ? null : new Date(instant).getUTCFullYear();
}

/**
 * How a query typed into the search box is read: every word must match
 * (falling back to any word when none match them all); the word being typed
 * matches as a prefix — on titles, speakers, tags and conferences from two
 * letters, on note text from four (a shorter prefix of a note word expands
 * to thousands of words and is rarely what the user means yet) — and words
 * of five letters or more (six for the word being typed) also match with a
 * typo or two.
 */
function queryFor(terms: string[], all: boolean): Query {
  return {
    combineWith: all ? 'AND' : 'OR',
    queries: terms.map((term, index): Query => {
      const last = index === terms.length - 1;
      // The word still being typed is usually incomplete, not misspelt: forgive typos in it from six letters.
      const fuzzy = term.length >= (last ? 6 : 5) ? 0.2 : false;
      if (last && term.length < 4) {
        // The prefix in titles, speakers, tags and conferences; the exact word in notes.
        return {
          combineWith: 'OR',
          queries: [
            { prefix: term.length >= 2, fuzzy, fields: META_FIELDS, queries: [term] },
            { prefix: false, fuzzy, fields: ['text'], queries: [term] },
          ],
        };
      }
      return { prefix: last, fuzzy, maxFuzzy: 2, fields: ALL_FIELDS, queries: [term] };
    }),
  };
}

/**
 * Full-text search over the archive with MiniSearch: one entry per session
 * (title, speakers, tags, conference) and one per line of notes, ranked with
 * BM25 (title matches weigh most), filtered by conference, year, speaker, tag
 * and open action items, updated one session at a time and serialised so
 * start-up does not rebuild it.
 */
export class MiniSearchArchive {
  private constructor(
    private readonly mini: MiniSearch<Entry>,
    private readonly sessions: Map<string, SessionSummary>,
  ) {}

  static create(): MiniSearchArchive {
    return new MiniSearchArchive(new MiniSearch<Entry>(miniOptions), new Map());
  }

  /** Builds an index of every session (tombstones left out). */
  static fromRecords(records: readonly SessionRecord[], conferences: readonly Conference[]): MiniSearchArchive {
    const search = MiniSearchArchive.create();
    const byId = new Map(conferences.map((conference) => [conference.id, conference]));
    const entries: Entry[] = [];
    for (const record of records) {
      if (record.session.deleted) continue;
      entries.push(...search.summarise(record, byId.get(record.session.conferenceId)));
    }
    search.mini.addAll(entries);
    return search;
  }

  /** Reads an index written by `serialise`; throws if it is not one (then build it again). */
  static load(serialised: string): MiniSearchArchive {
    const data = JSON.parse(serialised) as { format?: unknown; index?: unknown; sessions?: unknown };
    if (data.format !== FORMAT || !Array.isArray(data.sessions) || typeof data.index !== 'object' || data.index === null) {
      throw new Error('The saved search index is from another version; it will be built again.');
    }
    const mini = MiniSearch.loadJS<Entry>(data.index as Parameters<typeof MiniSearch.loadJS>[0], miniOptions);
    const sessions = new Map((data.sessions as SessionSummary[]).map((summary) => [summary.id, summary]));
    return new MiniSearchArchive(mini, sessions);
  }

  serialise(): string {
    return JSON.stringify({ format: FORMAT, index: this.mini.toJSON(), sessions: [...this.sessions.values()] });
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  get entryCount(): number {
    return this.mini.documentCount;
  }

  /** Adds a session, or replaces what the index had of it (on every save). A tombstone removes it. */
  putSession(record: SessionRecord, conference?: Conference): void {
    this.removeSession(record.session.id);
    if (record.session.deleted) return;
    this.mini.addAll(this.summarise(record, conference));
  }

  removeSession(sessionId: string): void {
    const summary = this.sessions.get(sessionId);
    if (!summary) return;
    this.mini.discardAll(summary.entryIds);
    this.sessions.delete(sessionId);
  }

  /** Whether the index holds this session. */
  hasSession(sessionId: string): boolean {
    return this.sessions.has(sessionId);
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchHit[] {
    const terms = tokenize(query).map(foldTerm).filter(Boolean);
    if (terms.length === 0) return [];
    const filter = this.filterFor(filters);
    let results = this.mini.search(queryFor(terms, true), { filter });
    if (results.length === 0 && terms.length > 1) results = this.mini.search(queryFor(terms, false), { filter });
    const perSession = new Map<string, number>();
    const hits: SearchHit[] = [];
    for (const result of results) {
      if (hits.length >= limit) break;
      const hit = this.hitFor(result);
      if (!hit) continue;
      const count = perSession.get(hit.sessionId) ?? 0;
      if (count >= MAX_HITS_PER_SESSION) continue;
      perSession.set(hit.sessionId, count + 1);
      hits.push(hit);
    }
    return hits;
  }

  private filterFor(filters: SearchFilters): ((result: SearchResult) => boolean) | undefined {
    const speaker = filters.speaker ? fold(filters.speaker) : null;
    const tag = filters.tag ? fold(filters.tag) : null;
    if (!filters.conferenceId && filters.year === undefined && !speaker && !tag && filters.hasOpenActions === undefined) return undefined;
    return (result) => {
      const summary = this.sessions.get(result.sessionId as string);
      if (!summary) return false;
      if (filters.conferenceId && summary.conferenceId !== filters.conferenceId) return false;
      if (filters.year !== undefined && summary.year !== filters.year) return false;
      if (speaker && !summary.speakers.some((name) => fold(name) === speaker)) return false;
      if (tag && !summary.tags.some((name) => fold(name) === tag)) return false;
      if (filters.hasOpenActions !== undefined && summary.openActions > 0 !== filters.hasOpenActions) return false;
      return true;
    };
  }

  private hitFor(result: SearchResult): SearchHit | null {
    const summary = this.sessions.get(result.sessionId as string);
    if (!summary) return null;
    const terms = new Set(result.terms);
    const isLine = typeof result.blockIndex === 'number';
    const snippetSource = isLine
      ? String(result.text ?? '')
      : [summary.title, summary.speakers.join(', '), summary.tags.map((tag) => `#${tag}`).join(' '), summary.conferenceName].filter(Boolean).join(' · ');
    return {
      sessionId: summary.id,
      sessionTitle: summary.title,
      conferenceId: summary.conferenceId,
      conferenceName: summary.conferenceName,
      speakers: summary.speakers,
      kind: isLine ? 'line' : 'session',
      blockIndex: isLine ? (result.blockIndex as number) : null,
      stamp: isLine && typeof result.stamp === 'number' ? result.stamp : null,
      snippet: highlight(snippetSource, terms),
      score: result.score,
    };
  }

  private summarise(record: SessionRecord, conference: Conference | undefined): Entry[] {
    const { session } = record;
    const lines = documentLines(record.document?.content);
    const entries: Entry[] = [
      {
        id: `${session.id}#s`,
        sessionId: session.id,
        title: session.title,
        speakers: session.speakers.join(' '),
        tags: session.tags.join(' '),
        conference: conference?.name ?? '',
      },
    ];
    for (const line of lines) {
      if (line.text.trim() === '') continue;
      entries.push({ id: `${session.id}#${line.blockIndex}`, sessionId: session.id, text: line.text, blockIndex: line.blockIndex, stamp: line.stamp });
    }
    this.sessions.set(session.id, {
      id: session.id,
      title: session.title,
      speakers: session.speakers,
      tags: session.tags,
      conferenceId: session.conferenceId,
      conferenceName: conference?.name ?? '',
      year: yearOf(record, conference),
      openActions: lines.filter((line) => line.openAction).length,
      entryIds: entries.map((entry) => entry.id),
    });
    return entries;
  }
}
