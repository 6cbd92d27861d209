/**
 * Where the app's own pages live. The renderer is served from files on disk
 * through this privileged scheme; nothing else is ever loaded into the window.
 */
export const APP_SCHEME = 'plenary';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` is a page or file of the app itself: scheme `plenary:`, host `app`, nothing else in the authority. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Node treats `plenary:` as a non-special scheme whose origin is "null", so
  // compare the parts rather than `origin`; `host` includes any port.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/**
 * Main answers IPC only to frames showing the app's own pages. The URL is the
 * sending frame's, as main sees it (`event.senderFrame.url`), not anything the
 * page says about itself; a destroyed frame (null) is refused.
 */
export function isTrustedSender(frameUrl: string | undefined | null): boolean {
  return isAppUrl(frameUrl);
}
