import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import { createConference, createSession, editor, expectAllSaved } from './fixtures/flows';

function checkItems(page: Page) {
  return editor(page).locator('li.pl-li-checked, li.pl-li-unchecked');
}

function item(page: Page, text: string) {
  return checkItems(page).filter({ hasText: text });
}

test('action items: marked three ways, suggested, ticked from the view and from the notes, opened at their line', async ({ app }) => {
  const page = app.page;
  await createConference(page, { name: 'PyCon 2013', startDate: '2013-03-15', timeZone: 'America/Los_Angeles' });
  await createSession(page, { title: 'Instagram: Celery and RabbitMQ' });

  // 1. A marker at the start of a line: it marks that line, and Enter gives a plain line.
  await page.keyboard.type('TODO try out celery');
  await page.keyboard.press('Enter');
  // 2. The markdown task form, with an owner: a check list, which Enter on its empty next item leaves.
  await page.keyboard.type('[] email @dana about the slides');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // 3. The shortcut on a plain line.
  await page.keyboard.type('Thank Kenneth for python-guide');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Enter');
  // Follow-ups in prose.
  await page.keyboard.type("scrapyd is a daemon. I'll try that out later.");
  await page.keyboard.press('Enter');
  await page.keyboard.type('We need to grab that dataset!');

  await expect(checkItems(page)).toHaveText(['try out celery', 'email @dana about the slides', 'Thank Kenneth for python-guide']);
  await expect(item(page, 'email @dana')).toHaveAttribute('data-owner', '@dana');

  const accept = page.getByRole('button', { name: /^Make an action item: scrapyd/ });
  const dismiss = page.getByRole('button', { name: /^Dismiss the suggestion: We need to grab/ });
  await expect(accept).toBeVisible();
  await expect(dismiss).toBeVisible();
  await accept.click();
  await expect(item(page, 'scrapyd')).toHaveCount(1);
  await dismiss.click();
  await expect(page.getByTestId('suggestion-mark')).toHaveCount(0);
  await expectAllSaved(page);

  // The Actions view lists the four items; ticking one there ticks its line.
  await page.getByRole('link', { name: 'Action items' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action items' })).toBeVisible();
  const rows = page.getByTestId('action-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: 'We need to grab' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Done: Thank Kenneth for python-guide' }).click();
  await expect(rows).toHaveCount(3);
  await page.getByLabel('Show').selectOption('all');
  await expect(page.getByRole('checkbox', { name: 'Done: Thank Kenneth for python-guide' })).toBeChecked();

  // Open an item: the session opens at its line, highlighted, and the ticked line is ticked.
  await page.getByRole('link', { name: 'Open the line: email @dana about the slides' }).click();
  await expect(item(page, 'email @dana')).toHaveClass(/pl-highlight/);
  await expect(item(page, 'Thank Kenneth')).toHaveClass(/pl-li-checked/);

  // Tick a line in the notes: the view follows.
  const celery = item(page, 'try out celery');
  await celery.click({ position: { x: 6, y: 10 } });
  await expect(celery).toHaveClass(/pl-li-checked/);
  await expectAllSaved(page);
  await page.getByRole('link', { name: 'Action items' }).click();
  await page.getByLabel('Show').selectOption('done');
  await expect(rows).toHaveText([/try out celery/, /Thank Kenneth/]);
  expect(app.pageErrors).toEqual([]);
});

test('items open at their line after lines were added above them, and after a reload', async ({ app }) => {
  const page = app.page;
  await createConference(page, { name: 'Monitorama 2026', startDate: '2026-06-16', timeZone: 'America/Los_Angeles' });
  await createSession(page, { title: 'Alerting without tears' });

  await page.keyboard.type('Pager rotations');
  await page.keyboard.press('Enter');
  await page.keyboard.type('[] ask @sam for the runbook template');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type("I'll try the alert budget idea later.");
  await page.keyboard.press('Enter');
  await page.keyboard.type('Closing remarks');
  await expectAllSaved(page);

  // Three lines typed above both move them down by three lines; their rows are not rewritten for that.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  for (const text of ['Alert fatigue is real', 'Most pages need no action', 'Delete the noisy ones']) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(text);
  }
  await expectAllSaved(page);

  for (const reload of [false, true]) {
    if (reload) await page.reload();
    // The check-list item opens by its id, the suggestion by its line.
    for (const [name, text] of [
      [/^Open the line: ask @sam/, 'ask @sam for the runbook template'],
      [/^Open the line: I'll try the alert budget/, "I'll try the alert budget idea later."],
    ] as const) {
      await page.getByRole('link', { name: 'Action items' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Action items' })).toBeVisible();
      await page.getByRole('link', { name }).click();
      await expect(editor(page).locator('.pl-highlight')).toHaveText(text);
    }
  }
  expect(app.pageErrors).toEqual([]);
});
