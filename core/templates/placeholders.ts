import type { Conference } from '../model/conference';
import type { EditorStateJson, Session } from '../model/session';
import { dayKey } from '../time/stamps';
import { childrenOf, cloneState, isTextNode, walk, type JsonNode } from './jsonTree';

/**
 * Placeholders a template may hold, written `{{title}}` (spaces inside the
 * braces and upper case are allowed: `{{ Title }}`). They are filled once,
 * when a session is created from the template. A placeholder with any other
 * name is left exactly as it was typed, so a typo shows up in the document
 * instead of silently vanishing.
 */
export const placeholderNames = ['title', 'speakers', 'conference', 'date', 'room', 'track', 'url', 'abstract'] as const;
export type PlaceholderName = (typeof placeholderNames)[number];
export type PlaceholderValues = Record<PlaceholderName, string>;

export const placeholderDescriptions: Record<PlaceholderName, string> = {
  title: 'the session title',
  speakers: 'the speakers, separated by commas',
  conference: 'the conference name',
  date: 'the day of the session in the conference time zone, like 2026-11-24',
  room: 'the room',
  track: 'the track',
  url: 'the session link',
  abstract: 'the abstract from the conference schedule',
};

const placeholderPattern = /\{\{\s*([A-Za-z][A-Za-z0-9_-]*)\s*\}\}/g;

function isPlaceholderName(name: string): name is PlaceholderName {
  return (placeholderNames as readonly string[]).includes(name);
}

type SessionFields = Pick<Session, 'title' | 'speakers' | 'room' | 'track' | 'url' | 'scheduledStart' | 'actualStart'> & Partial<Pick<Session, 'abstract'>>;
type ConferenceFields = Pick<Conference, 'name' | 'timeZone'>;

/**
 * The values of the placeholders for a session. The date is the scheduled
 * start (or the live start) of the session, else `now`, as a calendar day in
 * the conference's time zone.
 */
export function placeholderValues(session: SessionFields, conference: ConferenceFields | null, now = Date.now()): PlaceholderValues {
  const instant = session.scheduledStart ?? session.actualStart ?? now;
  return {
    title: session.title,
    speakers: session.speakers.filter((speaker) => speaker.trim() !== '').join(', '),
    conference: conference?.name ?? '',
    date: dayKey(instant, conference?.timeZone ?? 'UTC'),
    room: session.room,
    track: session.track,
    url: session.url,
    abstract: session.abstract ?? '',
  };
}

interface Match {
  start: number;
  end: number;
  value: string;
}

function knownMatches(text: string, values: PlaceholderValues): Match[] {
  const matches: Match[] = [];
  for (const match of text.matchAll(placeholderPattern)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!isPlaceholderName(name)) continue;
    matches.push({ start: match.index, end: match.index + match[0].length, value: values[name] });
  }
  return matches;
}

/** Fills the placeholders of a plain string. */
export function fillText(text: string, values: PlaceholderValues): string {
  let out = '';
  let cursor = 0;
  for (const match of knownMatches(text, values)) {
    out += text.slice(cursor, match.start) + match.value;
    cursor = match.end;
  }
  return out + text.slice(cursor);
}

/**
 * Fills a run of adjacent text nodes. A placeholder usually sits inside one
 * text node and keeps that node's formatting. One that straddles a format
 * change (`{{ti` in bold, `tle}}` plain) is still found: its value goes into
 * the node where it starts, with that node's formatting, and the rest of it
 * is removed from the nodes after.
 */
function fillRun(run: JsonNode[], values: PlaceholderValues): Set<JsonNode> {
  const texts = run.map((node) => node.text as string);
  const combined = texts.join('');
  const matches = knownMatches(combined, values);
  const emptied = new Set<JsonNode>();
  if (matches.length === 0) return emptied;
  let start = 0;
  run.forEach((node, index) => {
    const text = texts[index] ?? '';
    const end = start + text.length;
    let out = '';
    let cursor = start;
    for (const match of matches) {
      if (match.end <= start || match.start >= end) continue;
      if (match.start > cursor) out += combined.slice(cursor, match.start);
      if (match.start >= start) out += match.value;
      cursor = Math.min(end, Math.max(cursor, match.end));
    }
    out += combined.slice(cursor, end);
    if (out !== text) {
      node.text = out;
      if (out === '') emptied.add(node);
    }
    start = end;
  });
  return emptied;
}

function fillChildren(parent: JsonNode, values: PlaceholderValues): void {
  const children = childrenOf(parent);
  if (children.length === 0) return;
  const emptied = new Set<JsonNode>();
  let run: JsonNode[] = [];
  const flush = () => {
    if (run.length > 0) for (const node of fillRun(run, values)) emptied.add(node);
    run = [];
  };
  for (const child of children) {
    if (isTextNode(child)) run.push(child);
    else flush();
  }
  flush();
  if (emptied.size > 0) parent.children = children.filter((child) => !emptied.has(child));
}

/**
 * Returns a copy of a document with its placeholders filled: in the text of
 * every block (formatting kept) and in link addresses.
 */
export function fillPlaceholders(state: EditorStateJson, values: PlaceholderValues): EditorStateJson {
  const copy = cloneState(state);
  walk(copy.root as JsonNode, (node) => {
    if ((node.type === 'link' || node.type === 'autolink') && typeof node.url === 'string') {
      node.url = fillText(node.url, values);
    }
    fillChildren(node, values);
  });
  return copy;
}

/** Every placeholder name a document uses, known or not, in order of first use. */
export function placeholdersIn(state: EditorStateJson): string[] {
  const names = new Set<string>();
  walk(state.root as JsonNode, (node) => {
    const run = childrenOf(node).filter(isTextNode).map((child) => child.text as string).join('');
    for (const match of run.matchAll(placeholderPattern)) names.add(match[1] ?? '');
  });
  return [...names];
}
