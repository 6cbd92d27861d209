import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, contentSecurityPolicy, parseContentSecurityPolicy } from './contentSecurityPolicy';

const indexHtml = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');

function metaPolicy(html: string): string {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!match?.[1]) throw new Error('renderer/index.html has no Content-Security-Policy meta tag');
  return match[1];
}

describe('Content-Security-Policy', () => {
  const header = parseContentSecurityPolicy(contentSecurityPolicy);

  it('matches the meta tag of renderer/index.html, directive for directive', () => {
    const meta = parseContentSecurityPolicy(metaPolicy(indexHtml));
    const { 'frame-ancestors': frameAncestors, ...headerWithoutHeaderOnly } = header;
    expect(headerWithoutHeaderOnly).toEqual(meta);
    expect(frameAncestors).toBe("'none'");
  });

  it('allows no inline or evaluated script and no remote origin', () => {
    for (const value of Object.values(header)) {
      expect(value).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    }
    expect(header['default-src']).toBe("'self'");
    expect(header['script-src']).toBe("'self'");
    expect(header['object-src']).toBe("'none'");
  });

  it('is sent with every response', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
