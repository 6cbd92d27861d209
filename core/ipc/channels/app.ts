import { z } from 'zod';
import { channel } from '../channel';
import { pathTokenSchema, type ChosenFolder } from '../pathToken';

/**
 * The channels main answers with Electron itself. Only what a feature of the
 * window calls is here: links open through the window-open handler (see
 * electron/main/hardening.ts and core/ipc/externalUrl.ts), not a channel.
 */
export const appChannels = {
  /** Shows a folder the user chose (an export's) in the system file manager, named by its token. */
  showFolder: channel<null>()(z.object({ folder: pathTokenSchema }).strict(), 'show the folder'),
  /** Asks the user for a folder with the system dialog; its token and path, or null when cancelled. */
  chooseFolder: channel<ChosenFolder | null>()(
    z.object({ title: z.string().max(200), defaultFolder: pathTokenSchema.optional() }).strict(),
    'choose a folder',
  ),
};
