// Playwright fixtures for the Firefox specs: the lure lab per worker, and a fresh Firefox ESR
// with the built add-on (its own profile and download folder) per test.
import { test as base } from '@playwright/test';
import { labFixture } from '../lab/fixture.ts';
import type { Lab } from '../lab/server.ts';
import { firefoxGuard, type FirefoxGuard } from './guard-driver.ts';
import { launchFirefox } from './launch.ts';

export const test = base.extend<{ policy: Record<string, unknown> | undefined; fx: FirefoxGuard }, { lab: Lab }>({
  policy: [undefined, { option: true }],
  lab: labFixture,
  fx: async ({ policy }, use) => {
    const ff = await launchFirefox({ policy });
    await use(firefoxGuard(ff));
    await ff.close();
  },
});

export { expect } from '@playwright/test';
