import { describe, expect, it } from 'vitest';
import { externalUrlToOpen } from './externalLinks';

describe('externalUrlToOpen', () => {
  it('lets the links notes hold through, normalised: http, https and mailto', () => {
    expect(externalUrlToOpen('https://example.com/talk?id=1')).toBe('https://example.com/talk?id=1');
    expect(externalUrlToOpen('HTTP://Example.com')).toBe('http://example.com/');
    expect(externalUrlToOpen('mailto:speaker@example.com?subject=Your%20talk')).toBe('mailto:speaker@example.com?subject=Your%20talk');
  });

  it('refuses every other scheme and anything that is not a URL', () => {
    for (const candidate of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,hi',
      'smb://server/share',
      'ms-settings:',
      'plenary://app/index.html',
      'https://bank.example.com@evil.example/login',
      'https://user:secret@example.com/',
      'tel:+15551234',
      'ftp://example.com/file',
      'vbscript:msgbox(1)',
      '//example.com',
      'example.com',
      '',
      42,
      null,
      undefined,
      { url: 'https://example.com' },
      `https://example.com/${'a'.repeat(5000)}`,
    ]) {
      expect(externalUrlToOpen(candidate), String(candidate)).toBeNull();
    }
  });
});
