import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures/app';
import { createConference, createSession, editor, expectAllSaved, lines } from './fixtures/flows';

test('create a conference and a session, type three stamped lines, and find them after a reload', async ({ app }, testInfo) => {
  const { page } = app;
  await createConference(page, { name: 'RustConf 2026', location: 'Montréal', startDate: '2026-09-08', endDate: '2026-09-10', timeZone: 'America/Toronto' });
  await createSession(page, { title: 'Fearless refactoring', speakers: 'Ada Lovelace, Grace Hopper', room: 'Hall B' });

  await page.keyboard.type('Types are a conversation with the compiler');
  await page.keyboard.press('Enter');
  await page.keyboard.type('## Key points');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Make illegal states unrepresentable');

  await expect(lines(page)).toHaveCount(3);
  for (let index = 0; index < 3; index++) {
    await expect(lines(page).nth(index)).toHaveAttribute('data-stamp', /^\d{1,2}:\d{2}/);
  }
  await expect(editor(page).locator('h2')).toHaveText('Key points');
  await expect(editor(page).locator('ul li')).toHaveText('Make illegal states unrepresentable');
  await expectAllSaved(page);
  await page.screenshot({ path: testInfo.outputPath('session-screen.png'), fullPage: true });

  const stampsBefore = await lines(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-stamp-ms')));
  await app.reopen();
  await expect(lines(page)).toHaveCount(3);
  await expect(lines(page).nth(0)).toHaveText('Types are a conversation with the compiler');
  const stampsAfter = await lines(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-stamp-ms')));
  expect(stampsAfter).toEqual(stampsBefore);
  expect(app.pageErrors).toEqual([]);
});

test('a fresh browser profile on the same archive folder restores every conference and session', async ({ app }) => {
  let page = app.page;
  await createConference(page, { name: 'PyCon US 2026', startDate: '2026-05-13', timeZone: 'America/Los_Angeles' });
  await createSession(page, { title: 'Async all the way down' });
  await page.keyboard.type('Event loops are schedulers');
  await expectAllSaved(page);

  page = await app.reopen({ freshProfile: true });
  await expect(page.getByText('Restored')).toBeVisible();
  await page.getByRole('link', { name: 'PyCon US 2026' }).click();
  await page.getByRole('link', { name: 'Async all the way down', exact: true }).click();
  await expect(lines(page).first()).toHaveText('Event loops are schedulers');
  await expect(lines(page).first()).toHaveAttribute('data-stamp', /\d/);
  expect(app.pageErrors).toEqual([]);
});

test('a malformed payload sent through the bridge is refused with a message and nothing is written', async ({ app }) => {
  const { page } = app;
  const filesBefore = await readdir(app.archiveDir, { recursive: true }).catch(() => []);
  const result = await page.evaluate(async () => {
    const bridge = (window as unknown as { plenary: Record<string, (payload: unknown) => Promise<unknown>> }).plenary;
    return bridge.archiveWrite!({ record: { kind: 'session', record: { session: { id: '../../escape', title: 42 } } } });
  });
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  expect((result as { error: { message: string } }).error.message).toMatch(/Nothing was changed/);
  const unknownChannel = await page.evaluate(() =>
    (window as unknown as { __plenaryInvoke: (channel: string, payload: unknown) => Promise<unknown> }).__plenaryInvoke('deleteEverything', {}),
  );
  expect(unknownChannel).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  const filesAfter = await readdir(app.archiveDir, { recursive: true }).catch(() => []);
  expect(filesAfter).toEqual(filesBefore);
});

test('a damaged file in the archive folder is reported, kept as it is, and the rest still opens', async ({ app }) => {
  let page = app.page;
  await createConference(page, { name: 'JSConf EU', startDate: '2026-06-01' });
  await expectAllSaved(page);
  const damaged = path.join(app.archiveDir, 'sessions', 'broken-session.json');
  await mkdir(path.dirname(damaged), { recursive: true });
  await writeFile(damaged, '{"format": "plenary-archive", "formatVersion": 1, "kind": "session", "record": {');

  page = await app.reopen({ freshProfile: true });
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'JSConf EU' })).toBeVisible();
  expect(await readFile(damaged, 'utf8')).toBe('{"format": "plenary-archive", "formatVersion": 1, "kind": "session", "record": {');
});
