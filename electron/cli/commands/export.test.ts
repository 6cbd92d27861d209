import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureConference, fixtureSessions } from '../../../core/export/__fixtures__/fixtureConference';
import { ArchiveStore } from '../../services/archive/archiveStore';
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
    expect(result.stdout).toContain('5 written, 0 unchanged, 0 conflict(s), 0 skipped.');
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
    expect(again.stdout).toContain('0 written, 2 unchanged');
    const file = path.join(out, 'content/posts/pycon-2010-day-1.md');
    await writeFile(file, 'hand edit\n');
    const conflict = await run(args);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toContain('conflict  content/posts/pycon-2010-day-1.md');
    expect(await readFile(file, 'utf8')).toBe('hand edit\n');
    const settled = await run([...args, '--on-conflict', 'overwrite']);
    expect(settled.code).toBe(0);
    expect(await readFile(file, 'utf8')).toContain('title: "PyCon 2010, day 1"');
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
