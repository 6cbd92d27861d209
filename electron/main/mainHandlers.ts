import { stat } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { MainHandlers } from '../../core/ipc/dispatch';
import { UserFacingError } from '../../core/ipc/result';
import { saveArchiveLocation } from './archiveLocation';
import { openExternalSafely } from './openExternal';

/** The channels that need Electron itself: app information, the system browser, file manager and folder dialog. */
export function createMainHandlers({ archiveDir, getWindow }: { archiveDir: string; getWindow: () => BrowserWindow | null }): MainHandlers {
  return {
    async appInfo() {
      return { version: app.getVersion(), archiveDir, platform: process.platform };
    },

    async openExternal({ url }) {
      // The dispatcher has validated the request; openExternalSafely checks again right before handing it to the system.
      if (!(await openExternalSafely(url))) throw new UserFacingError('invalid-url', 'Only http and https links can be opened.');
      return null;
    },

    async showFolder({ path: folder }) {
      if (!path.isAbsolute(folder)) throw new UserFacingError('invalid-path', 'Could not show the folder: the path is not absolute.');
      const info = await stat(folder).catch(() => null);
      if (!info?.isDirectory()) throw new UserFacingError('not-found', `Could not show the folder: ${folder} does not exist.`);
      const problem = await shell.openPath(folder);
      if (problem) throw new UserFacingError('failed', `Could not show the folder: ${problem}`);
      return null;
    },

    async chooseFolder({ title, defaultPath }) {
      const window = getWindow();
      const options: OpenDialogOptions = {
        title,
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
        ...(defaultPath ? { defaultPath } : {}),
      };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      if (result.canceled) return null;
      return result.filePaths[0] ?? null;
    },

    async useArchiveFolder({ path: folder }) {
      if (!path.isAbsolute(folder)) throw new UserFacingError('invalid-path', 'Choose a folder by its full path.');
      const info = await stat(folder).catch(() => null);
      if (!info?.isDirectory()) throw new UserFacingError('not-found', `${folder} is not a folder: choose another.`);
      await saveArchiveLocation(app.getPath('userData'), folder);
      // Services hold the folder they were started with: starting again puts every one on the new folder.
      setTimeout(() => {
        app.relaunch();
        app.exit(0);
      }, 300);
      return { archiveDir: folder };
    },
  };
}
