import { useEffect, useRef } from 'react';
import { tinykeys } from 'tinykeys';
import { commandList, isCommandId, type CommandId } from '../../../core/commands/commandList';

/**
 * Screens register what a command does while they are shown; the newest
 * registration wins, so the session screen's "new session" can preselect its
 * conference while the home screen's does not.
 */
const handlers = new Map<CommandId, Array<() => void>>();

export function runCommand(id: CommandId): boolean {
  const stack = handlers.get(id);
  const handler = stack?.[stack.length - 1];
  if (!handler) return false;
  handler();
  return true;
}

export function useCommand(id: CommandId, handler: () => void, enabled = true): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    const run = () => latest.current();
    const stack = handlers.get(id) ?? [];
    stack.push(run);
    handlers.set(id, stack);
    return () => {
      const index = stack.lastIndexOf(run);
      if (index >= 0) stack.splice(index, 1);
    };
  }, [id, enabled]);
}

/** Binds every shortcut in the command list, and menu commands from main, once for the app. */
export function bindCommandSources(): () => void {
  const bindings: Record<string, (event: KeyboardEvent) => void> = {};
  for (const command of commandList) {
    if (!command.keys) continue;
    bindings[command.keys] = (event) => {
      if (runCommand(command.id)) event.preventDefault();
    };
  }
  const unbindKeys = tinykeys(window, bindings);
  const unbindMenu = window.plenary?.onMenuCommand((id) => {
    if (isCommandId(id)) runCommand(id);
  });
  return () => {
    unbindKeys();
    unbindMenu?.();
  };
}
