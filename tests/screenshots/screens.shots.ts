import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from '../e2e/fixtures/app';
import { seriousViolations } from '../e2e/fixtures/axe';
import { createConference, createSession, editor, expectAllSaved } from '../e2e/fixtures/flows';

const outDir = path.resolve(fileURLToPath(new URL('../../docs/screenshots', import.meta.url)));
const sizes = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '900x700', width: 900, height: 700 },
] as const;
const themes = ['light', 'dark'] as const;

async function setTheme(page: Page, theme: (typeof themes)[number]): Promise<void> {
  await page.keyboard.press('ControlOrMeta+Comma');
  await page.getByLabel('Theme').selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Notes of a talk typed as they would be, with an action item and a follow-up in prose. */
async function typeTalk(page: Page): Promise<void> {
  for (const line of ['Postgres is the source of truth; Redis holds the feeds', 'Shard by user id from day one']) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type('Try the new profiler on our workers');
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type("Celery runs every background job. I'll try that out later.");
  await expectAllSaved(page);
}

test('every screen, light and dark, 1280×800 and 900×700', async ({ app }) => {
  const page = app.page;
  await mkdir(outDir, { recursive: true });
  const problems: string[] = [];
  const shoot = async (name: string) => {
    // Let fonts, the gutter and notices settle.
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(outDir, `${name}.png`) });
    const violations = await seriousViolations(page);
    for (const violation of violations) problems.push(`${name}: ${violation.id} ${violation.targets.join(', ')}`);
  };

  await page.setViewportSize({ width: 1280, height: 800 });
  await shoot('home-empty');
  // The conference is today, as when notes are taken live: its sessions fall on its days.
  await createConference(page, { name: 'PyCon US 2026 — the annual gathering of the Python community', location: 'Long Beach, CA', timeZone: 'America/Los_Angeles' });
  await createSession(page, { title: 'Scaling Instagram: how a small team served a hundred million people', speakers: 'Mike Krieger', room: 'Ballroom A', template: 'Talk' });
  await typeTalk(page);
  await page.goBack();
  await createSession(page, { title: 'Day one live blog', template: 'live blog' });
  await page.keyboard.type('Doors open, coffee is out');
  await page.keyboard.press('ControlOrMeta+Shift+Enter');
  await page.keyboard.type('Keynote starts ten minutes late');
  await expectAllSaved(page);
  const liveBlogUrl = page.url();
  await page.goBack();
  const conferenceUrl = page.url();
  await page.getByRole('link', { name: /Scaling Instagram/ }).first().click();
  const sessionUrl = page.url();
  await expect(editor(page)).toBeFocused();

  // The notices of the setup have left by themselves before the pictures are taken.
  await expect(page.locator('.notice')).toHaveCount(0, { timeout: 30_000 });
  for (const theme of themes) {
    await setTheme(page, theme);
    for (const size of sizes) {
      await page.setViewportSize({ width: size.width, height: size.height });
      const name = (screen: string) => `${screen}-${theme}-${size.name}`;
      const open = async (url: string) => {
        await page.goto(url);
        await expect(page.locator('main')).toBeVisible();
      };
      await open(conferenceUrl);
      await shoot(name('conference'));
      await page.keyboard.press('ControlOrMeta+KeyN');
      await expect(page.getByRole('dialog', { name: 'New session' })).toBeVisible();
      await shoot(name('new-session-dialog'));
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await page.keyboard.press('ControlOrMeta+Shift+KeyN');
      await expect(page.getByRole('dialog', { name: 'New conference' })).toBeVisible();
      await shoot(name('new-conference-dialog'));
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await open(sessionUrl);
      await expect(editor(page)).toBeFocused();
      await shoot(name('session'));
      await page.keyboard.press('ControlOrMeta+Shift+KeyY');
      await expect(page.getByRole('navigation', { name: 'Timeline of this session' })).toBeVisible();
      await shoot(name('session-timeline'));
      await page.keyboard.press('ControlOrMeta+Shift+KeyY');
      await page.getByRole('button', { name: 'Edit details' }).click();
      await shoot(name('session-details-dialog'));
      await page.keyboard.press('Escape');
      await open(liveBlogUrl);
      await shoot(name('live-blog'));

      await page.keyboard.press('ControlOrMeta+Digit2');
      await expect(page.getByRole('heading', { level: 1, name: 'Action items' })).toBeVisible();
      await shoot(name('action-items'));
      await page.keyboard.press('ControlOrMeta+KeyK');
      await page.getByRole('combobox', { name: 'Search the archive' }).fill('profiler');
      await expect(page.getByTestId('search-hit').first()).toBeVisible({ timeout: 30_000 });
      await shoot(name('search'));
      await open(`${conferenceUrl.split('#')[0]}#/speakers`);
      await shoot(name('speakers'));
      await page.keyboard.press('ControlOrMeta+Digit3');
      await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();
      await shoot(name('templates'));
      await page.keyboard.press('ControlOrMeta+Comma');
      await shoot(name('settings'));
      await page.keyboard.press('ControlOrMeta+Slash');
      await shoot(name('shortcuts'));
      await page.keyboard.press('Escape');
      await page.keyboard.press('ControlOrMeta+KeyI');
      await shoot(name('import-dialog'));
      await page.keyboard.press('Escape');
      await page.keyboard.press('ControlOrMeta+KeyE');
      await shoot(name('export-dialog'));
      await page.keyboard.press('Escape');
      await page.keyboard.press('ControlOrMeta+Digit1');
      await shoot(name('home'));
    }
  }
  expect(problems).toEqual([]);
});
