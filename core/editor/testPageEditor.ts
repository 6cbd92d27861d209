import { registerRichText } from '@lexical/rich-text';
import { createEditor, type LexicalEditor } from 'lexical';
import { plenaryNodes } from './nodes';

// jsdom has no DragEvent or ClipboardEvent; Lexical's paste path only checks an event's class against them.
(globalThis as { DragEvent?: unknown }).DragEvent ??= class DragEvent extends Event {};
(globalThis as { ClipboardEvent?: unknown }).ClipboardEvent ??= class ClipboardEvent extends Event {};

/**
 * For tests in jsdom: an editor with Plenary's nodes and rich text, attached
 * to an editable element in the page, as the note editor is (paste and
 * clipboard paths need a root element).
 */
export function pageEditor(namespace: string, page: Document): LexicalEditor {
  const editor = createEditor({
    namespace,
    nodes: [...plenaryNodes],
    onError: (error) => {
      throw error;
    },
  });
  const root = page.createElement('div');
  root.contentEditable = 'true';
  page.body.append(root);
  editor.setRootElement(root);
  registerRichText(editor);
  return editor;
}
