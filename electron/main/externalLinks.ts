import { ipcContract } from '../../core/ipc/contract';

/**
 * The one gate for handing a URL to the system browser: the same zod rule
 * the `openExternal` channel validates with (http or https, bounded length).
 * Returns the URL as parsed (normalised), or null when it may not be opened.
 */
export function externalUrlToOpen(candidate: unknown): string | null {
  const parsed = ipcContract.openExternal.request.safeParse({ url: candidate });
  if (!parsed.success) return null;
  return new URL(parsed.data.url).href;
}
