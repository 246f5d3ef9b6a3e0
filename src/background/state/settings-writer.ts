// The background's only write to the user's settings: trusting a site from the warning page.
import { STORAGE_KEYS } from '../../shared/records.ts';
import { DOMAIN_LIST_LIMIT, parseSettings } from '../../shared/settings.ts';
import type { StorageArea } from '../ports.ts';
import { createSerial } from './serial.ts';

export interface SettingsWriter {
  /** Adds `domain` to the user's allowlist; why not, when it could not (the caller goes on). */
  trust(domain: string): Promise<string | undefined>;
}

export function createSettingsWriter(local: StorageArea): SettingsWriter {
  const serial = createSerial();
  return {
    trust: (domain) =>
      serial(async () => {
        const { settings, problem } = parseSettings((await local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings]);
        // Unreadable settings are defaults only in memory: writing them back would erase the
        // user's own lists and choices, which the options page can still show and repair.
        if (problem) return problem;
        if (settings.allowlist.includes(domain)) return undefined;
        if (settings.allowlist.length >= DOMAIN_LIST_LIMIT) return `The allowlist already holds ${DOMAIN_LIST_LIMIT} sites.`;
        await local.set({ [STORAGE_KEYS.settings]: { ...settings, allowlist: [...settings.allowlist, domain] } });
        return undefined;
      }),
  };
}
