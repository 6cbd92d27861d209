import { editorStateToMarkdown, type EditorStateToMarkdownOptions } from '../markdown/convert';
import type { Conference } from '../model/conference';
import type { EditorStateJson, Session, SessionRecord } from '../model/session';
import { calendarDay, clockTime, jekyllDate, rfc3339, startOfDay } from './dates';
import {
  actionItems,
  allStamps,
  BOLD,
  blocksOf,
  checkList,
  documentOf,
  firstStamp,
  headingJson,
  ITALIC,
  paragraphJson,
  plainText,
  shiftHeadings,
  textJson,
  type JsonNode,
} from './documentJson';
import { frontMatter } from './frontMatter';
import type { ExportOptions } from './options';
import { isAssetRef } from '../assets/assetRef';
import { attachmentPlace, postPath } from './paths';
import { makeSlug, uniqueSlugs } from './slugs';
import { liveblogWriter, stampWriterFor } from './stampWriters';

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
  start: number;
  day: string;
}

interface Draft {
  key: string;
  title: string;
  slugSource: string;
  conference: Conference;
  items: Item[];
  date: number;
  day: string;
  dayNumber: number;
}

const SUMMARY_LENGTH = 200;

function sessionStart(session: Session, record: SessionRecord, conference: Conference): number {
  const known = session.actualStart ?? session.scheduledStart;
  if (known !== undefined) return known;
  const stamps = allStamps(record.document?.content);
  if (stamps.length > 0) return Math.min(...stamps);
  return startOfDay(conference.startDate, conference.timeZone);
}

function dayNumber(conference: Conference, day: string): number {
  const diff = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${conference.startDate}T00:00:00Z`)) / 86_400_000;
  return Number.isFinite(diff) && diff >= 0 ? Math.round(diff) + 1 : 1;
}

function inScope(item: Item, options: ExportOptions): boolean {
  const scope = options.scope;
  switch (scope.kind) {
    case 'all':
      return true;
    case 'conference':
      return item.conference.id === scope.conferenceId;
    case 'day':
      return item.conference.id === scope.conferenceId && item.day === scope.day;
    case 'sessions':
      return scope.sessionIds.includes(item.record.session.id);
  }
}

function collectItems(input: ExportInput, options: ExportOptions): Item[] {
  const conferences = new Map(input.conferences.filter((c) => !c.deleted).map((c) => [c.id, c]));
  const items: Item[] = [];
  for (const record of input.sessions) {
    const conference = conferences.get(record.session.conferenceId);
    if (!conference || record.session.deleted) continue;
    const start = sessionStart(record.session, record, conference);
    const item: Item = { conference, record, start, day: calendarDay(start, conference.timeZone) };
    if (inScope(item, options)) items.push(item);
  }
  return items.sort(
    (a, b) => a.start - b.start || a.record.session.title.localeCompare(b.record.session.title) || (a.record.session.id < b.record.session.id ? -1 : 1),
  );
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
    drafts.push({ key, title, slugSource, conference, items: group, date: first.start, day: first.day, dayNumber: n });
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

function summaryOf(draft: Draft, options: ExportOptions): string {
  if (options.summary !== undefined) return options.summary.trim();
  for (const item of draft.items) {
    const lines: string[] = [];
    const blocks = blocksOf(item.record.document?.content);
    const prose = blocks.filter((block) => block.type === 'paragraph' || block.type === 'quote');
    for (const block of prose.length > 0 ? prose : blocks.filter((block) => block.type === 'list')) {
      const text = plainText(block).replace(/\s+/g, ' ').trim();
      if (text !== '') lines.push(text);
      if (lines.join(' ').length >= SUMMARY_LENGTH) break;
    }
    const text = lines.join(' ');
    if (text === '') continue;
    if (text.length <= SUMMARY_LENGTH) return text;
    const cut = text.slice(0, SUMMARY_LENGTH);
    const space = cut.lastIndexOf(' ');
    return `${(space > SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  return '';
}

function metaLine(item: Item, withDate: boolean): JsonNode | null {
  const { session } = item.record;
  const zone = item.conference.timeZone;
  const end = session.actualEnd ?? session.scheduledEnd;
  const time = `${withDate ? `${item.day} ` : ''}${clockTime(item.start, zone)}${end !== undefined && end > item.start ? `–${clockTime(end, zone)}` : ''}`;
  const parts = [session.speakers.join(', '), session.room, time].filter((part) => part.trim() !== '');
  return parts.length === 0 ? null : paragraphJson([textJson(parts.join(' · '), ITALIC)]);
}

function actionBlocks(state: EditorStateJson | null | undefined, options: ExportOptions, level: number): JsonNode[] {
  if (options.actions === 'none') return [];
  const items = actionItems(state).filter((action) => options.actions === 'all' || !action.checked);
  if (items.length === 0) return [];
  return [headingJson('Action items', level), checkList(items.map((action) => action.item))];
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
 * post), a line with speakers, room and time, the notes, and its action
 * items; converted in one pass.
 */
function sessionSection(item: Item, options: ExportOptions, nested: boolean, withDate: boolean, imageUrl: ImageUrl): string {
  const content = item.record.document?.content;
  const notes = blocksOf(content);
  const meta = metaLine(item, withDate);
  const blocks = [
    ...(nested ? [headingJson(item.record.session.title, 2)] : []),
    ...(meta ? [meta] : []),
    ...(nested ? shiftHeadings(notes, 2) : notes),
    ...actionBlocks(content, options, nested ? 3 : 2),
  ];
  const stamps = stampWriterFor(options.stamps, item.conference.timeZone, item.start);
  return toMarkdown(blocks, stamps ? { stamps, imageUrl } : { imageUrl }, `The notes of “${item.record.session.title}”`);
}

interface Entry {
  time: number;
  order: number;
  blocks: JsonNode[];
}

function liveblogBody(draft: Draft, options: ExportOptions, imageUrl: ImageUrl): string {
  const entries: Entry[] = [];
  let order = 0;
  for (const item of draft.items) {
    const { session } = item.record;
    const heading = [textJson(session.title, BOLD)];
    if (session.speakers.length > 0) heading.push(textJson(` (${session.speakers.join(', ')})`));
    let current: Entry = { time: item.start, order: order++, blocks: [paragraphJson(heading, item.start)] };
    entries.push(current);
    for (const block of blocksOf(item.record.document?.content)) {
      const stamp = firstStamp(block);
      if (stamp !== null && plainText(block).trim() !== '') {
        current = { time: stamp, order: order++, blocks: [block] };
        entries.push(current);
      } else {
        current.blocks.push(block);
      }
    }
  }
  entries.sort((a, b) => b.time - a.time || b.order - a.order);
  const writer = liveblogWriter(options.stamps, draft.conference.timeZone);
  const body = entries.map((entry) => toMarkdown(entry.blocks, { stamps: writer, imageUrl }, `The live blog of ${draft.title}`).trim());
  if (options.actions !== 'none') {
    const items = draft.items.flatMap((item) =>
      actionItems(item.record.document?.content).filter((action) => options.actions === 'all' || !action.checked),
    );
    if (items.length > 0) body.push(toMarkdown([headingJson('Action items', 2), checkList(items.map((a) => a.item))], {}, 'The action items'));
  }
  return body.filter((part) => part !== '').join('\n\n');
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
      return liveblogBody(draft, options, imageUrl);
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
  for (const item of draft.items) blocksOf(item.record.document?.content).forEach(walk);
  return [...assets];
}

/** The posts of an export, built one by one as they are taken. */
export interface PostStream {
  /** How many posts the stream yields. */
  readonly total: number;
  readonly posts: Iterable<Post>;
}

/**
 * Turns conferences and sessions into posts: which files, with what front
 * matter and body, for the chosen preset and layout. Pure: the writer puts
 * them on disk. Which posts there are, and their slugs, is settled at once;
 * each post's markdown is built only when the stream is read, so a writer
 * can write one post while the next is built, and stays responsive.
 */
export function streamPosts(input: ExportInput, options: ExportOptions): PostStream {
  const drafts = groupDrafts(collectItems(input, options), options);
  const slugs = uniqueSlugs(
    drafts,
    (draft) => makeSlug(draft.slugSource, draft.items.length === 1 ? 'session' : 'post'),
    (draft) => draft.key,
  );
  function* posts(): Generator<Post> {
    for (const [index, draft] of drafts.entries()) yield postOf(draft, slugs[index] ?? makeSlug(draft.slugSource), options);
  }
  return { total: drafts.length, posts: posts() };
}

/** Every post of an export, built at once. */
export function buildPosts(input: ExportInput, options: ExportOptions): Post[] {
  return [...streamPosts(input, options).posts];
}

function postOf(draft: Draft, slug: string, options: ExportOptions): Post {
  const zone = draft.conference.timeZone;
  const date = options.preset === 'jekyll' ? jekyllDate(draft.date, zone) : rfc3339(draft.date, zone);
  const sessions = draft.items.map((item) => item.record.session);
  const head = frontMatter(
    {
      title: draft.title,
      date,
      slug,
      summary: summaryOf(draft, options),
      tags: unique([...draft.conference.tags, ...sessions.flatMap((s) => s.tags), ...options.tags]),
      conference: draft.conference.name,
      speakers: unique(sessions.flatMap((s) => s.speakers)),
      draft: options.draft,
    },
    options.preset,
  );
  const assets = imageAssets(draft);
  const places = new Map(assets.map((asset) => [asset, attachmentPlace(options.preset, slug, draft.day, asset)]));
  // A damaged image name has no file to point at: its link stays the name, which the post shows as broken.
  const imageUrl: ImageUrl = (asset) => places.get(asset)?.link ?? asset;
  const markdown = bodyOf(draft, options, imageUrl).trim();
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
