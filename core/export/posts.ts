import { editorStateToMarkdown, type EditorStateToMarkdownOptions } from '../markdown/convert';
import type { Conference } from '../model/conference';
import type { Session, SessionRecord } from '../model/session';
import { calendarDay, clockTime, jekyllDate, rfc3339, startOfDay } from './dates';
import { withActionSection } from './actionSection';
import { allStamps, documentOf, headingJson, ITALIC, linkJson, paragraphJson, textJson, type JsonNode } from './documentJson';
import { headingsFrom } from './headingLevels';
import { liveblogBody } from './liveblog';
import { publishableNotes, type SessionNotes } from './scaffolding';
import { postSummary } from './summary';
import { frontMatter } from './frontMatter';
import type { ExportOptions } from './options';
import { isAssetRef } from '../assets/assetRef';
import { attachmentPlace, postPath } from './paths';
import { makeSlug, uniqueSlugs } from './slugs';
import { stampWriterFor } from './stampWriters';

export interface ExportInput {
  conferences: readonly Conference[];
  sessions: readonly SessionRecord[];
}

/** One markdown file of an export. */
export interface Post {
  /** Relative POSIX path inside the export folder. */
  path: string;
  slug: string;
  title: string;
  /** Epoch ms of the post's date. */
  date: number;
  conferenceId: string;
  sessionIds: string[];
  content: string;
  /** The images the post shows, each written beside it (see `attachmentPlace`); the writer reads their bytes from the archive. */
  attachments: PostAttachment[];
}

export interface PostAttachment {
  /** Relative POSIX path inside the export folder. */
  path: string;
  /** The image's name in the archive's assets folder (`<sha256>.<ext>`). */
  asset: string;
}

interface Item {
  conference: Conference;
  record: SessionRecord;
  /** The session's start: actual, else scheduled, else its first stamp; else the conference's first day (then `timed` is false). */
  start: number;
  /** Whether `start` is a time someone wrote down, or only the day the session belongs to. */
  timed: boolean;
  day: string;
  notes: SessionNotes;
}

interface Draft {
  key: string;
  title: string;
  slugSource: string;
  conference: Conference;
  items: Item[];
  date: number;
  timed: boolean;
  day: string;
  dayNumber: number;
}

/** A session an export leaves out because there is nothing in it to publish. */
export interface SkippedSession {
  sessionId: string;
  conferenceId: string;
  title: string;
  /** The calendar day of the session in its conference's time zone. */
  day: string;
}

function knownStart(session: Session, record: SessionRecord): number | null {
  const known = session.actualStart ?? session.scheduledStart;
  if (known !== undefined) return known;
  const stamps = allStamps(record.document?.content);
  return stamps.length > 0 ? Math.min(...stamps) : null;
}

function dayNumber(conference: Conference, day: string): number {
  const diff = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${conference.startDate}T00:00:00Z`)) / 86_400_000;
  return Number.isFinite(diff) && diff >= 0 ? Math.round(diff) + 1 : 1;
}

function inScope(conference: Conference, session: Session, day: string, options: ExportOptions): boolean {
  const scope = options.scope;
  switch (scope.kind) {
    case 'all':
      return true;
    case 'conference':
      return conference.id === scope.conferenceId;
    case 'day':
      return conference.id === scope.conferenceId && day === scope.day;
    case 'sessions':
      return scope.sessionIds.includes(session.id);
  }
}

function collectItems(input: ExportInput, options: ExportOptions): { items: Item[]; skipped: SkippedSession[] } {
  const conferences = new Map(input.conferences.filter((c) => !c.deleted).map((c) => [c.id, c]));
  const items: Item[] = [];
  const skipped: SkippedSession[] = [];
  for (const record of input.sessions) {
    const conference = conferences.get(record.session.conferenceId);
    if (!conference || record.session.deleted) continue;
    const known = knownStart(record.session, record);
    const start = known ?? startOfDay(conference.startDate, conference.timeZone);
    const day = calendarDay(start, conference.timeZone);
    if (!inScope(conference, record.session, day, options)) continue;
    const notes = publishableNotes(record.document?.content, { session: record.session, conference, start: known });
    if (!notes.hasNotes && !options.includeEmpty) {
      skipped.push({ sessionId: record.session.id, conferenceId: conference.id, title: record.session.title, day });
      continue;
    }
    items.push({ conference, record, start, timed: known !== null, day, notes });
  }
  const byStart = (a: { start: number; title: string; id: string }, b: { start: number; title: string; id: string }): number =>
    a.start - b.start || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1);
  // A session with no time at all goes after the timed sessions of its day.
  const key = (item: Item) => ({ start: item.timed ? item.start : item.start + 86_400_000, title: item.record.session.title, id: item.record.session.id });
  items.sort((a, b) => byStart(key(a), key(b)));
  skipped.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.title.localeCompare(b.title)));
  return { items, skipped };
}

function groupDrafts(items: Item[], options: ExportOptions): Draft[] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key =
      options.layout === 'session'
        ? `session:${item.record.session.id}`
        : options.layout === 'conference'
          ? `conference:${item.conference.id}`
          : `${options.layout}:${item.conference.id}:${item.day}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const drafts: Draft[] = [];
  for (const [key, group] of groups) {
    const first = group[0];
    if (!first) continue;
    const conference = first.conference;
    const n = dayNumber(conference, first.day);
    let title: string;
    let slugSource: string;
    switch (options.layout) {
      case 'session':
        title = first.record.session.title;
        slugSource = title;
        break;
      case 'day':
        title = `${conference.name}, day ${n}`;
        slugSource = `${conference.name} day ${n}`;
        break;
      case 'conference':
        title = conference.name;
        slugSource = title;
        break;
      case 'liveblog':
        title = `${conference.name}, day ${n}: live`;
        slugSource = `${conference.name} day ${n} live`;
        break;
    }
    // The post's date is its first session's written time; a post of sessions with no time at all has only a day.
    const timed = group.find((item) => item.timed);
    drafts.push({
      key,
      title,
      slugSource,
      conference,
      items: group,
      date: timed?.start ?? first.start,
      timed: timed !== undefined,
      day: first.day,
      dayNumber: n,
    });
  }
  return drafts.sort((a, b) => a.date - b.date || (a.key < b.key ? -1 : 1));
}

function unique(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    if (value === '' || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

function isWebLink(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url.trim());
}

/** "*Rick Branson · Ballroom A · 07:07–07:45 · [Session page](…)*": what the session's record says; a time only when one was written. */
function metaLine(item: Item, withDate: boolean): JsonNode | null {
  const { session } = item.record;
  const zone = item.conference.timeZone;
  const end = session.actualEnd ?? session.scheduledEnd;
  const clock = item.timed ? `${clockTime(item.start, zone)}${end !== undefined && end > item.start ? `–${clockTime(end, zone)}` : ''}` : '';
  const time = [withDate ? item.day : '', clock].filter((part) => part !== '').join(' ');
  const parts = [session.speakers.join(', '), session.room, time].filter((part) => part.trim() !== '');
  const children = parts.length === 0 ? [] : [textJson(parts.join(' · '), ITALIC)];
  if (isWebLink(session.url)) {
    if (children.length > 0) children.push(textJson(' · ', ITALIC));
    children.push(linkJson(session.url.trim(), [textJson('Session page', ITALIC)]));
  }
  return children.length === 0 ? null : paragraphJson(children);
}

function toMarkdown(blocks: JsonNode[], options: EditorStateToMarkdownOptions, what: string): string {
  if (blocks.length === 0) return '';
  try {
    return editorStateToMarkdown(documentOf(blocks), { escapeText: true, ...options });
  } catch (error) {
    throw new Error(`${what} could not be read: ${(error as Error).message}`, { cause: error });
  }
}


/**
 * One session as markdown: its title (when it is a section of a longer
 * post, at level 2), a line with speakers, room and time, the notes with
 * their headings one level below the session's, and its action items in
 * one section; converted in one pass.
 */
function sessionSection(item: Item, options: ExportOptions, nested: boolean, withDate: boolean, imageUrl: ImageUrl): string {
  const level = nested ? 2 : 1;
  const meta = metaLine(item, withDate);
  const notes = withActionSection(headingsFrom(item.notes.blocks, level + 1), options, level + 1);
  const blocks = [...(nested ? [headingJson(item.record.session.title, level)] : []), ...(meta ? [meta] : []), ...notes];
  const stamps = stampWriterFor(options.stamps, item.conference.timeZone, item.start);
  return toMarkdown(blocks, stamps ? { stamps, imageUrl } : { imageUrl }, `The notes of “${item.record.session.title}”`);
}

function bodyOf(draft: Draft, options: ExportOptions, imageUrl: ImageUrl): string {
  switch (options.layout) {
    case 'session':
      return draft.items.map((item) => sessionSection(item, options, false, false, imageUrl)).join('\n\n');
    case 'day':
      return draft.items.map((item) => sessionSection(item, options, true, false, imageUrl)).join('\n\n');
    case 'conference':
      return draft.items.map((item) => sessionSection(item, options, true, true, imageUrl)).join('\n\n');
    case 'liveblog':
      return liveblogBody(
        draft.items.map((item) => ({ session: item.record.session, start: item.timed ? item.start : null, blocks: item.notes.blocks })),
        options,
        draft.conference.timeZone,
        (blocks, stamps) => toMarkdown(blocks, { stamps, imageUrl }, `The live blog of ${draft.title}`),
      );
  }
}

/**
 * Hugo runs shortcodes (`{{< x >}}`, `{{% x %}}`) everywhere in a post, code
 * included. Plain text is escaped already, so any left are in code; Hugo's
 * own way to show one literally is to comment its inside, as the replacement
 * below does ("{{<" + "/*" ... "*" + "/>}}").
 */
function commentShortcodes(markdown: string): string {
  return markdown.replace(/\{\{([<%])([\s\S]*?)([>%])\}\}/g, '{{$1/*$2*/$3}}');
}

type ImageUrl = (asset: string) => string;

/** The assets of the images a post shows, in order of appearance, each once; damaged names are left out. */
function imageAssets(draft: Draft): string[] {
  const assets = new Set<string>();
  const walk = (node: JsonNode): void => {
    if (node.type === 'image' && isAssetRef(node.asset)) assets.add(node.asset as string);
    for (const child of node.children ?? []) walk(child);
  };
  for (const item of draft.items) item.notes.blocks.forEach(walk);
  return [...assets];
}

/** The posts of an export, built one by one as they are taken. */
export interface PostStream {
  /** How many posts the stream yields. */
  readonly total: number;
  readonly posts: Iterable<Post>;
}

/** The posts of an export, and the sessions it leaves out. */
export interface ExportPosts extends PostStream {
  /** Sessions in the export's scope with nothing to publish, left out (unless `includeEmpty`). */
  readonly skipped: SkippedSession[];
}

/**
 * Turns conferences and sessions into posts: which files, with what front
 * matter and body, for the chosen preset and layout. Pure: the writer puts
 * them on disk. Which posts there are, and their slugs, is settled at once;
 * each post's markdown is built only when the stream is read, so a writer
 * can write one post while the next is built, and stays responsive.
 */
export function streamPosts(input: ExportInput, options: ExportOptions): ExportPosts {
  const { items, skipped } = collectItems(input, options);
  const drafts = groupDrafts(items, options);
  const slugs = uniqueSlugs(
    drafts,
    (draft) => makeSlug(draft.slugSource, draft.items.length === 1 ? 'session' : 'post'),
    (draft) => draft.key,
  );
  function* posts(): Generator<Post> {
    for (const [index, draft] of drafts.entries()) yield postOf(draft, slugs[index] ?? makeSlug(draft.slugSource), options);
  }
  return { total: drafts.length, posts: posts(), skipped };
}

/** Every post of an export, built at once. */
export function buildPosts(input: ExportInput, options: ExportOptions): Post[] {
  return [...streamPosts(input, options).posts];
}

function postOf(draft: Draft, slug: string, options: ExportOptions): Post {
  const zone = draft.conference.timeZone;
  // A post whose sessions have no written time at all is dated by its day only, never by a midnight nobody wrote.
  const date = !draft.timed ? draft.day : options.preset === 'jekyll' ? jekyllDate(draft.date, zone) : rfc3339(draft.date, zone);
  const sessions = draft.items.map((item) => item.record.session);
  const head = frontMatter(
    {
      title: draft.title,
      date,
      slug,
      summary: postSummary(
        draft.items.map((item) => item.notes.blocks),
        options.summary,
      ),
      tags: unique([...draft.conference.tags, ...sessions.flatMap((s) => s.tags), ...options.tags]),
      conference: draft.conference.name,
      speakers: unique(sessions.flatMap((s) => s.speakers)),
      draft: options.draft,
      layout: options.jekyllLayout,
    },
    options.preset,
  );
  const assets = imageAssets(draft);
  const places = new Map(assets.map((asset) => [asset, attachmentPlace(options.preset, slug, draft.day, asset)]));
  // A damaged image name has no file to point at: its link stays the name, which the post shows as broken.
  const imageUrl: ImageUrl = (asset) => places.get(asset)?.link ?? asset;
  const body0 = bodyOf(draft, options, imageUrl).trim();
  // Hugo and Jekyll themes show the title from the front matter; plain markdown has it once, as its one H1.
  const markdown = options.preset === 'plain' ? [toMarkdown([headingJson(draft.title, 1)], {}, 'The title'), body0].filter((part) => part !== '').join('\n\n') : body0;
  const body = options.preset === 'hugo' ? commentShortcodes(markdown) : markdown;
  return {
    path: postPath(options.preset, slug, draft.day, assets.length > 0),
    slug,
    title: draft.title,
    date: draft.date,
    conferenceId: draft.conference.id,
    sessionIds: sessions.map((s) => s.id),
    content: body === '' ? head : `${head}\n${body}\n`,
    attachments: [...places].map(([asset, place]) => ({ path: place.path, asset })),
  };
}
