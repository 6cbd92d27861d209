// Lint, including the layering rules of docs/architecture.md:
//   core/      pure TypeScript: no electron/, renderer/, Electron, React, Dexie, Node built-ins or DOM globals
//   renderer/  never imports electron/ or Electron; only renderer/src/db/ touches Dexie
//   electron/  never imports renderer/, React or Dexie; only main, preload and IPC glue import 'electron'
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https', 'net', 'worker_threads'];

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
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
    ignores: ['core/**/*.test.ts'],
    rules: {
      ...restrict([
        { group: ['**/electron/**', '**/renderer/**'], message: 'core/ is shared by every process: it must not import electron/ or renderer/.' },
        { group: ['electron', 'react', 'react-dom', 'react/*', '@lexical/react', '@lexical/react/*', 'dexie', 'dexie-*'], message: 'core/ is plain TypeScript: no Electron, React or Dexie.' },
        { group: nodeBuiltins, message: 'core/ runs in the renderer too: no Node built-ins. Put file access in electron/services/.' },
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**', 'renderer/**/*.test.{ts,tsx}', 'renderer/vite.config.ts'],
    rules: restrict([
      { group: ['**/electron/**', 'electron'], message: 'The renderer reaches main only through window.plenary (core/ipc).' },
      { group: ['dexie', 'dexie/*'], message: 'Only renderer/src/db/ touches Dexie; read through its repositories and useLiveQuery.' },
      { group: nodeBuiltins, message: 'The renderer is sandboxed: no Node built-ins.' },
    ]),
  },
  {
    files: ['renderer/src/db/**/*.ts'],
    ignores: ['renderer/**/*.test.ts'],
    rules: restrict([
      { group: ['**/electron/**', 'electron'], message: 'The renderer reaches main only through window.plenary (core/ipc).' },
      { group: nodeBuiltins, message: 'The renderer is sandboxed: no Node built-ins.' },
    ]),
  },
  {
    files: ['electron/**/*.ts'],
    rules: restrict([
      { group: ['**/renderer/**', 'react', 'react-dom', 'dexie', '@lexical/react', '@lexical/react/*'], message: 'electron/ never imports the renderer; the two meet in core/.' },
    ]),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict([
      { group: ['**/renderer/**', 'react', 'react-dom', 'dexie', '@lexical/react', '@lexical/react/*'], message: 'electron/ never imports the renderer; the two meet in core/.' },
      { group: ['electron'], message: 'Services run under plain Node (CLI, tests): no electron import. Put Electron calls in electron/main/.' },
    ]),
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
