// Renders public/icons/icon.svg into the PNG sizes the manifest names. Run by hand after
// changing the SVG (`npx tsx scripts/make-icons.ts`); the PNGs are committed.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium } from './find-browser.mjs';

const icons = resolve(import.meta.dirname, '..', 'public', 'icons');
const svg = readFileSync(resolve(icons, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: resolve(icons, `icon-${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
