import type { Conference } from '../model/conference';
import type { EditorStateJson, Session } from '../model/session';
import type { Template } from '../model/template';
import { blocksOf, childrenOf, cloneState, isTextNode, textOf, walk, type JsonNode } from './jsonTree';
import { fillPlaceholders, placeholderValues } from './placeholders';
import { TEMPLATE_ORIGIN_KEY } from '../editor/templateOriginState';

/** Node state keys that belong to one session's document, never to a template. */
const sessionStateKeys = ['stamp', 'actionId', TEMPLATE_ORIGIN_KEY] as const;

/** The lines a template lays out: each is marked as the template's until the user writes in it. */
const lineTypes = new Set(['paragraph', 'heading', 'quote', 'listitem', 'code']);

/** Marks every line of a document as put there by a template (see `templateOriginState`), in place. */
function markTemplateLines(state: EditorStateJson): EditorStateJson {
  walk(state.root as JsonNode, (node) => {
    if (typeof node.type !== 'string' || !lineTypes.has(node.type)) return;
    const nodeState = node.$ && typeof node.$ === 'object' ? (node.$ as Record<string, unknown>) : {};
    node.$ = { ...nodeState, [TEMPLATE_ORIGIN_KEY]: true };
  });
  return state;
}

/**
 * Removes what belongs to the notes of one session from a document, in place:
 * stamps, action-item ids, and the ticks of check-list items (they stay check
 * items, unticked).
 */
function stripSessionState(state: EditorStateJson): EditorStateJson {
  walk(state.root as JsonNode, (node) => {
    const nodeState = node.$;
    if (nodeState && typeof nodeState === 'object') {
      const rest: Record<string, unknown> = { ...(nodeState as Record<string, unknown>) };
      for (const key of sessionStateKeys) delete rest[key];
      if (Object.keys(rest).length === 0) delete node.$;
      else node.$ = rest;
    }
    if (node.type === 'listitem' && typeof node.checked === 'boolean') node.checked = false;
  });
  return state;
}

/**
 * The document of a new session created from a template: the template's
 * skeleton with its placeholders filled from the session and conference. It
 * carries no stamps: a line is stamped when the user writes in it. Every
 * line is marked as the template's until the user writes in it.
 */
export function instantiateTemplate(
  template: Pick<Template, 'content'>,
  session: Pick<Session, 'title' | 'speakers' | 'room' | 'track' | 'url' | 'scheduledStart' | 'actualStart'>,
  conference: Pick<Conference, 'name' | 'timeZone'> | null,
  now = Date.now(),
): EditorStateJson {
  const filled = fillPlaceholders(template.content, placeholderValues(session, conference, now));
  return markTemplateLines(stripSessionState(filled));
}

/** What a new user template needs, before it gets an id and a revision. */
export interface TemplateDraft {
  name: string;
  description: string;
  kind?: Template['kind'];
  basedOn?: string;
  content: EditorStateJson;
}

/**
 * A template made from a session's document: every heading, list and line is
 * kept as written; stamps, action-item ids and ticks are removed, so each
 * session made from it starts fresh.
 */
export function templateFromDocument(
  doc: EditorStateJson,
  name: string,
  options: { description?: string; kind?: Template['kind'] } = {},
): TemplateDraft {
  return {
    name: name.trim(),
    description: options.description ?? '',
    ...(options.kind ? { kind: options.kind } : {}),
    content: stripSessionState(cloneState(doc)),
  };
}

function hasStamp(state: EditorStateJson): boolean {
  let found = false;
  walk(state.root as JsonNode, (node) => {
    const nodeState = node.$ as Record<string, unknown> | undefined;
    if (nodeState && typeof nodeState === 'object' && nodeState.stamp !== undefined) found = true;
  });
  return found;
}

/** The shape of a document as the user sees it: one line per block, with its kind and text. */
function outline(state: EditorStateJson): string[] {
  const lines: string[] = [];
  const visitBlock = (node: JsonNode, depth: number) => {
    const children = childrenOf(node);
    const hasBlockChildren = children.some((child) => !isTextNode(child) && child.type !== 'linebreak' && child.type !== 'link' && child.type !== 'autolink' && child.type !== 'tab');
    if (node.type === 'list' || (hasBlockChildren && node.type !== 'listitem')) {
      for (const child of children) visitBlock(child, depth + 1);
      return;
    }
    const tag = typeof node.tag === 'string' ? node.tag : '';
    const checked = typeof node.checked === 'boolean' ? `[${node.checked ? 'x' : ' '}]` : '';
    const own = children.filter((child) => child.type !== 'list');
    lines.push(`${depth}|${String(node.type)}${tag}${checked}|${own.map(textOf).join('').trim()}`);
    for (const child of children) if (child.type === 'list') visitBlock(child, depth + 1);
  };
  for (const block of blocksOf(state)) visitBlock(block, 0);
  while (lines.length > 0 && /\|paragraph\|$/.test(lines[lines.length - 1] ?? '')) lines.pop();
  return lines;
}

/**
 * Whether a session's document holds no notes yet, so its template may still
 * be switched: it has no text at all, or it is exactly one of `untouched`
 * (the documents its templates produce for this session) and nothing in it
 * has been stamped. Formatting and trailing empty lines do not count.
 */
export function isDocumentEmpty(doc: EditorStateJson, untouched: readonly EditorStateJson[] = []): boolean {
  if (hasStamp(doc)) return false;
  const text = blocksOf(doc).map(textOf).join('');
  if (text.trim() === '') return true;
  const shape = outline(doc).join('\n');
  return untouched.some((candidate) => outline(candidate).join('\n') === shape);
}
