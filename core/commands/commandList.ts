/**
 * Every user command, in one list: the renderer binds the shortcuts and shows
 * them in the help overlay and command palette; main builds the app menu from
 * the same entries, so a shortcut is never listed in one place and missing in
 * another.
 *
 * Shortcuts are bound once, globally; a command does something only while a
 * screen has registered a handler for it (editor commands while an editor is
 * open). `keys` uses tinykeys syntax ("$mod" is Cmd on macOS, Ctrl elsewhere);
 * `accelerator` is the same shortcut in Electron's syntax.
 */
export interface CommandSpec {
  id: string;
  title: string;
  menu: 'file' | 'edit' | 'view' | 'session' | 'go' | 'help';
  keys?: string;
  accelerator?: string;
  /** Only available while a session's editor is open. */
  editorOnly?: boolean;
}

export const commandList = [
  { id: 'conference.new', title: 'New conference', menu: 'file', keys: '$mod+Shift+KeyN', accelerator: 'CmdOrCtrl+Shift+N' },
  { id: 'session.new', title: 'New session', menu: 'file', keys: '$mod+KeyN', accelerator: 'CmdOrCtrl+N' },
  { id: 'file.import', title: 'Import notes…', menu: 'file', keys: '$mod+KeyI', accelerator: 'CmdOrCtrl+I' },
  { id: 'file.importSchedule', title: 'Import schedule…', menu: 'file', keys: '$mod+Shift+KeyO', accelerator: 'CmdOrCtrl+Shift+O' },
  { id: 'file.export', title: 'Export posts…', menu: 'file', keys: '$mod+KeyE', accelerator: 'CmdOrCtrl+E' },
  { id: 'session.start', title: 'Start the talk (live clock)', menu: 'session', keys: '$mod+Shift+KeyS', accelerator: 'CmdOrCtrl+Shift+S' },
  { id: 'schedule.startNow', title: 'Start the note for the talk on now', menu: 'session', keys: '$mod+Alt+KeyN', accelerator: 'CmdOrCtrl+Alt+N' },
  { id: 'session.end', title: 'End the talk', menu: 'session', keys: '$mod+Shift+KeyX', accelerator: 'CmdOrCtrl+Shift+X' },
  { id: 'session.next', title: 'Next session', menu: 'session', keys: '$mod+Alt+ArrowDown', accelerator: 'CmdOrCtrl+Alt+Down' },
  { id: 'session.previous', title: 'Previous session', menu: 'session', keys: '$mod+Alt+ArrowUp', accelerator: 'CmdOrCtrl+Alt+Up' },
  { id: 'editor.timeMark', title: 'Insert time mark', menu: 'session', keys: '$mod+Shift+KeyT', accelerator: 'CmdOrCtrl+Shift+T', editorOnly: true },
  { id: 'editor.restamp', title: 'Re-stamp line to now', menu: 'session', keys: '$mod+Shift+Period', accelerator: 'CmdOrCtrl+Shift+.', editorOnly: true },
  { id: 'editor.actionItem', title: 'Toggle action item', menu: 'session', keys: '$mod+Enter', accelerator: 'CmdOrCtrl+Return', editorOnly: true },
  { id: 'editor.insertImage', title: 'Insert image…', menu: 'session', keys: '$mod+Shift+KeyP', accelerator: 'CmdOrCtrl+Shift+P', editorOnly: true },
  { id: 'editor.newEntry', title: 'New entry (live blog: at the top)', menu: 'session', keys: '$mod+Shift+Enter', accelerator: 'CmdOrCtrl+Shift+Return', editorOnly: true },
  { id: 'editor.insertTable', title: 'Insert table', menu: 'session', keys: '$mod+Shift+KeyB', accelerator: 'CmdOrCtrl+Shift+B', editorOnly: true },
  { id: 'editor.nextTalk', title: 'Next lightning talk', menu: 'session', keys: '$mod+Shift+KeyL', accelerator: 'CmdOrCtrl+Shift+L', editorOnly: true },
  { id: 'view.sidebar', title: 'Show or hide the sidebar', menu: 'view', keys: '$mod+Backslash', accelerator: 'CmdOrCtrl+\\' },
  { id: 'view.focus', title: 'Focus mode', menu: 'view', keys: '$mod+Shift+KeyF', accelerator: 'CmdOrCtrl+Shift+F' },
  { id: 'view.stamps', title: 'Cycle stamps: clock, elapsed, hidden', menu: 'view', keys: '$mod+Shift+KeyG', accelerator: 'CmdOrCtrl+Shift+G' },
  { id: 'view.timeline', title: 'Show timeline', menu: 'view', keys: '$mod+Shift+KeyY', accelerator: 'CmdOrCtrl+Shift+Y' },
  { id: 'go.home', title: 'Go to conferences', menu: 'go', keys: '$mod+Digit1', accelerator: 'CmdOrCtrl+1' },
  { id: 'go.actions', title: 'Go to action items', menu: 'go', keys: '$mod+Digit2', accelerator: 'CmdOrCtrl+2' },
  { id: 'go.search', title: 'Search the archive', menu: 'go', keys: '$mod+KeyK', accelerator: 'CmdOrCtrl+K' },
  { id: 'go.templates', title: 'Go to templates', menu: 'go', keys: '$mod+Digit3', accelerator: 'CmdOrCtrl+3' },
  { id: 'go.settings', title: 'Settings', menu: 'go', keys: '$mod+Comma', accelerator: 'CmdOrCtrl+,' },
  { id: 'help.shortcuts', title: 'Keyboard shortcuts', menu: 'help', keys: '$mod+Slash', accelerator: 'CmdOrCtrl+/' },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof commandList)[number]['id'];

export function isCommandId(value: unknown): value is CommandId {
  return commandList.some((command) => command.id === value);
}
