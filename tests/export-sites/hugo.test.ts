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

// A real build with Debian's hugo (0.111): the exported posts must build as they are.
let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'plenary-hugo-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const config = `baseURL = "http://example.org/"
title = "Plenary export test"
languageCode = "en"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;

const single = `<!DOCTYPE html>
<html><head><title>{{ .Title }}</title></head>
<body><article><h1>{{ .Title }}</h1>{{ .Content }}</article></body></html>
`;

const list = `<!DOCTYPE html>
<html><head><title>{{ .Title }}</title></head>
<body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
`;

async function makeSite(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'layouts', '_default'), { recursive: true });
  await writeFile(path.join(dir, 'config.toml'), config);
  await writeFile(path.join(dir, 'layouts', '_default', 'single.html'), single);
  await writeFile(path.join(dir, 'layouts', '_default', 'list.html'), list);
  await writeFile(path.join(dir, 'layouts', 'index.html'), list);
}

describe('Hugo builds the exported posts', () => {
  for (const layout of exportLayouts) {
    it(`${layout} layout`, { timeout: 120_000 }, async () => {
      const site = path.join(root, layout);
      await makeSite(site);
      const options = exportOptionsSchema.parse({ preset: 'hugo', layout, stamps: layout === 'session' ? 'clock' : 'bold', actions: 'all' });
      const posts = buildPosts({ conferences: [fixtureConference], sessions: fixtureSessions() }, options);
      const { summary } = await writeExport(site, posts, { readAsset: readFixtureAsset });
      const attachments = posts.flatMap((post) => post.attachments);
      expect(attachments).toHaveLength(1);
      expect(summary).toEqual({ written: posts.length + attachments.length, unchanged: 0, conflict: 0, skipped: 0 });

      // Hugo 0.111 flags; --panicOnWarning turns any warning into a failed build.
      const args = ['--source', site, '--destination', path.join(site, 'public'), '--cacheDir', path.join(site, '.cache'), '--panicOnWarning'];
      const { stdout, stderr } = await run('hugo', args).catch((error: { stdout?: string; stderr?: string; message: string }) => {
        throw new Error(`hugo failed: ${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
      });
      expect(problemLines(`${stdout}\n${stderr}`)).toEqual([]);

      // The post with the slide is a page bundle: index.md with the picture beside it.
      const bundled = posts.filter((post) => post.attachments.length > 0);
      expect(bundled.map((post) => post.path)).toEqual([expect.stringMatching(/^content\/posts\/[a-z0-9-]+\/index\.md$/)]);
      expect(attachments[0]?.path).toMatch(/^content\/posts\/[a-z0-9-]+\/[0-9a-f]{16}\.png$/);

      const pages = await htmlFiles(path.join(site, 'public', 'posts'));
      const images = await builtImages(path.join(site, 'public'), 'posts', pages);
      expect(images).toHaveLength(1);
      expect(images[0]).toMatchObject({ alt: 'Slide: a dict of 8 slots, 3 of them free', bytes: Buffer.from(fixtureImageBytes) });
      const postPages = [...pages].filter(([file]) => file !== 'index.html');
      expect(postPages).toHaveLength(posts.length);
      const all = postPages.map(([, html]) => html).join('\n');
      const text = visibleText(all);
      for (const title of fixtureSessionTitles()) expect(text).toContain(title);
      for (const line of fixtureNoteLines()) expect(text).toContain(line.replace(/\s+/g, ' '));
      // Action items render as task lists: a checkbox per item, ticked where done.
      const boxes = all.match(/<input[^>]*type="checkbox"[^>]*>/g) ?? [];
      // The six action items: in the notes where written and again in the action-item section; the live blog lists them once, at its end.
      expect(boxes.length).toBeGreaterThanOrEqual(layout === 'liveblog' ? 6 : 7);
      expect(boxes.filter((box) => box.includes('checked')).length).toBeGreaterThanOrEqual(2);
      // Text that looks like markup stays text.
      expect(all).not.toContain('<b>HTML</b>');
      // Template syntax in code is shown, not run.
      expect(text).toContain('echo "{{< not a shortcode >}} {{% nor this %}}"');
      expect(all).not.toContain('raw HTML omitted');
    });
  }
});
