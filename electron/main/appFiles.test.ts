import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppFile } from './appFiles';

const root = '/opt/plenary/out/renderer';

function resolved(url: string): string | number {
  const result = resolveAppFile(root, url, nodePath.posix);
  return result.ok ? result.filePath : result.status;
}

describe('resolveAppFile (POSIX)', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolved('plenary://app/index.html')).toBe(`${root}/index.html`);
    expect(resolved('plenary://app/assets/index-abc123.js')).toBe(`${root}/assets/index-abc123.js`);
    expect(resolved('plenary://app/assets/Inter%20Regular.woff2')).toBe(`${root}/assets/Inter Regular.woff2`);
    expect(resolved('plenary://app/assets/index.js?v=1#x')).toBe(`${root}/assets/index.js`);
  });

  it('serves index.html for the root, folders and in-app addresses', () => {
    expect(resolved('plenary://app')).toBe(`${root}/index.html`);
    expect(resolved('plenary://app/')).toBe(`${root}/index.html`);
    expect(resolved('plenary://app/assets/')).toBe(`${root}/assets/index.html`);
    expect(resolved('plenary://app/session/abc')).toBe(`${root}/index.html`);
  });

  it('refuses paths that leave the renderer folder', () => {
    for (const url of [
      'plenary://app/..%2f..%2fpackage.json',
      'plenary://app/assets/..%2F..%2F..%2Fpackage.json',
      'plenary://app/%2e%2e%2fmain.cjs',
      'plenary://app/%2e%2e%2f',
      'plenary://app/%2e%2e%2frenderer-evil%2fx.js',
    ]) {
      expect(resolved(url), url).toBe(403);
    }
  });

  it('keeps URL-normalised dot segments inside the folder', () => {
    // The URL parser folds `..` and `%2e%2e` segments before we see them, so these stay at the root.
    expect(resolved('plenary://app/../../etc/passwd.txt')).toBe(`${root}/etc/passwd.txt`);
    expect(resolved('plenary://app/%2e%2e/%2e%2e/main.cjs')).toBe(`${root}/main.cjs`);
    // An encoded leading slash is stripped rather than taken as the file system root.
    expect(resolved('plenary://app/%2fetc%2fpasswd.txt')).toBe(`${root}/etc/passwd.txt`);
  });

  it('refuses other hosts, schemes and broken escapes', () => {
    expect(resolved('plenary://evil/index.html')).toBe(403);
    expect(resolved('plenary://app:1/index.html')).toBe(403);
    expect(resolved('plenary://me@app/index.html')).toBe(403);
    expect(resolved('file:///opt/plenary/out/renderer/index.html')).toBe(403);
    expect(resolved('plenary://app/%E0%A4%A.js')).toBe(400);
    expect(resolved('plenary://app/a%00.js')).toBe(400);
    expect(resolved('not a url')).toBe(400);
  });
});

describe('resolveAppFile (Windows)', () => {
  const winRoot = 'C:\\Program Files\\Plenary\\resources\\app.asar\\out\\renderer';
  const win = (url: string) => {
    const result = resolveAppFile(winRoot, url, nodePath.win32);
    return result.ok ? result.filePath : result.status;
  };

  it('serves files inside the folder', () => {
    expect(win('plenary://app/assets/index.js')).toBe(`${winRoot}\\assets\\index.js`);
  });

  it('refuses backslashes, drive letters and UNC paths', () => {
    expect(win('plenary://app/..%5c..%5cpackage.json')).toBe(400);
    expect(win('plenary://app/assets%5c..%5c..%5cmain.js')).toBe(400);
    expect(win('plenary://app/%5c%5cserver%5cshare%5cx.js')).toBe(400);
    expect(win('plenary://app/C:%2fWindows%2fwin.ini')).toBe(403);
    expect(win('plenary://app/D:/secrets.txt')).toBe(403);
    expect(win('plenary://app/%2f%2fserver%2fshare%2fx.js')).toBe(`${winRoot}\\server\\share\\x.js`);
  });
});

describe('contentTypeFor', () => {
  it('gives module scripts and pages exact types', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/assets/index.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/assets/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
