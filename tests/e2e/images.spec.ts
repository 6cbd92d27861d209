import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import { seriousViolations } from './fixtures/axe';
import { createConference, createSession, editor, expectAllSaved, lines } from './fixtures/flows';

const slidePath = path.join(import.meta.dirname, '../fixtures/images/slide.png');

/** Pastes a PNG file into the editor the way the system clipboard hands a screenshot over: a File, no text. */
async function pastePng(page: Page, bytes: Buffer, name: string): Promise<void> {
  await editor(page).evaluate(
    (element, { base64, fileName }) => {
      const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], fileName, { type: 'image/png' }));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { base64: bytes.toString('base64'), fileName: name },
  );
}

/** The images in the notes that the browser actually decoded (a blob: URL that resolves to the picture). */
function shownImages(page: Page) {
  return editor(page).locator('figure.pl-image-figure img');
}

async function decodedWidth(page: Page): Promise<number> {
  return shownImages(page).first().evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));
}

test('a pasted screenshot shows in the notes with a stamp, is kept in the archive, survives a reload, returns to an archive that lost it, and reaches a fresh profile', async ({ app }) => {
  let page = app.page;
  const png = await readFile(slidePath);
  const asset = `${createHash('sha256').update(png).digest('hex')}.png`;

  await createConference(page, { name: 'GopherCon 2026', startDate: '2026-08-04', timeZone: 'America/Chicago' });
  await createSession(page, { title: 'Profiling in production' });
  await page.keyboard.type('The flame graph slide:');

  await pastePng(page, png, 'Screenshot 2026-08-04.png');
  await expect(shownImages(page)).toHaveCount(1);
  await expect(shownImages(page).first()).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => decodedWidth(page)).toBe(40);
  // The image is a line of its own, stamped like the line typed before it; the caret waits on a new line after it.
  await expect(lines(page)).toHaveCount(3);
  await expect(lines(page).nth(1)).toHaveClass(/pl-image/);
  await expect(lines(page).nth(1)).toHaveAttribute('data-stamp', /\d/);

  // Alt text, through the button under the picture.
  await editor(page).getByRole('button', { name: 'Add alt text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Alt text' });
  await dialog.getByLabel('Describe the image').fill('Flame graph: 40% in JSON encoding');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(shownImages(page).first()).toHaveAttribute('alt', 'Flame graph: 40% in JSON encoding');
  expect(await seriousViolations(page)).toEqual([]);

  // Typing goes on after the picture.
  await editor(page).click({ position: { x: 300, y: 5 } });
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Next: allocation profile');
  await expect(lines(page).nth(2)).toHaveText('Next: allocation profile');
  await expectAllSaved(page);

  await expect.poll(async () => readdir(path.join(app.archiveDir, 'assets')).catch(() => [])).toEqual([asset]);
  expect(await readFile(path.join(app.archiveDir, 'assets', asset))).toEqual(png);
  const sessionFiles = await readdir(path.join(app.archiveDir, 'sessions'));
  const saved = await readFile(path.join(app.archiveDir, 'sessions', sessionFiles[0] ?? ''), 'utf8');
  expect(saved).toContain(`"asset": "${asset}"`);
  expect(saved).not.toContain(png.toString('base64').slice(0, 40));

  page = await app.reopen();
  await expect(shownImages(page)).toHaveCount(1);
  await expect.poll(() => decodedWidth(page)).toBe(40);
  await expect(shownImages(page).first()).toHaveAttribute('alt', 'Flame graph: 40% in JSON encoding');

  // An archive folder that lost its pictures gets them back from the window on the next start.
  await rm(path.join(app.archiveDir, 'assets'), { recursive: true });
  page = await app.reopen();
  await expect(shownImages(page)).toHaveCount(1);
  await expect.poll(async () => readdir(path.join(app.archiveDir, 'assets')).catch(() => []), { timeout: 15_000 }).toEqual([asset]);
  expect(await readFile(path.join(app.archiveDir, 'assets', asset))).toEqual(png);

  // A new browser profile has no local copy of the picture: it comes back from the archive folder.
  page = await app.reopen({ freshProfile: true });
  await page.getByRole('link', { name: 'GopherCon 2026' }).click();
  await page.getByRole('link', { name: 'Profiling in production', exact: true }).click();
  await expect(shownImages(page)).toHaveCount(1);
  await expect.poll(() => decodedWidth(page)).toBe(40);
  expect(app.pageErrors).toEqual([]);
});

test('a dropped image goes in; Enter on the selected picture edits its alt text; Backspace removes it', async ({ app }) => {
  const page = app.page;
  const png = await readFile(slidePath);
  await createConference(page, { name: 'PyCon US 2026', startDate: '2026-05-13', timeZone: 'America/Los_Angeles' });
  await createSession(page, { title: 'Packaging' });
  await page.keyboard.type('Dropped below:');
  const box = await lines(page).first().boundingBox();
  await editor(page).evaluate(
    (element, { base64, x, y }) => {
      const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], 'photo.png', { type: 'image/png' }));
      element.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, clientX: x, clientY: y, bubbles: true, cancelable: true }));
    },
    { base64: png.toString('base64'), x: (box?.x ?? 0) + (box?.width ?? 0) - 2, y: (box?.y ?? 0) + 5 },
  );
  await expect(shownImages(page)).toHaveCount(1);
  await expect.poll(() => decodedWidth(page)).toBe(40);

  await shownImages(page).first().click();
  await expect(editor(page).locator('figure.pl-image-figure.selected')).toHaveCount(1);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Alt text' });
  await expect(dialog.getByLabel('Describe the image')).toBeFocused();
  await page.keyboard.type('Photo of the packaging slide');
  await page.keyboard.press('Enter');
  await expect(shownImages(page).first()).toHaveAttribute('alt', 'Photo of the packaging slide');

  await shownImages(page).first().click();
  await page.keyboard.press('Backspace');
  await expect(shownImages(page)).toHaveCount(0);
  await expect(lines(page).first()).toHaveText('Dropped below:');
  expect(app.pageErrors).toEqual([]);
});

test('a file that is not an image is refused with a message and the notes are unchanged', async ({ app }) => {
  const page = app.page;
  await createConference(page, { name: 'JSConf 2026', startDate: '2026-06-01', timeZone: 'Europe/Berlin' });
  await createSession(page, { title: 'Bundlers' });
  await page.keyboard.type('One line');
  await pastePng(page, Buffer.from('this is a text file named like a picture'), 'fake.png');
  await expect(page.getByText(/fake\.png: This file is not a PNG, JPEG, GIF or WebP image/)).toBeVisible();
  await expect(shownImages(page)).toHaveCount(0);
  await expect(lines(page)).toHaveCount(1);
  expect(app.pageErrors).toEqual([]);
});

test('Insert image… picks a file from disk', async ({ app }) => {
  const page = app.page;
  await createConference(page, { name: 'RubyConf 2026', startDate: '2026-11-10', timeZone: 'America/Chicago' });
  await createSession(page, { title: 'Ractors' });
  await page.keyboard.type('Before');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+Shift+KeyP');
  await (await chooser).setFiles(slidePath);
  await expect(shownImages(page)).toHaveCount(1);
  await expect.poll(() => decodedWidth(page)).toBe(40);
  await page.keyboard.press('Control+Slash');
  await expect(page.getByRole('dialog').getByText('Insert image…')).toBeVisible();
  expect(app.pageErrors).toEqual([]);
});
