import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND } from 'lexical';
import { useEffect, useRef } from 'react';
import { commandList } from '../../../../core/commands/commandList';
import { matchesShortcut } from '../../actions/shortcut';
import { useCommand } from '../../app/commands';
import { $insertNewEntry } from '../newEntry';

const newEntryKeys: string = commandList.find((command) => command.id === 'editor.newEntry')?.keys ?? '$mod+Shift+Enter';

/** The new-entry shortcut: a new line where the notes' order puts it (newest first in a live blog). */
export function NewEntryPlugin({ newestFirst }: { newestFirst: boolean }) {
  const [editor] = useLexicalComposerContext();
  const order = useRef(newestFirst);
  useEffect(() => {
    order.current = newestFirst;
  });
  const run = () => {
    editor.update(() => $insertNewEntry(order.current));
    editor.focus();
  };
  useCommand('editor.newEntry', run);
  // Inside the editor the keys would first break the line (Shift+Enter): take them before that.
  useEffect(
    () =>
      editor.registerCommand<KeyboardEvent | null>(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!event || !matchesShortcut(event, newEntryKeys)) return false;
          event.preventDefault();
          event.stopPropagation();
          $insertNewEntry(order.current);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
