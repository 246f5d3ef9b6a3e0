import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../rules/index.ts';
import { STORAGE_KEYS } from '../../shared/records.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings.ts';
import { fakeBrowser } from '../testing/fake-browser.ts';
import { createConfigSource } from './config.ts';

const LOOKALIKE = 'https://microsoft-software-download.example/';
const BLOCKED = 'https://blocked.example.org/';

describe('the config source', () => {
  it('judges with the bundled rules at once, before any stored setting is read', () => {
    const config = createConfigSource(fakeBrowser());
    expect(config.loaded()).toBe(false);
    expect(classifyPage(LOOKALIKE, config.current().ruleset).verdict).toBe('dangerous');
  });

  it("loads the user's lists and judges with them, the bundled rules under them", async () => {
    const b = fakeBrowser();
    await b.local.set({ [STORAGE_KEYS.settings]: { ...DEFAULT_SETTINGS, blocklist: ['blocked.example.org'] } });
    const config = createConfigSource(b);
    const { ruleset } = await config.load();
    expect(config.loaded()).toBe(true);
    expect(classifyPage(BLOCKED, ruleset).verdict).toBe('dangerous');
    expect(classifyPage(LOOKALIKE, ruleset).verdict).toBe('dangerous');
    expect(classifyPage(BLOCKED, config.current().ruleset).verdict).toBe('dangerous');
  });

  it('a storage that fails gives the bundled defaults, says so in the log, and is read again next time', async () => {
    const b = fakeBrowser();
    const read = b.local.get;
    b.local.get = async () => Promise.reject(new Error('storage is gone'));
    const config = createConfigSource(b);
    const { settings, ruleset } = await config.load();
    expect(settings.pageProtection).toBe(DEFAULT_SETTINGS.pageProtection);
    expect(classifyPage(LOOKALIKE, ruleset).verdict).toBe('dangerous');
    expect(b.logs.join('\n')).toContain('storage is gone');
    expect(config.loaded()).toBe(false);
    b.local.get = read;
    await b.local.set({ [STORAGE_KEYS.settings]: { ...DEFAULT_SETTINGS, blocklist: ['blocked.example.org'] } });
    expect(classifyPage(BLOCKED, (await config.load()).ruleset).verdict).toBe('dangerous');
  });
});
