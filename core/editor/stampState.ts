import { $getState, $setState, createState, type LexicalNode } from 'lexical';

/**
 * The stamp of a block: the instant (epoch ms, UTC) its first character was
 * written. Kept as Lexical node state, so it is part of the document, travels
 * in the JSON (under "$": {"stamp": …}), and is restored by undo and redo.
 */
export const stampState = createState('stamp', {
  // A line split off with Enter is a new line: $copyNode must not carry this over.
  resetOnCopyNode: true,
  parse: (value: unknown): number | null =>
    typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : null,
});

export function $getStamp(node: LexicalNode): number | null {
  return $getState(node, stampState);
}

export function $setStamp<T extends LexicalNode>(node: T, stamp: number | null): T {
  return $setState(node, stampState, stamp);
}
