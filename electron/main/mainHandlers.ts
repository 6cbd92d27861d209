import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { MainHandlers } from '../../core/ipc/dispatch';
import { UserFacingError } from '../../core/ipc/result';
import { stat } from 'node:fs/promises';
import { saveArchiveLocation } from './archiveLocation';
import { folderToShow } from '../services/folderToShow';
import type { PathGrants } from '../services/pathGrants';

/** The channels that need Electron itself: app information, the file manager, the folder dialog and the archive's place. */
export function createMainHandlers({
  archiveDir,
  grants,
  getWindow,
}: {
  archiveDir: string;
  grants: PathGrants;
  getWindow: () => BrowserWindow | null;
}): MainHandlers {
  return {
    async appInfo() {
      return { version: app.getVersion(), archiveDir, archiveFolder: await grants.grantFolder(archiveDir), platform: process.platform };
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

    async useArchiveFolder({ folder: token }) {
      const folder = await grants.folder(token);
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
