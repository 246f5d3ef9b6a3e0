// End-to-end tests drive the BUILT extension: dist/chrome in a real headless Chromium
// (Playwright), dist/firefox in a real headless Firefox ESR (puppeteer-core over WebDriver
// BiDi, e2e/firefox/). Run `npm run build` first; `npm test` does. One `playwright test` runs
// both; `--project=chromium` or `--project=firefox` runs one.
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
  projects: [
    { name: 'chromium', testIgnore: /e2e\/firefox\// },
    // Firefox starts slower and each test launches its own (fresh profile, policies.json).
    { name: 'firefox', testMatch: /e2e\/firefox\/.*\.spec\.ts$/, timeout: 120_000 },
  ],
});
