import { defineConfig } from 'vitest/config';

// Unit tests live beside their source. core/ and electron/services/ run under
// Node with real temporary folders; the Dexie layer uses fake-indexeddb; editor
// tests opt into jsdom with a `@vitest-environment jsdom` comment.
export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/export-sites/**/*.test.ts', 'tests/lint/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
  },
});
