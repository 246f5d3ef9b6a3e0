// Runs at every worker start: no state lives only in memory, so the stored holds and the
// browser's download list are brought back in line. A pending hold's download is paused
// again and its warning restored (without a duplicate tab); a decision whose action was cut
// off is carried out; guarded downloads that started while the worker was stopped are held.
import { isHeld } from '../../rules/types.ts';
import type { ActivityLog } from '../state/activity-log.ts';
import type { ConfigSource } from '../state/config.ts';
import type { HoldStore } from '../holds/hold-store.ts';
import type { Holding } from '../holds/holding.ts';
import { judgeFully } from './judge.ts';
import { isRunning, type Ports } from '../ports.ts';
import { setAsideIfCompleted } from './set-aside.ts';
import type { WarningTabs } from '../holds/warning-tabs.ts';

export interface ReconcileDeps {
  ports: Ports;
  holds: HoldStore;
  activity: ActivityLog;
  config: ConfigSource;
  holding: Holding;
  tabs: WarningTabs;
  /** Downloads the guard is judging right now. */
  inFlight: ReadonlySet<number>;
  /** Firefox: a stopped download may be a pause (download-events.ts). */
  pauseMayReadCancelled: boolean;
}

export async function reconcile(deps: ReconcileDeps): Promise<void> {
  const { ports, holds } = deps;
  const log = (e: unknown): void => ports.log(`reconcile: ${String(e)}`);
  const stored = await holds.all();
  for (const hold of stored) {
    const [item] = await ports.downloads.search({ id: hold.downloadId }).catch(() => []);
    const running = item !== undefined && isRunning(item);
    // Completed without a decision (while the worker was stopped, or before the pause landed):
    // still held, its file set aside, until the user decides.
    if (!hold.decision && item?.state === 'complete') {
      await setAsideIfCompleted(ports, holds, hold);
      continue;
    }
    // Stopped for good while undecided (download-events.ts): still held.
    if (deps.pauseMayReadCancelled && !hold.decision && item?.state === 'interrupted') continue;
    if (!running) {
      await holds.remove(hold.holdId);
      if (!hold.decision && !item) {
        await deps.activity.record({
          at: ports.now(), verdict: hold.verdict, reasons: hold.reasons, url: hold.finalUrl, referrer: hold.referrer,
          site: hold.site, filename: hold.filename, decision: 'removed',
        });
      }
    } else if (!hold.decision || hold.decision === 'cancel') {
      if (hold.decision === 'cancel') await ports.downloads.cancel(hold.downloadId).catch(log);
      else if (!item.paused) await ports.downloads.pause(hold.downloadId).catch(log);
    } else if (item.paused) {
      await ports.downloads.resume(hold.downloadId).catch(log);
    }
  }
  // A hold dropped above had no running download, so it cannot cover one of the running ones.
  await adoptUnguarded(deps, new Set(stored.map((h) => h.downloadId)));
  for (const hold of await holds.pending()) await deps.tabs.show(hold);
  await deps.holding.refreshBadge();
}

/** Holds guarded downloads that no hold covers: they started while the worker was stopped. */
async function adoptUnguarded(deps: ReconcileDeps, known: ReadonlySet<number>): Promise<void> {
  const { settings, ruleset } = await deps.config.load();
  if (settings.protection === 'paused') return;
  // Firefox's paused downloads read `interrupted` (see isRunning); Chrome has none of these.
  const [running, pausedInFirefox] = await Promise.all([
    deps.ports.downloads.search({ state: 'in_progress' }).catch(() => []),
    deps.ports.downloads.search({ state: 'interrupted', paused: true }).catch(() => []),
  ]);
  for (const item of [...running, ...pausedInFirefox]) {
    // No name yet: onDeterminingFilename is still to come and will judge it.
    if (known.has(item.id) || deps.inFlight.has(item.id) || !item.filename) continue;
    const verdict = await judgeFully(item, ruleset);
    if (isHeld(verdict.verdict)) await deps.holding.apply(item, verdict, false, false);
  }
}
