import { describe, expect, it } from 'vitest';
import { decodeSegment, routes } from '../app/routes';

// The router runs decodeURI over the location before matching (wouter's relativePath), then hands over the raw segment.
function paramAfterRouting(path: string, prefix: string): string {
  const routed = decodeURI(path);
  expect(routed.startsWith(prefix)).toBe(true);
  const segment = routed.slice(prefix.length);
  expect(segment).not.toContain('/');
  return segment;
}

describe('speaker and tag addresses', () => {
  it.each(['Ada Lovelace', 'Ana María O’Neil & Co', 'C#/.NET', '100% uptime', '50%20off', 'what? #why', 'Łukasz Langa'])('carry %s there and back', (name) => {
    expect(decodeSegment(paramAfterRouting(routes.speaker(name), '/speaker/'))).toBe(name);
    expect(decodeSegment(paramAfterRouting(routes.tag(name), '/tag/'))).toBe(name);
  });
});
