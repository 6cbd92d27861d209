import { commandList } from '../../../core/commands/commandList';
import { Dialog } from './Dialog';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Turns tinykeys syntax into what the user presses: "$mod+Shift+KeyS" → "Ctrl+Shift+S". */
export function describeKeys(keys: string): string {
  return keys
    .split('+')
    .map((part) =>
      part
        .replace('$mod', isMac ? '⌘' : 'Ctrl')
        .replace(/^Key([A-Z])$/, '$1')
        .replace(/^Digit(\d)$/, '$1')
        .replace('Arrow', '')
        .replace('Comma', ',')
        .replace('Period', '.')
        .replace('Backslash', '\\')
        .replace('Slash', '/'),
    )
    .join('+');
}

/** The keys of a command from the list, as the user presses them. */
export function shortcutLabel(id: string): string {
  const keys = commandList.find((command) => command.id === id)?.keys;
  return keys ? describeKeys(keys) : '';
}

const groups: Array<{ menu: string; title: string }> = [
  { menu: 'session', title: 'During a talk' },
  { menu: 'file', title: 'Conferences and sessions' },
  { menu: 'view', title: 'View' },
  { menu: 'go', title: 'Go to' },
  { menu: 'help', title: 'Help' },
];

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" open={open} onClose={onClose} wide>
      <div className="shortcut-groups">
        {groups.map((group) => (
          <section key={group.menu} aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl className="shortcut-list">
              {commandList
                .filter((command) => command.menu === group.menu && command.keys)
                .map((command) => (
                  <div key={command.id} className="shortcut-row">
                    <dt>{command.title}</dt>
                    <dd>
                      <kbd>{describeKeys(command.keys)}</kbd>
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="dialog-hint">Markdown works as you type: “## ” for a heading, “- ” for a list, “1. ” for a numbered list, **bold**.</p>
      <div className="dialog-actions">
        <button type="button" className="button-primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
