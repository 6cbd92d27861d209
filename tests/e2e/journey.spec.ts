import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import { editor, expectAllSaved, lines } from './fixtures/flows';

/**
 * A first conference, as a person takes it: keyboard only from an empty
 * app, typing with pauses, never a click into the notes and never an extra
 * Enter to step around the editor.
 */

test.describe.configure({ timeout: 300_000 });

const examples = path.resolve(fileURLToPath(new URL('../fixtures/examples', import.meta.url)));

/** Typing speed of someone taking notes: a key every 40 ms, a pause after each line. */
async function typeLine(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 40 });
  await page.waitForTimeout(250);
}

/** The block holding the caret, as the page sees it. */
function caretLineText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const node = window.getSelection()?.anchorNode ?? null;
    const element = node instanceof Element ? node : node?.parentElement;
    return element?.closest('.pl-block')?.textContent ?? '';
  });
}

function checkItems(page: Page): Locator {
  // The talk template's own empty item under "Action items" is not one of the user's.
  return editor(page).locator('li.pl-li-checked, li.pl-li-unchecked').filter({ hasText: /\S/ });
}

/** Whether a notice on screen covers the line holding the caret. */
function noticeCoversCaretLine(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const node = window.getSelection()?.anchorNode ?? null;
    const element = node instanceof Element ? node : node?.parentElement;
    const line = element?.closest('.pl-block')?.getBoundingClientRect();
    if (!line) return false;
    return [...document.querySelectorAll('.notice')].some((notice) => {
      const box = notice.getBoundingClientRect();
      return box.width > 0 && box.left < line.right && box.right > line.left && box.top < line.bottom && box.bottom > line.top;
    });
  });
}

/** Ctrl+N, a title, Enter: the session opens from the template its kind picks, or the one typed in the filter. */
async function newSession(page: Page, title: string, options: { kind?: string; template?: string } = {}): Promise<void> {
  await page.keyboard.press('ControlOrMeta+KeyN');
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await typeLine(page, title);
  if (options.kind || options.template) {
    await page.keyboard.press('Tab'); // speakers
    await page.keyboard.press('Tab'); // room
    await page.keyboard.press('Tab'); // kind
    if (options.kind) await page.keyboard.type(options.kind, { delay: 40 });
    await page.keyboard.press('Tab'); // template filter
    if (options.template) await typeLine(page, options.template);
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a first conference from the first keystroke: three talks typed at once, action items, clock, end, reload, search', async ({ app }) => {
  const page = app.page;

  // A conference, from the keyboard.
  await page.keyboard.press('ControlOrMeta+Shift+KeyN');
  const conferenceDialog = page.getByRole('dialog', { name: 'New conference' });
  await expect(conferenceDialog.getByLabel('Name')).toBeFocused();
  await expect(conferenceDialog.getByLabel('Name')).toHaveAccessibleDescription(/Up to 200 characters/);
  await typeLine(page, 'PyCon US 2026');
  await page.keyboard.press('Tab');
  await typeLine(page, 'Long Beach, CA');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'PyCon US 2026' })).toBeVisible();

  // 1. A talk: typing at once lands on the template's first empty line.
  await newSession(page, 'Scaling Instagram');
  await expect(editor(page)).toBeFocused();
  const keyPoints = editor(page).locator('h2', { hasText: 'Key points' });
  await expect(keyPoints).toBeVisible();
  await expect(keyPoints).toBeInViewport();
  await typeLine(page, 'Postgres is the source of truth');
  await expect(editor(page).locator('ul li').first()).toHaveText('Postgres is the source of truth');
  await expect(editor(page)).not.toContainText('Speakers:');

  // 3. The clock started with that line, and says so once, out of the way of the caret, then leaves.
  await expect(page.getByTestId('live-clock')).toBeVisible();
  const clockNotice = page.getByRole('status').filter({ hasText: "The talk's clock started" });
  await expect(clockNotice).toHaveCount(1);
  expect(await noticeCoversCaretLine(page)).toBe(false);
  // Never over a dialog: it waits behind one, and the caret is back on its line after.
  await page.keyboard.press('ControlOrMeta+Slash');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(clockNotice).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(clockNotice).toBeVisible();
  await expect(editor(page)).toBeFocused();
  await expect.poll(() => caretLineText(page)).toBe('Postgres is the source of truth');

  // 5. A heading aside, typed at the start of a list item.
  await page.keyboard.press('Enter');
  await typeLine(page, '## Aside: the hallway track');
  await expect(editor(page).locator('h2', { hasText: 'Aside: the hallway track' })).toBeVisible();
  await page.keyboard.press('Enter');
  await typeLine(page, 'Everyone is talking about the keynote');
  expect(await noticeCoversCaretLine(page)).toBe(false);

  // 2. Two action items, each followed by plain notes: one Enter after each.
  await page.keyboard.press('Enter');
  await typeLine(page, 'Try the new profiler');
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.keyboard.press('Enter');
  await typeLine(page, 'The profiler ships with 3.15');
  await page.keyboard.press('Enter');
  await typeLine(page, 'Celery runs the background jobs');
  await page.keyboard.press('Enter');
  await typeLine(page, 'Email Dana about the slides');
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.keyboard.press('Enter');
  await typeLine(page, 'Questions from the floor');
  await expect(checkItems(page)).toHaveText(['Try the new profiler', 'Email Dana about the slides']);
  for (const note of ['The profiler ships with 3.15', 'Celery runs the background jobs', 'Questions from the floor']) {
    await expect(editor(page).locator('p.pl-block', { hasText: note })).toHaveCount(1);
  }
  expect(await noticeCoversCaretLine(page)).toBe(false);
  // The notice left by itself.
  await expect(clockNotice).toHaveCount(0, { timeout: 15_000 });

  // 7. The gutter names a minute once: lines written in the same minute after it carry no label of their own.
  const labels = page.locator('.stamp-label:not([hidden])');
  await expect.poll(() => labels.count()).toBeGreaterThan(3);
  const shown = await labels.evaluateAll((elements) =>
    elements.filter((element) => getComputedStyle(element).opacity !== '0').map((element) => element.textContent ?? ''),
  );
  expect(new Set(shown).size).toBe(shown.length);
  for (const label of shown) expect(label).toMatch(/^\d{1,2}:\d{2}\s?(AM|PM)$/);
  // A time mark reads like the gutter.
  await page.keyboard.press('ControlOrMeta+Shift+KeyT');
  await expect.poll(() => caretLineText(page)).toMatch(/\[\d{1,2}:\d{2}\s?(AM|PM)\] $/);

  // Clock and elapsed time.
  await page.keyboard.press('ControlOrMeta+Shift+KeyG');
  await expect.poll(async () => (await labels.first().textContent()) ?? '').toMatch(/^\+\d+:\d{2}$/);
  await page.keyboard.press('ControlOrMeta+Shift+KeyG');
  await page.keyboard.press('ControlOrMeta+Shift+KeyG');

  // 4. Ending the talk: it shows as past.
  await page.keyboard.press('ControlOrMeta+Shift+KeyX');
  await expect(page.locator('.ended-badge')).toContainText('Past talk');
  await expect(page.getByRole('button', { name: 'Resume talk' })).toBeVisible();
  await expect(page.getByTestId('live-clock')).toHaveCount(0);
  await expectAllSaved(page);

  // 1. A blank page: typing at once lands in it.
  await newSession(page, 'Lightning chat with Ana', { template: 'blank' });
  await expect(editor(page)).toBeFocused();
  await typeLine(page, 'Ana maintains the packaging guide');
  await expect(lines(page).first()).toHaveText('Ana maintains the packaging guide');
  // One of a kind: a second talk's clock notice takes the place of none left over.
  await expect(page.getByRole('status').filter({ hasText: "The talk's clock started" })).toHaveCount(1);

  // 6. A live blog: the kind picks its template, the first entry gets a line of its own, a new entry goes on top.
  await newSession(page, 'Day one live blog', { kind: 'Live blog' });
  await expect(editor(page)).toBeFocused();
  await typeLine(page, 'Doors open, coffee is out');
  await expect(editor(page).locator('h2', { hasText: 'Entries' })).toHaveText('Entries');
  await expect(editor(page).locator('p.pl-block', { hasText: 'Doors open, coffee is out' })).toHaveCount(1);
  await page.keyboard.press('ControlOrMeta+Shift+Enter');
  await typeLine(page, 'Keynote starts ten minutes late');
  const entries = editor(page).locator('h2:has-text("Entries") ~ p.pl-block');
  await expect(entries).toHaveText(['Keynote starts ten minutes late', 'Doors open, coffee is out']);
  await expectAllSaved(page);

  // A reload: the notes are there, and typing goes on at the newest entry.
  await app.reopen();
  await expect(editor(app.page)).toBeFocused();
  await expect(entries).toHaveText(['Keynote starts ten minutes late', 'Doors open, coffee is out']);
  await typeLine(page, ', says the chair');
  await expect(entries.first()).toHaveText('Keynote starts ten minutes late, says the chair');

  // Opening a line from search: the caret is at that line, and typing goes on there.
  await page.keyboard.press('ControlOrMeta+KeyK');
  const box = page.getByRole('combobox', { name: 'Search the archive' });
  await expect(box).toBeFocused();
  await typeLine(page, 'profiler ships');
  await expect(page.getByTestId('search-hit').first()).toContainText('profiler ships', { timeout: 30_000 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Scaling Instagram' })).toBeVisible();
  await expect(editor(page)).toBeFocused();
  await expect.poll(() => caretLineText(page)).toBe('The profiler ships with 3.15');
  await typeLine(page, ' (beta)');
  await expect(editor(page).locator('p.pl-block', { hasText: 'The profiler ships with 3.15 (beta)' })).toHaveCount(1);
  expect(app.pageErrors).toEqual([]);
});

test('an imported talk from 2013 shows as a past talk that ended at its last line, never as live', async ({ app }) => {
  const page = app.page;
  await page.keyboard.press('ControlOrMeta+KeyI');
  const dialog = page.getByRole('dialog', { name: 'Import notes' });
  await dialog.locator('input[type=file]').setInputFiles(path.join(examples, 'pycon-2013-raw-timestamped-notes.txt'));
  await expect(dialog.getByRole('heading', { name: 'Preview' })).toBeVisible({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'Import finished' })).toBeVisible({ timeout: 60_000 });
  await dialog.getByRole('link', { name: 'Instagram talk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instagram talk' })).toBeVisible();
  await expect(page.locator('.ended-badge')).toContainText('Past talk');
  await expect(page.locator('.ended-badge')).toContainText('1:55 PM');
  await expect(page.getByTestId('live-clock')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'End talk' })).toHaveCount(0);
  // The end is kept: after a reload it is still a past talk.
  await expectAllSaved(page);
  await app.reopen();
  await expect(page.locator('.ended-badge')).toContainText('Past talk');
  expect(app.pageErrors).toEqual([]);
});

test('at 900×700: the first line to write on is on screen, dialogs keep their button in reach, the sidebar folds, limits are told before submitting', async ({ app }) => {
  const page = app.page;
  await page.setViewportSize({ width: 900, height: 700 });
  // A narrow window starts with the sidebar folded; Ctrl+\ unfolds and folds it.
  await expect(page.getByRole('button', { name: 'Show the sidebar' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Backslash');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Backslash');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+Shift+KeyN');
  const conferenceDialog = page.getByRole('dialog', { name: 'New conference' });
  const name = conferenceDialog.getByLabel('Name');
  await expect(name).toBeFocused();
  // A pasted name longer than the limit stops at it, and the field says so before anything is sent.
  await page.keyboard.insertText(`PyCon US 2026 ${'and a very long conference name '.repeat(8)}`);
  await expect(name).toHaveValue(/^.{200}$/);
  await expect(conferenceDialog.getByText('200 of 200 characters')).toBeVisible();
  await expect(conferenceDialog.getByRole('button', { name: 'Create conference' })).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('PyCon US 2026');
  // The long name keeps to its lines and is there whole on hover.
  const heading = page.getByRole('heading', { level: 1 });
  expect((await heading.boundingBox())?.height ?? 0).toBeLessThan(90);
  await expect(heading).toHaveAttribute('title', /^PyCon US 2026 and a very long/);

  await page.keyboard.press('ControlOrMeta+KeyN');
  const sessionDialog = page.getByRole('dialog', { name: 'New session' });
  await expect(sessionDialog.getByRole('button', { name: 'Create session' })).toBeInViewport();
  // The kind is a talk: the talk template is the one chosen.
  await expect(sessionDialog.getByRole('listbox', { name: 'Templates' }).getByRole('option', { selected: true })).toContainText('Talk');
  await typeLine(page, 'Scaling Instagram: how a small team served a hundred million people');
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeFocused();
  // The line the caret is on, the first to write on, is on screen without scrolling.
  const firstLine = editor(page).locator('ul li').first();
  await expect(firstLine).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector('.app-main')?.scrollTop ?? 0)).toBe(0);
  await typeLine(page, "Celery runs every job. I'll try that out later.");
  await page.keyboard.press('Enter');
  await typeLine(page, 'Try the new profiler');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expectAllSaved(page);

  // The Action items view: rows that read as a list, and why a line was suggested.
  await page.keyboard.press('ControlOrMeta+Digit2');
  await expect(page.getByRole('heading', { level: 1, name: 'Action items' })).toBeVisible();
  const rows = page.getByTestId('action-row');
  await expect(rows.filter({ hasText: 'Try the new profiler' })).toHaveCount(1);
  const box = await page.getByRole('checkbox', { name: 'Done: Try the new profiler' }).boundingBox();
  const text = await rows.filter({ hasText: 'Try the new profiler' }).locator('.action-text').boundingBox();
  expect(box && text && box.width < 30 && text.x - (box.x + box.width) < 24 && Math.abs(text.y - box.y) < 20).toBe(true);
  expect(text?.height ?? 0).toBeLessThan(40);
  await expect(rows.filter({ hasText: 'Celery runs every job' })).toContainText("Why: first-person plan");
  // Opened from here, the session has the caret at the item's line.
  await rows.filter({ hasText: 'Try the new profiler' }).getByRole('link', { name: /^Open the line/ }).press('Enter');
  await expect(editor(page)).toBeFocused();
  await expect.poll(() => caretLineText(page)).toBe('Try the new profiler');
  await page.keyboard.press('ControlOrMeta+Digit2');

  // Settings says where the notes are, shows the folder, and can move the archive to another.
  await page.keyboard.press('ControlOrMeta+Comma');
  await expect(page.getByTestId('archive-folder')).toHaveText(app.archiveDir);
  await page.getByRole('button', { name: 'Show the folder' }).press('Enter');
  await expect.poll(() => app.main.shownFolders).toContain(app.archiveDir);
  app.main.nextChosenFolder = path.dirname(app.archiveDir);
  await page.getByRole('button', { name: 'Choose another folder…' }).press('Enter');
  await expect.poll(() => app.main.usedArchiveFolders ?? []).toEqual([path.dirname(app.archiveDir)]);
  await expect(page.getByRole('status').filter({ hasText: 'Plenary starts again' })).toBeVisible();
  expect(app.pageErrors).toEqual([]);
});
