import type { Conference } from '../model/conference';
import type { SessionRecord } from '../model/session';
import { foldTerm, highlight, tokenize, type Snippet } from './highlight';
import { IndexPiece, buildPieceData, type PieceData } from './indexPiece';
import { PieceQuery, type Match } from './pieceQuery';
import { pieceKeyOf, sessionSource, type SessionSource, type SessionSummary } from './sessionSource';
import { TermDictionary } from './terms';

export type { SessionSummary } from './sessionSource';

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

/** How much of the index a search ran on: pieces (years) and sessions loaded of those saved. */
export interface IndexCoverage {
  loadedPieces: number;
  totalPieces: number;
  /** Sessions searchable now. */
  sessions: number;
  /** Keys of the pieces still to load, newest first. */
  pending: string[];
}

/** The index as saved: the pieces built again since the last save, and the keys of those gone. */
export interface PieceChanges {
  put: PieceData[];
  removed: string[];
  /** Every piece's key, newest year first: the order a start loads them in. */
  keys: string[];
}

const MAX_HITS_PER_SESSION = 3;

function fold(text: string): string {
  return foldTerm(text.trim());
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function blockOf(run: PieceQuery, match: Match): number {
  return run.piece(match.slot)?.data.entryBlock[match.entry] ?? -1;
}

/** Newest year first, undated last. */
export function byNewestPiece(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'undated') return 1;
  if (b === 'undated') return -1;
  return b.localeCompare(a);
}

/**
 * Full-text search over the archive. The index is kept in pieces, one per
 * year (see sessionSource.ts), each a compact inverted index in typed arrays
 * (indexPiece.ts); every piece shares one dictionary of words, in
 * MiniSearch's radix tree, for prefix and typo matching. Results are ranked
 * with BM25 over all loaded pieces together (title matches weigh most), as
 * one MiniSearch index of the whole archive ranked them, and filtered by
 * conference, year, speaker, tag and open action items.
 *
 * Saved pieces load one at a time (`expectPieces`, then `attachPiece` for
 * each), and a search runs on those loaded so far (`coverage` says how much
 * that is). A saved session goes to a small piece of its own
 * (`putSession`), built again when next searched, and the piece it was in
 * marks it retired; `takeChanges` folds those into the year pieces before a
 * save, so only the years that changed are written again.
 */
export class ArchiveSearch {
  private readonly dictionary = new TermDictionary();
  /** Year pieces, by key. */
  private readonly pieces = new Map<string, IndexPiece>();
  /** Saved pieces not loaded yet. */
  private readonly pending = new Set<string>();
  private totalPieces = 0;
  /** Sessions retired from the year pieces (removed, or saved again since): marked in each piece as it loads. */
  private readonly retired = new Set<string>();
  /** Sessions saved since the year pieces were built. */
  private readonly fresh = new Map<string, SessionSource>();
  private recent: IndexPiece | null = null;
  /** Year pieces built or emptied since the last save. */
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();

  private constructor() {}

  static create(): ArchiveSearch {
    return new ArchiveSearch();
  }

  /** Builds an index of every session (tombstones left out). */
  static fromRecords(records: readonly SessionRecord[], conferences: readonly Conference[]): ArchiveSearch {
    const search = new ArchiveSearch();
    const byId = new Map(conferences.map((conference) => [conference.id, conference]));
    const byKey = new Map<string, SessionSource[]>();
    for (const record of records) {
      if (record.session.deleted) continue;
      const source = sessionSource(record, byId.get(record.session.conferenceId));
      const key = pieceKeyOf(source.summary);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(source);
    }
    for (const [key, sources] of byKey) {
      search.pieces.set(key, new IndexPiece(buildPieceData(key, sources), search.dictionary));
      search.changed.add(key);
    }
    search.totalPieces = search.pieces.size;
    return search;
  }

  /** Saved pieces that will be attached one by one; searches meanwhile run on those attached. */
  expectPieces(keys: readonly string[]): void {
    for (const key of keys) if (!this.pieces.has(key)) this.pending.add(key);
    this.totalPieces = this.pieces.size + this.pending.size;
  }

  /** Adds a saved piece; sessions retired or saved again since it was built stay hidden in it. */
  attachPiece(data: PieceData): void {
    const piece = new IndexPiece(data, this.dictionary);
    for (const id of this.retired) piece.retire(id);
    this.pieces.set(data.key, piece);
    if (this.pending.delete(data.key)) return;
    this.totalPieces = this.pieces.size + this.pending.size;
  }

  /** A saved piece that could not be read: its sessions are not searchable until indexed again. */
  dropPending(key: string): void {
    if (this.pending.delete(key)) this.totalPieces = this.pieces.size + this.pending.size;
  }

  get coverage(): IndexCoverage {
    return { loadedPieces: this.pieces.size, totalPieces: this.totalPieces, sessions: this.sessionCount, pending: [...this.pending].sort(byNewestPiece) };
  }

  get fullyLoaded(): boolean {
    return this.pending.size === 0;
  }

  get sessionCount(): number {
    let count = this.fresh.size;
    for (const piece of this.pieces.values()) count += piece.liveSessionCount;
    return count;
  }

  get entryCount(): number {
    let count = 0;
    for (const piece of this.searchable()) count += piece.liveEntryCount;
    return count;
  }

  /** Adds a session, or replaces what the index had of it (on every save). A tombstone removes it. */
  putSession(record: SessionRecord, conference?: Conference): void {
    this.removeSession(record.session.id);
    if (record.session.deleted) return;
    this.fresh.set(record.session.id, sessionSource(record, conference));
  }

  removeSession(sessionId: string): void {
    this.retired.add(sessionId);
    for (const piece of this.pieces.values()) piece.retire(sessionId);
    this.fresh.delete(sessionId);
    this.recent = null;
  }

  /** Whether the index holds this session. */
  hasSession(sessionId: string): boolean {
    if (this.fresh.has(sessionId)) return true;
    for (const piece of this.pieces.values()) {
      const ordinal = piece.sessionOrdinal.get(sessionId);
      if (ordinal !== undefined && piece.isLiveSession(ordinal)) return true;
    }
    return false;
  }

  /** The sessions of each year piece, by key (after `takeChanges`, every session the index holds). */
  sessionsByPiece(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [key, piece] of this.pieces) {
      out.set(
        key,
        piece.data.sessions.flatMap((summary, ordinal) => (piece.isLiveSession(ordinal) ? [summary.id] : [])),
      );
    }
    return out;
  }

  /**
   * Folds the sessions saved since into their year pieces (every piece must
   * be loaded) and returns the pieces to write: those built again, and the
   * keys of those left empty.
   */
  takeChanges(): PieceChanges {
    if (!this.fullyLoaded) throw new Error('The search index is still loading; it can be saved once every piece is in.');
    const affected = new Set<string>();
    for (const [key, piece] of this.pieces) if (piece.hasRetired) affected.add(key);
    const freshByKey = new Map<string, SessionSource[]>();
    for (const source of this.fresh.values()) {
      const key = pieceKeyOf(source.summary);
      affected.add(key);
      let list = freshByKey.get(key);
      if (!list) freshByKey.set(key, (list = []));
      list.push(source);
    }
    for (const key of affected) {
      const sources = [...(this.pieces.get(key)?.liveSources() ?? []), ...(freshByKey.get(key) ?? [])];
      if (sources.length === 0) {
        this.pieces.delete(key);
        this.changed.delete(key);
        this.removed.add(key);
        continue;
      }
      this.pieces.set(key, new IndexPiece(buildPieceData(key, sources), this.dictionary));
      this.changed.add(key);
      this.removed.delete(key);
    }
    this.fresh.clear();
    this.retired.clear();
    this.recent = null;
    this.totalPieces = this.pieces.size;
    const changes: PieceChanges = {
      put: [...this.changed].flatMap((key) => {
        const piece = this.pieces.get(key);
        return piece ? [piece.data] : [];
      }),
      removed: [...this.removed],
      keys: [...this.pieces.keys()].sort(byNewestPiece),
    };
    this.changed.clear();
    this.removed.clear();
    return changes;
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchHit[] {
    const terms = tokenize(query).map(foldTerm).filter(Boolean);
    if (terms.length === 0) return [];
    const run = new PieceQuery(this.searchable(), this.dictionary);
    const accept = this.filterFor(filters);
    const ranked = (all: boolean) => {
      const found: Array<{ match: Match; summary: SessionSummary; score: number }> = [];
      for (const match of run.run(terms, all).values()) {
        const piece = run.piece(match.slot);
        const summary = piece?.data.sessions[piece.data.entrySession[match.entry] ?? 0];
        if (!summary || !accept(summary)) continue;
        found.push({ match, summary, score: match.score * match.queryTerms.size });
      }
      return found;
    };
    let results = ranked(true);
    if (results.length === 0 && terms.length > 1) results = ranked(false);
    // Equal scores (lines of the same length matching the same way) in the order of the archive, as one index kept them.
    results.sort((a, b) => b.score - a.score || compareIds(a.summary.id, b.summary.id) || blockOf(run, a.match) - blockOf(run, b.match));
    const perSession = new Map<string, number>();
    const hits: SearchHit[] = [];
    for (const { match, summary, score } of results) {
      if (hits.length >= limit) break;
      const count = perSession.get(summary.id) ?? 0;
      if (count >= MAX_HITS_PER_SESSION) continue;
      perSession.set(summary.id, count + 1);
      hits.push(this.hitFor(run.piece(match.slot)!, match, summary, score));
    }
    return hits;
  }

  /** The year pieces loaded so far, and the piece of sessions saved since (built again if they changed). */
  private searchable(): IndexPiece[] {
    const pieces = [...this.pieces.values()];
    if (this.fresh.size > 0) {
      this.recent ??= new IndexPiece(buildPieceData('recent', [...this.fresh.values()]), this.dictionary);
      pieces.push(this.recent);
    }
    return pieces;
  }

  private filterFor(filters: SearchFilters): (summary: SessionSummary) => boolean {
    const speaker = filters.speaker ? fold(filters.speaker) : null;
    const tag = filters.tag ? fold(filters.tag) : null;
    return (summary) => {
      if (filters.conferenceId && summary.conferenceId !== filters.conferenceId) return false;
      if (filters.year !== undefined && summary.year !== filters.year) return false;
      if (speaker && !summary.speakers.some((name) => fold(name) === speaker)) return false;
      if (tag && !summary.tags.some((name) => fold(name) === tag)) return false;
      if (filters.hasOpenActions !== undefined && summary.openActions > 0 !== filters.hasOpenActions) return false;
      return true;
    };
  }

  private hitFor(piece: IndexPiece, match: Match, summary: SessionSummary, score: number): SearchHit {
    const { data } = piece;
    const block = data.entryBlock[match.entry] ?? -1;
    const isLine = block >= 0;
    const stamp = data.entryStamp[match.entry] ?? NaN;
    const snippetSource = isLine
      ? (data.entryText[match.entry] ?? '')
      : [summary.title, summary.speakers.join(', '), summary.tags.map((tag) => `#${tag}`).join(' '), summary.conferenceName].filter(Boolean).join(' · ');
    return {
      sessionId: summary.id,
      sessionTitle: summary.title,
      conferenceId: summary.conferenceId,
      conferenceName: summary.conferenceName,
      speakers: summary.speakers,
      kind: isLine ? 'line' : 'session',
      blockIndex: isLine ? block : null,
      stamp: isLine && !Number.isNaN(stamp) ? stamp : null,
      snippet: highlight(snippetSource, match.indexTerms),
      score,
    };
  }
}
