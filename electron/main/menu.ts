import { Menu, type BrowserWindow } from 'electron';
import { MENU_COMMAND_EVENT } from '../../core/ipc/contract';
import { buildMenuTemplate } from './menuTemplate';

/** Installs the app menu; a chosen command is sent to the window's page as MENU_COMMAND_EVENT. */
export function installMenu({ appName, isPackaged, getWindow }: { appName: string; isPackaged: boolean; getWindow: () => BrowserWindow | null }): void {
  const template = buildMenuTemplate({
    appName,
    platform: process.platform,
    isPackaged,
    sendCommand: (id) => getWindow()?.webContents.send(MENU_COMMAND_EVENT, id),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
