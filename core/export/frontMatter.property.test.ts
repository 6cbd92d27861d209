import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fixtureConference, fixtureSessions } from './__fixtures__/fixtureConference';
import { frontMatter, toWellFormed } from './frontMatter';
import { exportOptionsSchema, exportPresets, exportLayouts } from './options';
import { postPath, staysInside } from './paths';
import { buildPosts } from './posts';
import { makeSlug } from './slugs';

// Strings that YAML, markdown, shells or file systems read as something else.
const RUNS = Number(process.env['PROP_RUNS'] ?? 10_000);
const nasty = [
  'yes', 'No', 'on', 'OFF', 'y', 'n', '~', 'null', 'Null', 'true', 'False', '---', '...', '- a', 'a: b', ': x', '? x',
  '#comment', '&anchor', '*alias', '!!str', '!tag', '%YAML 1.2', '@at', '`tick`', '"', "'", "''", '\\', '\n', '\r\n', '\t',
  '\u0085', '\u2028', '\u2029', '\uFEFF', '\u0000', '\u001b[31m', '0x1F', '0o17', '017', '1e3', '1_000', '.inf', '-.Inf', '.NaN',
  '2010-02-19', '2010-02-19 09:00:00 -0500', '12:30', '1:30:00', '<<', '{a: 1}', '[1, 2]', '|', '>', '|-', '>+', '  lead', 'trail  ',
  '=', '%', 'a line\n \nbetween', '{{ x }}', '{% raw %}', '<script>alert(1)</script>', '../../etc/passwd', '..\\..\\boot.ini', 'C:\\x', '/abs', 'CON', 'nul',
  'com1', 'LPT9', 'aux.md', 'Ünïcödé', '日本語のタイトル', '🙂🎉', 'ᄀᄀᄀ각ᆨᆨ', 'e\u0301', '\uD800', '\uDFFF',
];

const hostile = fc.oneof(
  fc.constantFrom(...nasty),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...nasty, ' ', ':', '-', '#', '"', "'", '\n', 'a'), { maxLength: 8 }).map((parts) => parts.join('')),
);

function readFrontMatter(content: string): Record<string, unknown> {
  expect(content.startsWith('---\n')).toBe(true);
  const end = content.indexOf('\n---\n', 3);
  expect(end).toBeGreaterThan(0);
  const yaml = content.slice(4, end + 1);
  // No line of the YAML may close the front matter early.
  expect(yaml.split('\n').some((line) => line === '---' || line === '...')).toBe(false);
  return parse(yaml) as Record<string, unknown>;
}

describe('front matter of hostile text', () => {
  it('round-trips titles, tags and speakers through a YAML parser (10,000 cases)', { timeout: 300_000 }, () => {
    fc.assert(
        fc.property(fc.constantFrom(...exportPresets), hostile, fc.array(hostile, { maxLength: 5 }), fc.array(hostile, { maxLength: 5 }), hostile, (preset, title, tags, speakers, summary) => {
          const fields = { title, date: '2010-02-19T09:00:00-05:00', slug: makeSlug(title), summary, tags, conference: title, speakers, draft: false };
          const content = frontMatter(fields, preset);
          const data = readFrontMatter(content);
          const text = toWellFormed;
          expect(data['title']).toBe(text(title));
          expect(data['tags']).toEqual(tags.map(text));
          expect(data['speakers']).toEqual(speakers.map(text));
          expect(data['conference']).toBe(text(title));
          if (summary !== '') expect(data['summary']).toBe(text(summary));
          // YAML 1.1 readers (Jekyll) see the same values.
          expect(parse(content.slice(4, content.indexOf('\n---\n', 3) + 1), { version: '1.1' })).toEqual(data);
        }),
        { numRuns: RUNS },
      );
  });
});

describe('paths of hostile titles', () => {
  it('stay inside the export folder and use safe names (10,000 cases)', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom(...exportPresets), fc.boolean(), (title, preset, images) => {
        const slug = makeSlug(title);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(80);
        expect(slug).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/);
        const path = postPath(preset, slug, '2010-02-19', images);
        expect(staysInside(path)).toBe(true);
        expect(path).toMatch(/^(content\/posts\/|_posts\/)?[a-z0-9-]+(\/index)?\.md$/);
      }),
      { numRuns: RUNS },
    );
  });

  it('stay inside the folder for whole exports of hostile sessions', { timeout: 300_000 }, () => {
    const base = fixtureSessions();
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 5 }), fc.constantFrom(...exportPresets), fc.constantFrom(...exportLayouts), (titles, preset, layout) => {
        const sessions = titles.map((title, i) => {
          const record = base[i % base.length];
          if (!record) throw new Error('fixture');
          return { ...record, session: { ...record.session, id: `s${i}`, title: title.trim() === '' ? 'x' : title } };
        });
        const posts = buildPosts(
          { conferences: [{ ...fixtureConference, name: titles[0] ?? 'x' }], sessions },
          exportOptionsSchema.parse({ preset, layout }),
        );
        const paths = posts.map((post) => post.path);
        expect(new Set(paths).size).toBe(paths.length);
        for (const post of posts) {
          expect(staysInside(post.path)).toBe(true);
          readFrontMatter(post.content);
        }
      }),
      { numRuns: 100 },
    );
  });
});
