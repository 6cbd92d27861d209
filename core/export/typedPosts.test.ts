import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { typedConference, typedSessions } from './__fixtures__/typedConference';
import { exportLayouts, exportOptionsSchema, exportPresets, type ExportLayout, type ExportOptionsInput } from './options';
import { buildPosts, streamPosts } from './posts';

const goldenRoot = join(dirname(fileURLToPath(import.meta.url)), '__golden__', 'typed');
const update = process.env['UPDATE_GOLDEN'] === '1';

// What people export: times off in sessions and day posts, on in the live blog (where every entry has one).
const variant: Record<ExportLayout, Partial<ExportOptionsInput>> = {
  session: { stamps: 'none', actions: 'open' },
  day: { stamps: 'none', actions: 'all' },
  conference: { stamps: 'clock', actions: 'open' },
  liveblog: { stamps: 'bold', actions: 'open' },
};

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

const sessions = typedSessions();
const input = { conferences: [typedConference], sessions };

describe('golden posts of sessions typed from every built-in template', () => {
  for (const preset of exportPresets) {
    for (const layout of exportLayouts) {
      it(`${preset} × ${layout}`, () => {
        const posts = buildPosts(input, exportOptionsSchema.parse({ preset, layout, ...variant[layout] }));
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

describe('sessions with nothing to publish', () => {
  it('are skipped and listed, and written when asked for', () => {
    const options = exportOptionsSchema.parse({ preset: 'hugo', layout: 'session' });
    const stream = streamPosts(input, options);
    expect(stream.skipped).toEqual([{ sessionId: 'typed-empty', conferenceId: typedConference.id, title: 'Lunch talk: to be announced', day: '2026-06-10' }]);
    expect(stream.total).toBe(sessions.length - 1);
    const all = streamPosts(input, { ...options, includeEmpty: true });
    expect(all.skipped).toEqual([]);
    const lunch = [...all.posts].find((post) => post.sessionIds.includes('typed-empty'));
    // Its post says what the schedule says, and nothing of the template.
    expect(lunch?.content.split('---\n')[2]?.trim()).toBe('*Hall A · 12:30–13:00*');
  });
});

describe('dates', () => {
  const posts = buildPosts(input, exportOptionsSchema.parse({ preset: 'hugo', layout: 'session' }));
  const dateOf = (id: string) => /^date: "([^"]+)"$/m.exec(posts.find((post) => post.sessionIds.includes(id))?.content ?? '')?.[1];

  it('are the actual start, else the scheduled start', () => {
    expect(dateOf('typed-talk')).toBe('2026-06-10T09:32:00+02:00');
    expect(dateOf('typed-panel')).toBe('2026-06-10T11:00:00+02:00');
  });

  it('are only a day, with no time line, when nobody wrote a time', () => {
    const post = posts.find((candidate) => candidate.sessionIds.includes('typed-imported'));
    expect(dateOf('typed-imported')).toBe('2026-06-10');
    expect(post?.content).not.toMatch(/\d\d:\d\d/);
  });
});
