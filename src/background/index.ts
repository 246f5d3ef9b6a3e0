// ISO Guard's background. Every listener is registered synchronously at the top level, so an
// MV3 service worker woken by a download event gets it; all state lives in storage, and
// start() reconciles it with the browser on every wake.
// First: its mark is the moment the script starts to run.
import './timing.ts';
import type { Runtime } from '../shared/browser.ts';
import browser from './native-browser.ts';
import { STORAGE_KEYS } from '../shared/records.ts';
import { browserPorts } from './browser-ports.ts';
import { createBackground } from './main.ts';
import type { DownloadItem } from './ports.ts';

type DeterminingFilename = {
  addListener(listener: (item: DownloadItem, suggest: (suggestion?: { filename: string }) => void) => boolean | void): void;
};
// Chrome only (Firefox bug 1245652); reached through the global because the polyfill has no type for it.
const determiningFilename = (globalThis as { chrome?: { downloads?: { onDeterminingFilename?: DeterminingFilename } } })
  .chrome?.downloads?.onDeterminingFilename;

const background = createBackground(browserPorts(), { chromeFlow: determiningFilename !== undefined });

browser.downloads.onCreated.addListener((item) => background.onCreated(item as DownloadItem));
determiningFilename?.addListener((item, suggest) => background.onDeterminingFilename(item, suggest));
browser.downloads.onChanged.addListener((delta) => void background.onChanged(delta));
browser.downloads.onErased.addListener((id) => void background.onErased(id));
// sendResponse and `true` rather than a returned Promise: Chrome before 146 ignores the Promise.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
  void background.onMessage(message, sender).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
  return true as const;
});
browser.storage.onChanged.addListener((changes, areaName) => {
  if (areaName === 'managed' || (areaName === 'local' && STORAGE_KEYS.settings in changes)) void background.onConfigChanged();
});
// Page protection: top-level web navigations only (the filter keeps other events from waking
// the worker). Off in the settings, the listeners stay but return at once.
const webPages = { url: [{ schemes: ['http', 'https'] }] };
browser.webNavigation.onBeforeNavigate.addListener((nav) => void background.onBeforeNavigate(nav), webPages);
browser.webNavigation.onCommitted.addListener((nav) => void background.onCommitted(nav), webPages);
browser.tabs.onRemoved.addListener((tabId) => background.onTabRemoved(tabId));
browser.notifications.onClicked.addListener((id) => void background.onNotificationClicked(id));

void background.start();
