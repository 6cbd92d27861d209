import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fixtureConference, fixtureSessions } from './__fixtures__/fixtureConference';
import { fixtureImageAsset } from './__fixtures__/fixtureImage';
import { exportLayouts, exportOptionsSchema, exportPresets, type ExportLayout, type ExportStampMode } from './options';
import { buildPosts } from './posts';

const goldenRoot = join(dirname(fileURLToPath(import.meta.url)), '__golden__');
const update = process.env['UPDATE_GOLDEN'] === '1';

// Each layout also exercises one stamp mode and one action mode.
const variant: Record<ExportLayout, { stamps: ExportStampMode; actions: 'open' | 'all' | 'none' }> = {
  session: { stamps: 'clock', actions: 'open' },
  day: { stamps: 'bold', actions: 'all' },
  conference: { stamps: 'elapsed', actions: 'open' },
  liveblog: { stamps: 'line', actions: 'none' },
};

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

describe('golden posts of the fixture conference', () => {
  const input = { conferences: [fixtureConference], sessions: fixtureSessions() };
  for (const preset of exportPresets) {
    for (const layout of exportLayouts) {
      it(`${preset} × ${layout}`, () => {
        const options = exportOptionsSchema.parse({ preset, layout, ...variant[layout] });
        const posts = buildPosts(input, options);
        const dir = join(goldenRoot, `${preset}-${layout}`);
        if (update) {
          rmSync(dir, { recursive: true, force: true });
          for (const post of posts) {
            mkdirSync(dirname(join(dir, post.path)), { recursive: true });
            writeFileSync(join(dir, post.path), post.content);
          }
        }
        expect(posts.map((post) => post.path).sort()).toEqual(listFiles(dir));
        for (const post of posts) expect(post.content).toBe(readFileSync(join(dir, post.path), 'utf8'));
      });
    }
  }
});

describe('posts', () => {
  const input = { conferences: [fixtureConference], sessions: fixtureSessions() };

  it('writes front matter that parses back to the session', () => {
    const posts = buildPosts(input, exportOptionsSchema.parse({ preset: 'hugo', layout: 'session' }));
    const lightning = posts.find((post) => post.sessionIds.includes('sess-lightning'));
    expect(lightning).toBeDefined();
    const yaml = lightning?.content.split('---\n')[1] ?? '';
    const data = parse(yaml) as Record<string, unknown>;
    expect(data['title']).toBe('Lightning talks: "yes", no & <more>');
    expect(data['date']).toBe('2010-02-20T17:43:00-05:00');
    expect(data['tags']).toEqual(['python', 'pycon', 'yes', 'lightning talks', '#hash']);
    expect(data['speakers']).toEqual(['Ana: the 1st', "O'Brien, Pat"]);
    expect(data['draft']).toBe(false);
    expect(data['slug']).toBe('lightning-talks-yes-no-and-more');
    expect(parse(yaml, { version: '1.1' })).toEqual(data);
  });

  it('names Jekyll posts by date and writes Jekyll dates', () => {
    const posts = buildPosts(input, exportOptionsSchema.parse({ preset: 'jekyll', layout: 'day', draft: true }));
    expect(posts.map((post) => post.path)).toEqual(['_posts/2010-02-19-pycon-2010-day-1.md', '_posts/2010-02-20-pycon-2010-day-2.md']);
    const data = parse(posts[0]?.content.split('---\n')[1] ?? '') as Record<string, unknown>;
    expect(data['date']).toBe('2010-02-19 09:00:00 -0500');
    expect(data['published']).toBe(false);
    expect(data['render_with_liquid']).toBe(false);
  });

  it('orders day sections by time and live blog entries newest first', () => {
    const [day1] = buildPosts(input, exportOptionsSchema.parse({ preset: 'plain', layout: 'day' }));
    const body = day1?.content ?? '';
    const order = ['## Keynote', '## The Mighty Dictionary', '## Scaling your Python'].map((h) => body.indexOf(h));
    expect(order.every((index, i) => index > 0 && (i === 0 || index > (order[i - 1] ?? 0)))).toBe(true);
    const [live] = buildPosts(input, exportOptionsSchema.parse({ preset: 'plain', layout: 'liveblog' }));
    const times = [...(live?.content ?? '').matchAll(/^\*\*(\d\d:\d\d)\*\* /gm)].map((m) => m[1] ?? '');
    expect(times.length).toBeGreaterThan(5);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('lists open or all action items with their checked state', () => {
    const open = buildPosts(input, exportOptionsSchema.parse({ preset: 'plain', layout: 'session', scope: { kind: 'sessions', sessionIds: ['sess-keynote'] } }));
    const section = (open[0]?.content ?? '').split('## Action items')[1] ?? '';
    expect(section.trim()).toBe('- [ ] Read PEP 3146 again');
    const all = buildPosts(input, exportOptionsSchema.parse({ preset: 'plain', layout: 'session', actions: 'all', scope: { kind: 'sessions', sessionIds: ['sess-keynote'] } }));
    expect((all[0]?.content ?? '').split('## Action items')[1]?.trim()).toBe('- [ ] Read PEP 3146 again\n- [x] Find the video of the keynote');
    const none = buildPosts(input, exportOptionsSchema.parse({ preset: 'plain', layout: 'session', actions: 'none', scope: { kind: 'sessions', sessionIds: ['sess-keynote'] } }));
    expect(none[0]?.content).not.toContain('## Action items');
  });

  it('adds a stable short id when two posts would share a slug', () => {
    const twin = fixtureSessions().map((record) => ({ ...record, session: { ...record.session, title: 'Same title' } }));
    const posts = buildPosts({ conferences: [fixtureConference], sessions: twin }, exportOptionsSchema.parse({ preset: 'hugo', layout: 'session' }));
    const slugs = posts.map((post) => post.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs[0]).toBe('same-title');
    expect(slugs.slice(1).every((slug) => /^same-title-[0-9a-f]{8}$/.test(slug))).toBe(true);
    const again = buildPosts({ conferences: [fixtureConference], sessions: twin }, exportOptionsSchema.parse({ preset: 'hugo', layout: 'session' }));
    expect(again.map((post) => post.slug)).toEqual(slugs);
  });

  it('limits the export to a scope and leaves deleted records out', () => {
    const sessions = fixtureSessions().map((record) =>
      record.session.id === 'sess-dict' ? { ...record, session: { ...record.session, deleted: true } } : record,
    );
    const day = buildPosts({ conferences: [fixtureConference], sessions }, exportOptionsSchema.parse({ preset: 'hugo', layout: 'session', scope: { kind: 'day', conferenceId: fixtureConference.id, day: '2010-02-19' } }));
    expect(day.map((post) => post.sessionIds[0])).toEqual(['sess-keynote', 'sess-ec2']);
    const gone = buildPosts({ conferences: [{ ...fixtureConference, deleted: true }], sessions }, exportOptionsSchema.parse({ preset: 'hugo', layout: 'session' }));
    expect(gone).toEqual([]);
  });
});

describe('images of a post', () => {
  const input = { conferences: [fixtureConference], sessions: fixtureSessions() };
  const dictionary = (preset: 'hugo' | 'jekyll' | 'plain') =>
    buildPosts(input, exportOptionsSchema.parse({ preset, layout: 'session' })).find((post) => post.slug === 'the-mighty-dictionary');

  it('go beside the post, each preset its own way, and the post links to where they go', () => {
    const name = `${fixtureImageAsset.slice(0, 16)}.png`;
    const expected = {
      hugo: { post: 'content/posts/the-mighty-dictionary/index.md', image: `content/posts/the-mighty-dictionary/${name}`, link: name },
      jekyll: {
        post: '_posts/2010-02-19-the-mighty-dictionary.md',
        image: `assets/images/the-mighty-dictionary/${name}`,
        link: `/assets/images/the-mighty-dictionary/${name}`,
      },
      plain: {
        post: '2010-02-19-the-mighty-dictionary.md',
        image: `2010-02-19-the-mighty-dictionary/${name}`,
        link: `2010-02-19-the-mighty-dictionary/${name}`,
      },
    };
    for (const preset of exportPresets) {
      const post = dictionary(preset);
      expect(post?.path).toBe(expected[preset].post);
      expect(post?.attachments).toEqual([{ path: expected[preset].image, asset: fixtureImageAsset }]);
      expect(post?.content).toContain(`![Slide: a dict of 8 slots, 3 of them free](${expected[preset].link})`);
    }
  });

  it('leave posts without images as single files', () => {
    const posts = buildPosts(input, exportOptionsSchema.parse({ preset: 'hugo', layout: 'session' }));
    const plain = posts.filter((post) => post.attachments.length === 0);
    expect(plain).toHaveLength(4);
    for (const post of plain) expect(post.path).toMatch(/^content\/posts\/[a-z0-9-]+\.md$/);
  });
});
