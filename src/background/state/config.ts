// The rules the guard judges with: the bundled ruleset plus the user's and the policy's lists.
// The first verdict must be synchronous (onDeterminingFilename), so the last known config is
// kept in memory; after a worker restart it starts as the bundled rules alone, which can only
// hold more, never less, and the guard re-judges once the stored lists are loaded.
//
// Start-up order: the browser hands the worker the event that woke it only once the worker's
// first task (its script) has run. So the script compiles no rules: the first load() sends its
// storage reads, lets that task end, and compiles the bundled rules while the reads and the
// waking event are on their way. A synchronous current() before then compiles on the spot.
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
  /** Loads the stored settings and policy (once per change). */
  load(): Promise<Config>;
  /** Whether the stored settings have been read since the worker started or they changed. */
  loaded(): boolean;
  /** Forget the cached config; the next load() reads storage again. */
  invalidate(): void;
}

/** Resolves in a later task: what the worker's current task started (its start-up) has ended. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function createConfigSource(ports: Pick<Ports, 'local' | 'managed' | 'log'>): ConfigSource {
  let current: Config | undefined;
  let pending: Promise<Config> | undefined;
  let isLoaded = false;
  const defaults = (): Config => (current ??= buildConfig(DEFAULT_SETTINGS, {}));

  async function read(): Promise<Config> {
    // Both at once: this read is on the way of every navigation that wakes the worker.
    const reads = Promise.all([
      ports.local.get(STORAGE_KEYS.settings),
      ports.managed ? ports.managed.get(null).catch(() => ({})) : {},
    ]);
    void reads.catch(() => undefined); // awaited below, after the compile: not an unhandled rejection meanwhile
    await nextTask();
    defaults();
    const [stored, managed] = await reads;
    const { settings, problem } = parseSettings(stored[STORAGE_KEYS.settings]);
    if (problem) ports.log(problem);
    const { policy, problems } = parsePolicy(managed);
    problems.forEach((p) => ports.log(p));
    // The user's and the policy's lists are read as sites: with every suffix rule they name.
    current = await withSuffixes(() => buildConfig(settings, policy));
    isLoaded = true;
    return current;
  }

  return {
    current: defaults,
    loaded: () => isLoaded,
    load: () => (pending ??= read().catch((error: unknown) => {
      pending = undefined;
      ports.log(`settings could not be read, using defaults: ${String(error)}`);
      return defaults();
    })),
    invalidate: () => {
      pending = undefined;
      isLoaded = false;
    },
  };
}
