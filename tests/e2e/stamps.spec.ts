import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import { createConference, createSession, editor, expectAllSaved, lines } from './fixtures/flows';

// Toronto is on EDT (UTC-4) in September.
const at = (clock: string) => new Date(`2026-09-08T${clock}-04:00`);

async function stamps(page: Page): Promise<string[]> {
  return lines(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-stamp') ?? ''));
}

test('lines typed at known instants show their clock time, their elapsed time, and keep them after an edit and a reload', async ({ app }) => {
  let page = app.page;
  await page.clock.install({ time: at('13:50:00') });
  page = await app.reopen();
  await createConference(page, { name: 'Strange Loop', startDate: '2026-09-08', timeZone: 'America/Toronto' });
  await createSession(page, { title: 'Simple made easy', speakers: 'Rich Hickey' });

  await page.clock.setFixedTime(at('13:55:00'));
  await page.keyboard.press('ControlOrMeta+Shift+KeyS');
  await expect(page.getByTestId('live-clock')).toBeVisible();

  await page.clock.setFixedTime(at('13:57:30'));
  await page.keyboard.type('Simple is not easy');
  await page.clock.setFixedTime(at('14:03:10'));
  await page.keyboard.press('Enter');
  await page.keyboard.type('Complecting: braiding things together');
  await page.clock.setFixedTime(at('15:10:05'));
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Guard rails do not steer');

  await expect.poll(() => stamps(page)).toEqual(['1:57 PM', '2:03 PM', '3:10 PM']);

  await page.getByText('Elapsed', { exact: true }).click();
  await expect.poll(() => stamps(page)).toEqual(['+2:30', '+8:10', '+1:15:05']);

  // Editing a line later never moves its stamp.
  await lines(page).first().click();
  await page.keyboard.press('End');
  await page.clock.setFixedTime(at('15:30:00'));
  await page.keyboard.type(', and that matters');
  await expect.poll(() => stamps(page)).toEqual(['+2:30', '+8:10', '+1:15:05']);

  // Click a stamp in the gutter and give it another time.
  await page.locator('.stamp-label', { hasText: '+8:10' }).click();
  const dialog = page.getByRole('dialog', { name: 'Time of this line' });
  // The time as the gutter's clock shows it (12-hour here), with its seconds.
  await expect(dialog.getByLabel('Time')).toHaveValue(/^2:03:10\sPM$/);
  await dialog.getByLabel('Time').fill('25:00');
  await dialog.getByRole('button', { name: 'Set time' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/time of day/);
  await dialog.getByLabel('Time').fill('14:04:00');
  await dialog.getByRole('button', { name: 'Set time' }).click();
  await expect.poll(() => stamps(page)).toEqual(['+2:30', '+9:00', '+1:15:05']);

  await page.getByText('Clock', { exact: true }).click();
  await expect.poll(() => stamps(page)).toEqual(['1:57 PM', '2:04 PM', '3:10 PM']);
  await expectAllSaved(page);

  page = await app.reopen();
  await expect.poll(() => stamps(page)).toEqual(['1:57 PM', '2:04 PM', '3:10 PM']);
  await expect(lines(page).first()).toHaveText('Simple is not easy, and that matters');
  expect(app.pageErrors).toEqual([]);
});

test('the first line starts the clock of a session that was never started, and that can be undone', async ({ app }) => {
  let page = app.page;
  await page.clock.install({ time: at('10:00:00') });
  page = await app.reopen();
  await createConference(page, { name: 'EuroPython', startDate: '2026-09-08', timeZone: 'America/Toronto' });
  await createSession(page, { title: 'Keynote' });
  await page.clock.setFixedTime(at('10:02:00'));
  await page.keyboard.type('Welcome everyone');
  await expect(page.getByTestId('live-clock')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Start talk' })).toBeVisible();
  await expect(lines(page).first()).toHaveAttribute('data-stamp', '10:02 AM');
});

test('keyboard only: start and end the talk, insert a time mark, re-stamp a line, jump from the timeline', async ({ app }) => {
  let page = app.page;
  await page.clock.install({ time: at('09:00:00') });
  page = await app.reopen();
  await createConference(page, { name: 'SREcon', startDate: '2026-09-08', timeZone: 'America/Toronto' });
  await createSession(page, { title: 'Incident review' });
  await page.clock.setFixedTime(at('09:10:00'));
  await page.keyboard.press('ControlOrMeta+Shift+KeyS');
  await expect(page.getByTestId('live-clock')).toBeVisible();
  await page.keyboard.type('Timeline of the outage');
  await page.keyboard.press('Enter');
  await page.clock.setFixedTime(at('09:12:05'));
  await page.keyboard.press('ControlOrMeta+Shift+KeyT');
  // The mark reads as the gutter does.
  await expect(lines(page).nth(1)).toHaveText(/^\[9:12\sAM\] /);
  await page.clock.setFixedTime(at('09:20:00'));
  await page.keyboard.press('ArrowUp');
  // Re-stamp acts on the line holding the caret: wait until the caret is really on the first line.
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('.pl-block')?.textContent ?? ''))
    .toBe('Timeline of the outage');
  await page.keyboard.press('ControlOrMeta+Shift+Period');
  await expect(lines(page).first()).toHaveAttribute('data-stamp', '9:20 AM');

  await page.keyboard.press('ControlOrMeta+Shift+KeyY');
  const timeline = page.getByRole('navigation', { name: 'Timeline of this session' });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await timeline.locator('.timeline-jump', { hasText: 'Timeline of the outage' }).click();
  await expect(lines(page).first()).toHaveClass(/pl-highlight/);

  await page.keyboard.press('ControlOrMeta+Shift+KeyX');
  await expect(page.getByRole('button', { name: 'Resume talk' })).toBeVisible();
  expect(app.pageErrors).toEqual([]);
});

test('the gutter labels the lines on screen, beside each line, and follows a scroll through a long session', async ({ app }) => {
  const page = app.page;
  await createConference(page, { name: 'Strange Loop', startDate: '2026-09-08', timeZone: 'America/Toronto' });
  await createSession(page, { title: 'A long day in one session' });
  // 400 lines pasted from outside: one stamp per pasted block.
  await editor(page).evaluate((element) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', Array.from({ length: 400 }, (_, index) => `Pasted line ${index + 1}`).join('\n'));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  });
  await expect(lines(page)).toHaveCount(400);
  const shownLabels = page.locator('.stamp-label:not([hidden])');
  // Labels exist for the lines on screen and around them, not for all 400.
  await expect.poll(() => shownLabels.count()).toBeGreaterThan(10);
  expect(await shownLabels.count()).toBeLessThan(200);

  /** The label beside a line: same text as its stamp, at its height. */
  async function expectLabelBeside(index: number) {
    const line = lines(page).nth(index);
    await line.scrollIntoViewIfNeeded();
    const stamp = await line.getAttribute('data-stamp');
    expect(stamp).toMatch(/\d/);
    await expect
      .poll(async () => {
        const lineBox = await line.boundingBox();
        const boxes = await shownLabels.evaluateAll((labels) => labels.map((label) => ({ text: label.textContent, ...label.getBoundingClientRect().toJSON() })));
        return boxes.some((box) => box.text === stamp && lineBox !== null && Math.abs(box.top - lineBox.y) < 2 && box.right <= lineBox.x);
      })
      .toBe(true);
  }
  await expectLabelBeside(0);
  await expectLabelBeside(399);
  await expectLabelBeside(200);
  // Typing a new line in the middle moves the lines below; their labels follow.
  await lines(page).nth(200).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('A new line in the middle');
  await expectLabelBeside(201);
  await expectLabelBeside(202);
});
