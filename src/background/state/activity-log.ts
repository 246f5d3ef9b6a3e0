// The decision history and the report log in storage.local: capped lists, newest first,
// appended one at a time so that concurrent decisions are all kept.
import {
  clip,
  HISTORY_LIMIT,
  historyEntrySchema,
  MAX_KEPT_URL,
  parseList,
  REPORT_LIMIT,
  reportEntrySchema,
  STORAGE_KEYS,
  type HistoryEntry,
  type ReportEntry,
} from '../../shared/records.ts';
import type { StorageArea } from '../ports.ts';
import { createSerial } from './serial.ts';

export interface ActivityLog {
  record(entry: HistoryEntry): Promise<void>;
  report(entry: ReportEntry): Promise<void>;
}

export function createActivityLog(local: StorageArea): ActivityLog {
  const serial = createSerial();
  const prepend = <T>(key: string, schema: Parameters<typeof parseList<T>>[0], entry: T, limit: number) =>
    serial(async () => {
      const { items } = parseList(schema, (await local.get(key))[key]);
      await local.set({ [key]: [entry, ...items].slice(0, limit) });
    });
  return {
    record: (entry) =>
      prepend(STORAGE_KEYS.history, historyEntrySchema(), { ...entry, url: clip(entry.url, MAX_KEPT_URL), referrer: clip(entry.referrer, MAX_KEPT_URL) }, HISTORY_LIMIT),
    report: (entry) => prepend(STORAGE_KEYS.reports, reportEntrySchema(), { ...entry, url: clip(entry.url, MAX_KEPT_URL) }, REPORT_LIMIT),
  };
}
