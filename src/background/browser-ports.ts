// The real browser behind the guard's ports.
import browser from './native-browser.ts';
import type { DownloadItem, Ports, StorageArea } from './ports.ts';

type Area = { get(keys: string | string[] | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(keys: string | string[]): Promise<void> };

function area(storage: Area): StorageArea {
  return {
    get: (keys) => storage.get(keys),
    set: (items) => storage.set(items),
    remove: (keys) => storage.remove(keys),
  };
}

export function browserPorts(): Ports {
  const isFirefox = 'getBrowserInfo' in browser.runtime;
  const managed = (browser.storage as unknown as { managed?: Area }).managed;
  return {
    downloads: {
      pause: (id) => browser.downloads.pause(id),
      resume: (id) => browser.downloads.resume(id),
      cancel: (id) => browser.downloads.cancel(id),
      erase: async (id) => {
        await browser.downloads.erase({ id });
      },
      removeFile: (id) => browser.downloads.removeFile(id),
      search: async (query) => (await browser.downloads.search(query)) as DownloadItem[],
      download: (options) => browser.downloads.download(options),
    },
    tabs: {
      create: (props) => browser.tabs.create(props),
      get: (tabId) => browser.tabs.get(tabId).catch(() => undefined),
      activeTab: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0],
      // `loadReplace` is Firefox's own (Chrome refuses the unknown property).
      navigate: async (tabId, url, options) =>
        void (await browser.tabs.update(tabId, options?.replace && isFirefox ? { url, loadReplace: true } : { url })),
      goBack: (tabId) => browser.tabs.goBack(tabId),
    },
    local: area(browser.storage.local),
    session: area(browser.storage.session),
    managed: managed ? area(managed) : undefined,
    badge: {
      async set(text, color, title) {
        await browser.action.setBadgeText({ text });
        await browser.action.setBadgeBackgroundColor({ color });
        await browser.action.setTitle({ title });
      },
      async setTab(tabId, text, color, title) {
        await browser.action.setBadgeText({ tabId, text });
        await browser.action.setBadgeBackgroundColor({ tabId, color });
        await browser.action.setTitle({ tabId, title });
      },
    },
    notifications: {
      async create(id, title, message) {
        await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message });
      },
    },
    extensionId: browser.runtime.id,
    pageUrl: (path) => browser.runtime.getURL(path),
    now: () => Date.now(),
    randomId: () => crypto.randomUUID(),
    // As shared/i18n.ts's t(), which would bring the polyfill into the worker.
    text: (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key,
    log: (message) => console.warn(`[ISO Guard] ${message}`),
    keepAlive: () => void browser.runtime.getPlatformInfo(),
    after: (ms, task) => void setTimeout(task, ms),
  };
}
