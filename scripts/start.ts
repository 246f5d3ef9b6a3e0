// `npm start`: the lure lab plus a Chromium with the built ISO Guard loaded, on the lab's index.
// With a display it opens a visible browser to try things by hand. Without one it runs the same
// demo headless: it downloads every sample, prints what ISO Guard did with each, saves
// screenshots of the warning page and the popup to demo-output/, and exits.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundledRuleset, classify } from '../src/rules/index.ts';
import { clickDownload, searchDownloads, waitFor } from '../e2e/harness/downloads.ts';
import { waitForWarning } from '../e2e/harness/guard.ts';
import { openPopupFor } from '../e2e/pages/popup-page.ts';
import { launchExtension, type Launched } from '../e2e/harness/launch.ts';
import { PAGES, SAMPLES, type Sample } from '../e2e/lab/samples.ts';
import { startLab, type Lab } from '../e2e/lab/server.ts';

const OUT = resolve(import.meta.dirname, '..', 'demo-output');

interface Outcome {
  action: 'held' | 'let through';
  verdict: string;
  reasons: { code: string; detail: string }[];
}

/** What ISO Guard did, read back from its own storage (holds, then the history). */
async function outcomeOf(ext: Launched, url: string, downloadId: number): Promise<Outcome | undefined> {
  const [item] = await searchDownloads(ext.serviceWorker, { id: downloadId });
  const stored = await ext.serviceWorker.evaluate(async () => ({
    session: await chrome.storage.session.get(null),
    local: await chrome.storage.local.get('history'),
  }));
  const hold = Object.values(stored.session).find((h) => (h as { downloadId?: number }).downloadId === downloadId) as Outcome | undefined;
  if (hold && item?.paused) return { ...hold, action: 'held' };
  if (item?.state !== 'complete') return undefined;
  const history = (stored.local.history ?? []) as (Outcome & { url: string })[];
  const passed = history.find((h) => h.url === url);
  if (passed) return { ...passed, action: 'let through' };
  // Not a guarded file type: the guard leaves no record; show the same rules' verdict.
  return { ...classify({ url, filename: item.filename }, bundledRuleset()), action: 'let through' };
}

async function runSample(ext: Launched, lab: Lab, sample: Sample): Promise<void> {
  const page = ext.context.pages().find((p) => p.url() === lab.indexUrl) ?? (await ext.context.newPage());
  if (page.url() !== lab.indexUrl) await page.goto(lab.indexUrl);
  const url = lab.sampleUrl(sample);
  await clickDownload(page, url);
  const outcome = await waitFor(async () => {
    const item = (await searchDownloads(ext.serviceWorker)).find((d) => d.url === url);
    return item ? outcomeOf(ext, url, item.id) : undefined;
  }, sample.title, 20_000);
  const ok = (outcome.action === 'held') === (sample.expected === 'held');
  console.log(`${ok ? '✓' : '✗'} ${outcome.action.padEnd(11)} ${outcome.verdict.padEnd(10)} ${sample.title}  (${sample.host})`);
  for (const r of outcome.reasons) console.log(`      ${r.code}: ${r.detail}`);
  if (outcome.reasons.length === 0) {
    console.log(outcome.verdict === 'ignored' ? '      not a guarded file type, and no lure signal' : '      no risk signal');
  }
}

async function headlessDemo(lab: Lab): Promise<void> {
  // The popup checks the page it was opened on; this switch lets the demo open it like a click.
  const ext = await launchExtension({ args: ['--enable-unsafe-extension-debugging'] });
  try {
    console.log('ISO Guard demo: downloading every lure-lab sample in headless Chromium\n');
    for (const sample of SAMPLES) await runSample(ext, lab, sample);
    mkdirSync(OUT, { recursive: true });
    const warning = await waitForWarning(ext);
    await warning.bringToFront();
    await warning.waitForLoadState('load');
    await warning.waitForTimeout(300);
    await warning.screenshot({ path: resolve(OUT, 'warning.png'), fullPage: true });
    const lookalike = await ext.context.newPage();
    await lookalike.goto(lab.url(PAGES.lookalike.host, PAGES.lookalike.path));
    const popup = await openPopupFor(ext, lookalike);
    console.log(`Popup on ${PAGES.lookalike.host}: ${(await popup.locator('#page-status').innerText()).replace(/\s+/g, ' ')}`);
    await popup.screenshot({ path: resolve(OUT, 'popup.png'), fullPage: true });
    console.log(`\nScreenshots: demo-output/warning.png, demo-output/popup.png`);
  } finally {
    await ext.close();
  }
}

async function visibleDemo(lab: Lab): Promise<void> {
  const ext = await launchExtension({ headless: false });
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await page.goto(lab.indexUrl);
  console.log(`ISO Guard is loaded. The lure lab is open at ${lab.indexUrl}. Close the browser to stop.`);
  await new Promise<void>((done) => ext.context.on('close', () => done()));
  await ext.close();
}

const lab = await startLab();
try {
  await (process.env.DISPLAY ? visibleDemo(lab) : headlessDemo(lab));
} finally {
  await lab.close();
}
