import { defineConfig } from '@playwright/test';

// One output folder per run (workers inherit the variable), so two runs at once never delete each other's traces.
process.env.PLENARY_E2E_RUN ??= `${Date.now()}-${process.pid}`;

// Each test launches its own app with its own profile and archive folder, so
// tests run in parallel without sharing state.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `../../test-results/e2e-${process.env.PLENARY_E2E_RUN}`,
  fullyParallel: true,
  workers: 2,
  timeout: 180_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
