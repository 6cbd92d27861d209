import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_NORMAL, PASTE_COMMAND, type LexicalEditor, type SerializedLexicalNode } from 'lexical';
import { markdownToEditorState } from '../../../../core/markdown/convert';

// A header row and the divider under it: what makes pasted text a GFM table.
const GFM_TABLE = /^\s*\|.+\|\s*\n\s*\|(\s*:?-+:?\s*\|)+\s*$/m;

/** Whether pasted plain text holds a markdown table. */
export function holdsMarkdownTable(text: string): boolean {
  return GFM_TABLE.test(text.replace(/\r\n?/g, '\n'));
}

/**
 * Pasting markdown that holds a table (a comparison copied from a README or
 * a slide's source) reads it as markdown, so the table arrives as a table
 * and the lines around it as lines; other pastes go their usual way.
 */
export function registerMarkdownTablePaste(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = 'clipboardData' in event ? event.clipboardData : null;
      const text = data?.getData('text/plain') ?? '';
      // Rich text copied from a page brings its own table; only plain markdown is read here.
      if (!data || data.types.includes('text/html') || !holdsMarkdownTable(text)) return false;
      if (!$isRangeSelection($getSelection())) return false;
      event.preventDefault();
      // The markdown is read by a headless editor of its own, which cannot run inside this editor's update.
      queueMicrotask(() => {
        const blocks = markdownToEditorState(text).root.children as unknown as SerializedLexicalNode[];
        editor.update(() => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) $insertGeneratedNodes(editor, $generateNodesFromSerializedNodes(blocks), selection);
        });
      });
      return true;
    },
    COMMAND_PRIORITY_NORMAL,
  );
}
