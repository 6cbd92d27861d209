import type { ExportPreset } from './options';

/**
 * Where a post goes inside the export folder, as a relative POSIX path:
 * Hugo `content/posts/<slug>.md` (or the page bundle `<slug>/index.md` when
 * the post has images), Jekyll `_posts/YYYY-MM-DD-<slug>.md`, plain
 * `YYYY-MM-DD-<slug>.md`.
 */
export function postPath(preset: ExportPreset, slug: string, day: string, hasImages: boolean): string {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new Error(`Not a safe slug: ${JSON.stringify(slug)}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a day: ${JSON.stringify(day)}`);
  switch (preset) {
    case 'hugo':
      return hasImages ? `content/posts/${slug}/index.md` : `content/posts/${slug}.md`;
    case 'jekyll':
      return `_posts/${day}-${slug}.md`;
    case 'plain':
      return `${day}-${slug}.md`;
  }
}

/** True when a relative POSIX path stays inside the folder it is relative to. */
export function staysInside(relativePath: string): boolean {
  if (relativePath === '' || relativePath.startsWith('/') || relativePath.includes('\\') || relativePath.includes('\0')) return false;
  if (/^[A-Za-z]:/.test(relativePath)) return false;
  let depth = 0;
  for (const segment of relativePath.split('/')) {
    if (segment === '..') depth--;
    else if (segment !== '.' && segment !== '') depth++;
    if (depth < 0) return false;
  }
  return depth > 0;
}
