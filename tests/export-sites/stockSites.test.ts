import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typedConference, typedSessions } from '../../core/export/__fixtures__/typedConference';
import { exportLayouts, exportOptionsSchema } from '../../core/export/options';
import { buildPosts, type Post } from '../../core/export/posts';
import { writeExport } from '../../electron/services/export/writer';
import { htmlFiles, problemLines, run, visibleText } from './siteCheck';

/**
 * The posts of sessions typed from every built-in template (the typed golden
 * posts) on stock sites: a blog made by `jekyll new` with its minima theme,
 * untouched, and a Hugo site. Each page must show the site's header, the
 * post's title once and its date, and nothing empty: no bullet, heading or
 * quote without text.
 */
let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'plenary-stock-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const input = { conferences: [typedConference], sessions: typedSessions() };

/** What a reader sees empty in a built page. */
function emptyParts(html: string): string[] {
  const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? html;
  const problems: string[] = [];
  for (const match of article.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)) {
    if (visibleText(match[1] ?? '').trim() === '' && !/type="checkbox"[^>]*>\s*\S/.test(match[1] ?? '')) problems.push(`empty bullet: ${match[0]}`);
  }
  for (const match of article.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)) {
    if (visibleText(match[2] ?? '').trim() === '') problems.push(`empty heading: ${match[0]}`);
  }
  for (const match of article.matchAll(/<blockquote\b[^>]*>([\s\S]*?)<\/blockquote>/g)) {
    if (visibleText(match[1] ?? '').trim() === '') problems.push(`empty quote: ${match[0]}`);
  }
  return problems;
}

/** The lines of a post's body as text: markdown markers, emphasis, escapes and link targets removed. */
function bodyTexts(post: Post): string[] {
  const body = post.content.split(/^---$/m).slice(2).join('---');
  return body
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(#{1,6}\s|>\s?|[-*+]\s(\[[ x]\]\s)?|\d+\.\s)*/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, '')
        .replace(/\\(.)/g, '$1')
        .replace(/['’‘]/g, "'")
        .replace(/\s+/g, ' ')
        .trim(),
    )
    // Table rows are checked as a table (expectTable).
    .filter((line) => line !== '' && !/^\|.*\|$/.test(line));
}

async function pagesUnder(folder: string): Promise<[string, string][]> {
  return [...(await htmlFiles(folder))];
}

describe('a stock `jekyll new` blog with minima shows the posts', () => {
  for (const layout of exportLayouts) {
    it(`${layout} layout`, { timeout: 180_000 }, async () => {
      const site = path.join(root, `jekyll-${layout}`);
      await run('jekyll', ['new', '--skip-bundle', site], { env: { ...process.env, LANG: 'C.UTF-8' } });
      // The welcome post of a new blog is not ours to check.
      for (const file of await readdir(path.join(site, '_posts'))) await rm(path.join(site, '_posts', file));
      const posts = buildPosts(input, exportOptionsSchema.parse({ preset: 'jekyll', layout }));
      await writeExport(site, posts);
      const { stdout, stderr } = await run('jekyll', ['build', '--source', site, '--destination', path.join(site, '_site'), '--strict_front_matter'], {
        cwd: site,
        env: { ...process.env, JEKYLL_ENV: 'production', LANG: 'C.UTF-8' },
      }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
        throw new Error(`jekyll failed: ${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
      });
      expect(problemLines(`${stdout}\n${stderr}`)).toEqual([]);
      // minima puts posts at /YYYY/MM/DD/<slug>.html.
      const pages = (await pagesUnder(path.join(site, '_site'))).filter(([file]) => /^\d{4}\//.test(file));
      expect(pages).toHaveLength(posts.length);
      for (const post of posts) {
        const page = pages.find(([file]) => file.endsWith(`/${post.slug}.html`));
        expect(page, post.path).toBeDefined();
        const html = page?.[1] ?? '';
        expect(html).toContain('<header class="site-header"');
        const titles = [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => visibleText(match[1] ?? '').trim());
        expect(titles).toEqual([visibleText(post.title).trim()]);
        expect(html).toMatch(/<time class="dt-published" datetime="2026-06-1[01]T/);
        expect(emptyParts(html)).toEqual([]);
        const text = visibleText(html).replace(/\s+/g, ' ');
        for (const line of bodyTexts(post)) expect(text, post.path).toContain(line);
      }
      expectTable(pages.map(([, html]) => html).join('\n'));
    });
  }
});

/** The imported comparison table is an HTML table, its header and cells as written. */
function expectTable(html: string): void {
  const table = /<table[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  const header = [...table.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((match) => visibleText(match[1] ?? '').trim());
  const cells = [...table.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((match) => visibleText(match[1] ?? '').trim());
  expect(header).toEqual(['installer', 'lock file', 'speed']);
  expect(cells).toEqual(['pip', 'none by default', 'steady', 'uv', 'uv.lock', 'fast | very']);
}

const hugoConfig = `baseURL = "http://example.org/"
title = "Plenary stock site"
languageCode = "en"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;

// A theme's single page at its simplest: the site's header, the title from the front matter, the date, the content.
const single = `<!DOCTYPE html>
<html><head><title>{{ .Title }}</title></head>
<body><header class="site-header"><a href="/">{{ .Site.Title }}</a></header>
<article><h1>{{ .Title }}</h1><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "January 2, 2006" }}</time>{{ .Content }}</article></body></html>
`;
const list = `<!DOCTYPE html>
<html><head><title>{{ .Title }}</title></head>
<body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
`;

describe('Hugo shows the posts with their title once', () => {
  for (const layout of exportLayouts) {
    it(`${layout} layout`, { timeout: 120_000 }, async () => {
      const site = path.join(root, `hugo-${layout}`);
      await mkdir(path.join(site, 'layouts', '_default'), { recursive: true });
      await writeFile(path.join(site, 'config.toml'), hugoConfig);
      await writeFile(path.join(site, 'layouts', '_default', 'single.html'), single);
      await writeFile(path.join(site, 'layouts', '_default', 'list.html'), list);
      await writeFile(path.join(site, 'layouts', 'index.html'), list);
      const posts = buildPosts(input, exportOptionsSchema.parse({ preset: 'hugo', layout }));
      await writeExport(site, posts);
      const args = ['--source', site, '--destination', path.join(site, 'public'), '--cacheDir', path.join(site, '.cache'), '--panicOnWarning'];
      const { stdout, stderr } = await run('hugo', args).catch((error: { stdout?: string; stderr?: string; message: string }) => {
        throw new Error(`hugo failed: ${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
      });
      expect(problemLines(`${stdout}\n${stderr}`)).toEqual([]);
      const pages = (await pagesUnder(path.join(site, 'public', 'posts'))).filter(([file]) => file !== 'index.html');
      expect(pages).toHaveLength(posts.length);
      for (const post of posts) {
        const html = pages.find(([file]) => file.startsWith(`${post.slug}/`))?.[1] ?? '';
        expect(html, post.path).toContain('<header class="site-header"');
        const titles = [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => visibleText(match[1] ?? '').trim());
        expect(titles).toEqual([visibleText(post.title).trim()]);
        expect(html).toMatch(/<time datetime="2026-06-1[01]T/);
        expect(emptyParts(html)).toEqual([]);
        const text = visibleText(html).replace(/\s+/g, ' ');
        for (const line of bodyTexts(post)) expect(text, post.path).toContain(line);
      }
      expectTable(pages.map(([, html]) => html).join('\n'));
    });
  }
});
