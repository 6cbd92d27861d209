import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import { seriousViolations } from './fixtures/axe';
import { createConference, editor, lines } from './fixtures/flows';

const examples = path.resolve(fileURLToPath(new URL('../fixtures/examples', import.meta.url)));
const exampleFiles = [
  'pycon-2010-day-1-liveblog.txt',
  'pycon-2013-raw-timestamped-notes.txt',
  'pycon-2014-blogger-post.txt',
  'talk-proposal-cfp.md',
  'two-tech-talks-in-a-day.jekyll-post.md',
];

/** A phrase from each example's notes, and a word of the line it is on. */
const phrases: Array<{ file: string; phrase: string }> = [
  { file: 'pycon-2010-day-1-liveblog.txt', phrase: 'Akamai bears the load' },
  { file: 'pycon-2013-raw-timestamped-notes.txt', phrase: 'Justin Bieber problem' },
  { file: 'pycon-2014-blogger-post.txt', phrase: 'server rejects the request' },
  { file: 'talk-proposal-cfp.md', phrase: 'avalanche of open source libraries' },
  { file: 'two-tech-talks-in-a-day.jekyll-post.md', phrase: 'Masa started to explain' },
];

async function archiveFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string) => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.json')) out.push(path.relative(dir, full));
    }
  };
  await walk(dir);
  return out.sort();
}

async function stamps(page: Page): Promise<string[]> {
  return lines(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-stamp') ?? ''));
}

function importDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Import notes' });
}

async function chooseFiles(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<void> {
  await page.keyboard.press('Control+i');
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.locator('input[type=file]').setInputFiles(files);
  await expect(dialog.getByRole('heading', { name: 'Preview' })).toBeVisible({ timeout: 60_000 });
}

function fileSection(page: Page, name: string) {
  return importDialog(page).getByRole('region', { name, exact: true });
}

test('import the five example files through the preview, open a session at its hand-written times, and find each file by a phrase', async ({ app }) => {
  test.slow();
  const page = app.page;
  await chooseFiles(page, exampleFiles.map((name) => path.join(examples, name)));
  const dialog = importDialog(page);

  // Before anything is written: sessions per file with their first times in the zone, debris, warnings.
  const pycon2013 = fileSection(page, 'pycon-2013-raw-timestamped-notes.txt');
  const instagram = pycon2013.getByRole('row', { name: /Instagram talk/ });
  await expect(instagram).toContainText('2013-03-15');
  await expect(instagram).toContainText('America/New_York');
  await expect(instagram).toContainText('1:55 PM');
  await expect(instagram).toContainText('New');
  await expect(pycon2013.getByRole('list', { name: /Warnings/ })).toContainText('EDT');
  const blog = fileSection(page, 'pycon-2014-blogger-post.txt');
  await expect(blog.getByRole('group', { name: /Left out as page debris/ }).getByRole('checkbox')).not.toHaveCount(0);
  await expect(fileSection(page, 'talk-proposal-cfp.md').getByRole('row', { name: /DIY Performance Tuning/ })).toBeVisible();
  expect(await readdir(app.archiveDir).catch(() => [])).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);

  // The live blog gives neither date nor zone: the preview asks, and reads the file again with them.
  const liveblog = fileSection(page, 'pycon-2010-day-1-liveblog.txt');
  const details = liveblog.getByRole('group', { name: 'When and where was this?' });
  await expect(details.getByLabel('Time zone')).not.toHaveValue('');
  await details.getByLabel('Conference name').fill('PyCon 2010');
  await details.getByLabel('Date').fill('2010-02-19');
  await details.getByLabel('Time zone').fill('America/New_York');
  await details.getByRole('button', { name: 'Read again with these' }).click();
  await expect(details).toContainText('Read with 2010-02-19 in America/New_York');
  await expect(liveblog.getByRole('row', { name: /Lightning talks/ })).toContainText('5:43 PM');
  await expect(liveblog.getByRole('option', { name: 'New conference: PyCon 2010' })).toBeAttached();

  // Keep one left-out piece of the blog post.
  await blog.getByRole('group', { name: /Left out as page debris/ }).getByRole('checkbox').first().check();

  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'Import finished' })).toBeVisible({ timeout: 60_000 });
  const status = dialog.getByRole('status');
  await expect(status).toContainText(/^\d+ sessions created · 0 duplicates skipped$/);
  const created = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(created).toBeGreaterThanOrEqual(exampleFiles.length);
  expect(await seriousViolations(page)).toEqual([]);

  // On disk: one file per new conference and session.
  await expect.poll(async () => (await archiveFiles(app.archiveDir)).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(created + exampleFiles.length - 1);
  const stored = await archiveFiles(app.archiveDir);
  const texts = await Promise.all(stored.map((file) => readFile(path.join(app.archiveDir, file), 'utf8')));
  expect(texts.filter((text) => text.includes('"sourceHash"'))).toHaveLength(created);

  // Open a created session from the summary: the hand-written time is its first stamp, in New York.
  await dialog.getByRole('link', { name: 'Instagram talk' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Instagram talk' })).toBeVisible();
  await expect(editor(page)).toContainText('Justin Bieber problem');
  await expect.poll(() => stamps(page)).toContain('1:55 PM');
  expect((await stamps(page)).filter((stamp) => stamp !== '')).toEqual(['1:55 PM']);

  // Importing the same file again creates nothing: every session is a duplicate.
  const before = await archiveFiles(app.archiveDir);
  await chooseFiles(page, path.join(examples, 'pycon-2013-raw-timestamped-notes.txt'));
  await expect(dialog.getByRole('status')).toHaveText('0 sessions to create · 6 duplicates to skip · 0 files that cannot be imported');
  await expect(fileSection(page, 'pycon-2013-raw-timestamped-notes.txt').getByRole('row', { name: /Instagram talk/ })).toContainText('Skipped: already imported');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await archiveFiles(app.archiveDir)).toEqual(before);

  // Search a phrase from each imported file and land on its line.
  for (const { phrase } of phrases) {
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search the archive' });
    await expect(box).toBeFocused();
    await box.fill(phrase);
    const first = page.getByTestId('search-hit').first();
    await expect(first.getByTestId('search-hit-snippet')).toContainText(phrase, { timeout: 30_000 });
    await box.press('Enter');
    await expect(editor(page)).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => document.getSelection()?.anchorNode?.parentElement?.closest('.pl-block')?.textContent ?? ''), { timeout: 15_000 })
      .toContain(phrase);
  }
  expect(app.pageErrors).toEqual([]);
});

test('a binary file gets a clear error and nothing from it is imported; dropped files open the preview', async ({ app }) => {
  test.slow();
  const page = app.page;
  const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]);
  // Keyboard first: the shortcut opens the dialog on its one action.
  await page.keyboard.press('Control+i');
  await expect(importDialog(page).getByRole('button', { name: 'Choose files…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(importDialog(page)).toBeHidden();
  await chooseFiles(page, [{ name: 'slides.txt', mimeType: 'text/plain', buffer: binary }]);
  const dialog = importDialog(page);
  await expect(fileSection(page, 'slides.txt').getByRole('alert')).toHaveText(
    'slides.txt cannot be imported: it is not a text file. Plenary imports markdown (.md) and plain text (.txt) notes. Nothing from it will be imported.',
  );
  await expect(dialog.getByRole('status')).toHaveText('0 sessions to create · 0 duplicates to skip · 1 file that cannot be imported');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Files dropped onto the window: a readable one is planned beside one that is not a notes file.
  await createConference(page, { name: 'DevConf', startDate: '2026-09-08', timeZone: 'America/Toronto' });
  const proposal = await readFile(path.join(examples, 'talk-proposal-cfp.md'), 'utf8');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'talk-proposal-cfp.md', { type: 'text/markdown' }));
    data.items.add(new File(['%PDF-1.4'], 'slides.pdf', { type: 'application/pdf' }));
    return data;
  }, proposal);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(dialog.getByRole('heading', { name: 'Preview' })).toBeVisible({ timeout: 60_000 });
  await expect(fileSection(page, 'slides.pdf').getByRole('alert')).toContainText('slides.pdf cannot be imported');
  await expect(dialog.getByRole('status')).toHaveText('1 session to create · 0 duplicates to skip · 1 file that cannot be imported');
  // The proposal gives no date or zone; the existing conference chosen for it lends its own.
  const proposalSection = fileSection(page, 'talk-proposal-cfp.md');
  await expect(proposalSection.getByLabel('Conference', { exact: true })).toHaveValue('new');
  await proposalSection.getByLabel('Conference', { exact: true }).selectOption({ label: 'DevConf (2026-09-08)' });
  await expect(proposalSection.getByRole('group', { name: 'When and where was this?' })).toContainText('Read with 2026-09-08 in America/Toronto');
  await expect(proposalSection.getByRole('row', { name: /DIY Performance Tuning/ })).toContainText('America/Toronto');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('1 session created · 0 duplicates skipped · 1 file not imported', { timeout: 60_000 });
  await expect(dialog.getByRole('listitem').filter({ hasText: 'talk-proposal-cfp.md' }).first()).toContainText('→ DevConf: 1 session created');
  // The conference and the session; the conference was already on disk.
  await expect.poll(async () => (await archiveFiles(app.archiveDir)).length, { timeout: 30_000 }).toBe(2);
  await dialog.getByRole('link', { name: 'DIY Performance Tuning When All You Have is Python' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'DIY Performance Tuning When All You Have is Python' })).toBeVisible();
  expect(app.pageErrors).toEqual([]);
});

test('the import preview and summary pass axe-core in the dark theme', async ({ app }) => {
  test.slow();
  const page = app.page;
  await page.emulateMedia({ colorScheme: 'dark' });
  await chooseFiles(page, [path.join(examples, 'pycon-2014-blogger-post.txt'), path.join(examples, 'pycon-2010-day-1-liveblog.txt')]);
  const dialog = importDialog(page);
  // Debris to keep, a question about date and zone, and warnings are all on screen.
  await expect(fileSection(page, 'pycon-2014-blogger-post.txt').getByRole('group', { name: /Left out as page debris/ })).toBeVisible();
  await expect(fileSection(page, 'pycon-2010-day-1-liveblog.txt').getByRole('group', { name: 'When and where was this?' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'Import finished' })).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByRole('heading', { name: 'Import finished' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});

test('a long file can be cancelled while it is read, and nothing is imported', async ({ app }) => {
  const page = app.page;
  await page.keyboard.press('Control+i');
  const dialog = importDialog(page);
  await expect(dialog.getByRole('button', { name: 'Choose files…' })).toBeFocused();
  // About 4 MB of notes in one paragraph: seconds of reading, long enough to change one's mind.
  const text = Array.from({ length: 60_000 }, (_, i) => `Line ${i}: the speaker keeps going about caches and queues`).join('\n');
  await dialog.locator('input[type=file]').setInputFiles({ name: 'marathon.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await expect(dialog.getByText('Reading notes: 0 of 1 files')).toBeVisible();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await page.keyboard.press('Escape');
  // Back at the start, with nothing stored, and the next import runs as usual.
  await expect(dialog.getByRole('button', { name: 'Choose files…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await archiveFiles(app.archiveDir)).toEqual([]);
  await chooseFiles(page, path.join(examples, 'talk-proposal-cfp.md'));
  expect(app.pageErrors).toEqual([]);
});
