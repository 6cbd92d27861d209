import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { channels, GRANT_FILE_CHANNEL, INVOKE_CHANNEL, MENU_COMMAND_EVENT, type PlenaryBridge } from '../../core/ipc/contract';

/**
 * The whole surface the page gets: one method per channel of the IPC
 * contract, each a single invoke of INVOKE_CHANNEL, plus a subscription to
 * menu commands. ipcRenderer itself, its events and senders never cross the
 * bridge. Main validates every request, so nothing here trusts the page.
 *
 * Sandboxed preloads may only require 'electron': build/bundle-electron.mjs
 * bundles this file and the contract into one CommonJS file.
 */
const methods = Object.fromEntries(
  channels.map((name) => [name, (payload: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, name, payload)]),
);

const bridge = {
  ...methods,
  onMenuCommand(listener: (commandId: string) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    const forward = (_event: IpcRendererEvent, commandId: unknown) => {
      if (typeof commandId === 'string') listener(commandId);
    };
    ipcRenderer.on(MENU_COMMAND_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_EVENT, forward);
    };
  },
  // The page hands over a File it got from a file input or a drop; only this
  // world can learn its path (webUtils), and a File the page made itself has none.
  async tokenForFile(file: unknown): Promise<string | null> {
    let filePath: string;
    try {
      filePath = webUtils.getPathForFile(file as File);
    } catch {
      return null;
    }
    if (!filePath) return null;
    const token: unknown = await ipcRenderer.invoke(GRANT_FILE_CHANNEL, filePath);
    return typeof token === 'string' ? token : null;
  },
} as PlenaryBridge;

contextBridge.exposeInMainWorld('plenary', bridge);
