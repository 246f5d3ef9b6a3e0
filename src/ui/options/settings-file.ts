// Import and export of the settings as a JSON file. An imported file is checked whole with the
// same zod schema the extension stores, and every listed domain must be a domain: a file with
// one bad part is refused entirely, with the reason, so nothing half-imported is ever saved.
import * as z from 'zod';
import { normalizeDomainInput } from '../../rules/index.ts';
import { settingsSchema, type Settings } from '../../shared/settings.ts';

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

export const SETTINGS_FILE_NAME = 'iso-guard-settings.json';

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** Two full site lists of the longest names fit in about 5 MB; a bigger file is not settings. */
export const MAX_SETTINGS_FILE_BYTES = 6 * 1024 * 1024;

/**
 * What an import changes: everything in the file but whether protection and page protection are
 * on. Switching either off stays a deliberate act on this page (and an administrator may forbid
 * it), never a side effect of a file someone handed over.
 */
export function settingsAfterImport(imported: Settings, current: Settings): Settings {
  return { ...imported, protection: current.protection, pageProtection: current.pageProtection };
}

/** Files exported before page protection existed lack its key; they are still settings files. */
function withPageProtection(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || 'pageProtection' in raw) return raw;
  return { ...raw, pageProtection: 'warn' };
}

export function importSettings(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  // zod's full API here (not the worker's zod/mini): its messages name what was expected.
  const parsed = z.strictObject(settingsSchema().shape).safeParse(withPageProtection(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `"${issue?.path.join('.') || 'file'}": ${issue?.message ?? 'invalid'}` };
  }
  for (const list of ['allowlist', 'blocklist'] as const) {
    const domains: string[] = [];
    for (const entry of parsed.data[list]) {
      const normalized = normalizeDomainInput(entry);
      if (!normalized.ok) return { ok: false, error: `"${list}": "${entry}": ${normalized.error}` };
      domains.push(normalized.domain);
    }
    parsed.data[list] = [...new Set(domains)];
  }
  return { ok: true, settings: parsed.data };
}
