import type { EditorStateJson } from '../model/session';

/** One line of notes: a paragraph, heading, quote or list item of a document. */
export interface DocumentLine {
  /** Position among the document's lines (paragraphs, headings, quotes, list items) in document order. */
  blockIndex: number;
  text: string;
  stamp: number | null;
  /** An unticked check-list item: an open action item. */
  openAction: boolean;
}

type JsonNode = { type?: unknown; children?: unknown; text?: unknown; checked?: unknown; $?: unknown; listType?: unknown };

const LINE_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem']);

function children(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
}

/** The text of a line, without nested lists (their items are lines of their own). */
function ownText(node: JsonNode): string {
  let out = '';
  for (const child of children(node)) {
    if (child.type === 'list') continue;
    if (typeof child.text === 'string') out += child.text;
    else if (child.type === 'linebreak') out += '\n';
    else if (child.type === 'tab') out += '\t';
    else out += ownText(child);
  }
  return out;
}

function stampOf(node: JsonNode): number | null {
  const state = node.$ as { stamp?: unknown } | undefined;
  return typeof state?.stamp === 'number' && Number.isFinite(state.stamp) ? state.stamp : null;
}

/** Every line of a document in order, with its stamp: what search indexes and what a result points at. */
export function documentLines(content: EditorStateJson | null | undefined): DocumentLine[] {
  const lines: DocumentLine[] = [];
  const visit = (node: JsonNode, inCheckList: boolean) => {
    const type = typeof node.type === 'string' ? node.type : '';
    if (LINE_TYPES.has(type)) {
      lines.push({
        blockIndex: lines.length,
        text: ownText(node),
        stamp: stampOf(node),
        openAction: type === 'listitem' && inCheckList && node.checked !== true,
      });
    }
    const checkList = type === 'list' ? node.listType === 'check' : inCheckList;
    for (const child of children(node)) if (typeof child.type === 'string' && child.type !== 'text') visit(child, checkList);
  };
  if (content) visit(content.root as JsonNode, false);
  return lines;
}
