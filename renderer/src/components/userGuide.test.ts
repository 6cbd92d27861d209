import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandList } from '../../../core/commands/commandList';
import { describeKeys } from './ShortcutHelp';

const guide = readFileSync(new URL('../../../docs/user-guide.md', import.meta.url), 'utf8');
// Markdown escapes a backslash; the guide's text is read as it renders.
const rendered = guide.replace(/\\\\/g, '\\');

describe('the user guide', () => {
  it('lists every shortcut of the command list, as the shortcut help shows it', () => {
    const missing = commandList.filter((command) => command.keys && !rendered.includes(`| ${describeKeys(command.keys)} |`)).map((command) => command.id);
    expect(missing).toEqual([]);
  });

  it('is linked from the README, which names the shortcuts that matter in a talk', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('(docs/user-guide.md)');
    for (const keys of ['Ctrl+N', 'Ctrl+Enter', 'Ctrl+Shift+X', 'Ctrl+K']) expect(readme).toContain(keys);
  });
});
