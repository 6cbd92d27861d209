import path from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { createServiceHandlers } from '../services/handlers';
import { PathGrants } from '../services/pathGrants';
import { registerAppScheme, serveAppFiles } from './appProtocol';
import { restrictPermissions, restrictWebContents } from './hardening';
import { registerIpc } from './ipc';
import { readArchiveLocation } from './archiveLocation';
import { createMainHandlers } from './mainHandlers';
import { installMenu } from './menu';
import { createMainWindow } from './window';

// One Plenary at a time: a second launch focuses the window already open, so
// two processes never write the same archive.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  const getWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);
  const openWindow = () => {
    mainWindow = createMainWindow(app.getAppPath());
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  registerAppScheme();

  app.on('second-instance', () => {
    const window = getWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });

  // Every web contents, the window's and any the app might ever create, is
  // kept on the app's own pages.
  app.on('web-contents-created', (_event, contents) => restrictWebContents(contents));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && !getWindow()) openWindow();
  });

  void app.whenReady().then(() => {
    // The same folder the command line uses (electron/services/paths.ts).
    const override = process.env.PLENARY_ARCHIVE_DIR;
    const chosen = readArchiveLocation(app.getPath('userData'));
    const archiveDir = override ? path.resolve(override) : (chosen ?? path.join(app.getPath('userData'), 'archive'));
    restrictPermissions();
    serveAppFiles(path.join(app.getAppPath(), 'out', 'renderer'));
    // Folders the user chose are remembered in the app's own data folder, never in the archive that sync tools share.
    const grants = new PathGrants(path.join(app.getPath('userData'), 'folder-grants.json'));
    // Import plans run on a worker thread (out/electron/importWorker.cjs, beside this bundle), off the loop every request waits on.
    const importWorker = { file: path.join(__dirname, 'importWorker.cjs') };
    registerIpc({ ...createServiceHandlers({ archiveDir, grants, importWorker }), ...createMainHandlers({ archiveDir, grants, getWindow }) }, grants);
    installMenu({ appName: app.getName(), isPackaged: app.isPackaged, getWindow });
    openWindow();
  });
}
