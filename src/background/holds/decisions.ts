// The user's decision on a held download, sent from the warning page. A decision is taken
// once: the hold is marked decided atomically before anything is done, so a second click, a
// second tab or a replayed message cannot act twice.
import type { Refusal, Request, Response } from '../../shared/messages.ts';
import { NO_SITE, MAX_HELD_URL, type Hold } from '../../shared/records.ts';
import type { ActivityLog } from '../state/activity-log.ts';
import type { ConfigSource } from '../state/config.ts';
import type { HoldStore } from './hold-store.ts';
import type { PendingSuggestions } from '../downloads/pending-suggestions.ts';
import { isRunning, type Ports } from '../ports.ts';
import type { SettingsWriter } from '../state/settings-writer.ts';

type DecideRequest = Extract<Request, { type: 'hold/decide' }>;

export interface DecisionDeps {
  ports: Ports;
  holds: HoldStore;
  activity: ActivityLog;
  config: ConfigSource;
  settings: SettingsWriter;
  suggestions: PendingSuggestions;
  refreshBadge(): Promise<void>;
}

/** What a page hears about a hold id that is not (or no longer) held. */
export const HOLD_GONE = 'This warning is no longer valid: the download is unknown or was already handled.';

export function canProceed(hold: Hold, forbidProceedDangerous: boolean | undefined): boolean {
  return !(hold.verdict === 'dangerous' && forbidProceedDangerous === true);
}

/** Why this decision is refused, or undefined when it may go ahead. */
function refusal(hold: Hold, req: DecideRequest, forbidDangerous: boolean | undefined): { refusal: Refusal; error: string } | undefined {
  if (hold.decision) return { refusal: 'already-decided', error: `This download was already handled (${hold.decision}).` };
  if (req.decision === 'cancel') return undefined;
  if (!canProceed(hold, forbidDangerous)) return { refusal: 'forbidden', error: 'Your organisation does not allow downloading files rated dangerous.' };
  if (hold.verdict === 'dangerous' && !req.confirmDangerous) return { refusal: 'needs-confirmation', error: 'Downloading a dangerous file needs a deliberate confirmation.' };
  if (req.trustSite && hold.verdict !== 'suspicious') return { refusal: 'only-suspicious-trusted', error: 'Only a suspicious site can be trusted; this one is rated dangerous.' };
  if (req.trustSite && hold.site === NO_SITE) return { refusal: 'no-site', error: 'This download names no site to trust.' };
  return undefined;
}

export async function decide(deps: DecisionDeps, req: DecideRequest): Promise<Response<'hold/decide'>> {
  const { ports, holds } = deps;
  const { policy, settings } = await deps.config.settled();
  let problem: ReturnType<typeof refusal>;
  const hold = await holds.update(req.holdId, (h) => {
    problem = refusal(h, req, policy.forbidProceedDangerous);
    return problem ? h : { ...h, decision: req.decision };
  });
  if (!hold) return { ok: false, error: HOLD_GONE, refusal: 'hold-gone' };
  if (problem) return { ok: false, ...problem };

  const id = hold.downloadId;
  if (req.decision === 'cancel') {
    await ports.downloads.cancel(id).catch((e: unknown) => ports.log(`cancel ${id}: ${String(e)}`));
    deps.suggestions.release(id);
    await removeAnyFile(ports, id);
    if (settings.eraseCancelled) await ports.downloads.erase(id).catch((e: unknown) => ports.log(`erase ${id}: ${String(e)}`));
  } else {
    // A download Firefox stopped for good (paused before its first byte, or cancelled from its
    // list) cannot be resumed: like a quarantined one, it is fetched again.
    if (hold.quarantined || !(await resumed(deps, id))) {
      const failure = await fetchAgain(ports, hold);
      if (failure) {
        // The quarantined file is the only copy: keep it, and let the user choose again.
        await holds.update(hold.holdId, (h) => ({ ...h, decision: undefined }));
        return { ok: false, error: `The file could not be downloaded again (${failure}). The held copy was kept.`, refusal: 'refetch-failed', detail: failure };
      }
    }
  }
  // Trusting is remembered after the download goes on: a settings problem must not stop it.
  const notTrusted = req.trustSite ? await deps.settings.trust(hold.site).catch((e: unknown) => String(e)) : undefined;
  if (notTrusted) ports.log(`trust ${hold.site}: ${notTrusted}`);
  await deps.activity.record({
    at: ports.now(), verdict: hold.verdict, reasons: hold.reasons, url: hold.finalUrl, referrer: hold.referrer,
    site: hold.site, filename: hold.filename, decision: req.decision, ...(req.trustSite && !notTrusted ? { trustedSite: true } : {}),
  });
  await deps.refreshBadge();
  return { ok: true, data: { decided: req.decision } };
}

/** Resumes a held download; false when it can no longer go on. */
async function resumed({ ports, suggestions }: DecisionDeps, id: number): Promise<boolean> {
  suggestions.release(id);
  const failure = await ports.downloads.resume(id).then(() => undefined, (e: unknown) => String(e));
  if (!failure) return true;
  ports.log(`resume ${id}: ${failure}`);
  const [item] = await ports.downloads.search({ id }).catch(() => []);
  return item !== undefined && isRunning(item) && !item.paused;
}

/** A quarantined file cannot be renamed through the downloads API: fetch it again under its
 * real name (ISO Guard's own download, which the guard lets pass), then drop the quarantined
 * one. Why not, when the download cannot even start (a `blob:` of a closed page, a bad URL):
 * then the quarantined file stays. */
async function fetchAgain(ports: Ports, hold: Hold): Promise<string | undefined> {
  const id = hold.downloadId;
  if (hold.finalUrl.length >= MAX_HELD_URL) return 'its address is too long to keep'; // clipped in holding.ts
  try {
    await ports.downloads.download({ url: hold.finalUrl, filename: hold.filename })
      .catch(() => ports.downloads.download({ url: hold.finalUrl }));
  } catch (e) {
    ports.log(`download again ${id}: ${String(e)}`);
    return e instanceof Error ? e.message : String(e);
  }
  await removeAnyFile(ports, id);
  await ports.downloads.erase(id).catch((e: unknown) => ports.log(`erase ${id}: ${String(e)}`));
  return undefined;
}

/** Chrome deletes a cancelled download's partial file; a complete one must be removed. */
async function removeAnyFile(ports: Ports, id: number): Promise<void> {
  const [item] = await ports.downloads.search({ id }).catch(() => []);
  if (item?.state === 'complete' && item.exists !== false) {
    await ports.downloads.removeFile(id).catch((e: unknown) => ports.log(`removeFile ${id}: ${String(e)}`));
  }
}
