// The rules the guard judges with: the bundled ruleset plus the user's and the policy's lists.
// The first verdict must be synchronous (onDeterminingFilename), so the last known config is
// kept in memory; after a worker restart it starts as the bundled rules alone, which can only
// hold more, never less, and the guard re-judges once the stored lists are loaded.
//
// Start-up order: the browser hands the worker the event that woke it only once the worker's
// first task (its script) has run. So the script compiles no rules: the first load() sends its
// storage reads, lets that task end, and compiles the bundled rules while the reads and the
// waking event are on their way. A synchronous current() before then compiles on the spot.
//
// The policy may come late: Chromium answers the first storage.managed read after the browser
// starts only once its policy service is ready, 3-5 s later (measured in Chromium 156, on every
// start, with or without a policy). A navigation that wakes the worker then must not wait for
// it. So load() waits at most POLICY_WAIT_MS and then judges with the last policy seen (kept in
// storage.local whenever it changes), or with none on a browser that never had one; the policy
// replaces it when it comes. What a policy forbids (continuing to a site, keeping a dangerous
// file) is decided with settled(), which waits for the policy itself.
import { bundledRuleset, type Ruleset } from '../../rules/index.ts';
import { parsePolicy, type Policy } from '../../shared/policy.ts';
import { STORAGE_KEYS } from '../../shared/records.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../shared/settings.ts';
import type { Ports } from '../ports.ts';
import { withSuffixes } from './suffix-rules.ts';

export interface Config {
  settings: Settings;
  policy: Policy;
  ruleset: Ruleset;
}

export function buildConfig(settings: Settings, policy: Policy): Config {
  const allow = [...settings.allowlist, ...(policy.allowlist ?? [])];
  const block = [...settings.blocklist, ...(policy.blocklist ?? [])];
  const effective: Settings = {
    ...settings,
    ...(policy.forbidPauseProtection ? { protection: 'on' as const } : {}),
    ...(policy.forcePageProtection ? { pageProtection: 'warn' as const } : {}),
  };
  return { settings: effective, policy, ruleset: bundledRuleset({ allow, block }) };
}

export interface ConfigSource {
  /** The last known config, synchronously (bundled defaults before the first load). */
  current(): Config;
  /** Loads the stored settings and policy (once per change), to judge with: when the browser
   * has not given the policy within POLICY_WAIT_MS, with the last policy seen until it does. */
  load(): Promise<Config>;
  /** The config with the policy as the browser gives it: for what a policy may forbid. */
  settled(): Promise<Config>;
  /** Whether the stored settings have been read since the worker started or they changed. */
  loaded(): boolean;
  /** Forget the cached config; the next load() reads storage again. */
  invalidate(): void;
}

/** How long a judgement waits for the browser's policy before it judges with the last one seen. */
export const POLICY_WAIT_MS = 250;

export interface ConfigSourceOptions {
  policyWaitMs?: number;
  /** The policy came after load() had judged without it; the config now holds it. */
  onLatePolicy?: () => void;
}

/** Resolves in a later task: what the worker's current task started (its start-up) has ended. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const LATE = Symbol('the policy is late');

export function createConfigSource(ports: Pick<Ports, 'local' | 'managed' | 'log'>, options: ConfigSourceOptions = {}): ConfigSource {
  const policyWaitMs = options.policyWaitMs ?? POLICY_WAIT_MS;
  let current: Config | undefined;
  let pending: Promise<Config> | undefined;
  let exact: Promise<Config> | undefined;
  let isLoaded = false;
  let generation = 0;
  const defaults = (): Config => (current ??= buildConfig(DEFAULT_SETTINGS, {}));

  /** Keeps the policy the browser gave, for the next start's first judgements; a write only on change. */
  function remember(policy: Policy, kept: unknown): void {
    if (JSON.stringify(policy) === JSON.stringify(kept ?? {})) return;
    ports.local.set({ [STORAGE_KEYS.lastPolicy]: policy }).catch((e: unknown) => ports.log(`the policy could not be kept: ${String(e)}`));
  }

  function read(): Promise<Config> {
    const at = generation;
    // All at once: this read is on the way of every navigation that wakes the worker.
    const storedRead = ports.local.get([STORAGE_KEYS.settings, STORAGE_KEYS.lastPolicy]);
    const managedRead = ports.managed ? ports.managed.get(null).catch(() => ({})) : Promise.resolve({});
    void storedRead.catch(() => undefined); // awaited below, after the compile: not an unhandled rejection meanwhile
    const policyInTime = Promise.race([managedRead, new Promise<typeof LATE>((resolve) => setTimeout(() => resolve(LATE), policyWaitMs))]);
    const settingsRead = (async () => {
      await nextTask();
      defaults();
      const stored = await storedRead;
      const { settings, problem } = parseSettings(stored[STORAGE_KEYS.settings]);
      if (problem) ports.log(problem);
      return { settings, kept: stored[STORAGE_KEYS.lastPolicy] };
    })();
    // The user's and the policy's lists are read as sites: with every suffix rule they name.
    const build = (settings: Settings, policy: Policy): Promise<Config> => withSuffixes(() => buildConfig(settings, policy));
    exact = (async () => {
      const [{ settings, kept }, managed] = await Promise.all([settingsRead, managedRead]);
      const { policy, problems } = parsePolicy(managed);
      problems.forEach((p) => ports.log(p));
      remember(policy, kept);
      return build(settings, policy);
    })();
    void exact.catch(() => undefined); // awaited by load() or settled(): not an unhandled rejection meanwhile
    // Set once the policy that came late is in place: the judging config built meanwhile must not replace it.
    let superseded = false;
    const judging = (async () => {
      if ((await policyInTime) !== LATE) return (exact as Promise<Config>);
      const { settings, kept } = await settingsRead;
      ports.log(`the browser has not given the policy within ${policyWaitMs} ms: judging with the last policy seen until it does`);
      const late = exact as Promise<Config>;
      void late.then((config) => {
        if (at !== generation) return;
        superseded = true;
        current = config;
        pending = late;
        options.onLatePolicy?.();
      }, () => undefined);
      return build(settings, parsePolicy(kept ?? {}).policy);
    })();
    return judging.then((config) => {
      if (!superseded) current = config;
      isLoaded = true;
      return config;
    });
  }

  const load = (): Promise<Config> => (pending ??= read().catch((error: unknown) => {
    pending = undefined;
    ports.log(`settings could not be read, using defaults: ${String(error)}`);
    return defaults();
  }));

  return {
    current: defaults,
    loaded: () => isLoaded,
    load,
    settled: async () => {
      const judging = await load();
      return exact ? exact.catch(() => judging) : judging;
    },
    invalidate: () => {
      generation += 1;
      pending = undefined;
      exact = undefined;
      isLoaded = false;
    },
  };
}
