import { test, expect } from './fixtures/app';
import { seriousViolations } from './fixtures/axe';
import { createConference, createSession, editor, expectAllSaved } from './fixtures/flows';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every main screen passes axe-core without serious violations (${colorScheme})`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme });
    // The page really is in that theme: a light page on a dark system would pass axe too.
    await expect(page.locator('body')).toHaveCSS('background-color', colorScheme === 'dark' ? 'rgb(22, 24, 28)' : 'rgb(251, 250, 247)');
    expect(await seriousViolations(page)).toEqual([]);

    await createConference(page, { name: 'A11yConf', startDate: '2026-10-01', timeZone: 'Europe/Berlin' });
    expect(await seriousViolations(page)).toEqual([]);

    await createSession(page, { title: 'Readable notes', speakers: 'Léonie Watson' });
    await page.keyboard.type('Contrast matters in dark rooms');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- [ ] Check the slides later');
    await expectAllSaved(page);
    await page.getByRole('button', { name: 'Timeline' }).click();
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('ControlOrMeta+Slash');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('settings change the stamp display, lag and theme, and are kept', async ({ app }) => {
  let page = app.page;
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Show stamps as').selectOption('hidden');
  await page.getByLabel('Lag (seconds)').fill('5');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The setting wins over the system's light scheme.
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(22, 24, 28)');
  page = await app.reopen();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Show stamps as')).toHaveValue('hidden');
  await expect(page.getByLabel('Lag (seconds)')).toHaveValue('5');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the lag setting is subtracted from new stamps', async ({ app }) => {
  let page = app.page;
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Lag (seconds)').fill('5');
  await page.clock.install({ time: new Date('2026-10-01T10:00:00+02:00') });
  page = await app.reopen();
  await page.getByRole('link', { name: 'Conferences' }).click();
  await createConference(page, { name: 'LagConf', startDate: '2026-10-01', timeZone: 'Europe/Berlin' });
  await createSession(page, { title: 'Lagging' });
  await page.clock.setFixedTime(new Date('2026-10-01T10:00:30+02:00'));
  await page.getByText('Clock', { exact: true }).click();
  await editor(page).click();
  await page.keyboard.type('Said five seconds ago');
  await expect(editor(page).locator('.pl-block').first()).toHaveAttribute('data-stamp-ms', String(Date.parse('2026-10-01T10:00:25+02:00')));
});
