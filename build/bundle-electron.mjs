// Bundles the Electron main process, the preload and the `plenary` command
// line with esbuild. Each output is one file with its dependencies inside,
// so the packaged app needs no node_modules:
//   out/electron/main.cjs     main process (Node, CommonJS; 'electron' comes from the runtime)
//   out/electron/importWorker.cjs  import plans, on a worker thread of main
//   out/electron/preload.cjs  sandboxed preload: may only require('electron'), so all else is inlined
//   out/cli/plenary.mjs       command line (Node, ES module, executable)
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

const common = {
  absWorkingDir: root,
  bundle: true,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

// Some bundled CommonJS dependencies call require() for Node built-ins; an ES
// module has no require, so the CLI gets one made for its own location.
const cliBanner = [
  '#!/usr/bin/env node',
  "import { createRequire as __plenaryCreateRequire } from 'node:module';",
  'const require = __plenaryCreateRequire(import.meta.url);',
].join('\n');

const started = Date.now();
await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'out/electron/main.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['electron/services/import/importWorker.ts'],
    outfile: 'out/electron/importWorker.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node22',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'out/electron/preload.cjs',
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
    // The contract's zod schemas come along with the channel names; minified
    // they parse in a few milliseconds on each page load.
    minify: true,
  }),
  build({
    ...common,
    entryPoints: ['electron/cli/plenary.ts'],
    outfile: 'out/cli/plenary.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: cliBanner },
  }),
]);
await chmod(new URL('../out/cli/plenary.mjs', import.meta.url), 0o755);
console.log(`Bundled main, preload and CLI into out/ in ${Date.now() - started} ms`);
