import { describeHost } from '../rules/index.ts';
import { NO_SITE } from '../shared/records.ts';

/** The site to show and to trust: the registrable domain (of a `blob:` URL's page too), else
 * the hostname. A download with no host of its own (`data:`, an opaque `blob:`) belongs to the
 * page that made it, its referrer; never to its URL's text, which that page wrote. */
export function siteOf(url: string, referrer = ''): string {
  const host = describeHost(url) ?? describeHost(referrer);
  return host?.domain ?? host?.hostname ?? NO_SITE;
}
