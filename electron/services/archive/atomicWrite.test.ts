import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, isTemporaryFileName, temporaryPathFor } from './atomicWrite';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'plenary-atomic-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('atomicWrite', () => {
  it('creates a file that did not exist', async () => {
    const target = join(folder, 'a.json');
    await atomicWrite(target, '{"a":1}');
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
    expect(await readdir(folder)).toEqual(['a.json']);
  });

  it('replaces the content whole, shorter or longer', async () => {
    const target = join(folder, 'a.json');
    await writeFile(target, 'x'.repeat(10_000));
    await atomicWrite(target, 'short');
    expect(await readFile(target, 'utf8')).toBe('short');
    await atomicWrite(target, new TextEncoder().encode('y'.repeat(50_000)));
    expect(await readFile(target, 'utf8')).toBe('y'.repeat(50_000));
    expect(await readdir(folder)).toEqual(['a.json']);
  });

  it('leaves the old file intact and no temporary file when the data cannot be written', async () => {
    const target = join(folder, 'a.json');
    await writeFile(target, 'old content');
    // A value the file system refuses once the temporary file is already open.
    const unwritable = Symbol('not data') as unknown as string;
    await expect(atomicWrite(target, unwritable)).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(folder)).toEqual(['a.json']);
  });

  it('leaves the target and no temporary file when the rename fails', async () => {
    // Renaming a file over a folder fails on every platform.
    const target = join(folder, 'taken');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'keep me');
    await expect(atomicWrite(target, 'new')).rejects.toThrow();
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('keep me');
    expect(await readdir(folder)).toEqual(['taken']);
  });

  it('fails without leaving anything when the folder does not exist', async () => {
    await expect(atomicWrite(join(folder, 'missing', 'a.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('keeps every concurrent write whole: the file ends as one of them', async () => {
    const target = join(folder, 'a.json');
    const contents = Array.from({ length: 20 }, (_, i) => String(i).repeat(5_000 + i));
    await Promise.all(contents.map((content) => atomicWrite(target, content)));
    expect(contents).toContain(await readFile(target, 'utf8'));
    expect(await readdir(folder)).toEqual(['a.json']);
  });

  it('names temporary files so that listings can tell them apart', () => {
    const temporary = temporaryPathFor(join(folder, 'abc.json'));
    const name = temporary.slice(folder.length + 1);
    expect(isTemporaryFileName(name)).toBe(true);
    expect(name.endsWith('.json')).toBe(false);
    expect(temporaryPathFor(join(folder, 'abc.json'))).not.toBe(temporary);
  });
});
