import { shell } from 'electron';
import { externalUrlToOpen } from './externalLinks';

/**
 * The only place the app hands a URL to the system: after the zod check of
 * externalLinks.ts (http, https, mailto), never a file:, custom-scheme or
 * script URL. Returns false when it refused.
 */
export async function openExternalSafely(candidate: unknown): Promise<boolean> {
  const url = externalUrlToOpen(candidate);
  if (!url) return false;
  await shell.openExternal(url);
  return true;
}
