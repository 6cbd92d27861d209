import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);

/** Every .html file under a folder, read. */
export async function htmlFiles(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(folder, file), await readFile(file, 'utf8'));
    }
  }
  return files;
}

const named: Record<string, string> = {
  lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…', ndash: '–', mdash: '—', middot: '·',
};

/**
 * The text a reader sees: tags removed, entities decoded, typographic quotes
 * made plain (both generators curl quotes), whitespace collapsed.
 */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(p|li|ul|ol|h[1-6]|div|blockquote|pre|br|hr|article|body|head|title|html|input)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
      return named[code.toLowerCase()] ?? all;
    })
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ');
}

/** Build output lines that report a problem. */
export function problemLines(output: string): string[] {
  return output.split('\n').filter((line) => /\b(error|warn(ing)?|deprecat\w*)\b/i.test(line));
}

export interface BuiltImage {
  page: string;
  src: string;
  alt: string;
  /** The file the browser would load, inside the built site, and its bytes (null when it is not there). */
  file: string;
  bytes: Buffer | null;
}

/**
 * Every <img> of the built pages with the file it points at: a relative src
 * is resolved against the page's own folder (pretty URLs: `a/b/index.html`
 * is served as `/a/b/`), a site-absolute one against the site's root.
 */
export async function builtImages(siteDir: string, pagesUnder: string, pages: Map<string, string>): Promise<BuiltImage[]> {
  const images: BuiltImage[] = [];
  for (const [page, html] of pages) {
    for (const tag of html.match(/<img\b[^>]*>/g) ?? []) {
      const src = /\bsrc="([^"]*)"/.exec(tag)?.[1] ?? '';
      const alt = /\balt="([^"]*)"/.exec(tag)?.[1] ?? '';
      const file = src.startsWith('/')
        ? path.join(siteDir, decodeURI(src))
        : path.join(siteDir, pagesUnder, path.dirname(page), decodeURI(src));
      images.push({ page, src, alt, file, bytes: await readFile(file).catch(() => null) });
    }
  }
  return images;
}
