import { assetExtension, isAssetRef } from '../assets/assetRef';
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

/** Where an image of a post goes, and the link the post's markdown gives it. */
export interface AttachmentPlace {
  /** Relative POSIX path inside the export folder. */
  path: string;
  /** What `![alt](…)` points at. */
  link: string;
}

/**
 * An image of a post, by preset: Hugo beside the bundle's `index.md` (a page
 * resource, linked relatively); Jekyll under `assets/images/<slug>/`, linked
 * from the site's root, which Jekyll copies as it is; plain in a folder named
 * like the post, `<day>-<slug>/`, next to it. The file is named by the first
 * 16 hex digits of the image's SHA-256, so the same picture keeps its name on
 * every export and two pictures never share one.
 */
export function attachmentPlace(preset: ExportPreset, slug: string, day: string, asset: string): AttachmentPlace {
  if (!isAssetRef(asset)) throw new Error(`Not an image name: ${JSON.stringify(asset)}`);
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new Error(`Not a safe slug: ${JSON.stringify(slug)}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a day: ${JSON.stringify(day)}`);
  const name = `${asset.slice(0, 16)}.${assetExtension(asset)}`;
  switch (preset) {
    case 'hugo':
      return { path: `content/posts/${slug}/${name}`, link: name };
    case 'jekyll':
      return { path: `assets/images/${slug}/${name}`, link: `/assets/images/${slug}/${name}` };
    case 'plain':
      return { path: `${day}-${slug}/${name}`, link: `${day}-${slug}/${name}` };
  }
}
