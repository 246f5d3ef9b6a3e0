// Playwright fixtures: one lure lab per worker, and a fresh Chromium with the built extension
// (and its own profile and download folder) per test.
import { test as base } from '@playwright/test';
import { launchExtension, type Launched } from './harness/launch.ts';
import { startLab, type Lab } from './lab/server.ts';

export const test = base.extend<{ ext: Launched }, { lab: Lab }>({
  lab: [
    async ({}, use) => {
      const lab = await startLab();
      await use(lab);
      await lab.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({}, use) => {
    const launched = await launchExtension();
    await use(launched);
    await launched.close();
  },
});

export { expect } from '@playwright/test';
