import type { MenuItemConstructorOptions } from 'electron';
import { commandList, type CommandId, type CommandSpec } from '../../core/commands/commandList';

export interface MenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  /** Packaged builds get no reload and no developer tools. */
  isPackaged: boolean;
  /** Called with the command's id when its menu item is chosen. */
  sendCommand: (id: CommandId) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

function commandItems(menu: CommandSpec['menu'], sendCommand: MenuOptions['sendCommand']): MenuItemConstructorOptions[] {
  return commandList
    .filter((command) => command.menu === menu)
    .map((command) => ({
      id: command.id,
      label: command.title,
      accelerator: command.accelerator,
      // The renderer binds the same keys (core/commands/commandList.ts) and
      // handles them first; the accelerator fires only when it did not.
      click: () => sendCommand(command.id),
    }));
}

/**
 * The app menu, built from the one command list so every shortcut in the
 * help overlay is also in the menu. Plain data (Electron types only) so it is
 * tested under Node; main turns it into a Menu.
 */
export function buildMenuTemplate({ appName, platform, isPackaged, sendCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const items = (menu: CommandSpec['menu']) => commandItems(menu, sendCommand);
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    });
  }

  template.push({ label: '&File', submenu: [...items('file'), separator, isMac ? { role: 'close' } : { role: 'quit' }] });

  const editCommands = items('edit');
  template.push({
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'selectAll' },
      ...(editCommands.length ? [separator, ...editCommands] : []),
    ],
  });

  const developer: MenuItemConstructorOptions[] = isPackaged ? [] : [separator, { role: 'reload' }, { role: 'toggleDevTools' }];
  template.push({
    label: '&View',
    submenu: [
      ...items('view'),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...developer,
    ],
  });

  template.push({ label: '&Session', submenu: items('session') });
  template.push({ label: '&Go', submenu: items('go') });
  template.push({ role: 'windowMenu' });
  template.push({ role: 'help', label: '&Help', submenu: items('help') });
  return template;
}
