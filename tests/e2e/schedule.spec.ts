import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import { seriousViolations } from './fixtures/axe';
import { editor, expectAllSaved, lines } from './fixtures/flows';

const fixtures = path.resolve(fileURLToPath(new URL('../../core/schedule/fixtures', import.meta.url)));

test.describe.configure({ timeout: 180_000 });

/** File → Import schedule from the keyboard, the file given in the chooser, then the preview. */
async function importSchedule(page: Page, file: string) {
  await page.keyboard.press('ControlOrMeta+Shift+KeyO');
  const dialog = page.getByRole('dialog', { name: 'Import schedule' });
  await expect(dialog.getByRole('button', { name: 'Choose a schedule file…' })).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
  await expect(dialog.getByRole('heading', { name: 'Before anything is saved' })).toBeFocused();
  return dialog;
}

test('import a schedule, see now and next, star a talk, start its note with one key, re-import a changed schedule', async ({ app }) => {
  const page = app.page;
  // Saturday 10:10 in Brussels, during the first talks of DemoCon.
  await page.clock.install({ time: new Date('2026-02-07T09:10:00Z') });
  await page.reload();
  await expect(page.locator('.app')).toBeVisible();

  let dialog = await importSchedule(page, path.join(fixtures, 'pretalx-schedule.json'));
  await expect(dialog.getByRole('list', { name: 'What will change' })).toHaveText(/a new conference “DemoCon 2026” \(2026-02-07 to 2026-02-08, Europe\/Brussels\)\s*6 new talks/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Import schedule' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { name: 'Schedule imported' })).toBeFocused();
  await page.keyboard.press('Escape');

  // The home screen shows what is on now and next, room by room.
  const nowNext = page.getByRole('region', { name: 'Now and next' });
  const rooms = nowNext.getByRole('list', { name: 'Rooms at DemoCon 2026' }).getByRole('listitem');
  await expect(rooms).toHaveCount(2);
  await expect(rooms.nth(0)).toContainText('Main Hall');
  await expect(rooms.nth(0)).toContainText(/Now☆Caching at the edge10:00( AM)?–10:45( AM)? · Ada Quill, Ben Ortiz/);
  await expect(rooms.nth(0)).toContainText(/Next☆Lightning talks11:00( AM)?–11:30/);
  await expect(rooms.nth(1)).toContainText('Workshop Room');
  await expect(nowNext).toContainText('starts the note for “Caching at the edge”');
  expect(await seriousViolations(page)).toEqual([]);

  // Starring the workshop puts its room first and makes it the talk the one key starts.
  await nowNext.getByRole('button', { name: 'Star “Profiling workshop”' }).focus();
  await page.keyboard.press('Enter');
  await expect(nowNext.getByRole('button', { name: 'Star “Profiling workshop”' })).toHaveAttribute('aria-pressed', 'true');
  await expect(rooms.nth(0)).toContainText('Workshop Room');
  await expect(nowNext).toContainText('starts the note for “Profiling workshop”');

  await page.keyboard.press('ControlOrMeta+Alt+KeyN');
  await expect(page.locator('#session-title')).toHaveText('Profiling workshop');
  await expect(page.getByText('Live', { exact: false }).first()).toBeVisible();
  await expect(editor(page)).toContainText('Find the slow function in a real service.');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.type('Flame graphs first', { delay: 40 });
  await page.keyboard.press('Enter');
  await page.keyboard.type('then sample in production', { delay: 40 });
  await expectAllSaved(page);
  const notes = await lines(page).allTextContents();
  // The caret was on the first empty line: the title line is as the template made it.
  expect(notes[0]).toBe('Profiling workshop');
  expect(notes).toContain('Flame graphs first');
  expect(notes).toContain('then sample in production');

  // The schedule changes: the workshop moves to the Main Hall at 13:00, the lightning talks are dropped.
  const temp = await mkdtemp(path.join(os.tmpdir(), 'plenary-schedule-'));
  const json = JSON.parse(await readFile(path.join(fixtures, 'pretalx-schedule.json'), 'utf8'));
  const day = json.schedule.conference.days[0];
  const workshop = day.rooms['Workshop Room'][0];
  workshop.date = '2026-02-07T13:00:00+01:00';
  workshop.room = 'Main Hall';
  day.rooms['Workshop Room'] = [];
  day.rooms['Main Hall'] = [day.rooms['Main Hall'][0], workshop, day.rooms['Main Hall'][2], day.rooms['Main Hall'][3]];
  const changed = path.join(temp, 'schedule.json');
  await writeFile(changed, JSON.stringify(json));

  dialog = await importSchedule(page, changed);
  await expect(dialog.getByRole('list', { name: 'What will change' })).toContainText('1 talk moved');
  await expect(dialog.getByRole('list', { name: 'What will change' })).toContainText('1 talk no longer in the schedule, removed (no notes)');
  await dialog.getByRole('button', { name: 'Update schedule' }).click();
  await expect(dialog.getByRole('heading', { name: 'Schedule imported' })).toBeFocused();
  await page.keyboard.press('Escape');

  // The notes are as they were, and the talk is in its new room and time.
  await expect(editor(page)).toContainText('Flame graphs first');
  await expect(editor(page)).toContainText('then sample in production');
  await page.goto(page.url().replace(/#.*$/, '#/'));
  await expect(rooms.nth(0)).toContainText('Main Hall');
  await expect(rooms.nth(0)).toContainText(/Next★Profiling workshop(13:00|1:00 PM)–(15:00|3:00 PM)/);
  await expect(nowNext).not.toContainText('Lightning talks');
  await rm(temp, { recursive: true, force: true });
  expect(app.pageErrors).toEqual([]);
});

test('a schedule that cannot be read is named, and nothing is imported', async ({ app }) => {
  const page = app.page;
  const temp = await mkdtemp(path.join(os.tmpdir(), 'plenary-schedule-'));
  const broken = path.join(temp, 'schedule.xml');
  await writeFile(broken, (await readFile(path.join(fixtures, 'frab-schedule.xml'), 'utf8')).replace('</title>', '</titel>'));
  await page.keyboard.press('ControlOrMeta+Shift+KeyO');
  const dialog = page.getByRole('dialog', { name: 'Import schedule' });
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(broken);
  await expect(dialog.getByRole('alert')).toContainText('schedule.xml is not well-formed XML at line 7');
  await expect(dialog.getByRole('heading', { name: 'Nothing was imported' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Conferences' }).getByRole('listitem')).toHaveCount(0);
  await rm(temp, { recursive: true, force: true });
  expect(app.pageErrors).toEqual([]);
});

test('a schedule file dropped on the window opens its preview, not the notes import', async ({ app }) => {
  const page = app.page;
  const text = await readFile(path.join(fixtures, 'pretalx-schedule.ics'), 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'schedule.ics', { type: 'text/calendar' }));
    return data;
  }, text);
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  const dialog = page.getByRole('dialog', { name: 'Import schedule' });
  await expect(dialog.getByRole('heading', { name: 'Before anything is saved' })).toBeFocused();
  await expect(dialog).toContainText('schedule.ics · iCalendar (.ics) · 3 talks into FallCon 2026 (America/New_York)');
  await expect(page.getByRole('dialog', { name: 'Import notes' })).toBeHidden();
  await expect(page.locator('.import-drop-overlay')).toBeHidden();
  await dialog.getByRole('button', { name: 'Import schedule' }).click();
  await dialog.getByRole('button', { name: 'Open FallCon 2026' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'FallCon 2026' })).toBeVisible();
  await expect(page.getByText('Typed IPC in practice - Ines Rao').first()).toBeVisible();
  // The timeline tells planned talks (no notes yet) from attended ones.
  await expect(page.getByTestId('timeline-entry')).toHaveCount(3);
  await expect(page.getByTestId('timeline-entry').first()).toContainText('planned');
  expect(await seriousViolations(page)).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});
