import { commandList } from '../../../core/commands/commandList';

/** The action-item shortcut, as the command list gives it (tinykeys syntax, e.g. "$mod+Enter"). */
export const actionItemKeys: string = commandList.find((command) => command.id === 'editor.actionItem')?.keys ?? '$mod+Enter';

function isApple(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

/** Whether a key event is this shortcut: its modifiers exactly, and its key ("Enter", "KeyA"). */
export function matchesShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, keys: string, apple = isApple()): boolean {
  const parts = keys.split('+');
  const key = parts.pop() ?? '';
  const wanted = { ctrl: false, meta: false, alt: false, shift: false };
  for (const part of parts) {
    if (part === '$mod') wanted[apple ? 'meta' : 'ctrl'] = true;
    else if (part === 'Control') wanted.ctrl = true;
    else if (part === 'Meta') wanted.meta = true;
    else if (part === 'Alt') wanted.alt = true;
    else if (part === 'Shift') wanted.shift = true;
  }
  if (event.ctrlKey !== wanted.ctrl || event.metaKey !== wanted.meta || event.altKey !== wanted.alt || event.shiftKey !== wanted.shift) return false;
  return event.key === key || event.code === key;
}
