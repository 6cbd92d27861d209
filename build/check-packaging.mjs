// Checks the electron-builder configuration without downloading Electron:
// packs the app for Linux as an unpacked folder around a stub Electron
// binary, then checks release/linux-unpacked/resources/app.asar holds the
// bundled main, preload and renderer and no node_modules.
// Run after `npm run build`:  node build/check-packaging.mjs
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const asar = require('@electron/asar');

const stub = await mkdtemp(path.join(os.tmpdir(), 'plenary-electron-stub-'));
const unpacked = path.join(root, 'release', 'linux-unpacked');
try {
  await writeFile(path.join(stub, 'electron'), '');
  await chmod(path.join(stub, 'electron'), 0o755);
  await rm(unpacked, { recursive: true, force: true });
  await mkdir(path.join(root, 'release'), { recursive: true });
  await run('npx', ['electron-builder', '--linux', 'dir', `-c.electronDist=${stub}`], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
} finally {
  await rm(stub, { recursive: true, force: true });
}

const archive = path.join(unpacked, 'resources', 'app.asar');
const size = (await stat(archive)).size;
const files = asar.listPackage(archive).map((file) => file.replaceAll('\\', '/'));
const problems = [];
for (const needed of ['/package.json', '/out/electron/main.cjs', '/out/electron/preload.cjs', '/out/renderer/index.html']) {
  if (!files.includes(needed)) problems.push(`missing ${needed}`);
}
if (files.some((file) => file.startsWith('/node_modules/'))) problems.push('node_modules was packed; everything should be bundled into out/');
if (files.some((file) => file.endsWith('.map'))) problems.push('source maps were packed');

if (problems.length) {
  console.error(`Packaging check failed for ${path.relative(root, archive)}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Packaging check passed: ${path.relative(root, archive)} holds ${files.length} entries, ${(size / 1024 / 1024).toFixed(1)} MB`);
