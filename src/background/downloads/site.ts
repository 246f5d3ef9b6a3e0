import { describeHost, type HostDescription } from '../../rules/index.ts';
import { NO_SITE } from '../../shared/records.ts';
import { withSuffixes } from '../state/suffix-rules.ts';

/** The host a download is shown and judged by: its own (of a `blob:` URL's page too); for one
 * with no host of its own (`data:`, an opaque `blob:`), the page that made it, its referrer;
 * never its URL's text, which that page wrote. */
export function downloadHost(url: string, referrer = ''): Promise<HostDescription | null> {
  return withSuffixes(() => describeHost(url) ?? describeHost(referrer));
}

/** The site to show and to trust: the registrable domain of downloadHost, else its hostname. */
export async function siteOf(url: string, referrer = ''): Promise<string> {
  const host = await downloadHost(url, referrer);
  return host?.domain ?? host?.hostname ?? NO_SITE;
}
