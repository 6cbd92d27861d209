import { $dfs } from '@lexical/utils';
import { $getNodeByKey, $isElementNode, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { $stampedBlockOf } from '../../../core/editor/stamping';

const HIGHLIGHT_CLASS = 'pl-highlight';

/**
 * Scrolls a block into view, puts the caret at its end, gives the editor the
 * focus (typing goes on at the line that was opened) and highlights the line
 * for a moment.
 */
export function jumpToBlock(editor: LexicalEditor, key: NodeKey): void {
  editor.update(() => {
    $getNodeByKey(key)?.selectEnd();
  });
  editor.focus();
  const element = editor.getElementByKey(key);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  element.classList.add(HIGHLIGHT_CLASS);
  setTimeout(() => element.classList.remove(HIGHLIGHT_CLASS), 2400);
}

/**
 * The key of the n-th line (stamped block of text, in document order), as
 * search results and links name lines. Images carry stamps but are not
 * counted: search (core/search/documentLines.ts) and action items
 * (core/actions/lines.ts) count text lines only, and the positions must agree.
 */
export function lineKeyAt(editor: LexicalEditor, lineIndex: number): NodeKey | null {
  return findLineKey(editor, (_node, index) => index === lineIndex);
}

export function findLineKey(editor: LexicalEditor, matches: (node: LexicalNode, index: number) => boolean): NodeKey | null {
  return editor.getEditorState().read(() => {
    let index = 0;
    for (const { node } of $dfs()) {
      if (!$isElementNode(node) || $stampedBlockOf(node) !== node) continue;
      if (matches(node, index)) return node.getKey();
      index++;
    }
    return null;
  });
}
