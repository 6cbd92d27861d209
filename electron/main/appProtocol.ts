import { protocol } from 'electron';
import { APP_SCHEME } from './appOrigin';
import { serveAppRequest } from './appResponses';

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

/**
 * Serves the built renderer (out/renderer) at plenary://app/. Only files
 * inside that folder are ever answered (see resolveAppFile), each with the
 * Content-Security-Policy header; nothing is fetched from the network.
 */
export function serveAppFiles(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request));
}
