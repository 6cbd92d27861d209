import type { Conference } from '../model/conference';
import type { EditorStateJson, Session } from '../model/session';
import { TEMPLATE_ORIGIN_KEY } from '../editor/templateOriginState';
import { builtinTemplate } from '../templates/builtins';
import { instantiateTemplate } from '../templates/instantiate';
import { blocksOf, plainText, type JsonNode } from './documentJson';

/**
 * What of a session's notes goes into a post. A template lays out headings,
 * labels and empty bullets; the lines the user never wrote in still carry
 * the template's mark (core/editor/templateOriginState.ts). Here:
 *
 * - empty lines go: headings, paragraphs, list items, quotes, check items
 *   and code blocks with no text (the bullet the user never filled);
 * - a label with no value goes (`**Link:**` and nothing after it; a
 *   template's `Fix:` too);
 * - a template's label lines that were filled from the session
 *   (`**Room:** Ballroom A`) go: the post says that in its front matter and
 *   its meta line;
 * - a heading that repeats the session's title goes: the post has it once;
 * - a template's heading goes with its whole section when nothing under it
 *   is the user's;
 * - everything the user wrote stays exactly as written.
 *
 * Documents written before lines were marked have no mark at all: for them
 * the lines that are exactly those of the session's built-in template, in
 * order, count as the template's.
 */

export function isFromTemplate(node: JsonNode): boolean {
  const state = node['$'];
  return !!state && typeof state === 'object' && (state as Record<string, unknown>)[TEMPLATE_ORIGIN_KEY] === true;
}

function withMark(node: JsonNode): JsonNode {
  const state = node['$'] && typeof node['$'] === 'object' ? (node['$'] as Record<string, unknown>) : {};
  return { ...node, $: { ...state, [TEMPLATE_ORIGIN_KEY]: true } };
}

const norm = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The text a line holds itself, without the lists nested in it. */
export function ownText(node: JsonNode): string {
  return (node.children ?? []).filter((child) => child.type !== 'list').map(plainText).join('');
}

// ---- old documents: the lines of the session's template, found again ----

function lineKey(node: JsonNode): string {
  const tag = typeof node['tag'] === 'string' ? node['tag'] : '';
  return `${node.type}${tag}|${norm(ownText(node))}`;
}

function lines(blocks: JsonNode[]): JsonNode[] {
  const out: JsonNode[] = [];
  for (const block of blocks) {
    if (block.type === 'list') {
      for (const item of block.children ?? []) {
        out.push(item);
        out.push(...lines((item.children ?? []).filter((child) => child.type === 'list')));
      }
    } else out.push(block);
  }
  return out;
}

function hasAnyMark(blocks: JsonNode[]): boolean {
  return lines(blocks).some(isFromTemplate);
}

/** Marks, in a copy, the lines of an old document that are its template's own, matched in order. */
function markLegacyLines(blocks: JsonNode[], template: EditorStateJson): JsonNode[] {
  const wanted = lines(blocksOf(template)).map(lineKey);
  const marked = new Set<JsonNode>();
  let cursor = 0;
  for (const line of lines(blocks)) {
    const key = lineKey(line);
    const found = wanted.indexOf(key, cursor);
    if (found < 0) continue;
    marked.add(line);
    cursor = found + 1;
  }
  const copy = (node: JsonNode): JsonNode => {
    const children = node.children?.map(copy);
    const next = children ? { ...node, children } : { ...node };
    return marked.has(node) ? withMark(next) : next;
  };
  return blocks.map(copy);
}

export interface NotesContext {
  session: Session;
  conference: Conference;
  /** The session's start, for filling an old document's template the way it was filled. */
  start: number | null;
}

/** The blocks of a session's document, with the template's lines marked (also in documents older than the mark). */
export function markedBlocks(content: EditorStateJson | null | undefined, context: NotesContext): JsonNode[] {
  const blocks = blocksOf(content);
  if (blocks.length === 0 || hasAnyMark(blocks)) return blocks;
  const template = context.session.templateId ? builtinTemplate(context.session.templateId) : undefined;
  if (!template) return blocks;
  const filled = instantiateTemplate(template, context.session, context.conference, context.start ?? context.session.updatedAt);
  return markLegacyLines(blocks, filled);
}

// ---- labels ----

/** A paragraph's lines: its inline children split at line breaks. */
function splitLines(children: JsonNode[]): JsonNode[][] {
  const out: JsonNode[][] = [[]];
  for (const child of children) {
    if (child.type === 'linebreak') out.push([]);
    else out[out.length - 1]?.push(child);
  }
  return out;
}

function joinLines(parts: JsonNode[][]): JsonNode[] {
  return parts.flatMap((part, index) => (index === 0 ? part : [{ type: 'linebreak', version: 1 }, ...part]));
}

const BOLD = 1;

interface Label {
  /** True when the label is set in bold (`**Room:**`), as templates write them. */
  bold: boolean;
  value: string;
}

/** A line that starts with a label ("Room:"), and what follows it; null for any other line. */
export function labelOf(line: JsonNode[]): Label | null {
  const first = line.find((node) => plainText(node).trim() !== '');
  if (!first) return null;
  const text = line.map(plainText).join('');
  const bold = first.type === 'text' && typeof first['format'] === 'number' && (first['format'] & BOLD) !== 0;
  if (bold) {
    const labelText = plainText(first).trim();
    if (labelText.endsWith(':')) return { bold, value: text.slice(text.indexOf(labelText) + labelText.length).trim() };
  }
  const match = /^\s*([^:\n]{1,40}):(.*)$/.exec(text);
  if (!match) return null;
  return { bold: false, value: (match[2] ?? '').trim() };
}

/** Whether a line is a label with no value that should not be published. */
function isUnfilledLabel(line: JsonNode[], fromTemplate: boolean): boolean {
  const label = labelOf(line);
  return label !== null && label.value === '' && (fromTemplate || label.bold);
}

/** A template's line that only leads in to what the user was to write: "(4 min) " with nothing after it. */
function isUnfilledStub(line: JsonNode[], fromTemplate: boolean): boolean {
  return fromTemplate && /^\s*\([^)]*\)\s*$/.test(line.map(plainText).join(''));
}

// ---- cleaning ----

function hasText(node: JsonNode): boolean {
  return plainText(node).trim() !== '';
}

function cleanParagraph(block: JsonNode): JsonNode | null {
  const fromTemplate = isFromTemplate(block);
  const kept = splitLines(block.children ?? []).filter((line) => {
    if (line.map(plainText).join('').trim() === '') return false;
    if (isUnfilledLabel(line, fromTemplate)) return false;
    // A template's label filled from the session: the post carries that value already.
    if (fromTemplate && labelOf(line) !== null) return false;
    return true;
  });
  if (kept.length === 0) return null;
  return { ...block, children: joinLines(kept) };
}

function cleanList(list: JsonNode): JsonNode | null {
  const items: JsonNode[] = [];
  for (const item of list.children ?? []) {
    const nested = (item.children ?? []).filter((child) => child.type === 'list').map(cleanList).filter((child): child is JsonNode => child !== null);
    const own = (item.children ?? []).filter((child) => child.type !== 'list');
    const ownEmpty = own.map(plainText).join('').trim() === '' || isUnfilledLabel(own, isFromTemplate(item)) || isUnfilledStub(own, isFromTemplate(item));
    if (ownEmpty && nested.length === 0) continue;
    items.push({ ...item, children: ownEmpty ? nested : [...own, ...nested] });
  }
  return items.length === 0 ? null : { ...list, children: items.map((item, index) => ({ ...item, value: index + 1 })) };
}

/** A block without its empty parts, or null when nothing of it is left. */
function cleanBlock(block: JsonNode): JsonNode | null {
  switch (block.type) {
    case 'paragraph':
      return cleanParagraph(block);
    case 'list':
      return cleanList(block);
    case 'image':
      return block;
    case 'heading':
    case 'quote':
    case 'code':
      return hasText(block) ? block : null;
    default:
      return hasText(block) || (block.children ?? []).length > 0 ? block : null;
  }
}

/** Whether a kept block holds something the user wrote. */
function isUsers(block: JsonNode): boolean {
  if (block.type === 'image') return true;
  if (block.type === 'list') return lines([block]).some((item) => !isFromTemplate(item) && ownText(item).trim() !== '');
  return !isFromTemplate(block);
}

export function headingLevel(block: JsonNode): number | null {
  return block.type === 'heading' && typeof block['tag'] === 'string' ? Number(block['tag'].slice(1)) : null;
}

/** The index after the last block of the section a heading at `index` opens. */
export function sectionEnd(blocks: JsonNode[], index: number): number {
  const level = headingLevel(blocks[index] as JsonNode) ?? 0;
  let end = index + 1;
  while (end < blocks.length) {
    const next = headingLevel(blocks[end] as JsonNode);
    if (next !== null && next <= level) break;
    end++;
  }
  return end;
}

export interface SessionNotes {
  /** The blocks to publish. */
  blocks: JsonNode[];
  /** Whether anything in them is the user's: a session without it has nothing to publish. */
  hasNotes: boolean;
}

/** What of a session's notes a post shows (see the top of this file). */
export function publishableNotes(content: EditorStateJson | null | undefined, context: NotesContext): SessionNotes {
  const title = norm(context.session.title);
  let blocks = markedBlocks(content, context)
    .map(cleanBlock)
    .filter((block): block is JsonNode => block !== null);
  // The title, written again as the notes' first heading (a template's `# {{title}}`, or by hand).
  const firstHeading = blocks.findIndex((block) => block.type === 'heading');
  blocks = blocks.filter(
    (block, index) =>
      !(block.type === 'heading' && norm(plainText(block)) === title && (isFromTemplate(block) || (index === firstHeading && !blocks.slice(0, index).some(isUsers)))),
  );
  // A template's section with nothing of the user's in it goes whole, subsections included.
  const dropped = new Set<number>();
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as JsonNode;
    if (block.type !== 'heading' || !isFromTemplate(block) || dropped.has(index)) continue;
    const end = sectionEnd(blocks, index);
    if (!blocks.slice(index + 1, end).some(isUsers)) {
      for (let i = index; i < end; i++) dropped.add(i);
    }
  }
  blocks = blocks.filter((_, index) => !dropped.has(index));
  return { blocks, hasNotes: blocks.some(isUsers) };
}
