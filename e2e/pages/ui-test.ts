// Fixtures for the UI specs: the built extension in a chosen colour scheme, with the switch
// that lets a test invoke the toolbar action (CDP Extensions.triggerAction).
import { test as base } from '@playwright/test';
import { launchExtension, type Launched } from '../harness/launch.ts';
import { startLab, type Lab } from '../lab/server.ts';

export const test = base.extend<{ scheme: 'light' | 'dark'; uiLanguage: string | undefined; ext: Launched }, { lab: Lab }>({
  scheme: ['light', { option: true }],
  /** The browser's UI language (`--lang`), which picks ISO Guard's strings. */
  uiLanguage: [undefined, { option: true }],
  lab: [
    async ({}, use) => {
      const lab = await startLab();
      await use(lab);
      await lab.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({ scheme, uiLanguage }, use) => {
    const args = ['--enable-unsafe-extension-debugging', ...(uiLanguage ? [`--lang=${uiLanguage}`] : [])];
    const launched = await launchExtension({ colorScheme: scheme, args });
    await use(launched);
    await launched.close();
  },
});

export { expect } from '@playwright/test';
