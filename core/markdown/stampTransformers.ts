import { $isListItemNode, $isListNode, ListItemNode, ListNode } from '@lexical/list';
import type { ElementTransformer, Transformer } from '@lexical/markdown';
import { $isHeadingNode, $isQuoteNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $isParagraphNode, ParagraphNode, type ElementNode, type LexicalNode } from 'lexical';
import { $getStamp } from '../editor/stampState';
import { PLENARY_TRANSFORMERS } from './transformers';

/**
 * How the stamp of each block is written: as a prefix inside the block
 * ("13:55 text", "**13:55** text", "[+04:10] text") or as a line of its own
 * before the block.
 */
export interface StampWriter {
  placement: 'prefix' | 'line';
  /** The text written for a stamp, e.g. "13:55 " or "**13:55** " for a prefix, "*13:55*" for a line. */
  render: (stamp: number) => string;
}

const LIST_INDENT = '    ';
// Never matches: these transformers only write markdown; reading stays with the standard ones.
const NEVER = /(?!)/;
const noImport = (): boolean => false;

function $prefixOf(node: LexicalNode, writer: StampWriter | undefined): string {
  if (writer?.placement !== 'prefix') return '';
  const stamp = $getStamp(node);
  return stamp === null ? '' : writer.render(stamp);
}

function $lineBefore(node: LexicalNode, writer: StampWriter | undefined): string {
  if (writer?.placement !== 'line') return '';
  const stamp = $firstStamp(node);
  return stamp === null ? '' : `${writer.render(stamp)}\n\n`;
}

/** The stamp of a block, or for a list the first stamp among its items. */
function $firstStamp(node: LexicalNode): number | null {
  const own = $getStamp(node);
  if (own !== null || !$isListNode(node)) return own;
  for (const item of node.getChildren()) {
    const stamp = $firstStamp(item);
    if (stamp !== null) return stamp;
    if ($isListItemNode(item)) {
      for (const child of item.getChildren()) {
        const nested = $firstStamp(child);
        if (nested !== null) return nested;
      }
    }
  }
  return null;
}

function isBulleted(node: LexicalNode | null): node is ListNode {
  return $isListNode(node) && node.getListType() !== 'number';
}

/**
 * Two bulleted lists one after the other would be read as one list in
 * CommonMark (a blank line between items only makes a list loose), so a
 * bulleted list that follows another one takes the other marker.
 */
function $bulletMarker(list: ListNode): string {
  let run = 0;
  let previous = list.getPreviousSibling();
  while (isBulleted(previous) && isBulleted(list)) {
    run++;
    previous = previous.getPreviousSibling();
  }
  return run % 2 === 0 ? '-' : '*';
}

function $listExport(
  list: ListNode,
  exportChildren: (node: ElementNode) => string,
  depth: number,
  writer: StampWriter | undefined,
): string {
  const marker = depth === 0 ? $bulletMarker(list) : '-';
  const output: string[] = [];
  let index = 0;
  for (const item of list.getChildren()) {
    if (!$isListItemNode(item)) continue;
    const only = item.getChildrenSize() === 1 ? item.getFirstChild() : null;
    if ($isListNode(only)) {
      const nested = $listExport(only, exportChildren, depth + 1, writer);
      if (nested) output.push(nested);
      continue;
    }
    const type = list.getListType();
    const prefix =
      type === 'number'
        ? `${list.getStart() + index}. `
        : type === 'check'
          ? `${marker} [${item.getChecked() ? 'x' : ' '}] `
          : `${marker} `;
    let text = exportChildren(item);
    if (type !== 'number') text = text.replace(/^(\s{0,3}\d+)(\.\s)/, '$1\\$2');
    output.push(LIST_INDENT.repeat(depth) + prefix + $prefixOf(item, writer) + text);
    index++;
  }
  return output.join('\n');
}

/**
 * The transformers for writing posts: the standard ones, with each block's
 * stamp written as `writer` says (paragraphs, headings, quotes and list items
 * carry stamps; without a writer stamps are left out) and lists written so
 * that two lists in a row stay two lists.
 */
export function postTransformers(writer?: StampWriter): Transformer[] {
  const paragraph: ElementTransformer = {
    dependencies: [ParagraphNode],
    export: (node, exportChildren) => {
      if (!$isParagraphNode(node)) return null;
      const text = exportChildren(node);
      if (text.trim() === '') return text;
      return $lineBefore(node, writer) + $prefixOf(node, writer) + text;
    },
    regExp: NEVER,
    replace: noImport,
    type: 'element',
  };
  const heading: ElementTransformer = {
    dependencies: [HeadingNode],
    export: (node, exportChildren) => {
      if (!$isHeadingNode(node)) return null;
      const level = Number(node.getTag().slice(1));
      // A time inside a heading becomes part of its title (and its anchor): it goes on a line of its own before it.
      const prefix = $prefixOf(node, writer).trim();
      return `${$lineBefore(node, writer)}${prefix === '' ? '' : `${prefix}\n\n`}${'#'.repeat(level)} ${exportChildren(node)}`;
    },
    regExp: NEVER,
    replace: noImport,
    type: 'element',
  };
  const quote: ElementTransformer = {
    dependencies: [QuoteNode],
    export: (node, exportChildren) => {
      if (!$isQuoteNode(node)) return null;
      const lines = ($prefixOf(node, writer) + exportChildren(node)).split('\n');
      return $lineBefore(node, writer) + lines.map((line) => `> ${line}`).join('\n');
    },
    regExp: NEVER,
    replace: noImport,
    type: 'element',
  };
  const list: ElementTransformer = {
    dependencies: [ListNode, ListItemNode],
    export: (node, exportChildren) =>
      $isListNode(node) ? $lineBefore(node, writer) + $listExport(node, exportChildren, 0, writer) : null,
    regExp: NEVER,
    replace: noImport,
    type: 'element',
  };
  return [paragraph, heading, quote, list, ...PLENARY_TRANSFORMERS];
}
