import path from 'node:path';
import { BrowserWindow, nativeTheme } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';

/**
 * The one window. The page runs sandboxed and isolated from the preload,
 * with no Node and web security on; it reaches main only through the
 * `window.plenary` bridge the preload exposes. Navigation and new windows
 * are refused for every web contents (hardening.ts, from main.ts).
 */
export function createMainWindow(appRoot: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 640,
    minHeight: 480,
    title: 'Plenary',
    show: false,
    // The page's own background (renderer/src/styles/app.css --bg), so opening the window never flashes.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181c' : '#fbfaf7',
    webPreferences: {
      preload: path.join(appRoot, 'out', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would open a link in a new window; links go out only through setWindowOpenHandler.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
