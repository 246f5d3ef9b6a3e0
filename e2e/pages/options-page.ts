// The options page, opened as a tab.
import type { Locator, Page } from '@playwright/test';
import type { Launched } from '../harness/launch.ts';

export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(ext: Launched): Promise<OptionsPage> {
    const page = await ext.context.newPage();
    await page.goto(ext.extensionUrl('src/ui/options/index.html'));
    await page.locator('h1').waitFor();
    return new OptionsPage(page);
  }

  list(id: 'allowlist' | 'blocklist'): { input: Locator; add: Locator; feedback: Locator; items: Locator } {
    const section = this.page.locator(`#${id}`);
    return {
      input: section.getByLabel('Domain'),
      add: section.getByRole('button', { name: 'Add' }),
      feedback: section.locator(`#${id}-feedback`),
      items: section.locator(`#${id}-items li`),
    };
  }

  get importFile(): Locator { return this.page.getByLabel('Import settings from a file:'); }
  get importStatus(): Locator { return this.page.locator('#import-status'); }
}

/** What ISO Guard has stored, read from its own service worker. */
export function stored(ext: Launched, key: string): Promise<unknown> {
  return ext.serviceWorker.evaluate((k) => chrome.storage.local.get(k).then((all) => all[k]), key);
}
