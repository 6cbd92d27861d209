import slugify from '@sindresorhus/slugify';

export const MAX_SLUG_LENGTH = 80;

// Names Windows refuses for a file or folder, whatever the extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** A file-name-safe slug: only `[a-z0-9-]`, at most 80 characters, never empty, never a name Windows reserves. */
export function makeSlug(text: string, fallback = 'post'): string {
  let slug = slugify(text, { lowercase: true, decamelize: false })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    slug = slug.slice(0, MAX_SLUG_LENGTH);
    const cut = slug.lastIndexOf('-');
    if (cut > MAX_SLUG_LENGTH / 2) slug = slug.slice(0, cut);
    slug = slug.replace(/-+$/, '');
  }
  if (slug === '') slug = fallback;
  if (WINDOWS_RESERVED.test(slug)) slug = `${slug}-post`;
  return slug;
}

/** A short, stable id (8 hex characters) for a key: the same post gets the same suffix on every export. */
export function stableShortId(key: string): string {
  // FNV-1a, 32 bits.
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** `slug` with a short id added, still within the length limit. */
export function slugWithId(slug: string, key: string): string {
  const suffix = `-${stableShortId(key)}`;
  return slug.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '') + suffix;
}

/**
 * Gives each item its slug, adding a short id to every slug already taken in
 * this export. Items are taken in the order given.
 */
export function uniqueSlugs<T>(items: readonly T[], slugOf: (item: T) => string, keyOf: (item: T) => string): string[] {
  const taken = new Set<string>();
  return items.map((item) => {
    let slug = slugOf(item);
    if (taken.has(slug)) slug = slugWithId(slug, keyOf(item));
    let salt = 0;
    while (taken.has(slug)) slug = slugWithId(slug, `${keyOf(item)}#${++salt}`);
    taken.add(slug);
    return slug;
  });
}
