// Crashes the app's page while a person types, again and again, and reads
// back what the app kept. The real renderer (out/renderer, `npm run build`)
// runs in Chromium with the real services behind the test bridge, as the
// end-to-end fixture runs it; the profile (IndexedDB) survives each crash as
// it does when Electron's renderer dies.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { injectBridge, type MainStandIn } from '../../tests/e2e/fixtures/bridge';
import { chromiumArgs } from '../../tests/e2e/fixtures/chromiumArgs';
import { APP_ORIGIN, serveRenderer } from '../../tests/e2e/fixtures/staticRoutes';
import { chromiumProcesses } from '../archive-start/chromium';
import { KEYSTROKE_MS, typedText, typingLostMs } from './typist';

const rendererDir = path.resolve(import.meta.dirname, '..', '..', 'out', 'renderer');

export interface PageCrashTrial {
  lostMs: number;
  charactersLost: number;
}

async function openApp(context: BrowserContext, hash = ''): Promise<Page> {
  let page: Page | null = null;
  // Chromium may refuse a new tab for a moment while it cleans up after a crashed renderer.
  for (let attempt = 0; !page; attempt++) {
    page = await context.newPage().catch(async (error: unknown) => {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
      return null;
    });
  }
  await page.goto(`${APP_ORIGIN}/index.html${hash}`);
  await page.locator('.app').waitFor();
  return page;
}

async function filesOnDisk(archiveDir: string): Promise<{ corrupt: number; temporary: number }> {
  let corrupt = 0;
  let temporary = 0;
  for (const folder of ['conferences', 'sessions']) {
    for (const name of await readdir(path.join(archiveDir, folder)).catch(() => [] as string[])) {
      if (name.startsWith('.')) {
        if (name.endsWith('.tmp')) temporary++;
        continue;
      }
      try {
        JSON.parse(await readFile(path.join(archiveDir, folder, name), 'utf8'));
      } catch {
        corrupt++;
      }
    }
  }
  return { corrupt, temporary };
}

export async function pageCrashTrials(dir: string, crashes: number): Promise<{ trials: PageCrashTrial[]; corruptFiles: number; temporaryFiles: number }> {
  const archiveDir = path.join(dir, 'archive');
  await mkdir(archiveDir, { recursive: true });
  const standIn: MainStandIn = { shownFolders: [], nextChosenFolder: null, calls: [] };
  const profileDir = path.join(dir, 'profile');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.PLENARY_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 860 },
  });
  const trials: PageCrashTrial[] = [];
  try {
    await serveRenderer(context, rendererDir);
    await injectBridge(context, archiveDir, standIn);
    let page = await openApp(context);
    await page.getByRole('button', { name: 'New conference' }).click();
    const conference = page.getByRole('dialog', { name: 'New conference' });
    await conference.getByLabel('Name').fill('Durability Conf');
    await conference.getByRole('button', { name: 'Create conference' }).click();
    await page.getByRole('button', { name: 'New session' }).click();
    const session = page.getByRole('dialog', { name: 'New session' });
    await session.getByLabel('Title').fill('Kill me softly');
    await session.getByRole('button', { name: 'Create session' }).click();
    await page.getByTestId('note-editor').waitFor();
    const hash = new URL(page.url()).hash;

    for (let trial = 0; trial < crashes; trial++) {
      const marker = `trial ${trial}: `;
      const text = marker + typedText(200);
      await page.getByTestId('note-editor').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      const renderers = (await chromiumProcesses(profileDir)).filter((child) => child.type === 'renderer').map((child) => child.pid);
      const times: number[] = [];
      const crashAt = performance.now() + 800 + Math.random() * 3_000;
      for (const char of text) {
        if (performance.now() >= crashAt) break;
        times.push(performance.now());
        await page.keyboard.type(char);
        const wait = (times.at(-1) as number) + KEYSTROKE_MS - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      // The page's renderer processes get SIGKILL, as when the operating system ends them: no unload handler runs.
      const crashedAt = performance.now();
      const crash = page.waitForEvent('crash', { timeout: 10_000 }).catch(() => undefined);
      for (const pid of renderers) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      await crash;
      // The window comes back as Electron's would; the crashed one is closed after (the last page closing would end the browser).
      const crashed = page;
      page = await openApp(context, hash);
      await crashed.close().catch(() => undefined);
      const editor = page.getByTestId('note-editor');
      await editor.waitFor();
      const lines = await editor.locator('.pl-block').allTextContents();
      const kept = lines.find((line) => line.startsWith(marker)) ?? '';
      const typed = text.slice(0, times.length);
      const keptChars = typed.startsWith(kept) ? kept.length : 0;
      trials.push({ lostMs: typingLostMs(times, keptChars, crashedAt), charactersLost: typed.length - keptChars });
      process.stdout.write(trial % 10 === 9 ? `${trial + 1}\n` : '.');
    }
  } finally {
    await context.close();
  }
  const files = await filesOnDisk(archiveDir);
  return { trials, corruptFiles: files.corrupt, temporaryFiles: files.temporary };
}
