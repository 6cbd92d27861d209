import { dialog, shell, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { MainHandlers } from '../../core/ipc/dispatch';
import { UserFacingError } from '../../core/ipc/result';
import { folderToShow } from '../services/folderToShow';
import type { PathGrants } from '../services/pathGrants';

/** The channels that need Electron itself: the file manager and the folder dialog. */
export function createMainHandlers({ grants, getWindow }: { grants: PathGrants; getWindow: () => BrowserWindow | null }): MainHandlers {
  return {
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
