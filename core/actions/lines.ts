/**
 * The lines of a document, read straight from its serialised JSON: each
 * paragraph, heading, quote and list item, in document order (a list item
 * that only wraps a nested list is a line without text). `index` counts
 * these blocks from 0 as the editor's jumps do (renderer/src/editor/jump.ts
 * `lineKeyAt`); the editor enumerates
 * the same lines with `$documentLines()` (./actionIds), so an index found
 * here names the same line there (used to jump to a suggestion's line).
 *
 * Reading the JSON directly is far faster than parsing it into an editor
 * state, which matters because this runs inside every document save.
 */
export type LineBlock = 'paragraph' | 'heading' | 'quote' | 'listitem';

export interface DocumentLine {
  index: number;
  block: LineBlock;
  text: string;
  stamp: number | null;
  /** Only for list items of a check list. */
  checkItem: boolean;
  checked: boolean;
  actionId: string | null;
  /** Text of the nearest heading above this line. */
  heading: string | null;
}

type JsonNode = Record<string, unknown>;

const lineTypes = new Set<string>(['paragraph', 'heading', 'quote', 'listitem']);

function childrenOf(node: JsonNode): JsonNode[] {
  const children = node['children'];
  return Array.isArray(children) ? (children.filter((child) => child !== null && typeof child === 'object') as JsonNode[]) : [];
}

/**
 * A link as an item's text keeps it: `[text](url)`, or the address alone when
 * it is its own text, so "Read the [docs](…)" still says where to read.
 */
export function linkText(text: string, url: string): string {
  return url === '' || text === url ? text || url : text === '' ? url : `[${text}](${url})`;
}

/** Inline text of a block: text nodes, links and line breaks, not nested blocks. */
function inlineText(node: JsonNode): string {
  let text = '';
  for (const child of childrenOf(node)) {
    const type = child['type'];
    if (type === 'text' || type === 'code-highlight') text += typeof child['text'] === 'string' ? child['text'] : '';
    else if (type === 'linebreak') text += '\n';
    else if (type === 'tab') text += '\t';
    else if (type === 'link') text += linkText(inlineText(child), typeof child['url'] === 'string' ? child['url'] : '');
    else if (type !== 'list' && !lineTypes.has(String(type))) text += inlineText(child);
  }
  return text;
}

function hasInlineChildren(node: JsonNode): boolean {
  return childrenOf(node).some((child) => child['type'] !== 'list' && !lineTypes.has(String(child['type'])));
}

function stateOf(node: JsonNode): Record<string, unknown> {
  const state = node['$'];
  return state !== null && typeof state === 'object' ? (state as Record<string, unknown>) : {};
}

/**
 * The lines of one top-level block of a serialised document, with `index`
 * counted from 0 within the block, given the nearest heading above it; and
 * the heading in effect after it. A document's lines are its blocks' lines
 * one after another, so a save can re-read only the blocks that changed.
 */
export function blockLinesFromJson(block: unknown, headingBefore: string | null): { lines: DocumentLine[]; headingAfter: string | null } {
  const lines: DocumentLine[] = [];
  let heading = headingBefore;
  const visit = (node: JsonNode, listType: string | null): void => {
    const type = String(node['type']);
    if (type === 'list') {
      const nextListType = typeof node['listType'] === 'string' ? node['listType'] : null;
      for (const child of childrenOf(node)) visit(child, nextListType);
      return;
    }
    if (lineTypes.has(type)) {
      const state = stateOf(node);
      const stamp = typeof state['stamp'] === 'number' && Number.isFinite(state['stamp']) ? state['stamp'] : null;
      const actionId = typeof state['actionId'] === 'string' ? state['actionId'] : null;
      // A list item that only wraps a nested list counts as a line (as the editor's jumps count it) with no text.
      const checkItem = type === 'listitem' && listType === 'check' && (hasInlineChildren(node) || childrenOf(node).length === 0);
      const text = inlineText(node);
      lines.push({
        index: lines.length,
        block: type as LineBlock,
        text,
        stamp,
        checkItem,
        checked: checkItem && node['checked'] === true,
        actionId: checkItem ? actionId : null,
        heading,
      });
      if (type === 'heading') heading = text.trim() || heading;
      for (const child of childrenOf(node)) if (child['type'] === 'list') visit(child, listType);
      return;
    }
    for (const child of childrenOf(node)) visit(child, listType);
  };
  if (block !== null && typeof block === 'object') visit(block as JsonNode, null);
  return { lines, headingAfter: heading };
}

/** Every line of a serialised document, in order. */
export function documentLinesFromJson(content: { root: unknown }): DocumentLine[] {
  const lines: DocumentLine[] = [];
  let heading: string | null = null;
  const root = content.root;
  if (root === null || typeof root !== 'object') return lines;
  for (const block of childrenOf(root as JsonNode)) {
    const read = blockLinesFromJson(block, heading);
    for (const line of read.lines) lines.push({ ...line, index: lines.length });
    heading = read.headingAfter;
  }
  return lines;
}
