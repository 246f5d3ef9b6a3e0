// A held download that completes anyway: Firefox judges only once the file exists, so a small
// lure served fast can finish before the pause lands, and Chrome finishes one under its own
// name when the worker dies while the name is withheld. Its file is removed from disk at once
// and the hold is kept: the user still decides, and "Download anyway" fetches it again under
// its real name (decisions.ts), as for a file quarantined under `.held` (quarantine.ts).
import type { Hold } from '../../shared/records.ts';
import type { HoldStore } from '../holds/hold-store.ts';
import type { DownloadItem, Ports } from '../ports.ts';
import { QUARANTINE_SUFFIX } from './quarantine.ts';

/**
 * Removes a completed, undecided held download's file. Resolves true when it was set aside. A
 * file quarantined under `.held` is kept: it opens nothing, and it is the only copy if the site
 * is gone.
 */
export async function removeCompletedFile(ports: Ports, downloadId: number): Promise<boolean> {
  const [item] = await ports.downloads.search({ id: downloadId }).catch(() => []);
  if (item?.state !== 'complete') return false;
  if (item.exists !== false && !item.filename.endsWith(QUARANTINE_SUFFIX)) await removeFileOnce(ports, downloadId);
  return true;
}

/** Removals under way or done since each download last started, per browser: Firefox keeps
 * `exists` true after removeFile, so a second removal would only meet "doesn't exist". */
const removals = new WeakMap<object, Map<number, Promise<void>>>();

function removalsOf(ports: Ports): Map<number, Promise<void>> {
  let map = removals.get(ports.downloads);
  if (!map) removals.set(ports.downloads, (map = new Map()));
  return map;
}

function removeFileOnce(ports: Ports, downloadId: number): Promise<void> {
  const map = removalsOf(ports);
  let removal = map.get(downloadId);
  if (!removal) map.set(downloadId, (removal = removeFile(ports, downloadId)));
  return removal;
}

/** The download runs again (retried from the browser's list): its next completion is removed anew. */
export function forgetRemoval(ports: Ports, downloadId: number): void {
  removalsOf(ports).delete(downloadId);
}

/**
 * Stops a download judged held, as the first thing once it is known: pauses it, or, when every
 * byte already landed (Firefox reports it complete, or the pause comes too late), removes its
 * file. Resolves once the browser is done with it: Firefox resolves a pause only after it has
 * handled it, deleting a file that reached its real name meanwhile.
 */
export function stopHeld(ports: Ports, item: Pick<DownloadItem, 'id' | 'state'>, mayRemove: boolean): Promise<void> {
  const removeIfComplete = async (): Promise<boolean> => mayRemove && removeCompletedFile(ports, item.id);
  if (item.state === 'complete') return removeIfComplete().then(() => undefined);
  return ports.downloads.pause(item.id).catch(async (error: unknown) => {
    if (!(await removeIfComplete())) ports.log(`pause ${item.id}: ${String(error)}`);
  });
}

const REMOVE_TRIES = 20;
const REMOVE_RETRY_MS = 25;

/** Firefox can refuse right after completion ("the file doesn't exist": its view of the file
 * lags the move from `.part`), so it is tried again for up to half a second. */
async function removeFile(ports: Ports, downloadId: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const failure = await ports.downloads.removeFile(downloadId).then(() => undefined, (e: unknown) => String(e));
    if (!failure) return;
    if (attempt >= REMOVE_TRIES) return ports.log(`removeFile ${downloadId}: ${failure}`);
    await new Promise<void>((resolve) => ports.after(REMOVE_RETRY_MS, resolve));
  }
}

/**
 * Sets aside a stored hold whose download completed without a decision (again, if it was
 * retried from the browser's list): its file goes and the hold says so (`quarantined`:
 * proceeding fetches it again).
 */
export async function setAsideIfCompleted(ports: Ports, holds: HoldStore, hold: Hold): Promise<void> {
  if (hold.decision) return;
  if (!(await removeCompletedFile(ports, hold.downloadId))) return;
  if (!hold.quarantined) await holds.update(hold.holdId, (h) => ({ ...h, quarantined: true }));
  ports.log(`held download ${hold.downloadId} completed before its pause; its file was removed`);
}

