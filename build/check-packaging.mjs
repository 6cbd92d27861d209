// Checks the electron-builder configuration without downloading Electron:
// packs the app for Linux as an unpacked folder around a stub Electron
// binary, then checks release/linux-unpacked/resources/app.asar holds the
// bundled main, preload, import worker and renderer and no node_modules,
// and that the packed binary's fuses are the ones build/fuses.cjs asks for.
// The stub holds a fuse wire with Electron's defaults (as a real binary
// does, after the sentinel), so a build that forgets to flip the fuses fails.
// Run after `npm run build`:  node build/check-packaging.mjs
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Buffer } from 'node:buffer';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const asar = require('@electron/asar');
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');
const { plenaryFuses } = require('./fuses.cjs');

// What an Electron 45 binary holds: the sentinel, wire version 1, the number
// of fuses, then one byte per fuse ('1' on, '0' off) as Electron ships them.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_DEFAULT_WIRE = '101100011';
const stubBinary = Buffer.concat([
  Buffer.from('\x7fELF stub electron for the packaging check\n'),
  Buffer.from(SENTINEL),
  Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
  Buffer.from(ELECTRON_DEFAULT_WIRE),
  Buffer.from('\n'),
]);

const stub = await mkdtemp(path.join(os.tmpdir(), 'plenary-electron-stub-'));
const unpacked = path.join(root, 'release', 'linux-unpacked');
try {
  await writeFile(path.join(stub, 'electron'), stubBinary);
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
for (const needed of ['/package.json', '/out/electron/main.cjs', '/out/electron/importWorker.cjs', '/out/electron/preload.cjs', '/out/renderer/index.html']) {
  if (!files.includes(needed)) problems.push(`missing ${needed}`);
}
if (files.some((file) => file.startsWith('/node_modules/'))) problems.push('node_modules was packed; everything should be bundled into out/');
if (files.some((file) => file.endsWith('.map'))) problems.push('source maps were packed');

// The fuses: each as build/fuses.cjs sets it, and the six that matter held here too, so weakening fuses.cjs fails as well.
const wire = await getCurrentFuseWire(path.join(unpacked, 'plenary'));
const ON = 49;
const OFF = 48;
const required = {
  RunAsNode: OFF,
  EnableNodeOptionsEnvironmentVariable: OFF,
  EnableNodeCliInspectArguments: OFF,
  EnableEmbeddedAsarIntegrityValidation: ON,
  OnlyLoadAppFromAsar: ON,
  EnableCookieEncryption: ON,
};
for (const [name, state] of Object.entries(required)) {
  const index = FuseV1Options[name];
  if (wire[index] !== state) problems.push(`fuse ${name} is ${wire[index] === ON ? 'on' : 'off'} in the packed binary; it must be ${state === ON ? 'on' : 'off'}`);
  if ((plenaryFuses[index] ? ON : OFF) !== state) problems.push(`build/fuses.cjs sets ${name} the wrong way`);
}
for (const [index, wanted] of Object.entries(plenaryFuses)) {
  if (index === 'version') continue;
  if (wire[index] !== (wanted ? ON : OFF)) problems.push(`fuse ${FuseV1Options[index]} was not flipped as build/fuses.cjs asks`);
}

if (problems.length) {
  console.error(`Packaging check failed for ${path.relative(root, archive)}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Packaging check passed: ${path.relative(root, archive)} holds ${files.length} entries, ${(size / 1024 / 1024).toFixed(1)} MB; fuses as build/fuses.cjs sets them`);
