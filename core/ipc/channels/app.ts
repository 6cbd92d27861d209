import { z } from 'zod';
import { channel } from '../channel';
import { pathTokenSchema, type ChosenFolder } from '../pathToken';

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
  /** Shows a folder the user chose (an export's) in the system file manager, named by its token. */
  showFolder: channel<null>()(z.object({ folder: pathTokenSchema }).strict(), 'show the folder'),
  /** Asks the user for a folder with the system dialog; its token and path, or null when cancelled. */
  chooseFolder: channel<ChosenFolder | null>()(
    z.object({ title: z.string().max(200), defaultFolder: pathTokenSchema.optional() }).strict(),
    'choose a folder',
  ),
};
