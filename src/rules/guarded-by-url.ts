// The guard's first, cheap look, in downloads.onCreated before the file name is known: should
// this download be paused right away? Yes when the URL or MIME type already says "disk image",
// or the address carries a lure or a bad host, and it is not served by Microsoft over HTTPS.
// A false "yes" only costs a pause until the full verdict; so on any doubt it says yes.
import { addHostSignals, addressLures, sideOf } from './download-sides.ts';
import { isDiskImageMime } from './files/file-name.ts';
import { Findings } from './findings.ts';
import { safeDecode } from './text/normalize-text.ts';
import type { Ruleset } from './ruleset/ruleset.ts';
import type { DownloadInput } from './types.ts';

const imageInUrlCache = new WeakMap<ReadonlySet<string>, RegExp>();

/** `.iso` etc. at the end of a path segment or of a `filename=` value in the query. */
function imageInUrl(types: ReadonlySet<string>): RegExp {
  let re = imageInUrlCache.get(types);
  if (!re) {
    re = new RegExp(`\\.(?:${[...types].join('|')})(?=$|[^a-z0-9])`, 'i');
    imageInUrlCache.set(types, re);
  }
  return re;
}

export function guardedByUrl(download: Pick<DownloadInput, 'url' | 'finalUrl' | 'mime' | 'referrer'>, ruleset: Ruleset): boolean {
  try {
    const url = typeof download.url === 'string' ? download.url : '';
    const finalUrl = typeof download.finalUrl === 'string' && download.finalUrl !== '' ? download.finalUrl : url;
    const serving = sideOf(finalUrl, ruleset);
    if (serving?.facts?.official && serving.parts.scheme === 'https') return false;
    if (isDiskImageMime(download.mime, ruleset.rules.fileTypes)) return true;
    const images = imageInUrl(ruleset.rules.fileTypes.diskImages);
    const sides = [serving, finalUrl !== url ? sideOf(url, ruleset) : null];
    const findings = new Findings();
    for (const side of sides) {
      if (!side) continue;
      if (images.test(safeDecode(side.parts.rest))) return true;
      addHostSignals(side, findings, true, ruleset);
      if (findings.trigger) return true;
      if (addressLures(side, ruleset).length > 0) return true;
    }
    return false;
  } catch {
    return true;
  }
}
