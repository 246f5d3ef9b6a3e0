// Splits a URL into the parts the rules look at, with a hand-written scan: `new URL()` costs
// about as much as a whole verdict. Follows the WHATWG parser where it matters for tricks:
// `\` ends the host like `/`, and the LAST `@` ends the userinfo.

export interface UrlParts {
  /** Lowercase, without the colon: `https`, `http`, `data`, `ftp` … */
  scheme: string;
  /** Lowercase ASCII host name (punycode for IDN, `[…]` for IPv6); '' when there is none. */
  host: string;
  /** Whatever stood before an `@` in the authority; '' when none. */
  userinfo: string;
  /** Path, query and fragment, as written. */
  rest: string;
}

function isSchemeChar(c: number, first: boolean): boolean {
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return first ? letter : letter || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

export function splitUrl(input: string): UrlParts | null {
  const url = input.charCodeAt(0) <= 32 || input.charCodeAt(input.length - 1) <= 32 ? input.trim() : input;
  // Most addresses are https: or http:, which need no scheme slice.
  let scheme = url.startsWith('https:') ? 'https' : url.startsWith('http:') ? 'http' : '';
  let at = scheme.length + 1;
  if (scheme === '') {
    let colon = 0;
    while (colon < url.length && isSchemeChar(url.charCodeAt(colon), colon === 0)) colon++;
    if (colon === 0 || url.charCodeAt(colon) !== 58) return null;
    scheme = url.slice(0, colon).toLowerCase();
    at = colon + 1;
  }
  if (scheme === 'blob') return splitUrl(url.slice(at)) ?? { scheme: 'blob', host: '', userinfo: '', rest: '' };
  if (scheme === 'data' || scheme === 'javascript' || scheme === 'about') {
    return { scheme, host: '', userinfo: '', rest: url.slice(at) };
  }
  while (at < url.length && (url.charCodeAt(at) === 47 || url.charCodeAt(at) === 92)) at++;
  const end = authorityEnd(url, at);
  const lastAt = url.lastIndexOf('@', end - 1);
  const hostStart = lastAt >= at ? lastAt + 1 : at;
  const userinfo = lastAt >= at ? url.slice(at, lastAt) : '';
  // DNS allows 253 characters; a longer name can serve nothing and is not read.
  if (end - hostStart > MAX_HOST) return null;
  let host = url.slice(hostStart, end);
  if (isPlainHost(host) && !endsInNumber(host)) {
    if (host.endsWith('.')) host = host.slice(0, -1);
  } else {
    const clean = cleanHost(host);
    if (clean === null) return null;
    host = clean;
  }
  return { scheme, host, userinfo, rest: url.slice(end) };
}

/** Where the authority ends (at / \\ ? # or the end). Short ones by a loop; past 512 characters
 * (megabytes of userinfo) by native searches, so the cost stays linear with a small constant. */
function authorityEnd(url: string, from: number): number {
  const stop = Math.min(url.length, from + 512);
  for (let i = from; i < stop; i++) {
    const c = url.charCodeAt(i);
    if (c === 47 || c === 92 || c === 63 || c === 35) return i;
  }
  if (stop === url.length) return stop;
  return Math.min(endOf(url, '/', stop), endOf(url, '\\', stop), endOf(url, '?', stop), endOf(url, '#', stop));
}

function endOf(url: string, ch: string, from: number): number {
  const at = url.indexOf(ch, from);
  return at < 0 ? url.length : at;
}
/** With room for a port, brackets and a trailing dot. */
const MAX_HOST = 300;

/**
 * A host whose last label is a number is an IPv4 address to the browser, however written:
 * `2130706433`, `0x7f.1` and `127.1` all open 127.0.0.1 (WHATWG URL "ends in a number").
 */
function endsInNumber(host: string): boolean {
  const trimmed = host.endsWith('.') ? host.slice(0, -1) : host;
  const c = trimmed.charCodeAt(trimmed.length - 1);
  if (!(c >= 48 && c <= 57) && !(c >= 97 && c <= 102)) return false;
  const last = trimmed.slice(trimmed.lastIndexOf('.') + 1);
  return /^(?:\d+|0x[0-9a-f]*)$/.test(last);
}

/** Only lowercase letters, digits, '-', '.', '_': nothing to canonicalise. */
function isPlainHost(host: string): boolean {
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 95)) return false;
  }
  return true;
}

function cleanHost(authority: string): string | null {
  let host = authority;
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    return close > 0 ? canonicalHost(host.slice(0, close + 1)) : null;
  }
  const colon = host.indexOf(':');
  if (colon >= 0) host = host.slice(0, colon);
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (/^[a-zA-Z0-9._-]*$/.test(host) && !endsInNumber(host.toLowerCase())) return host.toLowerCase();
  return canonicalHost(host);
}

/** IDN, percent-encoded or odd hosts: let the platform's URL parser canonicalise them. */
export function canonicalHost(host: string): string | null {
  if (host === '') return '';
  if (host.length > 1000) return null;
  try {
    const parsed = new URL(`http://${host}/`).hostname;
    return parsed.endsWith('.') ? parsed.slice(0, -1) : parsed;
  } catch {
    return null;
  }
}

/** The path of `rest` without query and fragment. */
export function pathOf(rest: string): string {
  let end = rest.length;
  const q = rest.indexOf('?');
  if (q >= 0) end = q;
  const h = rest.indexOf('#');
  if (h >= 0 && h < end) end = h;
  return rest.slice(0, end);
}

/** Path, plus the query when it is short: long queries are signatures and tracking, not words. */
export function wordsPartOf(rest: string, maxQuery = 160): string {
  const h = rest.indexOf('#');
  const noFragment = h >= 0 ? rest.slice(0, h) : rest;
  const q = noFragment.indexOf('?');
  if (q < 0 || noFragment.length - q <= maxQuery) return noFragment;
  return noFragment.slice(0, q);
}
