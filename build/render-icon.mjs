// Renders build/icon.svg to the PNGs electron-builder packs (build/icon.png,
// 1024 px, and build/icons/512x512.png) with headless Chromium, keeping the
// transparent corners. Run after changing the SVG:
//   node build/render-icon.mjs            (uses /usr/bin/chromium, or CHROMIUM=path)
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const buildDir = fileURLToPath(new URL('.', import.meta.url));
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const svg = await readFile(path.join(buildDir, 'icon.svg'), 'utf8');

async function render(size, target) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'plenary-icon-'));
  try {
    const page = path.join(work, 'icon.html');
    await writeFile(
      page,
      `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style></head><body>${svg}</body></html>`,
    );
    const shot = path.join(work, 'icon.png');
    await run(chromium, [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--force-device-scale-factor=1',
      '--default-background-color=00000000',
      `--window-size=${size},${size}`,
      `--screenshot=${shot}`,
      `file://${page}`,
    ]);
    await mkdir(path.dirname(target), { recursive: true });
    await rename(shot, target).catch(async () => writeFile(target, await readFile(shot)));
    console.log(`Wrote ${path.relative(process.cwd(), target)} (${size}x${size})`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await render(1024, path.join(buildDir, 'icon.png'));
await render(512, path.join(buildDir, 'icons', '512x512.png'));
