// Which address to report: the page that offered the file when it belongs to the site that
// served it (the landing page is what a reviewer wants to see), otherwise the file's own
// address, which is certainly on the flagged site. A referrer on another site (a forum, a
// search engine) is never reported. A file with no web address of its own (`data:`, an opaque
// `blob:`) was made by the page that offered it, so that page is reported, or nothing.
import type { Hold } from '../../shared/records.ts';

/** A page-made file (`blob:https://site/…`) belongs to the page's own address. */
export function webAddress(url: string): string {
  return url.startsWith('blob:') ? url.slice('blob:'.length) : url;
}

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

function isOnSite(url: string, site: string): boolean {
  const host = hostOf(url);
  return host !== undefined && (host === site || host.endsWith(`.${site}`));
}

/** The web address to report; null when neither the file nor its page has one. */
export function reportTarget(hold: Pick<Hold, 'url' | 'finalUrl' | 'referrer' | 'site'>): string | null {
  const file = webAddress(hold.finalUrl || hold.url);
  if (hostOf(file) === undefined) return hostOf(hold.referrer) === undefined ? null : hold.referrer;
  if (hold.referrer && isOnSite(hold.referrer, hold.site)) return hold.referrer;
  return file;
}
