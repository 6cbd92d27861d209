import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pathTokenSchema } from '../../core/ipc/pathToken';
import { PathGrants } from './pathGrants';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'plenary-grants-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('PathGrants', () => {
  it('turns the tokens it handed out back into their paths, and refuses any other', async () => {
    const grants = new PathGrants();
    const folder = await grants.grantFolder(path.join(dir, 'site'));
    const file = grants.grantFile(path.join(dir, 'notes.md'));
    expect(pathTokenSchema.safeParse(folder).success).toBe(true);
    expect(await grants.folder(folder)).toBe(path.join(dir, 'site'));
    expect(grants.file(file)).toBe(path.join(dir, 'notes.md'));
    // A file token is not a folder token, nor the other way round.
    await expect(grants.folder(file)).rejects.toThrow(/Choose the folder again/);
    expect(() => grants.file(folder)).toThrow(/Choose the file again/);
    await expect(grants.folder('A'.repeat(32))).rejects.toMatchObject({ code: 'unknown-path' });
  });

  it('gives the same folder the same token, and remembers folders across restarts but not files', async () => {
    const file = path.join(dir, 'data', 'folder-grants.json');
    const first = new PathGrants(file);
    const token = await first.grantFolder(path.join(dir, 'site'));
    expect(await first.grantFolder(path.join(dir, 'site'))).toBe(token);
    const fileToken = first.grantFile(path.join(dir, 'notes.md'));
    const restarted = new PathGrants(file);
    expect(await restarted.folder(token)).toBe(path.join(dir, 'site'));
    expect(() => restarted.file(fileToken)).toThrow(/Choose the file again/);
    expect(await readFile(file, 'utf8')).not.toContain('notes.md');
  });

  it('refuses relative paths and NUL bytes, and starts empty from a damaged list', async () => {
    const grants = new PathGrants();
    await expect(grants.grantFolder('posts')).rejects.toMatchObject({ code: 'invalid-path' });
    expect(() => grants.grantFile('/tmp/a\0b')).toThrow(/full path/);
    const file = path.join(dir, 'folder-grants.json');
    await writeFile(file, '{"version":1,"folders":[{"token":"short","path":"/etc"}]}');
    await expect(new PathGrants(file).folder('short')).rejects.toMatchObject({ code: 'unknown-path' });
  });
});
