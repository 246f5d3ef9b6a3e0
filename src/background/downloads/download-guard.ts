// The download guard's event handlers. Chrome: onCreated pauses what the URL or MIME type
// already marks; onDeterminingFilename (the real name is known, also from Content-Disposition)
// judges synchronously with the bundled rules, pauses a held download before returning, and
// calls `suggest` only after the verdict is acted on. Firefox has no onDeterminingFilename: its
// onCreated comes after the file was created and already carries the name, so it judges there.
// A first look that needs public suffix rules the worker has not loaded yet (state/suffix-rules.ts)
// decides nothing: the download waits as on a cold start and is judged once they are loaded.
import { guardedByUrl } from '../../rules/index.ts';
import { isHeld, type Verdict } from '../../rules/types.ts';
import type { ConfigSource } from '../state/config.ts';
import type { Holding } from '../holds/holding.ts';
import { judge, judgeFully } from './judge.ts';
import type { PendingSuggestions } from './pending-suggestions.ts';
import type { DownloadItem, Ports } from '../ports.ts';
import { nameUnknownFromUrl } from './unnamed-download.ts';
import { stopHeld } from './set-aside.ts';
import { withLoadedSuffixes } from '../state/suffix-rules.ts';

export interface DownloadGuard {
  onCreated(item: DownloadItem): void;
  /** Chrome only. Returns true when `suggest` will be called later. */
  onDeterminingFilename(item: DownloadItem, suggest: (suggestion?: { filename: string }) => void): boolean;
  /** Downloads being judged right now (reconcile leaves them alone). */
  inFlight: ReadonlySet<number>;
  /** Resolves once the download's verdict has been acted on (at once if it is not being judged). */
  settled(downloadId: number): Promise<void>;
}

export interface GuardDeps {
  ports: Ports;
  config: ConfigSource;
  holding: Holding;
  /** Resolves once the start-up reconcile is done; holds wait for it. */
  ready: Promise<void>;
  /** Whether this browser has downloads.onDeterminingFilename. */
  chromeFlow: boolean;
  suggestions: PendingSuggestions;
  /** Schedules the decision on a withheld name before Chromium's deadline (quarantine.ts). */
  scheduleNameDecision(downloadId: number): void;
}

const JUST_NOW_MS = 60_000;
/** The first look could not judge yet: the suffix rules it needs are loading. */
const UNDECIDED = 'undecided';
/** How long storing a hold waits for Firefox to handle its pause (it takes ~10–100 ms). */
const STOP_WAIT_MS = 1_000;

export function createDownloadGuard({ ports, config, holding, ready, chromeFlow, suggestions, scheduleNameDecision }: GuardDeps): DownloadGuard {
  const pausedEarly = new Set<number>();
  const inFlight = new Set<number>();
  /** Firefox reports a small file served fast as already complete in onCreated: it is judged
   * (and set aside when held). Only one that started just now: never an old entry of the list. */
  const justFinished = (item: DownloadItem): boolean => {
    const started = Date.parse(item.startTime ?? '');
    return item.state === 'complete' && Number.isFinite(started) && Math.abs(ports.now() - started) < JUST_NOW_MS;
  };
  const settling = new Map<number, Promise<unknown>>();
  /** Firefox: each held download's stop, under way (set-aside.ts). The hold is stored and the
   * warning opened once it is done, so that work does not slow Firefox's handling of the pause
   * while a file can sit at its real name. */
  const stopping = new Map<number, Promise<void>>();

  /** Fire-and-forget pause: the call reaches the browser before this handler returns. */
  function pauseNow(id: number): true {
    ports.downloads.pause(id).catch((e: unknown) => ports.log(`pause ${id}: ${String(e)}`));
    return true;
  }

  function syncVerdict(item: DownloadItem): Verdict | null | typeof UNDECIDED {
    const { settings, ruleset } = config.current();
    if (settings.protection === 'paused') return null;
    return withLoadedSuffixes(() => judge(item, ruleset))?.value ?? UNDECIDED;
  }

  /** ISO Guard's own download: a quarantined file fetched again after the user chose to keep it. */
  const ownDownload = (item: DownloadItem): boolean => item.byExtensionId === ports.extensionId;

  /** Re-judges with the stored lists loaded, then acts on the verdict. Resolves true when held. */
  function settle(item: DownloadItem, pausedByUs: boolean): Promise<boolean> {
    const done = act(item, pausedByUs);
    settling.set(item.id, done);
    void done.catch(() => undefined).finally(() => settling.get(item.id) === done && settling.delete(item.id));
    return done;
  }

  async function act(item: DownloadItem, pausedByUs: boolean): Promise<boolean> {
    inFlight.add(item.id);
    try {
      const stop = stopping.get(item.id);
      if (stop) await Promise.race([stop, new Promise<void>((resolve) => ports.after(STOP_WAIT_MS, resolve))]);
      const { settings, ruleset } = await config.load();
      const verdict = settings.protection === 'paused' ? null : await judgeFully(item, ruleset);
      const held = verdict !== null && isHeld(verdict.verdict);
      if (held) await ready;
      await holding.apply(item, verdict, pausedByUs, settings.notifyUnknown);
      return held;
    } finally {
      inFlight.delete(item.id);
      pausedEarly.delete(item.id);
      stopping.delete(item.id);
    }
  }

  return {
    inFlight,
    settled: async (downloadId) => void (await settling.get(downloadId)?.catch(() => undefined)),
    onCreated(item) {
      if (ownDownload(item) || !(item.state === undefined || item.state === 'in_progress' || (!chromeFlow && justFinished(item)))) return;
      const { settings, ruleset } = config.current();
      if (settings.protection === 'paused') return;
      if (chromeFlow) {
        // The name is not known yet; onDeterminingFilename settles it.
        const guarded = withLoadedSuffixes(() => guardedByUrl(item, ruleset)) ?? { value: true };
        if (guarded.value || nameUnknownFromUrl(item)) {
          pausedEarly.add(item.id);
          pauseNow(item.id);
        }
        return;
      }
      const verdict = syncVerdict(item);
      if (verdict === UNDECIDED) {
        // Paused until judged: act() resumes it unless it is held.
        void settle(item, pauseNow(item.id));
        return;
      }
      const held = verdict !== null && isHeld(verdict.verdict);
      // Stopped before anything else. A completed file is removed only when the verdict used
      // the user's own lists (a pause can be undone, a removal cannot); else hold() does it.
      if (held) stopping.set(item.id, stopHeld(ports, item, config.loaded()));
      if (verdict && (verdict.verdict !== 'ignored' || held)) void settle(item, held);
    },
    onDeterminingFilename(item, suggest) {
      if (ownDownload(item)) {
        // onCreated may not have carried byExtensionId yet, and paused it as unnamed.
        if (pausedEarly.delete(item.id)) ports.downloads.resume(item.id).catch((e: unknown) => ports.log(`resume ${item.id}: ${String(e)}`));
        suggest();
        return false;
      }
      const verdict = syncVerdict(item);
      const held = verdict !== null && verdict !== UNDECIDED && isHeld(verdict.verdict);
      // Pausing here, before `suggest`, stops the data before it reaches the final name.
      const pausedByUs = held ? pauseNow(item.id) : pausedEarly.has(item.id);
      if (!held && verdict !== UNDECIDED && config.loaded()) {
        suggest();
        if (pausedByUs || (verdict && verdict.verdict !== 'ignored')) void settle(item, pausedByUs);
        return false;
      }
      // Held, undecided, or the user's lists are not loaded yet (a cold start): the download cannot
      // complete until `suggest` is called. A held one keeps it pending until the decision.
      suggestions.keep(item.id, suggest);
      void settle(item, pausedByUs)
        .catch(() => false)
        .then((stillHeld) => (stillHeld ? scheduleNameDecision(item.id) : suggestions.release(item.id)));
      return true;
    },
  };
}
