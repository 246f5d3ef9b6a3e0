// Later events of a download: a held one resumed from elsewhere is paused again (the decision
// belongs to the warning page), a finished or vanished one drops its hold, and an official
// Windows ISO that completes gets the offer to verify it.
import type { ActivityLog } from '../state/activity-log.ts';
import type { ConfigSource } from '../state/config.ts';
import type { HoldStore } from '../holds/hold-store.ts';
import type { Holding } from '../holds/holding.ts';
import { baseName, judgeFully } from './judge.ts';
import { isHeld } from '../../rules/types.ts';
import { isRunning, type DownloadDelta, type DownloadItem, type Ports } from '../ports.ts';
import { forgetRemoval, setAsideIfCompleted } from './set-aside.ts';
import { offerVerify } from '../holds/verify-offer.ts';

export interface EventDeps {
  ports: Ports;
  holds: HoldStore;
  activity: ActivityLog;
  config: ConfigSource;
  holding: Holding;
  /** Resolves once the guard has acted on the download's verdict (a hold is stored by then). */
  settled(downloadId: number): Promise<void>;
  /** Firefox pauses by cancelling: a stopped download may be a pause, not the user's Cancel. */
  pauseMayReadCancelled: boolean;
}

const DISK_IMAGE = /\.(iso|img|vhdx?|wim|esd)$/i;

async function dropHold(deps: EventDeps, downloadId: number, outcome: 'complete' | 'gone'): Promise<void> {
  const hold = await deps.holds.forDownload(downloadId);
  if (!hold) return;
  // Completed without a decision (a quarantined `.held` file, or every byte beat the pause):
  // it stays held, its file set aside (set-aside.ts), until the user decides.
  if (outcome === 'complete' && !hold.decision) return setAsideIfCompleted(deps.ports, deps.holds, hold);
  await deps.holds.remove(hold.holdId);
  if (!hold.decision) {
    // Cancelled or erased from the browser's own download list: the user decided there.
    deps.ports.log(`held download ${downloadId} ended outside ISO Guard (${outcome})`);
    await deps.activity.record({
      at: deps.ports.now(), verdict: hold.verdict, reasons: hold.reasons, url: hold.finalUrl, referrer: hold.referrer,
      site: hold.site, filename: hold.filename, decision: 'removed',
    });
  }
  await deps.holding.refreshBadge();
}

/**
 * A held download that stopped for good while undecided stays held: Firefox pauses by
 * cancelling, and one paused before its first byte (or caught mid-pause) reads exactly like a
 * Cancel from its own list. The warning stays; "Download anyway" fetches it again (decisions.ts).
 */
async function keepStoppedHold(deps: EventDeps, downloadId: number): Promise<void> {
  const hold = await deps.holds.forDownload(downloadId);
  if (!hold) return; // not stored yet: the guard is still writing it
  if (hold.decision) return dropHold(deps, downloadId, 'gone');
  deps.ports.log(`held download ${downloadId} was stopped; it stays held until the user decides`);
}

/**
 * A download that runs again with no hold: retried from the browser's list after its hold was
 * lost (Firefox empties storage.session on runtime.reload(), and a lure stopped before its first
 * byte reads as cancelled, so the start-up reconcile cannot tell it from the user's Cancel).
 * onCreated does not fire for a retry: it is judged here, as it would have been there.
 */
async function holdIfGuarded(deps: EventDeps, downloadId: number): Promise<void> {
  const [item] = await deps.ports.downloads.search({ id: downloadId });
  if (!item || item.byExtensionId === deps.ports.extensionId || !isRunning(item) || item.paused) return;
  const { settings, ruleset } = await deps.config.load();
  if (settings.protection === 'paused') return;
  const verdict = await judgeFully(item, ruleset);
  if (isHeld(verdict.verdict)) await deps.holding.apply(item, verdict, false, false);
}

async function maybeOfferVerify(deps: EventDeps, downloadId: number): Promise<void> {
  const { settings, ruleset } = await deps.config.load();
  if (!settings.offerVerify) return;
  const [item] = await deps.ports.downloads.search({ id: downloadId });
  if (!item || !DISK_IMAGE.test(item.filename)) return;
  if ((await judgeFully(item, ruleset)).verdict === 'official') await offerVerify(deps.ports, baseName(item.filename));
}

/**
 * The download as the browser has it now (null once erased). When the browser cannot say, the
 * event's word: an event that only says "resumed" comes from a download still in progress.
 */
async function currentState(deps: EventDeps, delta: DownloadDelta): Promise<Pick<DownloadItem, 'state' | 'paused' | 'bytesReceived'> | null> {
  try {
    const [item] = await deps.ports.downloads.search({ id: delta.id });
    return item ?? null;
  } catch {
    return { state: (delta.state?.current ?? 'in_progress') as DownloadItem['state'], paused: delta.paused?.current };
  }
}

export function createDownloadEvents(deps: EventDeps) {
  const log = (e: unknown): void => deps.ports.log(`download event: ${String(e)}`);
  return {
    async onChanged(delta: DownloadDelta): Promise<void> {
      const state = delta.state?.current;
      if (state === 'complete') {
        // Firefox: it may complete while its hold is still being written.
        await deps.settled(delta.id);
        await dropHold(deps, delta.id, 'complete').catch(log);
        await maybeOfferVerify(deps, delta.id).catch(log);
        return;
      }
      // `in_progress` again: resumed, or a set-aside download retried from the browser's list.
      if (state !== 'interrupted' && state !== 'in_progress' && delta.paused?.current !== false) return;
      if (state === 'in_progress') forgetRemoval(deps.ports, delta.id);
      // Firefox reports its own pause as `interrupted`: what counts is where the download is now.
      const item = await currentState(deps, delta);
      if (deps.pauseMayReadCancelled && item?.state === 'interrupted' && !item.paused) {
        await keepStoppedHold(deps, delta.id).catch(log);
      } else if (!item || !isRunning(item)) {
        await dropHold(deps, delta.id, 'gone').catch(log);
      } else if (!item.paused) {
        await deps.settled(delta.id);
        const hold = await deps.holds.forDownload(delta.id);
        if (hold && !hold.decision) await deps.ports.downloads.pause(delta.id).catch(log);
        else if (!hold && state === 'in_progress') await holdIfGuarded(deps, delta.id).catch(log);
      }
    },
    onErased: (downloadId: number): Promise<void> => dropHold(deps, downloadId, 'gone').catch(log),
  };
}
