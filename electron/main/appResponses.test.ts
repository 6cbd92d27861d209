import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAppRequest } from './appResponses';
import { contentSecurityPolicy } from './contentSecurityPolicy';

let base: string;
let rendererDir: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'plenary-app-files-'));
  rendererDir = path.join(base, 'out', 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Plenary</title>');
  await writeFile(path.join(rendererDir, 'assets', 'index.js'), 'console.log(1);');
  // A secret beside the renderer folder, with a name that shares its prefix.
  await mkdir(path.join(base, 'out', 'renderer-private'), { recursive: true });
  await writeFile(path.join(base, 'out', 'renderer-private', 'secret.txt'), 'secret');
  await writeFile(path.join(base, 'out', 'main.cjs'), 'secret');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serveAppRequest(rendererDir, new Request(url, { method }));

describe('serveAppRequest', () => {
  it('serves the page and its scripts with exact types and the policy header', async () => {
    const page = await get('plenary://app/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await page.text()).toContain('<title>Plenary</title>');

    const script = await get('plenary://app/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await script.text()).toBe('console.log(1);');
  });

  it('serves index.html for the root and in-app addresses', async () => {
    expect(await (await get('plenary://app/')).text()).toContain('Plenary');
    expect(await (await get('plenary://app/session/abc')).text()).toContain('Plenary');
  });

  it('never answers with a file outside the renderer folder', async () => {
    for (const url of [
      'plenary://app/..%2fmain.cjs',
      'plenary://app/..%2frenderer-private%2fsecret.txt',
      'plenary://app/assets/..%2f..%2fmain.cjs',
      'plenary://app/..%5cmain.cjs',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text(), url).not.toContain('secret');
    }
  });

  it('answers 404 for missing files and folders, 405 for writes', async () => {
    expect((await get('plenary://app/assets/missing.js')).status).toBe(404);
    expect((await get('plenary://app/assets')).status).toBe(200); // no extension: an in-app address
    expect((await get('plenary://app/assets/')).status).toBe(404); // a folder without index.html
    expect((await get('plenary://app/index.html', 'POST')).status).toBe(405);
    const head = await get('plenary://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
