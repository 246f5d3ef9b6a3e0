// The popup, opened as a tab for another tab (`?tabId=N`). The toolbar action is invoked on
// that tab first (CDP Extensions.triggerAction, as a user's click would), which grants
// ISO Guard `activeTab` for it: without that, the popup cannot read the tab's address.
import type { Page } from '@playwright/test';
import type { Launched } from '../harness/launch.ts';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Invokes ISO Guard's toolbar action on the tab showing `page`; returns that tab's id. */
export async function invokeActionOn(ext: Launched, page: Page): Promise<number> {
  const { targetInfos } = (await ext.browserCdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: TargetInfo[] };
  const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  // The CDP types Playwright ships may not list the Extensions domain yet.
  await (ext.browserCdp.send as (method: string, params: object) => Promise<unknown>)('Extensions.triggerAction', { id: ext.extensionId, targetId: tab.targetId });
  const tabs = await ext.serviceWorker.evaluate(() => chrome.tabs.query({}));
  const granted = tabs.find((t) => t.url === page.url());
  if (granted?.id === undefined) throw new Error('the action did not grant activeTab');
  return granted.id;
}

export async function openPopupFor(ext: Launched, page: Page): Promise<Page> {
  const tabId = await invokeActionOn(ext, page);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 720 });
  await popup.goto(ext.extensionUrl(`src/ui/popup/index.html?tabId=${tabId}`));
  await popup.locator('#page-status').waitFor();
  return popup;
}
