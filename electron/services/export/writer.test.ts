import { mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Post } from '../../../core/export/posts';
import { sha256 } from '../sha256';
import { MANIFEST_NAME, readManifest } from './manifest';
import { planExport, writeExport } from './writer';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'plenary-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function post(relativePath: string, content: string): Post {
  return { path: relativePath, slug: 'x', title: relativePath, date: 0, conferenceId: 'c', sessionIds: [], content, attachments: [] };
}

async function allFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('writeExport', () => {
  it('skips a post whose path collides with another post’s folder and writes the rest', async () => {
    const { files, summary } = await writeExport(dir, [post('notes', 'a file\n'), post('notes/inner.md', 'inside\n'), post('other.md', 'fine\n')]);
    expect(summary.written).toBe(2);
    expect(summary.skipped).toBe(1);
    expect(files.find((file) => file.outcome === 'skipped')?.reason).toMatch(/rename the post/);
    expect(await readFile(path.join(dir, 'other.md'), 'utf8')).toBe('fine\n');
  });

  it('writes new posts, creating folders, and records them in the manifest', async () => {
    const result = await writeExport(dir, [post('content/posts/a.md', 'A\n'), post('content/posts/b/index.md', 'B\n')]);
    expect(result.summary).toEqual({ written: 2, unchanged: 0, conflict: 0, skipped: 0 });
    expect(await readFile(path.join(dir, 'content/posts/a.md'), 'utf8')).toBe('A\n');
    expect(await readFile(path.join(dir, 'content/posts/b/index.md'), 'utf8')).toBe('B\n');
    const manifest = await readManifest(dir);
    expect(manifest.files).toEqual({ 'content/posts/a.md': sha256('A\n'), 'content/posts/b/index.md': sha256('B\n') });
    // Atomic writes leave no temporary files behind.
    expect(await allFiles(dir)).toEqual([MANIFEST_NAME, 'content/posts/a.md', 'content/posts/b/index.md']);
  });

  it('reports unchanged content and touches nothing, manifest included', async () => {
    await writeExport(dir, [post('a.md', 'same\n')]);
    const before = await stat(path.join(dir, 'a.md'));
    const manifestBefore = await stat(path.join(dir, MANIFEST_NAME));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const result = await writeExport(dir, [post('a.md', 'same\n')]);
    expect(result.files).toEqual([{ path: 'a.md', outcome: 'unchanged' }]);
    expect((await stat(path.join(dir, 'a.md'))).mtimeMs).toBe(before.mtimeMs);
    expect((await stat(path.join(dir, 'a.md'))).ino).toBe(before.ino);
    expect((await stat(path.join(dir, MANIFEST_NAME))).mtimeMs).toBe(manifestBefore.mtimeMs);
  });

  it('replaces a post Plenary wrote and nobody changed since', async () => {
    await writeExport(dir, [post('a.md', 'v1\n')]);
    const plan = await planExport(dir, [post('a.md', 'v2\n')]);
    expect(plan).toEqual([{ path: 'a.md', title: 'a.md', state: 'update' }]);
    const result = await writeExport(dir, [post('a.md', 'v2\n')]);
    expect(result.summary.written).toBe(1);
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe('v2\n');
  });

  it('never overwrites a post changed outside Plenary without a resolution', async () => {
    await writeExport(dir, [post('a.md', 'v1\n')]);
    await writeFile(path.join(dir, 'a.md'), 'edited by hand\n');
    expect((await planExport(dir, [post('a.md', 'v2\n')]))[0]?.state).toBe('conflict');
    const result = await writeExport(dir, [post('a.md', 'v2\n')]);
    expect(result.files[0]).toMatchObject({ path: 'a.md', outcome: 'conflict' });
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe('edited by hand\n');
  });

  it('treats a file that was there before any export as the user’s', async () => {
    await writeFile(path.join(dir, 'a.md'), 'mine\n');
    const result = await writeExport(dir, [post('a.md', 'plenary\n')]);
    expect(result.summary.conflict).toBe(1);
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe('mine\n');
  });

  it('keeps, overwrites or writes beside as resolved', async () => {
    await writeExport(dir, [post('keep.md', 'v1\n'), post('over.md', 'v1\n'), post('beside.md', 'v1\n')]);
    for (const name of ['keep.md', 'over.md', 'beside.md']) await writeFile(path.join(dir, name), 'hand\n');
    const posts = [post('keep.md', 'v2\n'), post('over.md', 'v2\n'), post('beside.md', 'v2\n')];
    const result = await writeExport(dir, posts, { resolutions: { 'keep.md': 'keep', 'over.md': 'overwrite', 'beside.md': 'beside' } });
    expect(result.summary).toEqual({ written: 2, unchanged: 0, conflict: 0, skipped: 1 });
    expect(await readFile(path.join(dir, 'keep.md'), 'utf8')).toBe('hand\n');
    expect(await readFile(path.join(dir, 'over.md'), 'utf8')).toBe('v2\n');
    expect(await readFile(path.join(dir, 'beside.md'), 'utf8')).toBe('hand\n');
    const beside = result.files.find((f) => f.path === 'beside.md');
    expect(beside?.writtenPath).toMatch(/^beside-[0-9a-f]{8}\.md$/);
    expect(await readFile(path.join(dir, beside?.writtenPath ?? ''), 'utf8')).toBe('v2\n');
    // The overwritten post is Plenary's again: the next export replaces it without asking.
    expect((await planExport(dir, [post('over.md', 'v3\n')]))[0]?.state).toBe('update');
    // Writing beside again with the same content changes nothing.
    const again = await writeExport(dir, [post('beside.md', 'v2\n')], { defaultResolution: 'beside' });
    expect(again.files[0]).toMatchObject({ outcome: 'unchanged', writtenPath: beside?.writtenPath });
  });

  it('refuses paths that leave the folder, and links that lead out', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'plenary-outside-'));
    try {
      await symlink(outside, path.join(dir, 'linked'));
      const hostile = ['../escape.md', '/etc/passwd-x.md', 'a/../../escape.md', 'linked/x.md', MANIFEST_NAME, `${MANIFEST_NAME}/x.md`, '.git/hooks/pre-commit', 'C:\\x.md'];
      const result = await writeExport(dir, hostile.map((p) => post(p, 'x\n')));
      expect(result.files.map((f) => f.outcome)).toEqual(hostile.map(() => 'skipped'));
      expect(await readdir(outside)).toEqual([]);
      await expect(stat(path.join(dir, '..', 'escape.md'))).rejects.toThrow();
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('refuses two posts with one path', async () => {
    const result = await writeExport(dir, [post('a.md', '1\n'), post('A.md', '2\n')]);
    expect(result.files.map((f) => f.outcome)).toEqual(['written', 'skipped']);
  });

  it('reports progress per file', async () => {
    const seen: string[] = [];
    await writeExport(dir, [post('a.md', '1\n'), post('b.md', '2\n')], { onProgress: (done, total, p) => seen.push(`${done}/${total} ${p}`) });
    expect(seen.map((s) => s.split(' ')[0])).toEqual(['1/2', '2/2']);
    expect(seen.map((s) => s.split(' ')[1]).sort()).toEqual(['a.md', 'b.md']);
  });

  it('plans a folder that does not exist yet as all new', async () => {
    const plan = await planExport(path.join(dir, 'not-yet'), [post('a.md', 'x')]);
    expect(plan).toEqual([{ path: 'a.md', title: 'a.md', state: 'new' }]);
    await expect(stat(path.join(dir, 'not-yet'))).rejects.toThrow();
  });

  it('writes a stream of posts, building each only as a write slot frees', async () => {
    let built = 0;
    function* posts(): Generator<Post> {
      for (let i = 0; i < 100; i++) {
        built++;
        yield post(`p${i}.md`, `${i}\n`);
      }
    }
    let builtAtFirstWrite = 0;
    const onProgress = (done: number) => {
      if (done === 1) builtAtFirstWrite = built;
    };
    const result = await writeExport(dir, { total: 100, posts: posts() }, { onProgress });
    expect(result.summary.written).toBe(100);
    expect(builtAtFirstWrite).toBeLessThan(100);
    expect((await readdir(dir)).filter((name) => name.endsWith('.md'))).toHaveLength(100);
  });

  it('keeps the posts written before a post fails to build, recorded as Plenary’s own, and says what failed', async () => {
    function* posts(): Generator<Post> {
      yield post('a.md', 'A\n');
      yield post('b.md', 'B\n');
      throw new Error('The notes of “Broken talk” could not be read');
    }
    await expect(writeExport(dir, { total: 3, posts: posts() })).rejects.toThrow(/Broken talk/);
    // What was written is in the manifest, so the next export replaces it without calling it a conflict.
    expect(Object.keys((await readManifest(dir)).files).sort()).toEqual(['a.md', 'b.md']);
    expect(await allFiles(dir)).toEqual([MANIFEST_NAME, 'a.md', 'b.md']);
    expect((await planExport(dir, [post('a.md', 'A2\n')]))[0]?.state).toBe('update');
  });
});

describe('planExport', () => {
  it('refuses a file where the export folder should be, naming it', async () => {
    const file = path.join(dir, 'not-a-folder.txt');
    await writeFile(file, 'just a file\n');
    await expect(planExport(file, [post('a.md', 'A\n')])).rejects.toThrow(/ENOTDIR: .*not-a-folder\.txt is a file, not a folder/);
    expect(await readFile(file, 'utf8')).toBe('just a file\n');
  });
});

describe('writeExport: images beside their posts', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  const asset = `${'ab'.repeat(32)}.png`;
  const readAsset = async (name: string) => {
    if (name !== asset) throw new Error(`The image ${name} is not in the archive's assets folder.`);
    return png;
  };
  function withImage(postPath: string, imagePath: string, imageAsset = asset): Post {
    return { ...post(postPath, `![slide](${path.posix.basename(imagePath)})\n`), attachments: [{ path: imagePath, asset: imageAsset }] };
  }

  it('writes the image once, then leaves it untouched, and records it in the manifest', async () => {
    const posts = [withImage('content/posts/talk/index.md', 'content/posts/talk/abababababababab.png')];
    const first = await writeExport(dir, posts, { readAsset });
    expect(first.summary).toEqual({ written: 2, unchanged: 0, conflict: 0, skipped: 0 });
    expect(new Uint8Array(await readFile(path.join(dir, 'content/posts/talk/abababababababab.png')))).toEqual(png);
    expect((await readManifest(dir)).files['content/posts/talk/abababababababab.png']).toBe(sha256(Buffer.from(png)));
    const again = await writeExport(dir, posts, { readAsset });
    expect(again.summary).toEqual({ written: 0, unchanged: 2, conflict: 0, skipped: 0 });
  });

  it('treats an image changed by hand as a conflict, like a post', async () => {
    const posts = [withImage('a/index.md', 'a/abababababababab.png')];
    await writeExport(dir, posts, { readAsset });
    await writeFile(path.join(dir, 'a/abababababababab.png'), 'edited by hand');
    const result = await writeExport(dir, posts, { readAsset });
    expect(result.files).toContainEqual({ path: 'a/abababababababab.png', outcome: 'conflict', reason: 'changed outside Plenary since the last export' });
    expect(await readFile(path.join(dir, 'a/abababababababab.png'), 'utf8')).toBe('edited by hand');
    await writeExport(dir, posts, { readAsset, defaultResolution: 'overwrite' });
    expect(new Uint8Array(await readFile(path.join(dir, 'a/abababababababab.png')))).toEqual(png);
  });

  it('skips an image it cannot read or whose path is unsafe, with the reason, and still writes the post', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'plenary-outside-'));
    try {
      await symlink(outside, path.join(dir, 'linked'));
      const posts = [
        withImage('one.md', 'one/missing.png', `${'cd'.repeat(32)}.png`),
        withImage('two.md', '../escape.png'),
        withImage('three.md', 'linked/x.png'),
        withImage('four.md', '.hidden/x.png'),
      ];
      const plan = await planExport(dir, posts, readAsset);
      expect(plan.filter((file) => file.state === 'refused').map((file) => file.path)).toEqual([
        'one/missing.png',
        '../escape.png',
        'linked/x.png',
        '.hidden/x.png',
      ]);
      const { files, summary } = await writeExport(dir, posts, { readAsset });
      expect(summary).toEqual({ written: 4, unchanged: 0, conflict: 0, skipped: 4 });
      expect(files.find((file) => file.path === 'one/missing.png')?.reason).toMatch(/not in the archive's assets folder/);
      expect(files.find((file) => file.path === '../escape.png')?.reason).toBe('leaves the export folder');
      expect(files.find((file) => file.path === 'linked/x.png')?.reason).toMatch(/through a link/);
      expect(await readdir(outside)).toEqual([]);
      expect(await readdir(path.dirname(dir))).not.toContain('escape.png');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
