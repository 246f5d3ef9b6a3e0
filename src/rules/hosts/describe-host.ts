// Host helpers for the UI: what to show for a site (its registrable domain, punycode and
// Unicode forms) and how to read what a user types into the allow/block list editor.
import { getDomain } from './public-suffix.ts';
import { withPrivateSuffixes } from './private-suffixes.ts';
import { hostToUnicode } from '../text/punycode.ts';
import { canonicalHost, splitUrl } from './url-parts.ts';

export interface HostDescription {
  /** ASCII form, as the browser uses it (`xn--…` for IDN). */
  hostname: string;
  /** Registrable domain (public suffix list, private suffixes included: `user.github.io`). */
  domain: string | null;
  /** Unicode form of the host, to show next to the punycode of a look-alike. */
  unicodeHostname: string;
  isIp: boolean;
  isPunycode: boolean;
}

const TLD_OPTIONS = { allowPrivateDomains: false, extractHostname: false } as const;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const ASCII_HOST = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Host of a URL (`https://…`) or of a bare host name (`example.com`); null if neither. */
function hostOf(urlOrHost: string): string | null {
  const text = urlOrHost.trim();
  if (text === '' || /\s/.test(text)) return null;
  // `blob:https://…` names its page's origin, `data:` and the like name no host: splitUrl knows.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(?:blob|data|javascript|about):/i.test(text)) {
    const parts = splitUrl(text);
    return parts && parts.host !== '' ? parts.host : null;
  }
  if (/[/?#@\\]/.test(text)) return hostOf(`http://${text}`);
  return canonicalHost(text.replace(/:\d+$/, ''));
}

export function describeHost(url: string): HostDescription | null {
  try {
    const hostname = typeof url === 'string' ? hostOf(url) : null;
    if (!hostname) return null;
    const isIp = hostname.startsWith('[') || IPV4.test(hostname);
    if (!isIp && !ASCII_HOST.test(hostname)) return null;
    return {
      hostname,
      domain: isIp ? null : withPrivateSuffixes(hostname, getDomain(hostname, TLD_OPTIONS)),
      unicodeHostname: hostToUnicode(hostname),
      isIp,
      isPunycode: hostname.split('.').some((label) => label.startsWith('xn--')),
    };
  } catch {
    return null;
  }
}

export function registrableDomain(urlOrHost: string): string | null {
  return describeHost(urlOrHost)?.domain ?? null;
}

/**
 * Reads one entry of the user's allow or block list. Accepts a host (`example.com`,
 * `*.example.com`, an IDN), or a URL (its host is taken); drops a leading `www.`. IP addresses
 * are accepted as they are (a LAN mirror is a fair thing to trust); they match only exactly.
 * A bare public suffix (`com`, `co.uk`) is refused: it would cover thousands of sites.
 */
export type DomainInputProblem = 'empty' | 'not-a-site' | 'suffix-only';

export function normalizeDomainInput(text: string): { ok: true; domain: string } | { ok: false; error: string; problem: DomainInputProblem } {
  const trimmed = typeof text === 'string' ? text.trim().replace(/^\*\./, '') : '';
  if (trimmed === '') return { ok: false, problem: 'empty', error: 'Enter a site name such as example.com.' };
  const described = describeHost(trimmed);
  if (!described) return { ok: false, problem: 'not-a-site', error: `"${trimmed}" is not a site name or web address.` };
  if (described.isIp) return { ok: true, domain: described.hostname };
  if (!described.domain) return { ok: false, problem: 'suffix-only', error: `"${trimmed}" is not a full site name (it needs a name before the ending, like example.com).` };
  const host = described.hostname.replace(/^www\./, '');
  return { ok: true, domain: host.length >= described.domain.length ? host : described.domain };
}
