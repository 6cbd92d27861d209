import { fileURLToPath } from 'node:url';
import { mkdtemp, rm, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../core/ipc/dispatch';
import { createServiceHandlers } from '../handlers';
import { PathGrants } from '../pathGrants';

/** Main's record of the files the user picked or dropped; requests name them by token. */
const grants = new PathGrants();
import { MAX_IMPORT_BYTES } from './readImportFile';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'plenary-import-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function plan(request: unknown) {
  const handlers = createServiceHandlers({ archiveDir: path.join(dir, 'archive'), grants });
  const dispatch = createDispatcher({ ...handlers } as Parameters<typeof createDispatcher>[0]);
  return dispatch('importPlan', request);
}

describe('importPlan channel', () => {
  it('plans files from disk and from text, each on its own', async () => {
    await copyFile(fileURLToPath(new URL('../../../tests/fixtures/examples/pycon-2013-raw-timestamped-notes.txt', import.meta.url)), path.join(dir, 'notes.txt'));
    await writeFile(path.join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
    const result = await plan({
      files: [{ file: grants.grantFile(path.join(dir, 'notes.txt')) }, { file: grants.grantFile(path.join(dir, 'photo.jpg')) }, { file: grants.grantFile(path.join(dir, 'missing.md')) }, { name: 'pasted.md', text: '# Talk\n\nHello' }],
    });
    if (!result.ok) throw new Error(result.error.message);
    const files = (result.value as { files: Array<{ name: string; ok: boolean; error?: string; plan?: { sessions: unknown[] } }> }).files;
    expect(files.map((file) => [file.name, file.ok])).toEqual([
      ['notes.txt', true],
      ['photo.jpg', false],
      ['missing.md', false],
      ['pasted.md', true],
    ]);
    expect(files[0]?.plan?.sessions).toHaveLength(6);
    expect(files[1]?.error).toBe('photo.jpg cannot be imported: it is not a text file. Plenary imports markdown (.md) and plain text (.txt) notes.');
    expect(files[2]?.error).toBe('missing.md cannot be imported: the file does not exist.');
  });

  it('reads a Latin-1 file and says so', async () => {
    await writeFile(path.join(dir, 'munich.txt'), Buffer.from('Vortrag über Caches in München\n', 'latin1'));
    const result = await plan({ files: [{ file: grants.grantFile(path.join(dir, 'munich.txt')) }] });
    if (!result.ok) throw new Error(result.error.message);
    const [file] = (result.value as { files: Array<{ ok: true; plan: { sessions: Array<{ title: string }>; warnings: string[] } }> }).files;
    expect(file?.plan.sessions[0]?.title).toBe('Vortrag über Caches in München');
    expect(file?.plan.warnings[0]).toMatch(/not UTF-8; it was read as Latin-1/);
  });

  it('refuses folders, files over the size limit and unreadable front matter', async () => {
    await mkdir(path.join(dir, 'folder.md'));
    await writeFile(path.join(dir, 'huge.txt'), 'a'.repeat(MAX_IMPORT_BYTES + 1));
    await writeFile(path.join(dir, 'bad.md'), '---\ntitle: "unclosed\n---\nnotes');
    const result = await plan({ files: [{ file: grants.grantFile(path.join(dir, 'folder.md')) }, { file: grants.grantFile(path.join(dir, 'huge.txt')) }, { file: grants.grantFile(path.join(dir, 'bad.md')) }] });
    if (!result.ok) throw new Error(result.error.message);
    const errors = (result.value as { files: Array<{ error?: string }> }).files.map((file) => file.error);
    expect(errors[0]).toBe('folder.md cannot be imported: it is a folder.');
    expect(errors[1]).toMatch(/^huge\.txt cannot be imported: it is 5\.0 MB, and notes files over 5 MB are not imported\.$/);
    expect(errors[2]).toMatch(/^bad\.md cannot be imported: its front matter is not valid YAML/);
  });

  it('passes date, zone and conference name to the plan, and validates them', async () => {
    const text = '1743: Lightning talks.\n\n1655: Scaling on EC2.\n\n1600: Patterns.';
    const result = await plan({ files: [{ name: 'day.txt', text }], conferenceName: 'PyCon 2010', date: '2010-02-19', timeZone: 'America/New_York' });
    if (!result.ok) throw new Error(result.error.message);
    const [file] = (result.value as { files: Array<{ ok: true; plan: { conference: { name: string }; sessions: Array<{ actualStart: number }> } }> }).files;
    expect(file?.plan.conference.name).toBe('PyCon 2010');
    expect(file?.plan.sessions.map((session) => session.actualStart)).toEqual([Date.UTC(2010, 1, 19, 21, 0), Date.UTC(2010, 1, 19, 21, 55), Date.UTC(2010, 1, 19, 22, 43)]);
    const refused = await plan({ files: [{ name: 'a.txt', text: 'x' }], timeZone: 'Mars/Olympus' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
