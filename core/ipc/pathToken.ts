import { z } from 'zod';

/**
 * How the page names a file or folder: a token main handed out for a path
 * the user chose (see electron/services/pathGrants.ts), never a path.
 */
export const pathTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/, 'choose the file or folder again (Plenary names it by what you chose, not by its path)');

/** A folder the user chose: its token for requests, its path to show. */
export interface ChosenFolder {
  token: string;
  path: string;
}
