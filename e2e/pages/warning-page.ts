// The warning page as a user meets it: opened by the guard after a real lure download.
import type { Locator, Page } from '@playwright/test';
import { clickDownload } from '../harness/downloads.ts';
import { waitForWarning } from '../harness/guard.ts';
import type { Launched } from '../harness/launch.ts';
import type { Lab } from '../lab/server.ts';
import { SAMPLES, type SampleId } from '../lab/samples.ts';

export function sample(id: SampleId) {
  const found = SAMPLES.find((s) => s.id === id);
  if (!found) throw new Error(`no sample ${id}`);
  return found;
}

export class WarningPage {
  constructor(readonly page: Page) {}

  get headline(): Locator { return this.page.locator('#headline'); }
  get cancel(): Locator { return this.page.getByRole('button', { name: 'Cancel the download' }); }
  get proceed(): Locator { return this.page.getByRole('button', { name: 'Download anyway' }); }
  get otherOptions(): Locator { return this.page.getByText('Other options'); }
  get confirmDangerous(): Locator { return this.page.locator('#confirm-dangerous'); }
  get trustSite(): Locator { return this.page.locator('#trust-site'); }
  get reasons(): Locator { return this.page.locator('#reasons li'); }
  get fileName(): Locator { return this.page.locator('#file-name'); }
  get siteDomain(): Locator { return this.page.locator('#site-domain'); }
  get officialLinks(): Locator { return this.page.locator('.official-links a'); }
  get reportToMicrosoft(): Locator { return this.page.getByRole('button', { name: 'Report to Microsoft' }); }
  get reportToGoogle(): Locator { return this.page.getByRole('button', { name: 'Report to Google Safe Browsing' }); }
  get reportedUrl(): Locator { return this.page.locator('#report-url'); }
  get announce(): Locator { return this.page.locator('#announce'); }
  get queue(): Locator { return this.page.locator('#queue'); }
}

/** Starts a lure download from a lab page (a real click, with a referrer) and returns its warning. */
export async function holdLure(ext: Launched, lab: Lab, id: SampleId, fromUrl?: string): Promise<{ warning: WarningPage; origin: Page }> {
  const origin = await ext.context.newPage();
  await origin.goto(fromUrl ?? lab.indexUrl);
  await clickDownload(origin, lab.sampleUrl(sample(id)));
  const page = await waitForWarning(ext);
  await page.waitForLoadState('domcontentloaded');
  const warning = new WarningPage(page);
  await warning.headline.waitFor();
  return { warning, origin };
}
