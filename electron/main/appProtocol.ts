import { readFile, stat } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeFor, resolveAppFile } from './appFiles';
import { APP_SCHEME } from './appOrigin';
import { appResponseHeaders } from './contentSecurityPolicy';

/**
 * Must run before the app is ready. `standard` gives the pages a real origin
 * (plenary://app) with relative URLs and IndexedDB; `secure` makes it a
 * secure context; fetch works against it. It does not bypass the CSP.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function refuse(status: number, statusText: string): Response {
  return new Response(statusText, { status, statusText, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/**
 * Serves the built renderer (out/renderer) at plenary://app/. Only files
 * inside that folder are ever answered (see resolveAppFile), each with the
 * Content-Security-Policy header; nothing is fetched from the network.
 */
export function serveAppFiles(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method Not Allowed');
    const resolved = resolveAppFile(rendererDir, request.url);
    if (!resolved.ok) return refuse(resolved.status, resolved.reason);
    try {
      const info = await stat(resolved.filePath);
      if (!info.isFile()) return refuse(404, 'Not Found');
      const body = request.method === 'HEAD' ? null : await readFile(resolved.filePath);
      return new Response(body, { status: 200, headers: appResponseHeaders(contentTypeFor(resolved.filePath)) });
    } catch {
      return refuse(404, 'Not Found');
    }
  });
}
