import { describe, expect, it } from 'vitest';
import { postPath, staysInside } from './paths';
import { makeSlug, slugWithId, stableShortId, uniqueSlugs } from './slugs';

describe('slugs', () => {
  it('transliterates and keeps only [a-z0-9-]', () => {
    expect(makeSlug('Keynote: Guido van Rossum')).toBe('keynote-guido-van-rossum');
    expect(makeSlug('Tarek Ziadé über Ünïcödé & C++')).toBe('tarek-ziade-ueber-uenicoede-and-c');
    expect(makeSlug('  --  ')).toBe('post');
    expect(makeSlug('日本語', 'session')).toMatch(/^[a-z0-9-]+$/);
  });

  it('cuts long slugs at a hyphen, within 80 characters', () => {
    const slug = makeSlug('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^(word-)*word$/);
  });

  it('avoids names Windows reserves', () => {
    for (const name of ['CON', 'prn', 'Aux', 'nul', 'COM1', 'lpt9']) expect(makeSlug(name)).toBe(`${name.toLowerCase()}-post`);
    expect(makeSlug('console')).toBe('console');
  });

  it('adds a stable short id on collision', () => {
    expect(stableShortId('sess-1')).toBe(stableShortId('sess-1'));
    expect(stableShortId('sess-1')).not.toBe(stableShortId('sess-2'));
    expect(uniqueSlugs(['a', 'b', 'c'], () => 'same', (key) => key)).toEqual(['same', `same-${stableShortId('b')}`, `same-${stableShortId('c')}`]);
    expect(slugWithId('x'.repeat(80), 'k')).toHaveLength(80);
  });
});

describe('paths', () => {
  it('lays posts out per preset', () => {
    expect(postPath('hugo', 'talk', '2010-02-19', false)).toBe('content/posts/talk.md');
    expect(postPath('hugo', 'talk', '2010-02-19', true)).toBe('content/posts/talk/index.md');
    expect(postPath('jekyll', 'talk', '2010-02-19', true)).toBe('_posts/2010-02-19-talk.md');
    expect(postPath('plain', 'talk', '2010-02-19', false)).toBe('2010-02-19-talk.md');
    expect(() => postPath('hugo', '../x', '2010-02-19', false)).toThrow();
  });

  it('tells paths that stay inside from those that leave', () => {
    for (const inside of ['a.md', 'a/b.md', 'a/../b.md', './a.md']) expect(staysInside(inside)).toBe(true);
    for (const outside of ['', '.', '../a.md', 'a/../../b.md', '/etc/x', 'C:/x', 'a\\..\\..\\b', 'a\0b']) expect(staysInside(outside)).toBe(false);
  });
});
