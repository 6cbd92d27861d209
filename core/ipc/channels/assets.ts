import { z } from 'zod';
import { assetRefSchema, maxAssetBytes } from '../../assets/assetRef';
import { channel } from '../channel';

/**
 * Image bytes travel as base64: the same text crosses Electron's IPC and the
 * end-to-end harness's JSON bridge. The schema's ceiling is well above the
 * 20 MB limit, so a picture slightly too large gets the service's message
 * (its size and what to do) rather than a schema error.
 */
const base64Bytes = z.base64().max(Math.ceil((maxAssetBytes * 2) / 3) * 4, 'the image is far larger than 20 MB');

export const assetChannels = {
  /**
   * Keeps an image's bytes in the archive's `assets/` folder under their
   * content name. Main checks the type from the bytes, the size, and that
   * the name is the SHA-256 of the bytes; a name already on disk with those
   * bytes is left alone (`written: false`).
   */
  assetWrite: channel<{ written: boolean }>()(
    z.object({ asset: assetRefSchema, data: base64Bytes }).strict(),
    'keep the image in the archive',
  ),
  /** The bytes of an image kept in the archive (a local store restored on another computer lacks them). */
  assetRead: channel<{ data: string }>()(z.object({ asset: assetRefSchema }).strict(), 'read the image from the archive'),
  /** The names of every image in the archive, so start-up reconcile can send those only the window has. */
  assetIndex: channel<{ assets: string[] }>()(z.object({}).strict(), 'list the images in the archive'),
};
