import { stableHash } from './hash';
import { documentLinesFromJson, type DocumentLine } from './lines';
import { withoutMarker } from './markers';
import { Memo } from './memo';
import { parseOwnerDue, type OwnerDue } from './ownerDue';
import { suggestFollowUp, type LineContext, type Suggestion } from './suggest';

/**
 * The action items of one session's document, as rows for the action-items
 * table: every check-list line (explicit), and every other line that reads
 * as a follow-up (suggested). Pure and fast: it reads the document JSON
 * directly, without building an editor state, so it runs inside the same
 * transaction as each document save.
 */
export type ActionItemSource = 'explicit' | 'suggested';

export interface ActionItemRow {
  /** The line's action id (explicit), or a hash of session and text (suggested) so a dismissal is remembered. */
  id: string;
  sessionId: string;
  conferenceId: string;
  text: string;
  done: boolean;
  owner: string;
  /** YYYY-MM-DD in the conference's time zone. */
  due: string | null;
  stamp: number | null;
  /** #tags written in the line, then the context's tags (session and conference). */
  tags: string[];
  source: ActionItemSource;
  /** The line's index in document order (see ./lines), to open the session at it. */
  lineIndex: number;
  /** Why a line was suggested; null for explicit items. */
  reason: string | null;
}

export interface DeriveContext {
  /** IANA zone of the conference: "tomorrow" is read there. */
  timeZone: string;
  /** Instant that due words count from on lines without a stamp (the session's start, or the save). */
  referenceTime: number;
  /** Tags every item of this session carries (the session's and conference's). */
  tags?: readonly string[];
}

const hashtag = /(^|[\s(])#([\p{L}\p{N}][\p{L}\p{N}_-]*)/gu;

function tagsOf(text: string, extra: readonly string[]): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  const add = (tag: string) => {
    const key = tag.toLowerCase();
    if (key && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  };
  for (const match of text.matchAll(hashtag)) add((match[2] ?? '').toLowerCase());
  for (const tag of extra) add(tag);
  return tags;
}

function normaliseForId(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The id of a suggestion: the same line text in the same session always gets the same id. */
export function suggestionId(sessionId: string, text: string): string {
  return `s-${stableHash(`${sessionId}\u0000${normaliseForId(text)}`)}`;
}

/** The id of a check-list line that has no action id yet (a document imported and never opened). */
function provisionalId(sessionId: string, text: string, occurrence: number): string {
  return `u-${stableHash(`${sessionId}\u0000${normaliseForId(text)}\u0000${occurrence}`)}`;
}

// Answers for line texts seen in earlier saves: most lines do not change between two saves.
const suggestions = new Memo<Suggestion | null>(20_000);
const ownersAndDues = new Memo<OwnerDue>(5_000);

function suggestionFor(text: string, context: LineContext): Suggestion | null {
  return suggestions.get(`${context.block}\u0000${context.heading ?? ''}\u0000${text}`, () => suggestFollowUp(text, context));
}

function ownerDueFor(text: string, timeZone: string, reference: number): OwnerDue {
  return ownersAndDues.get(`${timeZone}\u0000${reference}\u0000${text}`, () => parseOwnerDue(text, { timeZone, reference }));
}

/** Forgets remembered answers (benchmarks measure a first derivation with this). */
export function clearDeriveMemo(): void {
  suggestions.clear();
  ownersAndDues.clear();
}

/**
 * What one line gives before ids are settled across the document: an
 * explicit item (a check-list line) or a suggestion, with its owner, due
 * date and tags. `lineIndex` is counted within whatever lines were read.
 */
export interface ActionCandidate {
  lineIndex: number;
  text: string;
  explicit: { actionId: string | null; done: boolean } | null;
  reason: string | null;
  owner: string;
  due: string | null;
  stamp: number | null;
  tags: string[];
}

/** The candidates of some lines (a whole document's, or one block's). */
export function actionCandidates(lines: readonly DocumentLine[], context: DeriveContext): ActionCandidate[] {
  const candidates: ActionCandidate[] = [];
  const candidate = (line: DocumentLine, text: string, explicit: ActionCandidate['explicit'], reason: string | null): ActionCandidate => {
    const { owner, due } = ownerDueFor(text, context.timeZone, line.stamp ?? context.referenceTime);
    return { lineIndex: line.index, text, explicit, reason, owner, due, stamp: line.stamp, tags: tagsOf(text, context.tags ?? []) };
  };
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    if (line.checkItem) {
      candidates.push(candidate(line, text, { actionId: line.actionId, done: line.checked }, null));
      continue;
    }
    const suggestion = suggestionFor(text, { heading: line.heading, block: line.block });
    if (!suggestion) continue;
    candidates.push(candidate(line, withoutMarker(text), null, suggestion.reason));
  }
  return candidates;
}

/**
 * The rows of a document's candidates, in document order: a check-list line
 * without an id, or whose id an earlier line holds, gets a provisional one;
 * a suggestion whose id is taken (the same text twice) is left out.
 */
export function settleActionRows(sessionId: string, conferenceId: string, candidates: readonly ActionCandidate[]): ActionItemRow[] {
  const rows: ActionItemRow[] = [];
  const ids = new Set<string>();
  const occurrences = new Map<string, number>();
  for (const { explicit, reason, lineIndex, text, owner, due, stamp, tags } of candidates) {
    let id: string;
    if (explicit) {
      id = explicit.actionId ?? '';
      if (explicit.actionId === null || ids.has(id)) {
        const key = normaliseForId(text);
        const occurrence = (occurrences.get(key) ?? 0) + 1;
        occurrences.set(key, occurrence);
        id = provisionalId(sessionId, text, occurrence);
      }
    } else {
      id = suggestionId(sessionId, text);
      if (ids.has(id)) continue;
    }
    ids.add(id);
    // Keys in the order rows were always written: the store compares rows by their JSON.
    rows.push({
      id,
      sessionId,
      conferenceId,
      done: explicit?.done ?? false,
      source: explicit ? 'explicit' : 'suggested',
      reason,
      text,
      owner,
      due,
      stamp,
      tags,
      lineIndex,
    });
  }
  return rows;
}

export function deriveActionItems(sessionId: string, conferenceId: string, documentJson: { root: unknown }, context: DeriveContext): ActionItemRow[] {
  return settleActionRows(sessionId, conferenceId, actionCandidates(documentLinesFromJson(documentJson), context));
}
