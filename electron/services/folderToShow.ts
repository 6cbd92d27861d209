import { stat } from 'node:fs/promises';
import { UserFacingError } from '../../core/ipc/result';
import type { PathGrants } from './pathGrants';

/**
 * The folder `showFolder` may hand to the file manager: only one the user
 * chose (by its token), that is still a folder, and not an application
 * bundle (macOS launches a `.app` folder instead of showing it).
 */
export async function folderToShow(grants: PathGrants, token: string): Promise<string> {
  const folder = await grants.folder(token);
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw new UserFacingError('not-found', `Could not show the folder: ${folder} is not there any more. Choose the folder again.`);
  if (/\.app[\\/]?$/i.test(folder)) throw new UserFacingError('invalid-path', 'Could not show the folder: it is an application. Choose another folder.');
  return folder;
}
