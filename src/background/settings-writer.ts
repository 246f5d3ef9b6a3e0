// The background's only write to the user's settings: trusting a site from the warning page.
import { STORAGE_KEYS } from '../shared/records.ts';
import { parseSettings } from '../shared/settings.ts';
import type { StorageArea } from './ports.ts';
import { createSerial } from './serial.ts';

export interface SettingsWriter {
  trust(domain: string): Promise<void>;
}

export function createSettingsWriter(local: StorageArea): SettingsWriter {
  const serial = createSerial();
  return {
    trust: (domain) =>
      serial(async () => {
        const { settings } = parseSettings((await local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings]);
        if (settings.allowlist.includes(domain)) return;
        await local.set({ [STORAGE_KEYS.settings]: { ...settings, allowlist: [...settings.allowlist, domain] } });
      }),
  };
}
