import { describeHost } from '../rules/index.ts';

/** The site to show and to trust: the registrable domain (of a `blob:` URL's page too), else
 * the hostname, else the raw text. */
export function siteOf(url: string): string {
  const host = describeHost(url);
  return host?.domain ?? host?.hostname ?? url.slice(0, 200);
}
