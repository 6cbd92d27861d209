import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, isTrustedSender } from './appOrigin';

describe('isTrustedSender', () => {
  it('accepts the app pages', () => {
    expect(isTrustedSender(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedSender('plenary://app/')).toBe(true);
    expect(isTrustedSender('plenary://app/index.html#/session/abc?line=x')).toBe(true);
  });

  it('refuses other origins and missing frames', () => {
    for (const url of [
      undefined,
      null,
      '',
      'not a url',
      'https://app/index.html',
      'http://localhost:5173/',
      'file:///home/someone/out/renderer/index.html',
      'plenary://evil/index.html',
      'plenary://app.evil.example/',
      'plenary://app:8080/',
      'plenary://user@app/',
      'plenary://user:secret@app/',
      'about:blank',
      'data:text/html,<script>1</script>',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(isTrustedSender(url), String(url)).toBe(false);
    }
  });

  it('agrees with isAppUrl', () => {
    expect(isAppUrl('plenary://app/assets/index.js')).toBe(true);
    expect(isAppUrl('plenary://other/assets/index.js')).toBe(false);
  });
});
