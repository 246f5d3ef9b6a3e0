// The browser as the guard sees it: small interfaces that the real APIs (browser-ports.ts) and
// the in-memory fakes (testing/) both implement, so the guard's logic is tested without a browser.

/** The fields of a DownloadItem that the guard reads. */
export interface DownloadItem {
  id: number;
  url: string;
  finalUrl?: string;
  referrer?: string;
  /** Empty in Chrome's onCreated; the suggested name in onDeterminingFilename; a full path later. */
  filename: string;
  mime?: string;
  totalBytes?: number;
  bytesReceived?: number;
  state?: 'in_progress' | 'interrupted' | 'complete';
  paused?: boolean;
  exists?: boolean;
  byExtensionId?: string;
  incognito?: boolean;
  /** ISO 8601, when the download started. */
  startTime?: string;
}

/**
 * Whether a download can still go on. Chrome keeps a paused download `in_progress`; Firefox
 * pauses by cancelling it with its partial data kept, so a paused download there reads
 * `interrupted` with `paused` true, and only a cancelled or failed one has `paused` false.
 */
export function isRunning(item: Pick<DownloadItem, 'state' | 'paused'>): boolean {
  return item.state === 'in_progress' || (item.state === 'interrupted' && item.paused === true);
}

export interface DownloadDelta {
  id: number;
  state?: { current?: string };
  paused?: { current?: boolean };
  filename?: { current?: string };
  exists?: { current?: boolean };
}

export interface DownloadsPort {
  pause(id: number): Promise<void>;
  resume(id: number): Promise<void>;
  cancel(id: number): Promise<void>;
  erase(id: number): Promise<void>;
  removeFile(id: number): Promise<void>;
  search(query: { id?: number; state?: 'in_progress' | 'interrupted'; paused?: boolean }): Promise<DownloadItem[]>;
  /** Starts a download (only to fetch again a quarantined file the user chose to keep). */
  download(options: { url: string; filename?: string }): Promise<number>;
}

export interface Tab {
  id?: number;
  index: number;
  windowId?: number;
  active?: boolean;
  /** The tab's address and the one it is loading: given only for the extension's own pages
   * (there is no `tabs` permission), and `pendingUrl` by Chrome only. */
  url?: string;
  pendingUrl?: string;
}

export interface TabsPort {
  create(props: { url: string; index?: number; openerTabId?: number; windowId?: number; active?: boolean }): Promise<Tab>;
  get(tabId: number): Promise<Tab | undefined>;
  activeTab(): Promise<Tab | undefined>;
  /** Loads `url` in the tab (the site warning in place of a site, or the site after Continue).
   * `replace`: in the history entry of the page the tab shows (Firefox only; elsewhere a load). */
  navigate(tabId: number, url: string, options?: { replace?: boolean }): Promise<void>;
  goBack(tabId: number): Promise<void>;
}

export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface BadgePort {
  set(text: string, color: string, title: string): Promise<void>;
  /** One tab's own badge (the browser clears it when the tab navigates). */
  setTab(tabId: number, text: string, color: string, title: string): Promise<void>;
}

export interface NotificationsPort {
  create(id: string, title: string, message: string): Promise<void>;
}

export interface Ports {
  downloads: DownloadsPort;
  tabs: TabsPort;
  local: StorageArea;
  session: StorageArea;
  /** Enterprise policy (storage.managed); may be missing or reject. */
  managed: StorageArea | undefined;
  badge: BadgePort;
  notifications: NotificationsPort;
  /** This extension's id and a URL builder for its pages. */
  extensionId: string;
  pageUrl(path: string): string;
  now(): number;
  randomId(): string;
  /** Localised text for the few strings the background shows. */
  text(key: string, substitutions?: string[]): string;
  log(message: string): void;
  /** Any cheap extension API call: it resets the service worker's idle timer. */
  keepAlive(): void;
  /** Runs `task` after `ms` (a port, so tests control time). */
  after(ms: number, task: () => void): void;
}
