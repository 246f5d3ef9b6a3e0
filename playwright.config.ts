// End-to-end tests drive the BUILT extension (dist/chrome) in a real headless Chromium.
// Run `npm run build` first; `npm test` does.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // One retry in CI only: a browser launch can stall on a loaded machine; Playwright still
  // reports a test that passed on retry as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
