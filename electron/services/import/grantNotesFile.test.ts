import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PathGrants } from '../pathGrants';
import { grantNotesFile } from './grantNotesFile';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'plenary-grant-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('grantNotesFile', () => {
  it('gives a token for an existing notes file, and nothing for anything else', async () => {
    const grants = new PathGrants();
    await writeFile(path.join(dir, 'talk.md'), '# Talk');
    await writeFile(path.join(dir, 'passwd'), 'root:x:0:0');
    await mkdir(path.join(dir, 'folder.md'));
    const token = await grantNotesFile(grants, path.join(dir, 'talk.md'));
    expect(token && grants.file(token)).toBe(path.join(dir, 'talk.md'));
    for (const candidate of [path.join(dir, 'passwd'), path.join(dir, 'folder.md'), path.join(dir, 'missing.txt'), 'talk.md', `${dir}/a\0.md`, 42, null]) {
      expect(await grantNotesFile(grants, candidate)).toBeNull();
    }
  });
});
