import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureConference, fixtureSessions } from '../../../core/export/__fixtures__/fixtureConference';
import { fixtureImageAsset, fixtureImageBytes } from '../../../core/export/__fixtures__/fixtureImage';
import { ArchiveStore } from '../../services/archive/archiveStore';
import { AssetStore } from '../../services/assets/assetStore';
import type { CliIO } from '../cliCommand';
import { command } from './export';

let archive: string;
let out: string;

beforeEach(async () => {
  archive = await mkdtemp(path.join(tmpdir(), 'plenary-cli-archive-'));
  out = await mkdtemp(path.join(tmpdir(), 'plenary-cli-out-'));
  const store = new ArchiveStore(archive);
  await store.write({ kind: 'conference', conference: fixtureConference });
  await store.write({ kind: 'conference', conference: { ...fixtureConference, id: 'conf-other', name: 'Other Conf' } });
  for (const record of fixtureSessions()) await store.write({ kind: 'session', record });
  await new AssetStore(archive).write(fixtureImageAsset, fixtureImageBytes);
});
afterEach(async () => {
  await rm(archive, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), defaultArchiveDir: path.join(archive, 'nope') };
  const code = await command.run(args, io);
  return { code, stdout, stderr };
}

describe('plenary export', () => {
  it('writes Jekyll posts for one conference and prints a summary', async () => {
    const result = await run(['--archive', archive, '--out', out, '--preset', 'jekyll', '--layout', 'session', '--conference', 'pycon 2010', '--stamps', 'bold']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Five posts and the slide shown in one of them.
    expect(result.stdout).toContain('6 written, 0 unchanged, 0 conflict(s), 0 skipped.');
    const posts = (await readdir(path.join(out, '_posts'))).sort();
    expect(posts).toEqual([
      '2010-02-19-keynote-guido-van-rossum.md',
      '2010-02-19-scaling-your-python-application-on-ec2.md',
      '2010-02-19-the-mighty-dictionary.md',
      '2010-02-20-lightning-talks-yes-no-and-more.md',
      '2010-02-20-the-state-of-packaging.md',
    ]);
    expect(await readFile(path.join(out, '_posts', posts[0] ?? ''), 'utf8')).toContain('**09:00** Python 2.7');
  });

  it('reports unchanged posts, then a conflict after a hand edit, then settles it', async () => {
    const args = ['--archive', archive, '--out', out, '--preset', 'hugo', '--layout', 'day'];
    expect((await run(args)).code).toBe(0);
    const again = await run(args);
    expect(again.stdout).toContain('0 written, 3 unchanged');
    // Day 1 shows the slide: a page bundle.
    const file = path.join(out, 'content/posts/pycon-2010-day-1/index.md');
    await writeFile(file, 'hand edit\n');
    const conflict = await run(args);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toContain('conflict  content/posts/pycon-2010-day-1/index.md');
    expect(await readFile(file, 'utf8')).toBe('hand edit\n');
    const settled = await run([...args, '--on-conflict', 'overwrite']);
    expect(settled.code).toBe(0);
    expect(await readFile(file, 'utf8')).toContain('title: "PyCon 2010, day 1"');
  });

  it('copies a post’s images beside it, and names an image missing from the archive', async () => {
    const args = ['--archive', archive, '--out', out, '--preset', 'hugo', '--layout', 'session', '--conference', 'pycon 2010'];
    const result = await run(args);
    expect(result.code).toBe(0);
    const bundle = path.join(out, 'content/posts/the-mighty-dictionary');
    const name = `${fixtureImageAsset.slice(0, 16)}.png`;
    expect((await readdir(bundle)).sort()).toEqual([name, 'index.md']);
    expect(new Uint8Array(await readFile(path.join(bundle, name)))).toEqual(fixtureImageBytes);
    expect(await readFile(path.join(bundle, 'index.md'), 'utf8')).toContain(`![Slide: a dict of 8 slots, 3 of them free](${name})`);

    await rm(path.join(archive, 'assets'), { recursive: true });
    const other = await mkdtemp(path.join(tmpdir(), 'plenary-cli-out-'));
    try {
      const missing = await run(['--archive', archive, '--out', other, '--preset', 'jekyll', '--layout', 'session', '--conference', 'pycon 2010']);
      expect(missing.stdout).toContain('5 written, 0 unchanged, 0 conflict(s), 1 skipped.');
      expect(`${missing.stdout}${missing.stderr}`).toMatch(/not in the archive's assets folder/);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('plans without writing on --dry-run', async () => {
    const result = await run(['--archive', archive, '--out', out, '--preset', 'plain', '--layout', 'liveblog', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('new       2010-02-19-pycon-2010-day-1-live.md');
    expect(await readdir(out)).toEqual([]);
  });

  it('gives clear usage errors', async () => {
    expect((await run(['--out', out, '--preset', 'hugo'])).stderr).toContain('--layout is required');
    expect((await run(['--out', out, '--preset', 'wordpress', '--layout', 'day'])).stderr).toContain('--preset must be one of hugo, jekyll, plain, not "wordpress"');
    expect((await run(['--out', out, '--preset', 'hugo', '--layout', 'day', '--stamps'])).code).toBe(2);
    expect((await run(['--archive', archive, '--out', out, '--preset', 'hugo', '--layout', 'day', '--conference', 'nope'])).stderr).toContain(
      'no conference is named "nope"',
    );
    const missing = await run(['--out', out, '--preset', 'hugo', '--layout', 'day']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('there is no archive folder');
  });
});
