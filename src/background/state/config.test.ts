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

  describe('when the browser gives the policy late (Chromium, for seconds after it starts)', () => {
    const POLICY = { blocklist: ['blocked.example.org'], forbidContinueToSite: true };
    /** A managed area whose first read answers only when `give` is called. */
    function slowManaged(b: ReturnType<typeof fakeBrowser>, policy: Record<string, unknown>) {
      let give: () => void = () => undefined;
      const answered = new Promise<void>((resolve) => (give = resolve));
      b.managed = { get: async () => (await answered, structuredClone(policy)), set: async () => undefined, remove: async () => undefined };
      return () => give();
    }

    it('judges with the last policy seen, then with the policy itself once it comes', async () => {
      const b = fakeBrowser();
      await b.local.set({ [STORAGE_KEYS.lastPolicy]: { blocklist: ['kept.example.org'] } });
      const give = slowManaged(b, POLICY);
      let late = 0;
      const config = createConfigSource(b, { policyWaitMs: 5, onLatePolicy: () => (late += 1) });
      const judging = await config.load();
      expect(classifyPage('https://kept.example.org/', judging.ruleset).verdict).toBe('dangerous');
      expect(classifyPage(BLOCKED, judging.ruleset).verdict).not.toBe('dangerous');
      expect(b.logs.join('\n')).toContain('has not given the policy');
      const settled = config.settled();
      give();
      const exact = await settled;
      expect(exact.policy.forbidContinueToSite).toBe(true);
      expect(classifyPage(BLOCKED, exact.ruleset).verdict).toBe('dangerous');
      expect(classifyPage(BLOCKED, config.current().ruleset).verdict).toBe('dangerous');
      expect(classifyPage(BLOCKED, (await config.load()).ruleset).verdict).toBe('dangerous');
      expect(late).toBe(1);
      expect(b.localArea.data.get(STORAGE_KEYS.lastPolicy)).toEqual(POLICY);
    });

    it('with no policy ever seen, judges with the bundled rules and the settings meanwhile', async () => {
      const b = fakeBrowser();
      await b.local.set({ [STORAGE_KEYS.settings]: { ...DEFAULT_SETTINGS, blocklist: ['mine.example.org'] } });
      const give = slowManaged(b, POLICY);
      const config = createConfigSource(b, { policyWaitMs: 5 });
      const { ruleset, policy } = await config.load();
      expect(policy).toEqual({});
      expect(classifyPage('https://mine.example.org/', ruleset).verdict).toBe('dangerous');
      expect(classifyPage(LOOKALIKE, ruleset).verdict).toBe('dangerous');
      give();
      expect((await config.settled()).policy.forbidContinueToSite).toBe(true);
    });

    it('a kept policy that is broken is read as no policy, never trusted', async () => {
      const b = fakeBrowser();
      await b.local.set({ [STORAGE_KEYS.lastPolicy]: { blocklist: 'not a list', forbidContinueToSite: 'yes', allowlist: [42] } });
      slowManaged(b, POLICY);
      const { policy } = await createConfigSource(b, { policyWaitMs: 5 }).load();
      expect(policy.forbidContinueToSite).toBeUndefined();
      expect(policy.allowlist ?? []).toEqual([]);
    });

    it('a policy in time is used at once and kept; an unchanged one is not written again', async () => {
      const b = fakeBrowser();
      b.managed = { get: async () => structuredClone(POLICY), set: async () => undefined, remove: async () => undefined };
      const config = createConfigSource(b, { policyWaitMs: 10_000 });
      expect((await config.load()).policy.forbidContinueToSite).toBe(true);
      await config.settled();
      expect(b.localArea.data.get(STORAGE_KEYS.lastPolicy)).toEqual(POLICY);
      let writes = 0;
      const set = b.local.set;
      b.local.set = async (items) => ((writes += 1), set(items));
      config.invalidate();
      await config.settled();
      expect(writes).toBe(0);
    });
  });
});
