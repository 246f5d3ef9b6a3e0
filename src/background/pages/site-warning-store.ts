// The site warnings being shown and the sites continued to, in storage.session (they survive a
// worker restart and end with the browser session), and the log of warnings shown in
// storage.local. Stored values that fail their schema are ignored, never trusted.
import { clip, MAX_KEPT_URL, parseList } from '../../shared/records.ts';
import {
  CONTINUED_SITES_KEY,
  CONTINUED_SITES_LIMIT,
  continuedSitesSchema,
  SITE_WARNING_LOG_KEY,
  SITE_WARNING_LOG_LIMIT,
  SITE_WARNING_PREFIX,
  siteWarningLogEntrySchema,
  siteWarningSchema,
  type SiteWarning,
  type SiteWarningLogEntry,
} from '../../shared/site-warning-records.ts';
import type { StorageArea } from '../ports.ts';
import { createSerial } from '../state/serial.ts';

/** Warnings kept per session: an old one is only needed while its tab still shows it. */
const MAX_WARNINGS = 100;
/** Warnings also kept in memory right after they are made (until the worker stops). */
const FRESH_WARNINGS = 20;

export interface SiteWarningStore {
  put(warning: SiteWarning): Promise<void>;
  get(warningId: string): Promise<SiteWarning | undefined>;
  remove(warningId: string): Promise<void>;
  isContinued(site: string): Promise<boolean>;
  /** Starts reading the sites continued to this session, unless already read. */
  readContinued(): void;
  markContinued(site: string): Promise<void>;
  log(entry: SiteWarningLogEntry): Promise<void>;
}

export function createSiteWarningStore(session: StorageArea, local: StorageArea): SiteWarningStore {
  const serial = createSerial();
  const key = (id: string): string => SITE_WARNING_PREFIX + id;
  // Read once per worker and kept in memory (this store is the list's only writer): every
  // dangerous navigation asks, and a storage read there costs the redirect 3–45 ms in Firefox,
  // time in which the site's own page can commit.
  let continuedSites: Promise<string[]> | undefined;
  const continued = (): Promise<string[]> =>
    (continuedSites ??= session.get(CONTINUED_SITES_KEY).then(
      (items) => continuedSitesSchema().safeParse(items[CONTINUED_SITES_KEY]).data ?? [],
      (error: unknown) => {
        continuedSites = undefined;
        throw error;
      },
    ));
  // The warnings this worker just made: the tab is sent to the warning page while its warning is
  // still being stored, and the page's first question must find it.
  const fresh = new Map<string, SiteWarning>();
  return {
    put: (warning) => {
      const kept = { ...warning, url: clip(warning.url, MAX_KEPT_URL * 32) };
      fresh.set(kept.warningId, kept);
      if (fresh.size > FRESH_WARNINGS) fresh.delete(fresh.keys().next().value ?? '');
      return serial(async () => {
        await session.set({ [key(kept.warningId)]: kept });
        // Then the oldest beyond MAX_WARNINGS go (the new one is the newest).
        const old = Object.entries(await session.get(null))
          .filter(([k]) => k.startsWith(SITE_WARNING_PREFIX))
          .map(([k, v]) => ({ k, at: siteWarningSchema().safeParse(v).data?.shownAt ?? 0 }))
          .sort((a, b) => a.at - b.at);
        const drop = old.slice(0, Math.max(0, old.length - MAX_WARNINGS)).map((o) => o.k);
        if (drop.length) await session.remove(drop);
      });
    },
    async get(warningId) {
      const kept = fresh.get(warningId);
      if (kept) return kept;
      const parsed = siteWarningSchema().safeParse((await session.get(key(warningId)))[key(warningId)]);
      return parsed.success ? parsed.data : undefined;
    },
    remove: (warningId) => {
      fresh.delete(warningId);
      return serial(() => session.remove(key(warningId)));
    },
    isContinued: async (site) => (await continued()).includes(site),
    // A failed read is not kept: isContinued reads again, and reports the failure.
    readContinued: () => void continued().catch(() => undefined),
    markContinued: (site) =>
      serial(async () => {
        const sites = [site, ...(await continued()).filter((s) => s !== site)].slice(0, CONTINUED_SITES_LIMIT);
        continuedSites = Promise.resolve(sites);
        await session.set({ [CONTINUED_SITES_KEY]: sites });
      }),
    log: (entry) =>
      serial(async () => {
        const { items } = parseList(siteWarningLogEntrySchema(), (await local.get(SITE_WARNING_LOG_KEY))[SITE_WARNING_LOG_KEY]);
        await local.set({ [SITE_WARNING_LOG_KEY]: [{ ...entry, url: clip(entry.url, MAX_KEPT_URL) }, ...items].slice(0, SITE_WARNING_LOG_LIMIT) });
      }),
  };
}
