// The pages read and write the user's settings, history and report log in storage.local
// directly (they are privileged extension pages); the background watches storage.onChanged.
import browser from '../../shared/browser.ts';
import {
  historyEntrySchema,
  reportEntrySchema,
  STORAGE_KEYS,
  parseList,
  type HistoryEntry,
  type ReportEntry,
} from '../../shared/records.ts';
import { parsePolicy, type Policy } from '../../shared/policy.ts';
import { parseSettings, type LoadedSettings, type Settings } from '../../shared/settings.ts';

/** Enterprise policy (storage.managed); none, or none readable (Firefox without policy), is {}. */
export async function loadPolicy(): Promise<Policy> {
  const managed = (browser.storage as unknown as { managed?: { get(keys: null): Promise<unknown> } }).managed;
  const raw = managed ? await managed.get(null).catch(() => ({})) : {};
  return parsePolicy(raw).policy;
}

export async function loadSettings(): Promise<LoadedSettings> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.settings);
  return parseSettings(stored[STORAGE_KEYS.settings]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEYS.settings]: settings });
}

/** Newest first. */
export async function loadHistory(): Promise<HistoryEntry[]> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.history);
  return parseList(historyEntrySchema(), stored[STORAGE_KEYS.history]).items.sort((a, b) => b.at - a.at);
}

/** Newest first. */
export async function loadReports(): Promise<ReportEntry[]> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.reports);
  return parseList(reportEntrySchema(), stored[STORAGE_KEYS.reports]).items.sort((a, b) => b.at - a.at);
}

export async function clearLog(key: typeof STORAGE_KEYS.history | typeof STORAGE_KEYS.reports): Promise<void> {
  await browser.storage.local.set({ [key]: [] });
}

/** Calls `onChange` whenever one of `keys` changes in storage.local. */
export function watchLocal(keys: readonly string[], onChange: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && keys.some((key) => key in changes)) onChange();
  });
}
