import nodePath from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'extname' | 'sep'>;

export type AppFileResolution =
  | { ok: true; filePath: string }
  /** 400: not a URL of ours or not decodable; 403: would leave the renderer folder; 404: no such page. */
  | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Maps a `plenary://app/...` URL to a file inside `rootDir` (out/renderer).
 * Anything that would resolve outside that folder — `..` segments, encoded
 * separators, backslashes, drive paths, NUL bytes — is refused, not clamped.
 * A path with no file extension is an in-app address and gets index.html.
 *
 * Plain function (no Electron) so it is tested under Node; `pathApi` lets the
 * tests run the Windows rules too.
 */
export function resolveAppFile(rootDir: string, requestUrl: string, pathApi: PathApi = nodePath): AppFileResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) {
    return { ok: false, status: 403, reason: 'not an app URL' };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed escape in path' };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400, reason: 'NUL in path' };
  // No file of ours has a backslash in its name; on Windows it would be a separator.
  if (pathname.includes('\\')) return { ok: false, status: 400, reason: 'backslash in path' };

  const relativePath = pathname.replace(/^\/+/, '');
  if (relativePath === '' || relativePath.endsWith('/')) {
    return inside(rootDir, `${relativePath}index.html`, pathApi);
  }
  if (pathApi.extname(relativePath) === '') return inside(rootDir, 'index.html', pathApi);
  return inside(rootDir, relativePath, pathApi);
}

function inside(rootDir: string, relativePath: string, pathApi: PathApi): AppFileResolution {
  const root = pathApi.resolve(rootDir);
  const filePath = pathApi.resolve(root, relativePath);
  const fromRoot = pathApi.relative(root, filePath);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(fromRoot)) {
    return { ok: false, status: 403, reason: 'outside the renderer folder' };
  }
  return { ok: true, filePath };
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a file served to the renderer; module scripts need an exact JavaScript type. */
export function contentTypeFor(filePath: string, pathApi: Pick<PathApi, 'extname'> = nodePath): string {
  return contentTypes[pathApi.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
