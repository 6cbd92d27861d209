import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serviceDispatcher } from '../testDispatcher';

const fixtures = join(import.meta.dirname, '../../../tests/fixtures/images');
let archiveDir: string;
let png: Buffer;
let asset: string;

beforeEach(async () => {
  archiveDir = await mkdtemp(join(tmpdir(), 'plenary-assets-'));
  png = await readFile(join(fixtures, 'slide.png'));
  asset = `${createHash('sha256').update(png).digest('hex')}.png`;
});

afterEach(async () => {
  await rm(archiveDir, { recursive: true, force: true });
});

const dispatcher = () => serviceDispatcher(archiveDir);

const nameOf = (bytes: Uint8Array, ext: string) => `${createHash('sha256').update(bytes).digest('hex')}.${ext}`;

async function assetFiles(): Promise<string[]> {
  return readdir(join(archiveDir, 'assets')).catch(() => []);
}

describe('asset channels', () => {
  it('keeps an image once under its content name and reads it back', async () => {
    const dispatch = dispatcher();
    const data = png.toString('base64');
    expect(await dispatch('assetWrite', { asset, data })).toEqual({ ok: true, value: { written: true } });
    expect(await readFile(join(archiveDir, 'assets', asset))).toEqual(png);
    expect(await dispatch('assetWrite', { asset, data })).toEqual({ ok: true, value: { written: false } });
    expect(await dispatch('assetRead', { asset })).toEqual({ ok: true, value: { data } });
    expect(await dispatch('assetIndex', {})).toEqual({ ok: true, value: { assets: [asset] } });
    expect(await assetFiles()).toEqual([asset]);
  });

  it('refuses bytes that are not an image, whatever the name says', async () => {
    const text = Buffer.from('<svg onload="alert(1)"></svg> not a png at all');
    const result = await dispatcher()('assetWrite', { asset: nameOf(text, 'png'), data: text.toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'asset-not-image' } });
    expect(result.ok || result.error.message).toMatch(/not a PNG, JPEG, GIF or WebP image/);
    expect(await assetFiles()).toEqual([]);
  });

  it('refuses a PNG named as a JPEG', async () => {
    const result = await dispatcher()('assetWrite', { asset: nameOf(png, 'jpg'), data: png.toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'asset-type-mismatch' } });
    expect(await assetFiles()).toEqual([]);
  });

  it('refuses an image over 20 MB with its size and what to do', async () => {
    const big = Buffer.alloc(21 * 1024 * 1024);
    png.copy(big);
    const result = await dispatcher()('assetWrite', { asset: nameOf(big, 'png'), data: big.toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'asset-too-large' } });
    expect(result.ok || result.error.message).toMatch(/21\.0 MB; images up to 20 MB.*Make it smaller/);
    expect(await assetFiles()).toEqual([]);
  });

  it('refuses bytes whose hash is not their name', async () => {
    const other = await readFile(join(fixtures, 'chart.png'));
    const result = await dispatcher()('assetWrite', { asset, data: other.toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'asset-hash-mismatch' } });
    expect(await assetFiles()).toEqual([]);
  });

  it('refuses names that could reach another file, before any path is built', async () => {
    const dispatch = dispatcher();
    const hex = asset.slice(0, 64);
    for (const name of [
      '../sessions/x.png',
      `../${hex}.png`,
      `${hex}.png/../../x`,
      `${hex.toUpperCase()}.png`,
      `${hex}.svg`,
      `${hex}.png\u0000.txt`,
      `/etc/${hex}.png`,
      `assets\\${hex}.png`,
    ]) {
      expect(await dispatch('assetWrite', { asset: name, data: png.toString('base64') })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
      expect(await dispatch('assetRead', { asset: name })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(await dispatch('assetWrite', { asset, data: 'not base64 !!' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch('assetWrite', { asset, data: png.toString('base64'), path: '/tmp/x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await readdir(archiveDir)).toEqual([]);
  });

  it('says clearly when an image is missing, and never follows a link planted in the folder', async () => {
    const dispatch = dispatcher();
    const missing = await dispatch('assetRead', { asset });
    expect(missing).toMatchObject({ ok: false, error: { code: 'asset-missing' } });
    expect(missing.ok || missing.error.message).toMatch(/not in the archive's assets folder/);

    const outside = join(archiveDir, 'outside.png');
    await writeFile(outside, png);
    await mkdir(join(archiveDir, 'assets'));
    await symlink(outside, join(archiveDir, 'assets', asset));
    expect(await dispatch('assetRead', { asset })).toMatchObject({ ok: false, error: { code: 'asset-missing' } });
  });

  it('replaces a damaged copy on disk when the image is kept again', async () => {
    const dispatch = dispatcher();
    await mkdir(join(archiveDir, 'assets'));
    await writeFile(join(archiveDir, 'assets', asset), png.subarray(0, 40));
    expect(await dispatch('assetRead', { asset })).toMatchObject({ ok: false, error: { code: 'asset-missing' } });
    expect(await dispatch('assetWrite', { asset, data: png.toString('base64') })).toEqual({ ok: true, value: { written: true } });
    expect(await readFile(join(archiveDir, 'assets', asset))).toEqual(png);
  });
});
