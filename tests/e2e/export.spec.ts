import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { test, expect } from './fixtures/app';
import { seriousViolations } from './fixtures/axe';
import { createConference, createSession, editor, expectAllSaved } from './fixtures/flows';

// Toronto is on EDT (UTC-4) in September.
const at = (clock: string) => new Date(`2026-09-08T${clock}-04:00`);

test('export a conference as Jekyll day posts, settle a post edited outside, and export unchanged again', async ({ app }, testInfo) => {
  // Three exports through the dialog, each waiting for the archive on disk.
  test.slow();
  let page = app.page;
  await page.clock.install({ time: at('10:00:00') });
  page = await app.reopen();
  await createConference(page, { name: 'DevConf', startDate: '2026-09-08', timeZone: 'America/Toronto' });

  await createSession(page, { title: 'Simple made easy', speakers: 'Rich Hickey' });
  await page.keyboard.type('Simple is not easy');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Complecting: braiding things together');
  await expectAllSaved(page);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'DevConf' })).toBeVisible();
  // A session opened and never written in has nothing to publish.
  await createSession(page, { title: 'Closing remarks' });
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'DevConf' })).toBeVisible();
  await page.clock.runFor(60 * 60_000);
  await createSession(page, { title: 'Hammock driven development' });
  // Exported straight away: the dialog sends what was just typed to the archive before it plans.
  await page.keyboard.type('Sleep on hard problems');

  const site = testInfo.outputPath('site');
  await mkdir(site, { recursive: true });
  app.main.nextChosenFolder = site;

  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export posts' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('The whole conference').check();
  await dialog.getByLabel('Layout', { exact: true }).selectOption('day');
  await dialog.getByLabel('Preset').selectOption('jekyll');
  await dialog.getByLabel('Tags').fill('notes, clojure');
  await expect(dialog.getByLabel('Export folder')).toHaveValue('');
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(dialog.getByLabel('Export folder')).toHaveValue(site);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('export-dialog.png') });

  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  // Before anything is written: the post as it will be written, and the session left out.
  await expect(dialog.getByRole('heading', { name: 'One post, ready to write' })).toBeFocused({ timeout: 30_000 });
  const preview = dialog.getByTestId('export-preview');
  await expect(preview).toContainText('title: "DevConf, day 1"');
  await expect(preview).toContainText('layout: "post"');
  await expect(preview).toContainText('## Simple made easy');
  await expect(preview).toContainText('Sleep on hard problems');
  await expect(preview).not.toContainText('Closing remarks');
  await expect(dialog.getByRole('list', { name: 'Skipped sessions' })).toHaveText(/Closing remarks/);
  expect(await readdir(site)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('export-preview.png') });
  await dialog.getByRole('button', { name: 'Write the post' }).click();
  await expect(dialog.getByRole('heading', { name: 'Export finished' })).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('status')).toHaveText('1 written · 0 unchanged · 0 skipped');
  expect(await seriousViolations(page)).toEqual([]);

  const posts = path.join(site, '_posts');
  const [name, ...others] = await readdir(posts);
  expect(others).toEqual([]);
  expect(name).toMatch(/^2026-09-08-devconf-day-1\.md$/);
  const postPath = path.join(posts, name ?? '');
  const post = await readFile(postPath, 'utf8');
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(post)?.[1];
  expect(frontMatter).toBeDefined();
  const fields = parseYaml(frontMatter ?? '') as Record<string, unknown>;
  expect(fields).toMatchObject({ title: 'DevConf, day 1', conference: 'DevConf', speakers: ['Rich Hickey'] });
  expect(fields.date).toMatch(/^2026-09-08 10:\d\d:\d\d -0400$/);
  expect(fields.tags).toEqual(expect.arrayContaining(['notes', 'clojure']));
  expect(fields.draft ?? false).toBe(false);
  expect(post).toContain('## Simple made easy');
  expect(post).toContain('## Hammock driven development');
  for (const line of ['Simple is not easy', 'Complecting: braiding things together', 'Sleep on hard problems']) expect(post).toContain(line);
  expect(post.indexOf('Simple is not easy')).toBeLessThan(post.indexOf('Sleep on hard problems'));

  await dialog.getByRole('button', { name: 'Open folder' }).click();
  await expect.poll(() => app.main.shownFolders).toEqual([site]);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // Someone edits the post by hand; the next export asks before touching it.
  await writeFile(postPath, `${post}\nMy own closing line.\n`);
  await page.keyboard.press('Control+e');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Preset')).toHaveValue('jekyll');
  await expect(dialog.getByLabel('Layout', { exact: true })).toHaveValue('day');
  await expect(dialog.getByLabel('Tags')).toHaveValue('notes, clojure');
  await expect(dialog.getByLabel('Export folder')).toHaveValue(site);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByRole('button', { name: 'Write the post' }).click();

  await expect(dialog.getByRole('heading', { name: 'A post was changed outside Plenary' })).toBeVisible({ timeout: 30_000 });
  const conflict = dialog.getByRole('group', { name: `_posts/${name}` });
  await expect(conflict.getByLabel('Keep theirs')).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('export-conflict.png') });
  await conflict.getByLabel('Write beside it').check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('1 written · 0 unchanged · 0 skipped', { timeout: 30_000 });
  await expect(dialog.getByRole('list', { name: 'Files' })).toContainText(/written beside it as _posts\/2026-09-08-devconf-day-1-\w+\.md/);

  const afterBeside = (await readdir(posts)).sort();
  const besideName = afterBeside.find((file) => file !== name);
  expect(afterBeside).toEqual(expect.arrayContaining([name, besideName]));
  expect(afterBeside).toHaveLength(2);
  expect(besideName).toMatch(/^2026-09-08-devconf-day-1-\w+\.md$/);
  expect(await readFile(postPath, 'utf8')).toContain('My own closing line.');
  const beside = await readFile(path.join(posts, besideName ?? ''), 'utf8');
  expect(beside).toBe(post);

  // Nothing changed since: the hand-edited post is still the user's, and the copy beside it is left as it is.
  await dialog.getByRole('button', { name: 'Export again' }).click();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByRole('button', { name: 'Write the post' }).click();
  await expect(dialog.getByRole('heading', { name: 'A post was changed outside Plenary' })).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('group', { name: `_posts/${name}` }).getByLabel('Write beside it').check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('0 written · 1 unchanged · 0 skipped', { timeout: 30_000 });
  expect((await readdir(posts)).sort()).toEqual(afterBeside);
  expect(app.pageErrors).toEqual([]);
});

test('export chosen sessions from the File menu as Hugo posts with clock stamps, with a progress bar, after a missing folder is pointed out', async ({ app }, testInfo) => {
  test.slow();
  let page = app.page;
  await page.clock.install({ time: at('14:00:00') });
  page = await app.reopen();
  await createConference(page, { name: 'Lambda Days', startDate: '2026-09-08', timeZone: 'America/Toronto' });
  for (const [title, line] of [
    ['Types as proofs', 'Curry and Howard shake hands'],
    ['Effects without tears', 'Handlers compose like functions'],
  ] as const) {
    await createSession(page, { title });
    await page.keyboard.type(line);
    await expectAllSaved(page);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Lambda Days' })).toBeVisible();
  }

  // File → Export… arrives from main as a menu command.
  await page.evaluate(() => (window as unknown as { __plenaryMenu: (id: string) => void }).__plenaryMenu('file.export'));
  const dialog = page.getByRole('dialog', { name: 'Export posts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('This session')).toBeDisabled();
  await dialog.getByLabel('Chosen sessions').check();
  const sessions = dialog.getByRole('list', { name: 'Sessions' });
  await sessions.getByLabel('Types as proofs').check();
  await sessions.getByLabel('Effects without tears').check();
  await dialog.getByLabel('Layout', { exact: true }).selectOption('session');
  await dialog.getByLabel('Preset').selectOption('hugo');
  await dialog.getByLabel('Times of lines').selectOption('clock');
  await dialog.getByLabel('Mark the posts as drafts').check();

  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose the folder to export into first.');
  expect(await seriousViolations(page)).toEqual([]);

  const site = testInfo.outputPath('site');
  await mkdir(site, { recursive: true });
  app.main.nextChosenFolder = site;
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(dialog.getByLabel('Export folder')).toHaveValue(site);
  await expect(dialog.getByRole('alert')).toBeHidden();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: '2 posts, ready to write' })).toBeFocused({ timeout: 30_000 });
  await expect(dialog.getByTestId('export-preview')).toContainText(/^14:\d\d Curry and Howard shake hands$/m);
  // Keyboard: from the heading, Tab reaches the post's text (to scroll it), then Back, then Write.
  await page.keyboard.press('Tab');
  await expect(dialog.getByTestId('export-preview')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Write 2 posts' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(dialog.getByRole('status')).toHaveText('2 written · 0 unchanged · 0 skipped', { timeout: 30_000 });
  const progress = dialog.getByRole('progressbar', { name: 'Posts written' });
  await expect(progress).toHaveAttribute('aria-valuenow', '2');
  await expect(progress).toHaveAttribute('aria-valuemax', '2');

  const posts = path.join(site, 'content', 'posts');
  expect((await readdir(posts)).sort()).toEqual(['effects-without-tears.md', 'types-as-proofs.md']);
  const post = await readFile(path.join(posts, 'types-as-proofs.md'), 'utf8');
  const fields = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(post)?.[1] ?? '') as Record<string, unknown>;
  expect(fields).toMatchObject({ title: 'Types as proofs', draft: true, conference: 'Lambda Days' });
  expect(fields.date).toMatch(/^2026-09-08T14:\d\d:\d\d-04:00$/);
  expect(post).toMatch(/^14:\d\d Curry and Howard shake hands$/m);

  // A file where the folder should be: the dialog says what went wrong and what to do, and goes back to the choices.
  const notAFolder = testInfo.outputPath('not-a-folder.txt');
  await writeFile(notAFolder, 'just a file\n');
  app.main.nextChosenFolder = notAFolder;
  await dialog.getByRole('button', { name: 'Export again' }).click();
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(dialog.getByLabel('Export folder')).toHaveValue(notAFolder);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'The export did not finish' })).toBeFocused({ timeout: 30_000 });
  await expect(dialog.getByRole('alert')).toContainText('Could not plan the export');
  await expect(dialog.getByRole('alert')).toContainText('Choose a folder, not a file');
  await dialog.getByRole('button', { name: 'Back to the choices' }).click();
  await expect(dialog.getByLabel('Export folder')).toHaveValue(notAFolder);
  expect(app.pageErrors).toEqual([]);
});

test('a talk written from the talk template exports with what the user wrote and none of the scaffolding left empty', async ({ app }, testInfo) => {
  test.slow();
  let page = app.page;
  await page.clock.install({ time: at('09:30:00') });
  page = await app.reopen();
  await createConference(page, { name: 'QueueCon', startDate: '2026-09-08', timeZone: 'America/Toronto' });
  await page.getByRole('button', { name: 'New session' }).click();
  const create = page.getByRole('dialog', { name: 'New session' });
  await create.getByLabel('Title').fill('Queues that do not fall over');
  await create.getByLabel('Speakers').fill('Mira Okafor');
  await create.getByLabel('Room').fill('Hall A');
  await create.getByRole('combobox', { name: 'Template' }).fill('Talk');
  await create.getByRole('combobox', { name: 'Template' }).press('Enter');
  await expect(editor(page).getByText('Key points', { exact: true })).toBeVisible();

  // The caret is on the first bullet under "Key points": two points, then Enter leaves an empty bullet, as people do.
  await page.keyboard.type('Backpressure beats bigger queues.', { delay: 15 });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Measure the age of the oldest message', { delay: 15 });
  await page.keyboard.press('Enter');
  // Down past the "Quotes" heading into the quote.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('A queue is a promise you make to the future.', { delay: 15 });
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
  const preview = dialog.getByTestId('export-preview');
  await expect(preview).toContainText('## Key points', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Write the post' }).click();
  await expect(dialog.getByRole('status')).toHaveText('1 written · 0 unchanged · 0 skipped', { timeout: 30_000 });

  const post = await readFile(path.join(site, 'content', 'posts', 'queues-that-do-not-fall-over.md'), 'utf8');
  const body = post.split(/^---$/m)[2] ?? '';
  expect(body.trim()).toBe(
    [
      /\*Mira Okafor · Hall A · 09:3\d\*/.exec(body)?.[0] ?? 'the meta line',
      '## Key points',
      '- Backpressure beats bigger queues.\n- Measure the age of the oldest message',
      '## Quotes',
      '> A queue is a promise you make to the future.',
    ].join('\n\n'),
  );
  expect(post).toMatch(/^summary: "A queue is a promise you make to the future\."$/m);
  expect(app.pageErrors).toEqual([]);
});
