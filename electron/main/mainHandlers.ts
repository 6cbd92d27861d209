import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { MainHandlers } from '../../core/ipc/dispatch';
import { UserFacingError } from '../../core/ipc/result';
import { folderToShow } from '../services/folderToShow';
import type { PathGrants } from '../services/pathGrants';
import { openExternalSafely } from './openExternal';

/** The channels that need Electron itself: app information, the system browser, file manager and folder dialog. */
export function createMainHandlers({ archiveDir, grants, getWindow }: { archiveDir: string; grants: PathGrants; getWindow: () => BrowserWindow | null }): MainHandlers {
  return {
    async appInfo() {
      return { version: app.getVersion(), archiveDir, platform: process.platform };
    },

    async openExternal({ url }) {
      // The dispatcher has validated the request; openExternalSafely checks again right before handing it to the system.
      if (!(await openExternalSafely(url))) throw new UserFacingError('invalid-url', 'Only http and https links can be opened.');
      return null;
    },

    async showFolder({ folder: token }) {
      const folder = await folderToShow(grants, token);
      const problem = await shell.openPath(folder);
      if (problem) throw new UserFacingError('failed', 'Could not show the folder: the file manager did not open it. Open it yourself from the path shown.');
      return null;
    },

    async chooseFolder({ title, defaultFolder }) {
      const defaultPath = defaultFolder ? await grants.folder(defaultFolder).catch(() => undefined) : undefined;
      const window = getWindow();
      const options: OpenDialogOptions = {
        title,
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
        ...(defaultPath ? { defaultPath } : {}),
      };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const chosen = result.canceled ? undefined : result.filePaths[0];
      if (!chosen) return null;
      return { token: await grants.grantFolder(chosen), path: chosen };
    },
  };
}
