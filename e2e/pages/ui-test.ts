// Fixtures for the UI specs: the built extension in a chosen colour scheme, with the switch
// that lets a test invoke the toolbar action (CDP Extensions.triggerAction).
import { test as base } from '@playwright/test';
import { launchExtension, type Launched } from '../harness/launch.ts';
import { startLab, type Lab } from '../lab/server.ts';

export const test = base.extend<{ scheme: 'light' | 'dark'; ext: Launched }, { lab: Lab }>({
  scheme: ['light', { option: true }],
  lab: [
    async ({}, use) => {
      const lab = await startLab();
      await use(lab);
      await lab.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({ scheme }, use) => {
    const launched = await launchExtension({ colorScheme: scheme, args: ['--enable-unsafe-extension-debugging'] });
    await use(launched);
    await launched.close();
  },
});

export { expect } from '@playwright/test';
