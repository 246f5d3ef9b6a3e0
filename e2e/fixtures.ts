// Playwright fixtures: one lure lab per worker, and a fresh Chromium with the built extension
// (its own profile and download folder) per test. Options: the colour scheme and the browser's
// UI language (`--lang`, which picks ISO Guard's strings). The switch
// `--enable-unsafe-extension-debugging` lets a test invoke the toolbar action like a click
// (CDP Extensions.triggerAction), which grants activeTab to the popup.
import { test as base } from '@playwright/test';
import { launchExtension, type Launched } from './harness/launch.ts';
import { labFixture } from './lab/fixture.ts';
import type { Lab } from './lab/server.ts';

export const test = base.extend<{ scheme: 'light' | 'dark'; uiLanguage: string | undefined; ext: Launched }, { lab: Lab }>({
  scheme: ['light', { option: true }],
  uiLanguage: [undefined, { option: true }],
  lab: labFixture,
  ext: async ({ scheme, uiLanguage }, use) => {
    const args = ['--enable-unsafe-extension-debugging', ...(uiLanguage ? [`--lang=${uiLanguage}`] : [])];
    const launched = await launchExtension({ colorScheme: scheme, args });
    await use(launched);
    await launched.close();
  },
});

export { expect } from '@playwright/test';
