import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import { seriousViolations } from './fixtures/axe';
import { createConference, createSession, editor, expectAllSaved } from './fixtures/flows';

interface Details {
  day?: string;
  start?: string;
  end?: string;
  tags?: string;
  track?: string;
}

/** Opens the session's details from its header with the keyboard, fills what is given and saves. */
async function setDetails(page: Page, details: Details): Promise<void> {
  await page.getByRole('button', { name: 'Edit details' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Session details' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  if (details.day) await dialog.getByLabel('Day').fill(details.day);
  if (details.start) await dialog.getByLabel('Starts').fill(details.start);
  if (details.end) await dialog.getByLabel('Ends').fill(details.end);
  if (details.tags) await dialog.getByLabel('Tags').fill(details.tags);
  if (details.track) await dialog.getByLabel('Track').fill(details.track);
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();
}

async function backToConference(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();
  await expect(page.getByRole('button', { name: 'New session' })).toBeVisible();
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

test('conferences browse as timelines by day, and speakers and tags lead across conferences', async ({ app }, testInfo) => {
  // A long walk through the app with several axe-core runs; a loaded machine needs the time.
  test.setTimeout(600_000);
  let page = app.page;
  // The clock is fixed while notes are typed, so the talk that is started starts on its conference day.
  await page.clock.install({ time: new Date('2013-03-15T08:00:00-07:00') });
  page = await app.reopen();

  await createConference(page, { name: 'PyCon 2013', location: 'Santa Clara', startDate: '2013-03-15', endDate: '2013-03-16', timeZone: 'America/Los_Angeles' });
  await createSession(page, { title: 'Celery in depth', speakers: 'Ada Lovelace, Grace Hopper', room: 'Hall A' });

  // A schedule that does not fit is refused with a message, and nothing is saved.
  await page.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Session details' });
  await dialog.getByLabel('Starts').fill('11:00');
  await dialog.getByLabel('Ends').fill('10:00');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The end is not after the start.');
  await dialog.getByLabel('Title').fill(' ');
  await dialog.getByLabel('Ends').fill('');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Give the session a title.');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Celery in depth' })).toBeVisible();

  await setDetails(page, { day: '2013-03-15', start: '10:00', end: '10:45', tags: 'queues, #python', track: 'Web' });
  await expect(page.getByRole('link', { name: '#queues' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Grace Hopper' })).toBeVisible();
  // A started talk keeps its place on the timeline by its actual start.
  await page.clock.setFixedTime(new Date('2013-03-15T10:05:00-07:00'));
  await editor(page).click();
  await page.keyboard.type('TODO Try out celery with redis');
  await expect(editor(page).locator('li.pl-li-unchecked')).toHaveText(['Try out celery with redis']);
  await expectAllSaved(page);

  await backToConference(page);
  await createSession(page, { title: 'Queues at scale', speakers: 'Grace Hopper', room: 'Hall B' });
  await setDetails(page, { day: '2013-03-15', start: '10:30', end: '11:30', tags: 'queues' });
  await backToConference(page);
  await createSession(page, { title: 'Closing keynote', speakers: 'Guido van Rossum', room: 'Main hall' });
  await setDetails(page, { day: '2013-03-16', start: '16:00' });
  await backToConference(page);
  await createSession(page, { title: 'Hallway chat about packaging' });
  await backToConference(page);

  // The conference page: each day with its sessions at their times, and the day at a glance.
  const days = page.getByTestId('timeline-day');
  await expect(days).toHaveCount(2);
  await expect(days.nth(0).getByRole('heading', { level: 2 })).toHaveText(/15/);
  await expect(days.nth(0).getByTestId('timeline-entry')).toHaveText([/10:05.*10:45.*Celery in depth.*Hall A.*Web.*Ada Lovelace, Grace Hopper.*#queues.*#python/, /10:30.*11:30.*Queues at scale.*Hall B/]);
  await expect(days.nth(1).getByTestId('timeline-entry')).toHaveText([/4:00.*Closing keynote.*Main hall.*Guido van Rossum/]);
  await expect(page.getByTestId('timeline-unscheduled').getByRole('heading', { name: 'Not scheduled' })).toBeVisible();
  await expect(page.getByTestId('timeline-unscheduled').getByTestId('timeline-entry')).toHaveText([/Hallway chat about packaging/]);

  const firstDay = days.nth(0).getByTestId('time-axis');
  await expect(firstDay).toHaveAttribute('data-lanes', '2');
  const celeryBar = firstDay.getByRole('link', { name: /^Celery in depth, 10:05\s?AM to 10:45\s?AM, Hall A$/ });
  const queuesBar = firstDay.getByRole('link', { name: /^Queues at scale, 10:30\s?AM to 11:30\s?AM, Hall B$/ });
  await expect(celeryBar).toHaveAttribute('data-lane', '0');
  await expect(queuesBar).toHaveAttribute('data-lane', '1');
  await expect(firstDay).toContainText('10:00');
  await expect(firstDay).toContainText('12:00');
  const [celeryBox, queuesBox] = [await celeryBar.boundingBox(), await queuesBar.boundingBox()];
  expect(celeryBox && queuesBox && celeryBox.x < queuesBox.x && celeryBox.y < queuesBox.y).toBe(true);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('conference-timeline-light.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath('conference-timeline-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  // A bar on the axis opens its session, from the keyboard.
  await queuesBar.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Queues at scale' })).toBeVisible();

  // A second conference where one of the speakers spoke again.
  await page.getByRole('link', { name: 'Conferences' }).click();
  await createConference(page, { name: 'Strange Loop 2014', location: 'St. Louis', startDate: '2014-09-18', endDate: '2014-09-19', timeZone: 'America/Chicago' });
  await createSession(page, { title: 'Simple queues', speakers: 'Ada Lovelace', room: 'Peabody' });
  await setDetails(page, { day: '2014-09-18', start: '09:00', end: '09:40', tags: 'Queues' });

  // Home: newest conference first, with sessions and open action items counted.
  await page.getByRole('link', { name: 'Conferences' }).click();
  await expect(page.getByRole('list', { name: 'Conferences' }).locator('.card-title')).toHaveText(['Strange Loop 2014', 'PyCon 2013']);
  await expect(page.getByText(/St\. Louis · 1 session · 0 open action items/)).toBeVisible();
  await expect(page.getByText(/Santa Clara · 4 sessions · 1 open action item$/)).toBeVisible();
  await expectAccessible(page);

  // A speaker's page lists their sessions from both conferences, newest first.
  await page.getByRole('link', { name: 'Strange Loop 2014' }).click();
  await page.getByRole('link', { name: 'Ada Lovelace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();
  await expect(page.getByText('2 sessions at 2 conferences')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('speaker.png'), fullPage: true });
  const speakerSessions = page.getByTestId('facet-session');
  await expect(speakerSessions).toHaveText([/Simple queues.*Strange Loop 2014.*2014.*9:00/, /Celery in depth.*PyCon 2013.*2013.*10:05/]);
  await expectAccessible(page);

  // A tag's page: every session carrying it, whatever its case, across conferences.
  await speakerSessions.first().getByRole('link', { name: '#Queues' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '#Queues' })).toBeVisible();
  await expect(page.getByTestId('facet-session')).toHaveText([/Simple queues.*Strange Loop 2014/, /Queues at scale.*PyCon 2013/, /Celery in depth.*PyCon 2013/]);
  await expectAccessible(page);
  await page.getByTestId('facet-session').nth(1).getByRole('link', { name: 'Queues at scale' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Queues at scale' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('session-header.png') });

  // The indexes, from the sidebar, with counts and a filter.
  await page.getByRole('link', { name: 'Speakers' }).click();
  const speakers = page.getByRole('list', { name: 'Speakers' }).getByRole('link');
  await expect(speakers).toHaveText([/Ada Lovelace\s*2 sessions/, /Grace Hopper\s*2 sessions/, /Guido van Rossum\s*1 session/]);
  await page.getByLabel('Filter speakers').fill('gr');
  await expect(speakers).toHaveText([/Grace Hopper/]);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Tags' }).click();
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('link')).toHaveText([/#python\s*1 session/, /#queues\s*3 sessions/]);
  await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: /#python/ }).click();
  await expect(page.getByTestId('facet-session')).toHaveText([/Celery in depth/]);
  await expectAccessible(page);

  // Everything survives a reload from the local store.
  page = await app.reopen();
  await expect(page.getByRole('heading', { level: 1, name: '#python' })).toBeVisible();
  await expect(page.getByTestId('facet-session')).toHaveText([/Celery in depth/]);
  expect(app.pageErrors).toEqual([]);
});
