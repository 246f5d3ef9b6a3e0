// Use 2 of 3, the status check: the popup judges the current page with the same rules as the
// guard. It reads the page's address through `activeTab`, granted when the user invokes the
// toolbar action (here through CDP Extensions.triggerAction), with no `tabs` permission.
import { PAGES } from './lab/samples.ts';
import { invokeActionOn, openPopupFor } from './pages/popup-page.ts';
import { setPageProtection } from './pages/seed.ts';
import { expect, test } from './fixtures.ts';

const cases = [
  { page: PAGES.officialMicrosoft, verdict: 'official', line: 'This is an official Microsoft page.' },
  { page: PAGES.lookalike, verdict: 'dangerous', line: 'Danger: this page imitates Microsoft or offers fake Windows.' },
  { page: PAGES.neutral, verdict: 'unknown', line: 'No known risk on this page.' },
] as const;

for (const { page: target, verdict, line } of cases) {
  test(`the popup says "${line}" on ${target.host}`, async ({ ext, lab }) => {
    // Badge only: page protection would replace the look-alike site with its warning.
    await setPageProtection(ext, 'badge');
    const page = await ext.context.newPage();
    await page.goto(lab.url(target.host, target.path));
    const popup = await openPopupFor(ext, page);
    await expect(popup.locator('#page-status')).toHaveAttribute('data-verdict', verdict);
    await expect(popup.locator('#verdict-line')).toHaveText(line);
    await expect(popup.locator('#protection')).toHaveText('Protection is on.');
  });
}

test('without the action invoked, the popup cannot see the tab and says so', async ({ ext, lab }) => {
  await setPageProtection(ext, 'badge');
  const page = await ext.context.newPage();
  await page.goto(lab.url(PAGES.lookalike.host, PAGES.lookalike.path));
  const tabs = await ext.serviceWorker.evaluate(() => chrome.tabs.query({}));
  const tabId = tabs.find((t) => t.active)?.id;
  const popup = await ext.context.newPage();
  await popup.goto(ext.extensionUrl(`src/ui/popup/index.html?tabId=${tabId}`));
  await expect(popup.locator('#page-status')).toHaveAttribute('data-verdict', 'unseen');
  await expect(popup.locator('#page-status')).toHaveText('ISO Guard cannot see this page.');
});

test('the popup lists recent downloads with their decisions and offers the ways out', async ({ ext, lab }) => {
  await ext.serviceWorker.evaluate(() =>
    chrome.storage.local.set({
      history: [
        { at: Date.now() - 60_000, verdict: 'official', reasons: [], url: 'https://software.download.prss.microsoft.com/a.iso', referrer: '', site: 'microsoft.com', filename: 'Win11_24H2_English_x64.iso', decision: 'passed' },
        { at: Date.now(), verdict: 'dangerous', reasons: [], url: 'https://win12-download.example/b.iso', referrer: '', site: 'win12-download.example', filename: 'Windows_12_Pro_x64_Activated.iso', decision: 'cancel' },
      ],
    }),
  );
  const page = await ext.context.newPage();
  await page.goto(lab.url(PAGES.neutral.host, PAGES.neutral.path));
  const popup = await openPopupFor(ext, page);
  const items = popup.locator('.recent-list li');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Windows_12_Pro_x64_Activated.iso');
  await expect(items.nth(0)).toContainText('Cancelled');
  await expect(items.nth(0)).toContainText('Dangerous');
  await expect(items.nth(1)).toContainText('Passed');
  await expect(popup.getByRole('button', { name: 'Report to Microsoft' })).toBeVisible();
  await expect(popup.getByText('Get Windows from Microsoft')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Check a downloaded ISO' })).toBeVisible();

  const optionsOpened = ext.context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Settings' }).click();
  expect((await optionsOpened).url()).toBe(ext.extensionUrl('src/ui/options/index.html'));
});

test('the popup shows paused protection and turns it back on', async ({ ext, lab }) => {
  await ext.serviceWorker.evaluate(() =>
    chrome.storage.local.set({ settings: { version: 1, protection: 'paused', notifyUnknown: false, offerVerify: true, eraseCancelled: true, allowlist: [], blocklist: [] } }),
  );
  const page = await ext.context.newPage();
  await page.goto(lab.url(PAGES.neutral.host, PAGES.neutral.path));
  const tabId = await invokeActionOn(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(ext.extensionUrl(`src/ui/popup/index.html?tabId=${tabId}`));
  await expect(popup.locator('#protection')).toContainText('Protection is paused');
  await popup.getByRole('button', { name: 'Turn back on' }).click();
  await expect(popup.locator('#protection')).toHaveText('Protection is on.');
  const stored = await ext.serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored).toMatchObject({ settings: { protection: 'on' } });
});
