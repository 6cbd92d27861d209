import { externalUrlSchema } from '../../core/ipc/externalUrl';

/**
 * The one gate for handing a URL to the system: http(s) without credentials,
 * or mailto, bounded length (core/ipc/externalUrl.ts). Returns the URL as
 * parsed (normalised), or null when it may not be opened.
 */
export function externalUrlToOpen(candidate: unknown): string | null {
  const parsed = externalUrlSchema.safeParse(candidate);
  if (!parsed.success) return null;
  return new URL(parsed.data).href;
}
