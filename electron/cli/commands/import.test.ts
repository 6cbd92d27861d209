import { fileURLToPath } from 'node:url';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../core/search/archiveSearch';
import { ArchiveStore } from '../../services/archive/archiveStore';
import type { CliIO } from '../cliCommand';
import { command as importCommand } from './import';
import { command as searchCommand } from './search';

// The five example notes, kept in the repository so the tests run from a clean checkout.
const EXAMPLES = fileURLToPath(new URL('../../../tests/fixtures/examples', import.meta.url));
const NAMES = [
  'pycon-2010-day-1-liveblog.txt',
  'pycon-2013-raw-timestamped-notes.txt',
  'pycon-2014-blogger-post.txt',
  'talk-proposal-cfp.md',
  'two-tech-talks-in-a-day.jekyll-post.md',
];

let dir: string;
let archive: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'plenary-cli-import-'));
  archive = path.join(dir, 'archive');
  for (const name of NAMES) await copyFile(path.join(EXAMPLES, name), path.join(dir, name));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function io(): CliIO & { out: string; err: string } {
  const captured = { out: '', err: '' };
  return Object.assign(captured, {
    stdout: (text: string) => void (captured.out += text),
    stderr: (text: string) => void (captured.err += text),
    defaultArchiveDir: path.join(dir, 'unused'),
  });
}

async function counts() {
  const { records } = await new ArchiveStore(archive).readAll();
  return {
    conferences: records.filter((record) => record.kind === 'conference').map((record) => (record.kind === 'conference' ? record.conference.name : '')).sort(),
    sessions: records.filter((record) => record.kind === 'session').length,
  };
}

async function search(...args: string[]): Promise<SearchHit[]> {
  const output = io();
  expect(await searchCommand.run([...args, '--archive', archive, '--json'], output)).toBe(0);
  return (JSON.parse(output.out) as { hits: SearchHit[] }).hits;
}

describe('plenary import and plenary search', () => {
  it('imports all five examples, skips them the second time, and finds a phrase from each', async () => {
    const files = NAMES.map((name) => path.join(dir, name));
    const first = io();
    expect(await importCommand.run([...files, '--archive', archive], first)).toBe(0);
    expect(first.err).toBe('');
    expect(first.out).toContain('pycon-2013-raw-timestamped-notes.txt: imported 6 sessions into “Pycon 2013” (new conference)');
    expect(first.out).toContain('left out comment form, lines 49–65');
    expect(await counts()).toEqual({
      conferences: ['PyCon 2010', 'Pycon 2013', 'Pycon 2014', 'Talk proposal cfp', 'Two tech. talks in a day'],
      sessions: 13 + 6 + 3 + 1 + 2,
    });

    const again = io();
    expect(await importCommand.run([...files, '--archive', archive], again)).toBe(0);
    expect(again.out).toContain('pycon-2013-raw-timestamped-notes.txt: imported 0 sessions into “Pycon 2013”, 6 sessions already in the archive skipped');
    expect((await counts()).sessions).toBe(25);

    const phrases: Array<[string, string]> = [
      ['sophomoric humor', 'Lightning talks'],
      ['Justin Bieber problem', 'Instagram talk'],
      ['cryptographically signed tokens', 'Auth Evolution'],
      ['monkey patched the socket module', 'DIY Performance Tuning When All You Have is Python'],
      ['shadow in Japanese', "Say's tech talk"],
    ];
    for (const [phrase, title] of phrases) {
      const hits = await search(phrase);
      expect(hits[0]?.sessionTitle, phrase).toBe(title);
      expect(hits[0]?.kind).toBe('line');
    }
    const [bieber] = await search('Justin Bieber');
    expect(bieber).toMatchObject({ blockIndex: 3, conferenceName: 'Pycon 2013' });
    const [instagram] = await search('Instagram talk now');
    expect(instagram).toMatchObject({ blockIndex: 0, stamp: Date.UTC(2013, 2, 15, 17, 55, 11) });
  });

  it('uses the date and zone given, into the conference named', async () => {
    const output = io();
    const file = path.join(dir, 'pycon-2010-day-1-liveblog.txt');
    expect(await importCommand.run([file, '--archive', archive, '--conference', 'PyCon US 2010', '--tz', 'America/New_York', '--date', '2010-02-19'], output)).toBe(0);
    expect(output.out).toContain('imported 13 sessions into “PyCon US 2010” (new conference)');
    const [lightning] = await search('sophomoric');
    expect(lightning?.stamp).toBe(Date.UTC(2010, 1, 19, 22, 43));
    const text = io();
    expect(await searchCommand.run(['sophomoric', '--archive', archive], text)).toBe(0);
    expect(text.out).toBe('PyCon US 2010 › Lightning talks · line 1 · 17:43\n    Lightning talks. Some **sophomoric** obscene humor is on display in one of the talks.\n');
  });

  it('reports a file it cannot read and imports nothing from it, but imports the others', async () => {
    await writeFile(path.join(dir, 'broken.md'), '---\ntitle: [oops\n---\n\nnotes about caching');
    await writeFile(path.join(dir, 'slides.pdf'), Buffer.from('%PDF-1.4\n\u0000\u0001binary'));
    const output = io();
    const code = await importCommand.run([path.join(dir, 'broken.md'), path.join(dir, 'slides.pdf'), path.join(dir, 'talk-proposal-cfp.md'), '--archive', archive], output);
    expect(code).toBe(1);
    expect(output.err).toMatch(/^broken\.md cannot be imported: its front matter is not valid YAML/m);
    expect(output.err).toMatch(/^slides\.pdf cannot be imported: it is not a text file/m);
    expect(await counts()).toEqual({ conferences: ['Talk proposal cfp'], sessions: 1 });
    expect(await search('caching')).toEqual([]);
  });

  it('writes nothing on a dry run, and refuses bad options', async () => {
    const output = io();
    expect(await importCommand.run([path.join(dir, 'talk-proposal-cfp.md'), '--archive', archive, '--dry-run'], output)).toBe(0);
    expect(output.out).toContain('would import 1 session');
    expect((await counts()).sessions).toBe(0);
    const bad = io();
    expect(await importCommand.run(['x.md', '--tz', 'Mars/Base'], bad)).toBe(2);
    expect(bad.err).toContain('--tz needs an IANA time zone such as Europe/Berlin (not Mars/Base)');
    expect(await searchCommand.run(['--json'], bad)).toBe(2);
  });

  it('filters search results from the command line', async () => {
    await importCommand.run([...NAMES.map((name) => path.join(dir, name)), '--archive', archive], io());
    expect((await search('python', '--year', '2013')).every((hit) => hit.conferenceName === 'Pycon 2013')).toBe(true);
    expect((await search('spark', '--conference', 'pycon 2014')).map((hit) => hit.sessionTitle)).toContain('Spark Overview');
    expect(await search('spark', '--conference', 'Pycon 2013')).toEqual([]);
    const none = io();
    expect(await searchCommand.run(['spark', '--archive', archive, '--conference', 'Nope'], none)).toBe(1);
  });
});
