import { spawn } from 'node:child_process';
import { cp, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArchiveRecord } from '../../core/model/archiveRecord';
import { encodeArchiveFile } from '../../electron/services/archive/archiveFile';
import { ArchiveStore } from '../../electron/services/archive/archiveStore';
import { test, expect } from './fixtures/app';
import { editor, expectAllSaved } from './fixtures/flows';

const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const notes = path.join(repoRoot, 'tests', 'fixtures', 'examples', 'pycon-2013-raw-timestamped-notes.txt');

/** The built `plenary` command in its own process group, stopped with the whole group whatever happens. */
function plenary(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'out', 'cli', 'plenary.mjs'), ...args], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`plenary ${args.join(' ')} did not finish: ${stderr}`));
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function sessionTitled(archiveDir: string, title: string): Promise<ArchiveRecord & { kind: 'session' }> {
  const { records } = await new ArchiveStore(archiveDir).readAll();
  const found = records.find((record): record is ArchiveRecord & { kind: 'session' } => record.kind === 'session' && record.record.session.title === title);
  if (!found) throw new Error(`no session titled ${title}`);
  return found;
}

test('the command line imports into the running app, and an offline edit from another device is merged with nothing lost', async ({ app }) => {
  test.slow();
  const { page } = app;
  test.skip(app.kind !== 'chromium', 'counts the follower’s requests through the test bridge');
  // The window follows the archive folder once its first screen is shown.
  await expect.poll(() => app.main.calls.some((call) => call.channel === 'archiveChanges'), { timeout: 15_000 }).toBe(true);

  const imported = await plenary(['--archive', app.archiveDir, 'import', notes, '--conference', 'PyCon 2013']);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  // No restart: the conference the command made shows on the home screen within seconds.
  await expect(page.getByRole('link', { name: /PyCon 2013/ })).toBeVisible({ timeout: 10_000 });

  // A second device gets a copy of the folder and goes offline.
  const phoneArchive = path.join(path.dirname(app.archiveDir), 'phone-archive');
  await cp(app.archiveDir, phoneArchive, { recursive: true });

  // Here: find the talk by a phrase and add a line under it.
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search the archive' });
  await expect(box).toBeFocused();
  await box.fill('Justin Bieber problem');
  await expect(page.getByTestId('search-hit').first()).toContainText('Justin Bieber problem', { timeout: 30_000 });
  await box.press('Enter');
  await expect(editor(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.anchorNode?.parentElement?.closest('.pl-block')?.textContent ?? ''), { timeout: 15_000 }).toContain('Justin Bieber');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Typed on the laptop during the talk', { delay: 20 });
  await expectAllSaved(page);

  // On the phone, offline, someone added a line to the same talk.
  const phone = new ArchiveStore(phoneArchive);
  const before = await sessionTitled(phoneArchive, 'Instagram talk');
  const talk = before.record.document;
  if (!talk) throw new Error('the talk has a document');
  const [first] = talk.content.root.children;
  const phoneLine = { ...first, $: { stamp: Date.now() - 60_000 }, children: [{ type: 'text', text: 'Noted on the phone in the hallway', detail: 0, format: 0, mode: 'normal', style: '', version: 1 }] };
  const revision = before.record.session.revision + 1;
  const edited: ArchiveRecord = {
    kind: 'session',
    record: {
      session: { ...before.record.session, revision, updatedAt: Date.now() },
      document: { ...talk, revision, content: { ...talk.content, root: { ...talk.content.root, children: [...talk.content.root.children, phoneLine] } } },
    },
  };
  expect(await phone.write(edited)).toMatchObject({ written: true });

  // The sync client meets two changed copies: it keeps the laptop's file and the phone's as a conflict copy beside it.
  const id = before.record.session.id;
  await writeFile(path.join(app.archiveDir, 'sessions', `${id}.sync-conflict-20261208-101500-PHONE01.json`), encodeArchiveFile(edited, new Date()));

  const notice = page.locator('.notice', { hasText: '“Instagram talk” was changed in two places' });
  await expect(notice).toBeVisible({ timeout: 10_000 });
  await expect(notice).toContainText('Syncthing kept the other version');
  await notice.getByRole('button', { name: 'Merge' }).click();

  // Both lines are in the open notes, and on disk; the copy is kept aside.
  await expect(editor(page)).toContainText('Typed on the laptop during the talk', { timeout: 10_000 });
  await expect(editor(page)).toContainText('Noted on the phone in the hallway');
  await expect(editor(page)).toContainText('Justin Bieber problem');
  await expect(page.locator('.notice', { hasText: 'Merged “Instagram talk”: 1 line from the other version added.' })).toBeVisible();
  const merged = JSON.stringify(await sessionTitled(app.archiveDir, 'Instagram talk'));
  expect(merged).toContain('Typed on the laptop during the talk');
  expect(merged).toContain('Noted on the phone in the hallway');
  expect(await readdir(path.join(app.archiveDir, 'conflicts', 'resolved'))).toEqual([`${id}.sync-conflict-20261208-101500-PHONE01.json`]);

  // Typing goes on in the merged notes and is saved.
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' and more', { delay: 20 });
  await expect(editor(page)).toContainText(' and more');
  await expectAllSaved(page);
  expect(app.pageErrors).toEqual([]);
});
