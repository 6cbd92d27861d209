import { tzOffset } from '@date-fns/tz';
import * as chrono from 'chrono-node';

/**
 * The owner and due date written in an action item's text:
 * - owner: the first `@name` (default "me");
 * - due: `due:2026-12-01`, or simple words that chrono-node reads as a day
 *   ("tomorrow", "by Friday", "next week", "on Dec 3", "in 2 weeks"),
 *   resolved in the conference's time zone relative to a reference instant
 *   (the moment the line was written), so "tomorrow" means the day after
 *   that moment where the conference is, and re-reading the line later
 *   gives the same day.
 * The spans say where each was found, so the editor can show them as chips.
 */
export interface ChipSpan {
  kind: 'owner' | 'due';
  start: number;
  end: number;
  text: string;
}

export interface OwnerDue {
  owner: string;
  /** YYYY-MM-DD in the conference's time zone, or null. */
  due: string | null;
  spans: ChipSpan[];
}

export interface OwnerDueContext {
  /** IANA time zone of the conference. */
  timeZone: string;
  /** Epoch ms that relative words are counted from. */
  reference: number;
}

export const defaultOwner = 'me';

const ownerPattern = /(^|[\s([{,;])@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/gu;
const explicitDuePattern = /(^|[\s([{,;])due:\s?(\d{4})-(\d{2})-(\d{2})\b/i;
/** A day must be named in the words chrono matched: a bare time ("at 5pm", "90s") is not a due date. */
const dayWords =
  /\b(?:today|tonight|tomorrow|tmrw|weekend|week|month|year|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|\d{1,4}[/-]\d{1,2}|\d(?:st|nd|rd|th)\b|\bday/i;
const pastWords = /\b(?:last|yesterday|ago|past|previous)\b/i;
const cueBefore = /(?:\b(?:by|due|on|before|until|till|for)\s+)$/i;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function validIsoDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function findOwner(text: string): ChipSpan | null {
  for (const match of text.matchAll(ownerPattern)) {
    const lead = match[1] ?? '';
    const name = (match[2] ?? '').replace(/[.-]+$/, '');
    if (!name) continue;
    const start = (match.index ?? 0) + lead.length;
    return { kind: 'owner', start, end: start + 1 + name.length, text: `@${name}` };
  }
  return null;
}

function findExplicitDue(text: string): { due: string; span: ChipSpan } | null {
  const match = explicitDuePattern.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[2]), Number(match[3]), Number(match[4])];
  if (!validIsoDay(year, month, day)) return null;
  const start = (match.index ?? 0) + (match[1] ?? '').length;
  const end = (match.index ?? 0) + match[0].length;
  return { due: `${year}-${pad(month)}-${pad(day)}`, span: { kind: 'due', start, end, text: text.slice(start, end) } };
}

function findWordDue(text: string, context: OwnerDueContext): { due: string; span: ChipSpan } | null {
  // chrono is the slow part of deriving rows on save: skip it when no word could name a day.
  if (!dayWords.test(text)) return null;
  const instant = new Date(context.reference);
  // chrono counts "tomorrow" and "Friday" in the zone given as an offset at the reference instant.
  const offsetMinutes = tzOffset(context.timeZone, instant);
  const results = chrono.casual.parse(text, { instant, timezone: offsetMinutes }, { forwardDate: true });
  for (const result of results) {
    const words = result.text;
    if (!dayWords.test(words) || pastWords.test(words)) continue;
    const { start } = result;
    if (!start.isCertain('day') && !start.isCertain('weekday')) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null) continue;
    let from = result.index;
    const cue = cueBefore.exec(text.slice(0, from));
    if (cue) from -= cue[0].length;
    const end = result.index + words.length;
    return { due: `${year}-${pad(month)}-${pad(day)}`, span: { kind: 'due', start: from, end, text: text.slice(from, end) } };
  }
  return null;
}

/** The owner and due date of an action item's text. */
export function parseOwnerDue(text: string, context: OwnerDueContext): OwnerDue {
  const spans: ChipSpan[] = [];
  const owner = findOwner(text);
  if (owner) spans.push(owner);
  const due = findExplicitDue(text) ?? findWordDue(text, context);
  if (due) spans.push(due.span);
  spans.sort((a, b) => a.start - b.start);
  return {
    owner: owner ? owner.text.slice(1) : defaultOwner,
    due: due ? due.due : null,
    spans,
  };
}
