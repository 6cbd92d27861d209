import { isAppUrl } from './appOrigin';

/**
 * Which browser permissions the app's pages get, and only the app's own
 * pages: writing plain text to the clipboard (navigator.clipboard.writeText,
 * for "copy" buttons) and persistent storage (navigator.storage.persist(), so
 * the browser never evicts the IndexedDB copy of the notes). Camera, microphone, notifications, geolocation,
 * reading the clipboard, devices and everything else are refused without a
 * prompt.
 */
const allowedPermissions = new Set(['clipboard-sanitized-write', 'persistent-storage']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined | null): boolean {
  return allowedPermissions.has(permission) && isAppUrl(requestingUrl);
}
