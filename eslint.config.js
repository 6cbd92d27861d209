// Lint, including the layering rules of docs/architecture.md:
//   core/      pure TypeScript: no electron/, renderer/, Electron, React, Dexie, Node built-ins or DOM globals
//   renderer/  never imports electron/ or Electron; only renderer/src/db/ touches Dexie
//   electron/  never imports renderer/, React or Dexie; only main and preload import 'electron';
//              services and the CLI run under plain Node; preload reaches only core/ipc
// The rules are proved by tests/lint/layering.test.ts, which lints code that breaks each one.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { layeringPlugin } from './build/lint/layeringRule.mjs';
const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/test*.ts', '**/__fixtures__/**'];

const toElectron = { prefix: 'electron', message: 'the renderer and core/ reach main only through window.plenary (core/ipc).' };
const toRenderer = { prefix: 'renderer', message: 'electron/ and core/ never import the renderer; they meet in core/.' };
const reactOrDexie = { deny: /^(react|react-dom|@lexical\/react|dexie|dexie-react-hooks|wouter)(\/|$)/, message: 'the main process has no React, routing or Dexie.' };
const electronModule = { deny: /^electron(\/|$)/, message: "services and the CLI run under plain Node (CLI, tests): no 'electron'. Put Electron calls in electron/main/." };

// core/ may use only these packages: pure TypeScript that runs in every process.
const corePackages =
  /^(lexical|@lexical\/(?!react)[a-z-]+|zod|yaml|date-fns|@date-fns\/tz|chrono-node|minisearch(\/SearchableMap)?|@noble\/hashes(\/[a-z0-9]+)?|@sindresorhus\/slugify|fast-xml-parser|ical\.js)$/;

const layers = {
  core: {
    folders: [toElectron, toRenderer],
    builtins: 'core/ runs in the renderer too: no Node built-ins. Put file access in electron/services/.',
    packages: [{ allow: corePackages, message: 'core/ imports only pure packages that run in every process (see corePackages in eslint.config.js).' }],
  },
  renderer: {
    folders: [toElectron],
    builtins: 'the renderer is sandboxed: no Node built-ins.',
    packages: [
      { deny: /^electron(\/|$)/, message: 'the renderer reaches main only through window.plenary (core/ipc).' },
      { deny: /^dexie(\/|$)/, message: 'only renderer/src/db/ touches Dexie; read through its repositories and useLiveQuery.' },
    ],
  },
  rendererDb: {
    folders: [toElectron],
    builtins: 'the renderer is sandboxed: no Node built-ins.',
    packages: [{ deny: /^electron(\/|$)/, message: 'the renderer reaches main only through window.plenary (core/ipc).' }],
  },
  main: { folders: [toRenderer], packages: [reactOrDexie] },
  preload: {
    folders: [
      toRenderer,
      { prefix: 'electron/services', message: 'the preload only forwards channels: it never runs services.' },
      { prefix: 'electron/main', message: 'the preload only forwards channels: it never reaches main’s modules.' },
      { prefix: 'electron/cli', message: 'the preload only forwards channels.' },
    ],
    builtins: 'the preload is sandboxed: no Node built-ins, only contextBridge and ipcRenderer.',
    packages: [{ allow: /^electron$/, message: "the preload imports only 'electron' and core/ipc." }],
  },
  services: {
    folders: [
      toRenderer,
      { prefix: 'electron/main', message: 'services run under plain Node: they never import electron/main/ (main calls them).' },
      { prefix: 'electron/preload', message: 'services never import the preload.' },
    ],
    packages: [electronModule, reactOrDexie],
  },
};

const layer = (name) => ({ 'plenary/layering': ['error', layers[name]] });

// Globals of one environment that core/ must not reach, by name or through globalThis.
const environmentGlobals = ['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require', 'self', 'global'];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { plenary: layeringPlugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
  {
    // electron-builder hooks are CommonJS (package.json is "type": "module").
    files: ['build/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', exports: 'writable', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['core/**/*.ts'],
    ignores: testFiles,
    rules: {
      ...layer('core'),
      'no-restricted-globals': ['error', ...environmentGlobals],
      'no-restricted-properties': [
        'error',
        ...environmentGlobals.map((property) => ({
          object: 'globalThis',
          property,
          message: 'core/ runs in every process: no DOM or Node globals, through globalThis either.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**', 'renderer/vite.config.ts', ...testFiles],
    rules: {
      ...layer('renderer'),
      // Screens read and write through the repositories; opening the database early is start-up's job.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/db/database'], message: 'Only renderer/src/db/ opens the database: use its repositories.' }] },
      ],
    },
  },
  {
    files: ['renderer/src/main.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/src/db/**/*.ts'],
    ignores: testFiles,
    rules: layer('rendererDb'),
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: testFiles,
    rules: layer('main'),
  },
  {
    files: ['electron/preload/**/*.ts'],
    ignores: testFiles,
    rules: layer('preload'),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    ignores: testFiles,
    rules: layer('services'),
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
