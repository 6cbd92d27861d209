// Chromium as the end-to-end fixture runs the app (tests/e2e/fixtures): a
// persistent profile, the built renderer served by a route on an https
// origin (no server process), and window.plenary backed by the real
// electron/services (on a thread of their own, see ./bridge.ts). Each launch
// creates its services afresh, as a new main process would: the archive
// store's file cache starts empty.
import { chromium, type BrowserContext } from '@playwright/test';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { chromiumArgs } from '../../tests/e2e/fixtures/chromiumArgs';
import { APP_ORIGIN, contentTypes } from '../../tests/e2e/fixtures/staticRoutes';
import { injectThreadedBridge } from './bridge';

export { APP_ORIGIN };

export const chromiumPath = process.env.PLENARY_CHROMIUM ?? '/usr/bin/chromium';

export interface LaunchOptions {
  profileDir: string;
  archiveDir: string;
  /** The folder served at the origin (the built renderer and the bare page). */
  siteDir: string;
  /**
   * Serve every file cross-origin isolated and let Chromium measure memory at
   * once: performance.measureUserAgentSpecificMemory() needs both. Only the
   * memory run uses it, so the timed starts are served as the e2e fixture serves them.
   */
  measureMemory?: boolean;
}

export async function launchApp({ profileDir, archiveDir, siteDir, measureMemory = false }: LaunchOptions): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: measureMemory ? [...chromiumArgs, '--enable-blink-features=ForceEagerMeasureMemory'] : chromiumArgs,
    viewport: { width: 1280, height: 860 },
  });
  const isolation: Record<string, string> = measureMemory ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {};
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) return route.abort('blockedbyclient');
    const file = path.resolve(siteDir, `.${decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)}`);
    if (!file.startsWith(siteDir + path.sep)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(file);
      return await route.fulfill({ status: 200, body, headers: { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream', ...isolation } });
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' });
    }
  });
  await injectThreadedBridge(context, archiveDir, APP_ORIGIN);
  return context;
}

/** Resident and proportional memory of one process, from /proc. */
export interface ProcessMemory {
  pid: number;
  type: string;
  rssMb: number;
  pssMb: number | null;
}

async function procText(pid: number, file: string): Promise<string | null> {
  try {
    return await readFile(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The Chromium processes launched on `profileDir` (the browser is found by
 * its --user-data-dir, the rest as its descendants), with their memory.
 * Linux only; elsewhere the list is empty.
 */
export async function chromiumProcesses(profileDir: string): Promise<ProcessMemory[]> {
  let pids: number[];
  try {
    pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return [];
  }
  const parents = new Map<number, number>();
  // Chromium rewrites its processes' titles: the arguments come back as one string.
  const commandLines = new Map<number, string>();
  for (const pid of pids) {
    const stat = await procText(pid, 'stat');
    const cmdline = await procText(pid, 'cmdline');
    if (!stat || !cmdline) continue;
    // The second field (the command name) may hold spaces; the parent pid is the second field after it.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parents.set(pid, parent);
    commandLines.set(pid, cmdline.split('\0').join(' '));
  }
  const browser = pids.find((pid) => {
    const args = commandLines.get(pid) ?? '';
    return args.includes(`--user-data-dir=${profileDir}`) && !args.includes('--type=');
  });
  if (browser === undefined) return [];
  const family = new Set([browser]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!family.has(pid) && family.has(parent)) {
        family.add(pid);
        grew = true;
      }
    }
  }
  const out: ProcessMemory[] = [];
  for (const pid of family) {
    const args = commandLines.get(pid) ?? '';
    // Chromium's own pages (its top-level UI) run in renderers of their own.
    const type = args.includes('--top-chrome-webui') ? 'webui-renderer' : (/--type=(\S+)/.exec(args)?.[1] ?? 'browser');
    const status = await procText(pid, 'status');
    const rollup = await procText(pid, 'smaps_rollup');
    const kb = (text: string | null, field: string) => {
      const match = text?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
      return match ? Number(match[1]) : null;
    };
    const rss = kb(status, 'VmRSS');
    if (rss === null) continue;
    const pss = kb(rollup, 'Pss');
    out.push({ pid, type, rssMb: Number((rss / 1024).toFixed(1)), pssMb: pss === null ? null : Number((pss / 1024).toFixed(1)) });
  }
  return out.sort((a, b) => b.rssMb - a.rssMb);
}
