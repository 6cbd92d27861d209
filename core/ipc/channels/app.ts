import { z } from 'zod';
import { channel } from '../channel';
import { pathTokenSchema, type ChosenFolder } from '../pathToken';

/**
 * The channels main answers with Electron itself. Only what a feature of the
 * window calls is here: links open through the window-open handler (see
 * electron/main/hardening.ts and core/ipc/externalUrl.ts), not a channel.
 */
export interface AppInfo {
  version: string;
  /** The archive folder's path, to show in Settings. */
  archiveDir: string;
  /** The archive folder's token, for showing it in the file manager. */
  archiveFolder: string;
  platform: string;
}

export const appChannels = {
  /** The app's version and where its archive is (Settings shows the folder). */
  appInfo: channel<AppInfo>()(z.object({}).strict(), 'read the app information'),
  /** Shows a folder the user chose (an export's) or the archive folder in the system file manager, named by its token. */
  showFolder: channel<null>()(z.object({ folder: pathTokenSchema }).strict(), 'show the folder'),
  /** Asks the user for a folder with the system dialog; its token and path, or null when cancelled. */
  chooseFolder: channel<ChosenFolder | null>()(
    z.object({ title: z.string().max(200), defaultFolder: pathTokenSchema.optional() }).strict(),
    'choose a folder',
  ),
  /**
   * Keeps the archive in another folder from the next start (the app starts
   * again at once; the notes in this window's store are copied there then).
   */
  useArchiveFolder: channel<{ archiveDir: string }>()(z.object({ folder: pathTokenSchema }).strict(), 'use that archive folder'),
};
