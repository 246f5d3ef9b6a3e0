import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings.ts';
import { exportSettings, importSettings, settingsAfterImport } from './settings-file.ts';

describe('settings file', () => {
  it('reads back what it exported', () => {
    const settings = { ...DEFAULT_SETTINGS, notifyUnknown: true, allowlist: ['example.org'], blocklist: ['win12-download.example'] };
    expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings });
  });

  const refused = [
    { desc: 'not JSON', text: '{ nope', error: /not JSON/ },
    { desc: 'an array', text: '[]', error: /file/ },
    { desc: 'a wrong type', text: JSON.stringify({ ...DEFAULT_SETTINGS, notifyUnknown: 'yes' }), error: /notifyUnknown/ },
    { desc: 'an unknown protection state', text: JSON.stringify({ ...DEFAULT_SETTINGS, protection: 'off' }), error: /protection/ },
    { desc: 'an unknown key', text: JSON.stringify({ ...DEFAULT_SETTINGS, surprise: 1 }), error: /surprise|unrecognized/i },
    { desc: 'a missing key', text: JSON.stringify({ ...DEFAULT_SETTINGS, eraseCancelled: undefined }), error: /eraseCancelled/ },
    { desc: 'a bad domain in a list', text: JSON.stringify({ ...DEFAULT_SETTINGS, blocklist: ['good.example', 'not a domain'] }), error: /blocklist.*not a domain/ },
  ];
  for (const { desc, text, error } of refused) {
    it(`refuses ${desc} whole, with the reason`, () => {
      const result = importSettings(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(error);
    });
  }

  it('stores domains in their normal form, once each', () => {
    const result = importSettings(JSON.stringify({ ...DEFAULT_SETTINGS, allowlist: ['Example.ORG', 'https://www.example.org/x'] }));
    expect(result.ok && result.settings.allowlist).toEqual(['example.org']);
  });

  it('never pauses protection, nor turns it back on, by itself', () => {
    const file = { ...DEFAULT_SETTINGS, protection: 'paused' as const, allowlist: ['win12-download.example'] };
    expect(settingsAfterImport(file, DEFAULT_SETTINGS)).toEqual({ ...file, protection: 'on' });
    expect(settingsAfterImport(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, protection: 'paused' }).protection).toBe('paused');
  });

  it('reads a file saved before page protection existed, and never switches page protection by itself', () => {
    const { pageProtection: _none, ...older } = { ...DEFAULT_SETTINGS, blocklist: ['win12-download.example'] };
    const result = importSettings(JSON.stringify(older));
    expect(result.ok && result.settings.pageProtection).toBe('warn');
    const off = { ...DEFAULT_SETTINGS, pageProtection: 'off' as const };
    expect(settingsAfterImport(off, DEFAULT_SETTINGS).pageProtection).toBe('warn');
  });
});
