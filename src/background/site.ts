import { registrableDomain } from '../rules/index.ts';

/** The site to show and to trust: the registrable domain, else the hostname, else the raw text. */
export function siteOf(url: string): string {
  try {
    const parsed = new URL(url);
    const inner = parsed.protocol === 'blob:' ? new URL(parsed.pathname) : parsed;
    return registrableDomain(inner.href) ?? inner.hostname ?? url;
  } catch {
    return url.slice(0, 200);
  }
}
