import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerListItemShortcuts } from '../listItemShortcuts';

/** "## " and "> " at the start of a list item, as at the start of any block. */
export function ListItemShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerListItemShortcuts(editor), [editor]);
  return null;
}
