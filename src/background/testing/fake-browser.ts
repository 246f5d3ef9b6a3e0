// Small in-memory fakes of the browser APIs the guard uses. They keep state (a download list,
// tabs, storage) so tests assert what the browser would show, not which calls were made.
import type { DownloadItem, Ports, StorageArea, Tab } from '../ports.ts';

export class FakeDownloads {
  items = new Map<number, Required<Pick<DownloadItem, 'id' | 'url' | 'filename' | 'state' | 'paused' | 'exists'>> & DownloadItem>();
  private nextId = 1;

  /**
   * Firefox's downloads API (ext-downloads.js): `pause` cancels the download with its partial
   * data kept, so a paused download reads `interrupted` with `paused` true; `pause` refuses
   * anything not `in_progress`, `resume` anything not paused, and `cancel` works until complete.
   */
  constructor(readonly firefox = false) {}

  /** A download the browser just created (Chrome: no file name yet). */
  start(fields: Partial<DownloadItem> & { url: string }): DownloadItem {
    const item = { id: this.nextId++, filename: '', state: 'in_progress' as const, paused: false, exists: true, bytesReceived: 0, totalBytes: -1, ...fields };
    this.items.set(item.id, item);
    return { ...item };
  }

  get(id: number) {
    const item = this.items.get(id);
    if (!item) throw new Error(`no download ${id}`);
    return item;
  }

  private running(id: number) {
    const item = this.get(id);
    if (item.state !== 'in_progress') throw new Error('Download must be in progress');
    return item;
  }

  // State changes happen synchronously, as the real call is dispatched before the handler returns.
  pause = (id: number): Promise<void> => this.act(() => {
    const item = this.running(id);
    Object.assign(item, this.firefox ? { state: 'interrupted', paused: true } : { paused: true });
  });
  resume = (id: number): Promise<void> => this.act(() => {
    if (!this.firefox) return (this.running(id).paused = false);
    const item = this.get(id);
    if (!item.paused) throw new Error(`Download ${id} cannot be resumed`);
    return Object.assign(item, { state: 'in_progress', paused: false });
  });
  cancel = (id: number): Promise<void> => this.act(() => {
    const item = this.firefox ? this.get(id) : this.running(id);
    if (item.state === 'complete') throw new Error(`Download ${id} is already complete`);
    Object.assign(item, { state: 'interrupted', paused: false, exists: false });
  });
  erase = (id: number): Promise<void> => this.act(() => this.items.delete(id));
  removeFile = (id: number): Promise<void> => this.act(() => (this.get(id).exists = false));
  download = async (options: { url: string; filename?: string }): Promise<number> =>
    this.start({ url: options.url, filename: `/downloads/${options.filename ?? 'download'}`, byExtensionId: EXTENSION_ID }).id;
  search = async (query: { id?: number; state?: string; paused?: boolean }): Promise<DownloadItem[]> =>
    [...this.items.values()]
      .filter((d) => (query.id === undefined || d.id === query.id) && (query.state === undefined || d.state === query.state) && (query.paused === undefined || d.paused === query.paused))
      .map((d) => ({ ...d }));

  private act(change: () => unknown): Promise<void> {
    try {
      change();
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error);
    }
  }
}

export class FakeTabs {
  tabs: (Tab & { url: string })[] = [{ id: 1, index: 0, windowId: 1, active: true, url: 'https://lab.example/' }];
  /** Every address a tab was sent to, in order (a load, even of the address it shows). */
  loads: string[] = [];
  private nextId = 2;
  create = async (props: { url: string; index?: number; openerTabId?: number }): Promise<Tab> => {
    const tab = { id: this.nextId++, index: props.index ?? this.tabs.length, windowId: 1, active: true, url: props.url };
    this.tabs.push(tab);
    return tab;
  };
  get = async (id: number): Promise<Tab | undefined> => this.tabs.find((t) => t.id === id);
  activeTab = async (): Promise<Tab | undefined> => this.tabs[0];
  /** Each tab's addresses, oldest first: what navigate and goBack did. As in the browsers, a
   * load of the address the tab already shows replaces its entry instead of adding one. */
  history = new Map<number, string[]>();
  navigate = async (tabId: number, url: string, options?: { replace?: boolean }): Promise<void> => {
    const tab = this.tabs.find((t) => t.id === tabId);
    if (!tab) throw new Error(`No tab with id: ${tabId}`);
    const list = this.history.get(tabId) ?? [tab.url];
    this.history.set(tabId, list.at(-1) === url || options?.replace ? [...list.slice(0, -1), url] : [...list, url]);
    this.loads.push(url);
    tab.url = url;
    delete tab.pendingUrl;
  };
  goBack = async (tabId: number): Promise<void> => {
    const list = this.history.get(tabId) ?? [];
    const tab = this.tabs.find((t) => t.id === tabId);
    if (!tab || list.length < 2) throw new Error('Cannot find a next page in history.');
    list.pop();
    tab.url = list.at(-1) ?? tab.url;
  };
  close(id: number): void {
    this.tabs = this.tabs.filter((t) => t.id !== id);
  }
}

export class FakeStorage implements StorageArea {
  data = new Map<string, unknown>();
  /** Like the browser's QUOTA_BYTES: a write that would pass it throws and changes nothing. */
  quotaBytes = Infinity;
  get = async (keys: string | string[] | null): Promise<Record<string, unknown>> => {
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(wanted.filter((k) => this.data.has(k)).map((k) => [k, structuredClone(this.data.get(k))]));
  };
  set = async (items: Record<string, unknown>): Promise<void> => {
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) next.set(k, structuredClone(v));
    let bytes = 0;
    for (const [k, v] of next) bytes += k.length + JSON.stringify(v).length;
    if (bytes > this.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
    this.data = next;
  };
  remove = async (keys: string | string[]): Promise<void> => {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  };
}

export interface FakeBrowser extends Ports {
  downloadList: FakeDownloads;
  tabList: FakeTabs;
  localArea: FakeStorage;
  sessionArea: FakeStorage;
  badgeState: { text: string; color: string; title: string };
  /** Each tab's own badge text. */
  tabBadges: Map<number, string>;
  shown: { id: string; title: string; message: string }[];
  logs: string[];
  /** Runs every task scheduled with `after`, as if their time had come. */
  runTimers(): void;
}

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

export function fakeBrowser(options: { firefox?: boolean } = {}): FakeBrowser {
  const downloadList = new FakeDownloads(options.firefox);
  const tabList = new FakeTabs();
  const localArea = new FakeStorage();
  const sessionArea = new FakeStorage();
  const badgeState = { text: '', color: '', title: '' };
  const tabBadges = new Map<number, string>();
  const shown: FakeBrowser['shown'] = [];
  const logs: string[] = [];
  let ids = 0;
  let timers: (() => void)[] = [];
  return {
    downloadList, tabList, localArea, sessionArea, badgeState, tabBadges, shown, logs,
    downloads: downloadList,
    tabs: tabList,
    local: localArea,
    session: sessionArea,
    managed: undefined,
    badge: {
      set: async (text, color, title) => void Object.assign(badgeState, { text, color, title }),
      setTab: async (tabId, text) => void tabBadges.set(tabId, text),
    },
    notifications: { create: async (id, title, message) => void shown.push({ id, title, message }) },
    extensionId: EXTENSION_ID,
    pageUrl: (path) => `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`,
    now: () => 1_700_000_000_000,
    randomId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    text: (key, subs) => [key, ...(subs ?? [])].join(' '),
    log: (message) => void logs.push(message),
    keepAlive: () => undefined,
    after: (_ms, task) => void timers.push(task),
    runTimers() {
      const due = timers;
      timers = [];
      due.forEach((task) => task());
    },
  };
}
