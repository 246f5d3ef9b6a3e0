// Turns a DownloadItem into the rules' input. Chrome gives a bare suggested name in
// onDeterminingFilename and a full path later; the rules accept either.
import { classify, type Ruleset } from '../../rules/index.ts';
import type { DownloadInput, Verdict } from '../../rules/types.ts';
import type { DownloadItem } from '../ports.ts';
import { withSuffixes } from '../state/suffix-rules.ts';

export function downloadInput(item: DownloadItem): DownloadInput {
  return {
    url: item.url,
    ...(item.finalUrl ? { finalUrl: item.finalUrl } : {}),
    ...(item.referrer ? { referrer: item.referrer } : {}),
    ...(item.filename ? { filename: item.filename } : {}),
    ...(item.mime ? { mime: item.mime } : {}),
    ...(item.totalBytes !== undefined && item.totalBytes >= 0 ? { totalBytes: item.totalBytes } : {}),
  };
}

export function judge(item: DownloadItem, ruleset: Ruleset): Verdict {
  return classify(downloadInput(item), ruleset);
}

/** The verdict with every public suffix rule it reads loaded (state/suffix-rules.ts). */
export function judgeFully(item: DownloadItem, ruleset: Ruleset): Promise<Verdict> {
  return withSuffixes(() => judge(item, ruleset));
}

/** The last path segment, for showing and for the verify page. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
