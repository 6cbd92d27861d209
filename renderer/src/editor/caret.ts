import { $dfs } from '@lexical/utils';
import { $isHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $getRoot, $isElementNode, HISTORY_MERGE_TAG, TextNode, type ElementNode, type LexicalEditor } from 'lexical';
import { $stampedBlockOf } from '../../../core/editor/stamping';
import { $getStamp } from '../../../core/editor/stampState';

/** Whether a block holds no text of its own (a list item that only wraps a nested list is not a line to write on). */
function $isEmptyLine(block: ElementNode): boolean {
  const children = block.getChildren();
  if (children.some((child) => $isElementNode(child))) return false;
  return children.every((child) => child instanceof TextNode && child.getTextContentSize() === 0);
}

/**
 * Where a session opens for writing: after the newest line written in it
 * (notes continue where they stopped, wherever the template put that line),
 * or, in notes nobody has written in yet, on the first empty line the
 * template left to write on; else at the end, on a new line when the notes
 * end on a heading (typing there would go into the heading).
 */
export function $selectPlaceToWrite(): void {
  let newest: { block: ElementNode; stamp: number } | null = null;
  let firstEmpty: ElementNode | null = null;
  for (const { node } of $dfs()) {
    if (!$isElementNode(node) || $stampedBlockOf(node) !== node) continue;
    const stamp = $getStamp(node);
    if (stamp !== null && node.getTextContentSize() > 0) {
      if (!newest || stamp >= newest.stamp) newest = { block: node, stamp };
    } else if (!firstEmpty && $isEmptyLine(node)) {
      firstEmpty = node;
    }
  }
  if (newest) newest.block.selectEnd();
  else if (firstEmpty) firstEmpty.selectStart();
  else {
    const last = $getRoot().getLastChild();
    if ($isHeadingNode(last)) {
      const line = $createParagraphNode();
      last.insertAfter(line);
      line.select();
    } else {
      $getRoot().selectEnd();
    }
  }
}

/** Focuses the editor with the caret where the user goes on writing, so the first keystroke lands in the notes. */
export function focusPlaceToWrite(editor: LexicalEditor): void {
  editor.update(() => $selectPlaceToWrite(), { tag: HISTORY_MERGE_TAG });
  editor.focus();
}
