import { describe, expect, it } from 'vitest';
import { externalUrlToOpen } from './externalLinks';

describe('externalUrlToOpen', () => {
  it('lets http and https links through, normalised', () => {
    expect(externalUrlToOpen('https://example.com/talk?id=1')).toBe('https://example.com/talk?id=1');
    expect(externalUrlToOpen('HTTP://Example.com')).toBe('http://example.com/');
  });

  it('refuses every other scheme and anything that is not a URL', () => {
    for (const candidate of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,hi',
      'smb://server/share',
      'ms-settings:',
      'plenary://app/index.html',
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
