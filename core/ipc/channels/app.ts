import { z } from 'zod';
import { channel } from '../channel';

export interface AppInfo {
  version: string;
  archiveDir: string;
  platform: string;
}

const httpUrl = z
  .string()
  .max(4000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'Only http and https links can be opened.');

export const appChannels = {
  appInfo: channel<AppInfo>()(z.object({}).strict(), 'read the app information'),
  /** Opens an http(s) link in the system browser; nothing else is ever opened. */
  openExternal: channel<null>()(z.object({ url: httpUrl }).strict(), 'open the link'),
  /** Shows a folder the app wrote to (an export) in the system file manager. */
  showFolder: channel<null>()(z.object({ path: z.string().min(1).max(4000) }).strict(), 'show the folder'),
  /** Asks the user for a folder with the system dialog; null when cancelled. */
  chooseFolder: channel<string | null>()(
    z.object({ title: z.string().max(200), defaultPath: z.string().max(4000).optional() }).strict(),
    'choose a folder',
  ),
  /**
   * Keeps the archive in another folder from the next start (the app starts
   * again at once; the notes in this window's store are copied there then).
   */
  useArchiveFolder: channel<{ archiveDir: string }>()(z.object({ path: z.string().min(1).max(4000) }).strict(), 'use that archive folder'),
};
