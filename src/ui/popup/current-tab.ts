// The tab the popup reports on. With `activeTab` (ISO Guard asks for no `tabs` permission)
// the browser reveals the active tab's URL only after the user clicked the toolbar button,
// which is exactly when the popup opens. Tests open the popup as a tab with `?tabId=N` after
// invoking the action on tab N, which grants the same access.
import browser from '../../shared/browser.ts';
import { tabIdFromQuery } from './tab-id-query.ts';

export interface CurrentTab {
  tabId?: number;
  /** Undefined when the browser does not let ISO Guard see it. */
  url?: string;
}

export async function currentTab(search = location.search): Promise<CurrentTab> {
  try {
    const requested = tabIdFromQuery(search);
    const tab = requested !== undefined ? await browser.tabs.get(requested) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return { tabId: tab?.id, url: tab?.url };
  } catch {
    return {};
  }
}
