import { defineConfig } from '@playwright/test';

process.env.PLENARY_E2E_RUN ??= `${Date.now()}-${process.pid}`;

// `npm run screenshots`: every screen in light and dark, at two window sizes, into docs/screenshots/ (not committed).
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.shots.ts',
  outputDir: `../../test-results/screenshots-${process.env.PLENARY_E2E_RUN}`,
  workers: 1,
  timeout: 600_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list']],
});
