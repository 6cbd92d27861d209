import { realpath, stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { assetRefFor, maxAssetBytes } from '../../../core/assets/assetRef';
import { imageLinesOf } from '../../../core/markdown/imageTransformer';
import type { AssetStore } from '../assets/assetStore';

export interface ImportImages {
  /** src as written → asset name, for the images brought in. */
  assets: Map<string, string>;
  /** One line per image kept as text, saying why. */
  warnings: string[];
}

/**
 * Brings in the images a markdown file shows from its own folder: each
 * `![alt](relative/path.png)` whose file lies inside the folder of the notes
 * (after following links), is a PNG, JPEG, GIF or WebP image by its bytes,
 * and is at most 20 MB is kept in the archive's assets folder under its
 * content name. Anything else (a web address, a path outside the folder, a
 * missing or unreadable file) stays in the notes as written — `!` and a
 * link, as any markdown reader without the picture shows it — with a
 * warning. Nothing is ever fetched from the network.
 *
 * Images are kept as the file is read: their names are their content, so
 * reading the same file again writes nothing, and a plan that is not
 * imported leaves only unused pictures behind. Without a store (a dry run)
 * every check is made and nothing is written.
 */
export async function importImages(markdown: string, notesFile: string | null, assets: AssetStore | null): Promise<ImportImages> {
  const result: ImportImages = { assets: new Map(), warnings: [] };
  const seen = new Set<string>();
  for (const { src } of imageLinesOf(markdown)) {
    if (seen.has(src)) continue;
    seen.add(src);
    const kept = await keep(src, notesFile, assets);
    if (typeof kept === 'string' && kept.startsWith('asset:')) result.assets.set(src, kept.slice('asset:'.length));
    else result.warnings.push(`The image “${src.slice(0, 200)}” was not brought in (the line stays as written, a link): ${kept}`);
  }
  return result;
}

async function keep(src: string, notesFile: string | null, assets: AssetStore | null): Promise<string> {
  if (notesFile === null) return 'pasted notes have no folder to read images from; import the file itself instead.';
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return 'it is not a file beside the notes, and Plenary never downloads anything. Save the picture next to the notes and link it by its relative path.';
  }
  let relative = src;
  try {
    relative = decodeURI(src);
  } catch {
    // Not percent-encoded after all: the name as written.
  }
  relative = relative.replace(/[?#].*$/, '');
  if (relative.includes('\0') || path.isAbsolute(relative) || path.win32.isAbsolute(relative)) {
    return 'only images in the folder of the notes (linked by a relative path) are brought in.';
  }
  const folder = path.dirname(notesFile);
  let target: string;
  let realFolder: string;
  try {
    realFolder = await realpath(folder);
    target = await realpath(path.resolve(folder, relative));
  } catch {
    return 'there is no such file next to the notes.';
  }
  const fromFolder = path.relative(realFolder, target);
  if (fromFolder === '' || fromFolder.startsWith('..') || path.isAbsolute(fromFolder)) {
    return 'it lies outside the folder of the notes; only images in that folder (or below it) are brought in.';
  }
  const info = await stat(target).catch(() => null);
  if (!info?.isFile()) return 'it is not a file.';
  if (info.size > maxAssetBytes) return `it is ${(info.size / 1024 / 1024).toFixed(1)} MB; images up to 20 MB are brought in.`;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(target));
  } catch {
    return 'it could not be read; check that the file is readable and import the notes again.';
  }
  const named = assetRefFor(bytes);
  if (!named.ok) return named.message;
  if (assets !== null) await assets.write(named.asset, bytes);
  return `asset:${named.asset}`;
}
