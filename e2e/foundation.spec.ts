import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { clickDownload, waitForDownload, waitForState } from './harness/downloads.ts';
import { SAMPLES } from './lab/samples.ts';

const pdf = SAMPLES.find((s) => s.id === 'pdf')!;

test('the built extension loads and its service worker runs', async ({ ext }) => {
  expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.name).toBe('ISO Guard');
});

test('a download from the lure lab is observed through chrome.downloads', async ({ ext, lab }) => {
  const page = await ext.context.newPage();
  await page.goto(lab.indexUrl);
  await clickDownload(page, lab.sampleUrl(pdf));
  const started = await waitForDownload(ext.serviceWorker, lab.url(pdf.host));
  const done = await waitForState(ext.serviceWorker, started.id, (d) => d.state === 'complete', 'the PDF to complete');
  expect(done.filename).toBe(join(ext.downloadsDir, 'manual.pdf'));
  expect(done.fileSize).toBe(pdf.bytes);
  expect(existsSync(done.filename)).toBe(true);
});
