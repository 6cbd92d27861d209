import { session, type WebContents } from 'electron';
import { isAppUrl } from './appOrigin';
import { openExternalSafely } from './openExternal';
import { isPermissionAllowed } from './permissions';

/**
 * The window shows the app's own pages and nothing else: no navigation away,
 * no new windows, no <webview>. A link the user clicks (target=_blank or
 * window.open) goes to the system browser when it is http(s).
 */
export function restrictWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url).catch((error: unknown) => console.error('Could not open a link', error));
    return { action: 'deny' };
  });
}

/**
 * Plenary asks the browser for almost nothing (see permissions.ts): camera,
 * microphone, notifications, geolocation, devices and the rest are refused
 * without a prompt.
 */
export function restrictPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
}
