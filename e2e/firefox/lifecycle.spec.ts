// Firefox: a held lure survives its background being stopped and the add-on being reloaded;
// the popup's status check, the options page and enterprise policy from a real policies.json.
import { expect, test } from './fixtures.ts';
import { waitUntil, type FirefoxGuard } from './guard-driver.ts';
import type { Lab } from '../lab/server.ts';
import { PAGES, SAMPLES } from '../lab/samples.ts';

const lure = SAMPLES.find((s) => s.id === 'windows12')!;

async function holdSlowLure(fx: FirefoxGuard, lab: Lab): Promise<{ id: number; holdId: string }> {
  const url = lab.sampleUrl(lure, { rate: 256 * 1024 });
  await fx.clickDownload(url, lab.indexUrl);
  const warning = await fx.waitForWarning();
  const d = await waitUntil(async () => (await fx.downloads()).find((x) => x.url === url && x.state === 'interrupted'), 'the lure to be held');
  return { id: d.id, holdId: warning.holdId };
}

const holdState = (fx: FirefoxGuard, holdId: string) =>
  fx.api<{ ok: boolean; data?: { state: string } }>(`browser.runtime.sendMessage({ type: 'hold/get', holdId: ${JSON.stringify(holdId)} })`);

/** The user retries (or resumes) the lure from Firefox's own download list. */
const retryFromDownloadList = (fx: FirefoxGuard) =>
  fx.ff.bidi.chrome(`(async () => { const { Downloads } = ChromeUtils.importESModule('resource://gre/modules/Downloads.sys.mjs'); const list = await Downloads.getList(Downloads.ALL); const d = (await list.getAll()).find((x) => x.source.url.includes('/files/Windows_12')); d.start().catch(() => {}); return true; })()`);

const NAME = lure.path.split('/').at(-1)!;

test('a held lure stays held when the background is stopped and the download list resumes it', async ({ fx, lab }) => {
  const { id, holdId } = await holdSlowLure(fx, lab);
  await fx.stopBackground();
  // The browser's own download list resumes it, which wakes the background: paused again.
  await retryFromDownloadList(fx);
  await waitUntil(async () => (await fx.downloads()).find((d) => d.id === id && d.state === 'interrupted'), 'the resumed lure to be paused again');
  expect(await holdState(fx, holdId)).toMatchObject({ ok: true, data: { state: 'pending' } });
  expect(fx.bytesAt(NAME)).toBe(0);
});

test('a held lure stays held when the add-on is reloaded, and a retry from the download list is held again', async ({ fx, lab }) => {
  const { id } = await holdSlowLure(fx, lab);
  const before = (await fx.downloads()).find((d) => d.id === id)!;
  await fx.reload();
  // runtime.reload() closes the add-on's pages and empties storage.session. A lure paused with
  // bytes in is found in the download list at start-up and held anew, with its warning; one
  // stopped before its first byte reads as cancelled (it has nothing on disk) and is held
  // again when retried.
  if (before.paused) await waitUntil(async () => (await fx.badge()) === '1', 'the badge after runtime.reload()');
  expect(fx.bytesAt(NAME)).toBe(0);
  await retryFromDownloadList(fx);
  // Held again: the badge counts it and its warning lists it (paused once more, possibly
  // before its first byte again, which Firefox reads as stopped).
  await waitUntil(async () => (await fx.badge()) === '1', 'the retried lure to be held', 20_000);
  await waitUntil(async () => (await fx.downloads()).find((d) => d.id === id && d.state === 'interrupted'), 'the retried lure to be stopped');
  const warning = await fx.waitForWarning();
  const list = await fx.sendFromWarning<{ ok: boolean; data: { filename: string; state: string }[] }>(warning.context, { type: 'hold/list' });
  expect(list).toMatchObject({ ok: true, data: [{ filename: NAME, state: 'pending' }] });
  expect(fx.bytesAt(NAME)).toBe(0);
  test.info().annotations.push({ type: 'held before the reload', description: before.paused ? `paused at ${before.bytesReceived} bytes` : 'stopped before its first byte' });
});

test('the popup judges the page in the current tab', async ({ fx, lab }) => {
  const url = lab.url(PAGES.lookalike.host, PAGES.lookalike.path);
  // Page protection would replace the look-alike site by the site warning: keep it to the badge,
  // as a user who continued to the site would, so the popup has the site itself to judge.
  await fx.api(`browser.storage.local.get('settings').then(({ settings }) => browser.storage.local.set({ settings: { version: 1, protection: 'on', notifyUnknown: false, offerVerify: true, eraseCancelled: true, allowlist: [], blocklist: [], ...settings, pageProtection: 'badge' } })).then(() => new Promise((resolve) => setTimeout(() => resolve(true), 100)))`);
  await fx.ff.bidi.openTab(url);
  // As a click on the toolbar button does: grant activeTab for that tab.
  const tabId = await fx.ff.bidi.chrome<number>(`(() => {
    const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(fx.ff.extensionId)});
    const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
    ext.tabManager.addActiveTabPermission(tab);
    return ext.tabManager.getWrapper(tab).id;
  })()`);
  const popup = await fx.ff.bidi.openTab(fx.ff.extensionUrl(`src/ui/popup/index.html?tabId=${tabId}`));
  const status = await waitUntil(
    () => fx.ff.bidi.evaluate<{ verdict?: string; line?: string }>(popup, `({ verdict: document.querySelector('#page-status')?.dataset.verdict, line: document.querySelector('#verdict-line')?.textContent })`).then((s) => (s.verdict && s.verdict !== 'loading' ? s : undefined)),
    'the popup to judge the page',
  );
  expect(status).toEqual({ verdict: 'dangerous', line: 'Danger: this page imitates Microsoft or offers fake Windows.' });
});

test('the options page adds a trusted site, and it is stored', async ({ fx }) => {
  const page = await fx.ff.bidi.openTab(fx.ff.extensionUrl('src/ui/options/index.html'));
  await waitUntil(() => fx.ff.bidi.evaluate<boolean>(page, `!!document.querySelector('#allowlist input')`), 'the options page');
  await fx.ff.bidi.evaluate(page, `(() => { const input = document.querySelector('#allowlist input'); input.value = 'corp.example'; input.dispatchEvent(new Event('input', { bubbles: true })); [...document.querySelectorAll('#allowlist button')].find((b) => b.textContent.trim() === 'Add').click(); return true; })()`);
  await waitUntil(() => fx.ff.bidi.evaluate<boolean>(page, `[...document.querySelectorAll('#allowlist-items li')].some((li) => li.textContent.includes('corp.example'))`), 'the site listed');
  const settings = await fx.api<{ allowlist: string[] }>(`browser.storage.local.get('settings').then((x) => x.settings)`);
  expect(settings.allowlist).toContain('corp.example');
});

test.describe('enterprise policy from policies.json', () => {
  test.use({ policy: { forbidProceedDangerous: true } });

  test('"Download anyway" is refused for a dangerous file; Cancel still works', async ({ fx, lab }) => {
    expect(await fx.api('browser.storage.managed.get(null)')).toEqual({ forbidProceedDangerous: true });
    const { holdId } = await holdSlowLure(fx, lab);
    const answer = await fx.api(`browser.runtime.sendMessage({ type: 'hold/decide', holdId: ${JSON.stringify(holdId)}, decision: 'proceed', confirmDangerous: true })`);
    expect(answer).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(await holdState(fx, holdId)).toMatchObject({ ok: true, data: { state: 'pending', canProceed: false } });
    expect(await fx.api(`browser.runtime.sendMessage({ type: 'hold/decide', holdId: ${JSON.stringify(holdId)}, decision: 'cancel' })`)).toMatchObject({ ok: true });
  });
});
