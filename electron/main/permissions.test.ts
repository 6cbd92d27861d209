import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from './permissions';

describe('isPermissionAllowed', () => {
  it('lets the app write plain text to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'plenary://app/index.html')).toBe(true);
  });

  it('refuses everything else, and everything to other origins', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'hid', 'serial', 'usb', 'fullscreen']) {
      expect(isPermissionAllowed(permission, 'plenary://app/index.html'), permission).toBe(false);
    }
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });
});
