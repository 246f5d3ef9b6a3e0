// Chromium waits ~15 s for an onDeterminingFilename listener, then finishes the download with
// its own name (measured in Chromium 156). A held download whose bytes are all in (a small file
// served fast can arrive before any pause lands) would then complete as a usable `.iso`. So,
// before that deadline, such a file is given a name nothing opens: `<name>.held`. Cancel
// deletes it; proceed downloads the file again under its real name. A held download still
// short of bytes keeps its name: it stays paused, and nothing reaches that name until resumed.
import type { HoldStore } from '../holds/hold-store.ts';
import type { PendingSuggestions } from './pending-suggestions.ts';
import type { DownloadItem, Ports } from '../ports.ts';

export const DECIDE_NAME_AFTER_MS = 10_000;
export const QUARANTINE_SUFFIX = '.held';

export function quarantineName(fileName: string): string {
  return fileName + QUARANTINE_SUFFIX;
}

export function hasEveryByte(item: DownloadItem): boolean {
  const received = item.bytesReceived ?? 0;
  const total = item.totalBytes ?? -1;
  return received > 0 && (total <= 0 || received >= total);
}

export interface QuarantineDeps {
  ports: Ports;
  holds: HoldStore;
  suggestions: PendingSuggestions;
}

/** Runs when the withheld name can wait no longer: the real name, or the quarantine name. */
export async function decideWithheldName({ ports, holds, suggestions }: QuarantineDeps, downloadId: number): Promise<void> {
  if (!suggestions.isPending(downloadId)) return;
  const [item] = await ports.downloads.search({ id: downloadId }).catch(() => []);
  const hold = await holds.forDownload(downloadId);
  if (!item || !hold || hold.decision || !hasEveryByte(item)) return suggestions.release(downloadId);
  await holds.update(hold.holdId, (h) => ({ ...h, quarantined: true }));
  suggestions.release(downloadId, { filename: quarantineName(hold.filename) });
}
