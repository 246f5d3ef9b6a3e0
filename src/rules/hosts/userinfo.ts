// Is what stands before `@` in an address a trick? `https://microsoft.com@evil.example/` opens
// evil.example while the reader sees microsoft.com; `https://first.last@intranet/` is only a user
// name. The trick shows a host: an IP address, or a name that ends in a real public suffix. A
// name of that shape is returned for the caller to judge by what it imitates: service accounts
// (deploy.bot, ops.app) end in words that are TLDs too, and imitate nothing.
import { parse } from './public-suffix.ts';
import { ipv4Number } from './special-addresses.ts';
import { percentDecode } from '../text/percent-decode.ts';

const OPTIONS = { allowPrivateDomains: false, extractHostname: false, validateHostname: true, mixedInputs: false } as const;

/** `true`: a trick whatever it names; a host name: judge it by what it names; `false`: a user name. */
export function userinfoShownHost(userinfo: string): boolean | string {
  if (userinfo === '') return false;
  const colon = userinfo.indexOf(':');
  const raw = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
  // No one's user name runs past the length of a whole host name (each character escaped):
  // megabytes before @ are padding that pushes the real host out of sight.
  if (raw.length > 3 * 253) return true;
  const user = percentDecode(raw).toLowerCase().replace(/\.$/, '');
  if (!user.includes('.') && !user.startsWith('[')) return false;
  // No one's user name runs past the length of a whole host name: padding hides the real host.
  if (user.length > 253 || user.startsWith('[') || user.startsWith('www.')) return true;
  if (ipv4Number(user) >= 0) return true;
  // The last part of an e-mail style login (user@mail.example) is a host too.
  const name = user.slice(user.lastIndexOf('@') + 1);
  const parsed = parse(name, OPTIONS);
  const shaped = parsed.domain !== null && parsed.publicSuffix !== null && parsed.domain !== name.slice(name.lastIndexOf('.') + 1) && isRealSuffix(parsed.publicSuffix);
  return shaped ? name : false;
}

/** True when the user name shows a host at all (the shape alone, before what it names). */
export function userinfoLooksLikeHost(userinfo: string): boolean {
  return userinfoShownHost(userinfo) !== false;
}

// Generic top-level domains a reader takes for the end of a host name: the original ones and
// those common on fake download sites. Country codes (two letters) and IDN TLDs count anyway.
const GENERIC_TLDS = new Set(['com', 'net', 'org', 'info', 'biz', 'edu', 'gov', 'mil', 'int', 'name', 'pro', 'app', 'dev', 'xyz', 'online', 'site', 'top', 'club', 'shop', 'store', 'tech', 'cloud', 'live', 'download', 'win', 'digital', 'link', 'click', 'website', 'space', 'fun', 'icu', 'vip']);

/**
 * Whether a public suffix came from a rule of the list rather than its "any last label" default.
 * tldts-icann (unlike tldts) leaves `isIcann` unset on a match, so that is read here: a suffix of
 * two or more labels only a rule gives; a single label counts when it is a country code, an IDN
 * TLD or a generic TLD above (not "last" in first.last@intranet).
 */
function isRealSuffix(suffix: string): boolean {
  return suffix.includes('.') || /^[a-z]{2}$/.test(suffix) || suffix.startsWith('xn--') || GENERIC_TLDS.has(suffix);
}
