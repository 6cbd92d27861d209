import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureConference, fixtureNoteLines, fixtureSessionTitles, fixtureSessions } from '../../core/export/__fixtures__/fixtureConference';
import { fixtureImageBytes, readFixtureAsset } from '../../core/export/__fixtures__/fixtureImage';
import { exportLayouts, exportOptionsSchema } from '../../core/export/options';
import { buildPosts } from '../../core/export/posts';
import { writeExport } from '../../electron/services/export/writer';
import { builtImages, htmlFiles, problemLines, run, visibleText } from './siteCheck';

// A real build with Debian's jekyll (4.3, kramdown with the GFM parser), offline, no extra gems.
let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'plenary-jekyll-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const config = `title: Plenary export test
markdown: kramdown
kramdown:
  input: GFM
  hard_wrap: false
disable_disk_cache: true
exclude:
  - .plenary-export.json
defaults:
  - scope:
      path: ""
      type: posts
    values:
      layout: post
`;

const layout = `<!DOCTYPE html>
<html><head><title>{{ page.title | escape }}</title></head>
<body><article><h1>{{ page.title | escape }}</h1>{{ content }}</article></body></html>
`;

async function makeSite(dir: string): Promise<void> {
  await mkdir(path.join(dir, '_layouts'), { recursive: true });
  await writeFile(path.join(dir, '_config.yml'), config);
  await writeFile(path.join(dir, '_layouts', 'post.html'), layout);
}

describe('Jekyll builds the exported posts', () => {
  for (const postLayout of exportLayouts) {
    it(`${postLayout} layout`, { timeout: 180_000 }, async () => {
      const site = path.join(root, postLayout);
      await makeSite(site);
      const options = exportOptionsSchema.parse({ preset: 'jekyll', layout: postLayout, stamps: postLayout === 'day' ? 'elapsed' : 'bold', actions: 'all' });
      const posts = buildPosts({ conferences: [fixtureConference], sessions: fixtureSessions() }, options);
      const { summary } = await writeExport(site, posts, { readAsset: readFixtureAsset });
      const attachments = posts.flatMap((post) => post.attachments);
      expect(attachments).toHaveLength(1);
      expect(summary).toEqual({ written: posts.length + attachments.length, unchanged: 0, conflict: 0, skipped: 0 });

      const args = ['build', '--source', site, '--destination', path.join(site, '_site'), '--strict_front_matter', '--trace'];
      const { stdout, stderr } = await run('jekyll', args, { env: { ...process.env, JEKYLL_ENV: 'production', LANG: 'C.UTF-8' } }).catch(
        (error: { stdout?: string; stderr?: string; message: string }) => {
          throw new Error(`jekyll failed: ${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
        },
      );
      expect(problemLines(`${stdout}\n${stderr}`)).toEqual([]);

      const built = await htmlFiles(path.join(site, '_site'));
      // The slide is linked from the site's root and copied there by Jekyll as a static file.
      expect(attachments[0]?.path).toMatch(/^assets\/images\/[a-z0-9-]+\/[0-9a-f]{16}\.png$/);
      const images = await builtImages(path.join(site, '_site'), '', built);
      expect(images).toHaveLength(1);
      expect(images[0]).toMatchObject({ alt: 'Slide: a dict of 8 slots, 3 of them free', bytes: Buffer.from(fixtureImageBytes) });
      expect(images[0]?.src).toMatch(/^\/assets\/images\//);

      const pages = [...built];
      expect(pages).toHaveLength(posts.length);
      const all = pages.map(([, html]) => html).join('\n');
      const text = visibleText(all);
      for (const title of fixtureSessionTitles()) expect(text).toContain(title);
      for (const line of fixtureNoteLines()) expect(text).toContain(line.replace(/\s+/g, ' '));
      const boxes = all.match(/<input[^>]*type="checkbox"[^>]*>/g) ?? [];
      // The six action items: in the notes where written and again in the action-item section; the live blog lists them once, at its end.
      expect(boxes.length).toBeGreaterThanOrEqual(postLayout === 'liveblog' ? 6 : 7);
      expect(boxes.filter((box) => box.includes('checked')).length).toBeGreaterThanOrEqual(2);
      expect(all).not.toContain('<b>HTML</b>');
      // Template syntax in code is shown, not run.
      expect(text).toContain('echo "{{< not a shortcode >}} {{% nor this %}}"');
    });
  }
});
