import type { Conference } from '../../../core/model/conference';
import type { Session } from '../../../core/model/session';
import { database } from './database';

/**
 * Speakers and tags as facets of the archive: who spoke where, and every
 * session on a topic, across all conferences. Names match whatever their
 * case and spacing; a tag matches with or without its leading "#". A session
 * carries its own tags and those of its conference.
 */
export interface FacetCount {
  /** The spelling shown: the one used most often. */
  name: string;
  count: number;
}

export interface FacetSession {
  session: Session;
  conference: Conference;
}

export interface TagFacet {
  sessions: FacetSession[];
  /** Conferences that carry the tag themselves. */
  conferences: Conference[];
}

/** The key two spellings of one speaker share. */
export function speakerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** The key two spellings of one tag share. */
export function tagKey(tag: string): string {
  return tag.trim().replace(/^#+/, '').toLocaleLowerCase();
}

async function liveSessions(): Promise<FacetSession[]> {
  const db = database();
  const conferences = new Map((await db.conferences.toArray()).filter((conference) => !conference.deleted).map((conference) => [conference.id, conference]));
  const result: FacetSession[] = [];
  await db.sessions.each((session) => {
    const conference = conferences.get(session.conferenceId);
    if (!session.deleted && conference) result.push({ session, conference });
  });
  return result;
}

/** When a session happened, for ordering: its start, else its conference's first day, else its last change. */
function whenOf({ session, conference }: FacetSession): number {
  return session.actualStart ?? session.scheduledStart ?? (Date.parse(`${conference.startDate}T00:00:00Z`) || session.updatedAt);
}

function newestFirst(a: FacetSession, b: FacetSession): number {
  return whenOf(b) - whenOf(a) || a.session.title.localeCompare(b.session.title);
}

function tagsOf({ session, conference }: FacetSession): Set<string> {
  return new Set([...session.tags, ...conference.tags].map(tagKey).filter(Boolean));
}

/** Counts per key, shown with the spelling used most often. */
function tally(names: Iterable<string>, keyOf: (name: string) => string, counts: Map<string, { spellings: Map<string, number>; count: number }>): void {
  for (const name of names) {
    const key = keyOf(name);
    if (!key) continue;
    const entry = counts.get(key) ?? { spellings: new Map<string, number>(), count: 0 };
    entry.count++;
    const spelling = name.trim();
    entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
    counts.set(key, entry);
  }
}

function toCounts(counts: Map<string, { spellings: Map<string, number>; count: number }>): FacetCount[] {
  return [...counts.values()]
    .map(({ spellings, count }) => ({ name: [...spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '', count }))
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

/** Every speaker with the number of their sessions, by name. */
export async function listSpeakers(): Promise<FacetCount[]> {
  const counts = new Map<string, { spellings: Map<string, number>; count: number }>();
  for (const { session } of await liveSessions()) tally(new Set(session.speakers.map((name) => name.trim())), speakerKey, counts);
  return toCounts(counts);
}

/** Every tag with the number of sessions carrying it (their own or their conference's), by name. */
export async function listTags(): Promise<FacetCount[]> {
  const counts = new Map<string, { spellings: Map<string, number>; count: number }>();
  for (const item of await liveSessions()) {
    const spellings = new Map<string, string>();
    for (const tag of [...item.session.tags, ...item.conference.tags]) if (!spellings.has(tagKey(tag))) spellings.set(tagKey(tag), tag.trim().replace(/^#+/, ''));
    tally(spellings.values(), tagKey, counts);
  }
  return toCounts(counts);
}

/** A speaker's sessions across all conferences, newest first. */
export async function sessionsBySpeaker(name: string): Promise<FacetSession[]> {
  const key = speakerKey(name);
  const sessions = await liveSessions();
  return sessions.filter(({ session }) => session.speakers.some((speaker) => speakerKey(speaker) === key)).sort(newestFirst);
}

/** The sessions carrying a tag (theirs or their conference's), newest first, and the conferences tagged with it. */
export async function sessionsByTag(tag: string): Promise<TagFacet> {
  const key = tagKey(tag);
  const sessions = (await liveSessions()).filter((item) => tagsOf(item).has(key)).sort(newestFirst);
  const conferences = (await database().conferences.toArray())
    .filter((conference) => !conference.deleted && conference.tags.some((candidate) => tagKey(candidate) === key))
    .sort((a, b) => b.startDate.localeCompare(a.startDate));
  return { sessions, conferences };
}
