import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { $isTableCellNode, $isTableNode, INSERT_TABLE_COMMAND } from '@lexical/table';
import { $getSelection, $isElementNode, $isRangeSelection } from 'lexical';
import { useEffect } from 'react';
import { registerMarkdownTablePaste } from './markdownTablePaste';
import { useCommand } from '../../app/commands';
import '../tables.css';

/**
 * Tables in the notes (a comparison from a slide): "Insert table" puts a
 * three-by-three table with a header row at the caret, the caret in its
 * first cell; Tab and Shift+Tab move between cells, Tab in the last cell
 * adds a row (Lexical's table plugin). Markdown with a table pasted as plain
 * text arrives as a table (markdownTablePaste.ts).
 */
export function TablesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerMarkdownTablePaste(editor), [editor]);
  useCommand('editor.insertTable', () => {
    editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '3', columns: '3', includeHeaders: { rows: true, columns: false } });
    editor.update(() => {
      // The caret goes into the new table's first cell, to type the first header straight away.
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const top = selection.anchor.getNode().getTopLevelElement();
      const table = [top, top?.getPreviousSibling()].find((node) => $isTableNode(node));
      const first = $isTableNode(table) ? table.getFirstChild() : null;
      const cell = $isElementNode(first) ? first.getFirstChild() : null;
      if ($isTableCellNode(cell)) cell.selectStart();
    });
    editor.focus();
  });
  return <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasTabHandler />;
}
