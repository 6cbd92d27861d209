import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures/app';
import { createConference, createSession, editor, expectAllSaved } from './fixtures/flows';

const at = (clock: string) => new Date(`2026-09-08T${clock}-04:00`);

test('insert a table from the keyboard, fill it with Tab, and export it as a GFM table', async ({ app }, testInfo) => {
  test.slow();
  let page = app.page;
  await page.clock.install({ time: at('11:00:00') });
  page = await app.reopen();
  await createConference(page, { name: 'DataConf', startDate: '2026-09-08', timeZone: 'America/Toronto' });
  await createSession(page, { title: 'Serialization formats' });
  await editor(page).click();
  await page.keyboard.type('The comparison slide:', { delay: 20 });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+B');
  const table = editor(page).locator('table');
  await expect(table).toBeVisible();
  for (const [index, cell] of ['format', 'size', 'speed', 'JSON', 'large', 'slow', 'CBOR', 'small', 'fast'].entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    await page.keyboard.type(cell, { delay: 20 });
  }
  await expect(table.locator('th')).toHaveText(['format', 'size', 'speed']);
  await expect(table.locator('td')).toHaveText(['JSON', 'large', 'slow', 'CBOR', 'small', 'fast']);
  await expectAllSaved(page);

  const site = testInfo.outputPath('site');
  await mkdir(site, { recursive: true });
  app.main.nextChosenFolder = site;
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export posts' });
  await dialog.getByLabel('This session').check();
  await dialog.getByLabel('Layout', { exact: true }).selectOption('session');
  await dialog.getByLabel('Preset').selectOption('hugo');
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const gfm = ['| format | size | speed |', '| --- | --- | --- |', '| JSON | large | slow |', '| CBOR | small | fast |'].join('\n');
  await expect(dialog.getByTestId('export-preview')).toContainText(gfm, { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Write the post' }).click();
  await expect(dialog.getByRole('status')).toHaveText('1 written · 0 unchanged · 0 skipped', { timeout: 30_000 });
  const post = await readFile(path.join(site, 'content', 'posts', 'serialization-formats.md'), 'utf8');
  expect(post).toContain(`The comparison slide:\n\n${gfm}\n`);
  expect(post).not.toMatch(/^summary: .*\|/m);
  expect(app.pageErrors).toEqual([]);
});
