import type { Page } from '@playwright/test';
import { seriousViolations } from './fixtures/axe';
import { test, expect } from './fixtures/app';
import { createConference, createSession, editor, expectAllSaved, lines } from './fixtures/flows';

// New York is on EDT (UTC-4) in March 2013; Berlin on CEST (UTC+2) in September 2014.
const newYork = (clock: string) => new Date(`2013-03-15T${clock}-04:00`);
const berlin = (clock: string) => new Date(`2014-09-13T${clock}+02:00`);

async function typeLines(page: Page, entries: Array<[Date, string]>): Promise<void> {
  for (const [index, [at, text]] of entries.entries()) {
    await page.clock.setFixedTime(at);
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(text);
  }
}

/**
 * Whether the search index saved in the local store holds a word: read
 * straight from IndexedDB, each saved piece unpacked (gzip) and its text
 * searched for the word.
 */
function savedIndexHolds(page: Page, word: string): Promise<boolean> {
  return page.evaluate(async (needle) => {
    const db = await new Promise<IDBDatabase | null>((resolve) => {
      const open = indexedDB.open('plenary');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => resolve(null);
    });
    if (!db || !db.objectStoreNames.contains('searchPieces')) return false;
    const rows = await new Promise<Array<{ bytes: Uint8Array }>>((resolve) => {
      const all = db.transaction('searchPieces').objectStore('searchPieces').getAll();
      all.onsuccess = () => resolve(all.result as Array<{ bytes: Uint8Array }>);
      all.onerror = () => resolve([]);
    });
    db.close();
    for (const row of rows) {
      const stream = new Blob([row.bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
      if (new TextDecoder().decode(await new Response(stream).arrayBuffer()).includes(needle)) return true;
    }
    return false;
  }, word);
}

function hits(page: Page) {
  return page.getByRole('listbox', { name: 'Results' }).getByRole('option');
}

test('search as you type: highlighted snippet and stamp, Enter opens the session at the line, filters narrow, no serious axe violations', async ({ app }) => {
  let page = app.page;
  await page.clock.install({ time: newYork('09:00:00') });
  page = await app.reopen();

  await createConference(page, { name: 'PyCon 2013', startDate: '2013-03-15', timeZone: 'America/New_York' });
  await createSession(page, { title: 'Scaling Instagram', speakers: 'Mike Krieger' });
  await page.keyboard.press('ControlOrMeta+Shift+KeyS');
  await expect(page.getByTestId('live-clock')).toBeVisible();
  await typeLines(page, [
    [newYork('10:15:30'), 'Queues fan out with RabbitMQ'],
    [newYork('10:21:10'), 'Sharded postgres behind pgbouncer'],
    [newYork('10:34:50'), 'Celery workers scale with the load'],
  ]);
  await expect(lines(page)).toHaveCount(3);
  await expectAllSaved(page);

  await page.getByRole('link', { name: 'Conferences' }).click();
  await createConference(page, { name: 'JSConf EU 2014', startDate: '2014-09-13', timeZone: 'Europe/Berlin' });
  await createSession(page, { title: 'Streams everywhere', speakers: 'Max Ogden' });
  await page.keyboard.press('ControlOrMeta+Shift+KeyS');
  await expect(page.getByTestId('live-clock')).toBeVisible();
  await typeLines(page, [
    [berlin('11:02:00'), 'Backpressure keeps memory flat'],
    [berlin('11:07:40'), 'Sharded leveldb across peers'],
  ]);
  await expect(lines(page)).toHaveCount(2);
  await expectAllSaved(page);

  // Ctrl/Cmd+K from anywhere opens search with the box focused.
  await page.getByRole('link', { name: 'Conferences' }).click();
  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  const box = page.getByRole('combobox', { name: 'Search the archive' });
  await expect(box).toBeFocused();

  await box.pressSequentially('sharded postgres');
  await expect(hits(page)).toHaveCount(1);
  const hit = hits(page).first();
  await expect(hit).toContainText('Scaling Instagram');
  await expect(hit).toContainText('PyCon 2013');
  await expect(hit).toContainText('Mike Krieger');
  await expect(hit.getByTestId('search-hit-snippet')).toHaveText('Sharded postgres behind pgbouncer');
  await expect(hit.locator('mark')).toHaveText(['Sharded', 'postgres']);
  // The line's stamp as a clock time in the conference's zone.
  await expect(hit.getByTestId('search-hit-stamp')).toHaveText('10:21 AM');
  await expect(hit).toHaveAttribute('aria-selected', 'true');
  expect(await seriousViolations(page)).toEqual([]);
  // And in the dark theme.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // One word found in both conferences; the conference filter keeps one.
  await box.fill('sharded');
  await expect(hits(page)).toHaveCount(2);
  await page.getByLabel('Conference').selectOption({ label: 'JSConf EU 2014' });
  await expect(hits(page)).toHaveCount(1);
  await expect(hits(page).first()).toContainText('Streams everywhere');
  await expect(hits(page).first().getByTestId('search-hit-stamp')).toHaveText('11:07 AM');
  await page.getByLabel('Year').selectOption('2013');
  await expect(page.getByTestId('search-status')).toHaveText('Nothing matches.');
  await page.getByLabel('Conference').selectOption({ label: 'All conferences' });
  await expect(hits(page)).toHaveCount(1);
  await expect(hits(page).first()).toContainText('Scaling Instagram');
  await page.getByLabel('Year').selectOption({ label: 'Any year' });
  await expect(hits(page)).toHaveCount(2);

  // Arrow keys move through the results; Enter opens the chosen one at its line, highlighted.
  await box.fill('pgbouncer');
  await expect(hits(page)).toHaveCount(1);
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Scaling Instagram' })).toBeVisible();
  expect(page.url()).toContain('line=1');
  await expect(lines(page).nth(1)).toHaveClass(/pl-highlight/);
  await expect(lines(page).nth(1)).toHaveText('Sharded postgres behind pgbouncer');

  // Back to search: the last query is still there; the arrow keys choose the second result.
  await page.keyboard.press('ControlOrMeta+k');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('pgbouncer');
  await box.fill('sharded');
  await expect(hits(page)).toHaveCount(2);
  await box.press('ArrowDown');
  await expect(hits(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = (await hits(page).nth(1).textContent()) ?? '';
  await box.press('Enter');
  const title = second.includes('Streams everywhere') ? 'Streams everywhere' : 'Scaling Instagram';
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(editor(page).locator('.pl-highlight')).toHaveText(/Sharded/);

  // A save reaches the index: a new line is found by its words.
  await lines(page).last().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Zanzibar notes appear after a save');
  await expectAllSaved(page);
  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByRole('combobox', { name: 'Search the archive' }).fill('zanzibar');
  await expect(hits(page)).toHaveCount(1);
  await expect(hits(page).first().locator('mark')).toHaveText('Zanzibar');

  // The index is saved a moment after the last change; after a reload it is loaded, not built again.
  await expect(page.getByTestId('search-status')).toHaveAttribute('data-index-start', 'built');
  await expect
    .poll(() => savedIndexHolds(page, 'Zanzibar'), { timeout: 30_000 })
    .toBe(true);
  page = await app.reopen();
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('combobox', { name: 'Search the archive' }).fill('zanzibar');
  await expect(hits(page)).toHaveCount(1);
  await expect(page.getByTestId('search-status')).toHaveAttribute('data-index-start', 'loaded');
  expect(app.pageErrors).toEqual([]);
});
