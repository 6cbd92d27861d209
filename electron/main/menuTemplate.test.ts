import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { commandList, type CommandId } from '../../core/commands/commandList';
import { buildMenuTemplate, type MenuOptions } from './menuTemplate';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: CommandId[] = [];
  const template = buildMenuTemplate({
    appName: 'Plenary',
    platform: 'linux',
    isPackaged: true,
    sendCommand: (id) => sent.push(id),
    ...overrides,
  });
  return { template, items: flatten(template), sent };
}

describe('buildMenuTemplate', () => {
  it('lists every command once, with its title and accelerator', () => {
    const { items } = build();
    for (const command of commandList) {
      const matches = items.filter((item) => item.id === command.id);
      expect(matches, command.id).toHaveLength(1);
      expect(matches[0]?.label).toBe(command.title);
      expect(matches[0]?.accelerator).toBe(command.accelerator);
    }
  });

  it('sends the command id when an item is chosen', () => {
    const { items, sent } = build();
    const item = items.find((candidate) => candidate.id === 'session.new');
    (item?.click as () => void)();
    expect(sent).toEqual(['session.new']);
  });

  it('has the standard edit roles', () => {
    const { items } = build();
    const roles = items.map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom']));
  });

  it('offers reload and developer tools only when not packaged', () => {
    const packaged = build({ isPackaged: true }).items.map((item) => item.role);
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    const unpackaged = build({ isPackaged: false }).items.map((item) => item.role);
    expect(unpackaged).toContain('reload');
    expect(unpackaged).toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS only', () => {
    expect(build({ platform: 'darwin' }).template[0]?.label).toBe('Plenary');
    expect(build({ platform: 'linux' }).template[0]?.label).toBe('&File');
    expect(build({ platform: 'win32' }).items.map((item) => item.role)).toContain('quit');
  });
});
