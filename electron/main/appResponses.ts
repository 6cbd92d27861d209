import { readFile, stat } from 'node:fs/promises';
import { contentTypeFor, resolveAppFile } from './appFiles';
import { appResponseHeaders } from './contentSecurityPolicy';

function refuse(status: number, statusText: string): Response {
  return new Response(statusText, { status, statusText, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/**
 * The answer to one request of the app protocol: a file from inside
 * `rendererDir` with the security headers, or a refusal. Plain fetch-API
 * objects (no Electron), so it is tested under Node against real files.
 */
export async function serveAppRequest(rendererDir: string, request: Request): Promise<Response> {
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
}
