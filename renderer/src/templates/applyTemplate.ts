import { $getRoot, $parseSerializedNode, type LexicalEditor, type SerializedLexicalNode } from 'lexical';
import { NO_STAMP_TAG } from '../../../core/editor/stamping';
import type { EditorStateJson } from '../../../core/model/session';

/**
 * Replaces the whole document in an open editor with `content` (a template
 * just chosen for an empty session). It is one undoable change, saved like
 * any other, and stamps nothing: the lines are the template's, not notes.
 */
export function replaceDocument(editor: LexicalEditor, content: EditorStateJson): void {
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      for (const child of content.root.children) root.append($parseSerializedNode(child as unknown as SerializedLexicalNode));
      if (root.getChildrenSize() === 0) return;
      root.getFirstDescendant()?.selectEnd();
    },
    { tag: NO_STAMP_TAG },
  );
}
