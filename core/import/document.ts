import { markdownToEditorState } from '../markdown/convert';
import type { EditorStateJson } from '../model/session';
import { LITERAL, STAMP_CLOSE, STAMP_OPEN, type NoteLines } from './noteLines';

type JsonNode = Record<string, unknown> & { type?: unknown; children?: unknown; text?: unknown };

const STAMPED_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem']);
const MARK = new RegExp(`${STAMP_OPEN}(\\d+)${STAMP_CLOSE}`, 'g');
const ALL_MARKS = new RegExp(`${STAMP_OPEN}\\d+${STAMP_CLOSE}|${LITERAL}`, 'g');

export interface BuiltDocument {
  document: EditorStateJson;
  /** The markdown without marks. */
  markdown: string;
  /** The stamps placed, in document order. */
  stamps: number[];
}

function childrenOf(node: JsonNode): JsonNode[] | null {
  return Array.isArray(node.children) ? (node.children as JsonNode[]) : null;
}

/**
 * Reads the marked markdown with the app's own markdown reader, then moves
 * each stamp mark onto the block that holds it as the block's `stamp` node
 * state, and drops the marks from the text.
 */
export function buildDocument(lines: NoteLines, imageAsset: (src: string, altText: string) => string | null = () => null): BuiltDocument {
  const document = markdownToEditorState(lines.markdown, { imageAsset });
  const placed: number[] = [];

  const visit = (node: JsonNode, block: JsonNode | null) => {
    const ownBlock = typeof node.type === 'string' && STAMPED_TYPES.has(node.type) ? node : block;
    const children = childrenOf(node);
    if (children) {
      for (const child of children) visit(child, ownBlock);
      // Marks may leave empty text nodes behind.
      node.children = children.filter((child) => !(child.type === 'text' && child.text === ''));
    }
    if (node.type === 'text' && typeof node.text === 'string' && ALL_MARKS.test(node.text)) {
      ALL_MARKS.lastIndex = 0;
      for (const match of node.text.matchAll(MARK)) {
        const stamp = lines.stamps[Number(match[1])];
        if (stamp !== undefined && ownBlock) {
          const state = (ownBlock.$ ?? {}) as Record<string, unknown>;
          if (typeof state.stamp !== 'number') {
            ownBlock.$ = { ...state, stamp };
            placed.push(stamp);
          }
        }
      }
      // A mark after a space ("text <mark>") takes the space with it.
      node.text = node.text.replace(new RegExp(`\\s*${STAMP_OPEN}\\d+${STAMP_CLOSE}`, 'g'), '').replace(new RegExp(LITERAL, 'g'), '');
    }
    ALL_MARKS.lastIndex = 0;
  };
  visit(document.root as unknown as JsonNode, null);
  return { document, markdown: lines.markdown.replace(ALL_MARKS, ''), stamps: placed };
}
