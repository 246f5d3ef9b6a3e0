// What happens once a download's verdict is known: pass it (resume if we paused it, record it,
// maybe a quiet notice) or hold it (paused, a pending hold in storage.session, the badge, the
// warning tab).
import { isHeld, type Verdict } from '../../rules/types.ts';
import { clip, MAX_HELD_URL, MAX_KEPT_URL, type Hold } from '../../shared/records.ts';
import type { ActivityLog } from '../state/activity-log.ts';
import { showBadge } from '../state/badge.ts';
import type { HoldStore } from './hold-store.ts';
import { baseName } from '../downloads/judge.ts';
import type { DownloadItem, Ports } from '../ports.ts';
import { removeCompletedFile, setAsideIfCompleted } from '../downloads/set-aside.ts';
import { siteOf } from '../downloads/site.ts';
import type { WarningTabs } from './warning-tabs.ts';

export interface Holding {
  /** Acts on a final verdict. `pausedByUs` says whether the guard paused it while judging. */
  apply(item: DownloadItem, verdict: Verdict | null, pausedByUs: boolean, notifyUnknown: boolean): Promise<void>;
  refreshBadge(): Promise<void>;
}

export interface HoldingDeps {
  ports: Ports;
  holds: HoldStore;
  activity: ActivityLog;
  tabs: WarningTabs;
  protectionPaused(): boolean;
}

export function createHolding({ ports, holds, activity, tabs, protectionPaused }: HoldingDeps): Holding {
  const refreshBadge = async (): Promise<void> => {
    const held = (await holds.pending()).length;
    await showBadge(ports, held, protectionPaused()).catch((e: unknown) => ports.log(`badge: ${String(e)}`));
  };

  async function pass(item: DownloadItem, verdict: Verdict | null, pausedByUs: boolean, notifyUnknown: boolean): Promise<void> {
    if (pausedByUs) await ports.downloads.resume(item.id).catch((e: unknown) => ports.log(`resume ${item.id}: ${String(e)}`));
    if (!verdict || verdict.verdict === 'ignored') return;
    await activity.record({
      at: ports.now(), verdict: verdict.verdict, reasons: verdict.reasons, url: item.finalUrl || item.url,
      referrer: item.referrer ?? '', site: await siteOf(item.finalUrl || item.url, item.referrer), filename: baseName(item.filename), decision: 'passed',
    });
    if (verdict.verdict === 'unknown' && notifyUnknown) {
      await ports.notifications.create(`notice:${item.id}`, ports.text('notify_unknown_title'), ports.text('notify_unknown_message', [baseName(item.filename)]));
    }
  }

  async function hold(item: DownloadItem, verdict: Verdict, pausedByUs: boolean): Promise<void> {
    if (!pausedByUs) await ports.downloads.pause(item.id).catch(async (error: unknown) => {
      // Firefox refuses to pause a download it already paused (it reads `interrupted` then),
      // or one already complete (set aside below).
      const [now] = await ports.downloads.search({ id: item.id });
      if (!now?.paused && now?.state !== 'complete') throw error;
    });
    const existing = await holds.forDownload(item.id);
    if (existing) {
      await setAsideIfCompleted(ports, holds, existing);
      return tabs.show(existing);
    }
    // Every byte beat the pause: the file goes before anything else (set-aside.ts).
    const quarantined = await removeCompletedFile(ports, item.id);
    const record: Hold = {
      holdId: ports.randomId(),
      downloadId: item.id,
      verdict: verdict.verdict,
      reasons: verdict.reasons,
      url: clip(item.url, MAX_KEPT_URL),
      finalUrl: clip(item.finalUrl || item.url, MAX_HELD_URL),
      referrer: clip(item.referrer ?? '', MAX_KEPT_URL),
      filename: baseName(item.filename),
      totalBytes: item.totalBytes ?? -1,
      site: await siteOf(item.finalUrl || item.url, item.referrer),
      heldAt: ports.now(),
      ...(quarantined ? { quarantined } : {}),
    };
    try {
      await holds.put(record);
    } catch (error) {
      // With no stored hold nothing keeps it paused (a resume from the browser's list, a worker
      // restart): stop it rather than let it go on unguarded, and say so.
      await ports.downloads.cancel(item.id).catch(() => undefined);
      await ports.notifications.create(`unheld:${item.id}`, ports.text('notify_unheld_title'), ports.text('notify_unheld_message', [record.filename]));
      throw error;
    }
    // It may have completed while the hold was being stored.
    if (!quarantined) await setAsideIfCompleted(ports, holds, record);
    await refreshBadge();
    await tabs.show(record);
  }

  return {
    async apply(item, verdict, pausedByUs, notifyUnknown) {
      try {
        if (verdict && isHeld(verdict.verdict)) await hold(item, verdict, pausedByUs);
        else await pass(item, verdict, pausedByUs, notifyUnknown);
      } catch (error) {
        // The download may have been cancelled or erased meanwhile; nothing is left to guard.
        ports.log(`download ${item.id}: ${String(error)}`);
      }
    },
    refreshBadge,
  };
}
