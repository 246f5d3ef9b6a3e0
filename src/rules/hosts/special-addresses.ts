// Is an address one a public web site could have? For IP addresses, the ranges are IANA's IPv4 and IPv6
// Special-Purpose Address Registries (RFC 6890 and its updates), plus multicast and the reserved
// 240/4, none of which serves a public site: https://www.iana.org/assignments/iana-ipv4-special-registry
// and https://www.iana.org/assignments/iana-ipv6-special-registry. A download from one of them
// comes from the user's own network (a NAS, a lab, an intranet), not from a stranger's server.
// Hand-kept rather than a package: about twenty rows, and an address parser (ipaddr.js) would add
// ~10 KB to the service worker for what the browser's URL parser already canonicalised.

/** [first address, prefix length, what it is]. */
const IPV4_SPECIAL: readonly (readonly [string, number, string])[] = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'private use (RFC 1918)'],
  ['100.64.0.0', 10, 'shared address space, carrier-grade NAT (RFC 6598)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private use (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation (TEST-NET-1)'],
  ['192.88.99.0', 24, 'deprecated 6to4 relay anycast'],
  ['192.168.0.0', 16, 'private use (RFC 1918)'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation (TEST-NET-2)'],
  ['203.0.113.0', 24, 'documentation (TEST-NET-3)'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved, and the limited broadcast address'],
];

const IPV6_SPECIAL: readonly (readonly [string, number, string])[] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['64:ff9b:1::', 48, 'local-use IPv4/IPv6 translation'],
  ['100::', 64, 'discard-only'],
  ['2001::', 23, 'IETF protocol assignments (benchmarking, ORCHID …)'],
  ['2001:db8::', 32, 'documentation'],
  ['3fff::', 20, 'documentation (RFC 9637)'],
  ['5f00::', 16, 'segment routing SIDs'],
  ['fc00::', 7, 'unique local (ULA)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'deprecated site-local'],
  ['ff00::', 8, 'multicast'],
];

/** A dotted-quad IPv4 address as a number, or -1. */
export function ipv4Number(text: string): number {
  const parts = text.split('.');
  if (parts.length !== 4) return -1;
  let n = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return -1;
    n = n * 256 + Number(part);
  }
  return n;
}

/** An IPv6 address (no brackets) as eight 16-bit groups, or null. */
export function ipv6Groups(text: string): number[] | null {
  let body = text;
  const lastColon = body.lastIndexOf(':');
  if (body.includes('.', lastColon)) {
    // A dotted IPv4 tail (::ffff:127.0.0.1) is two groups written another way.
    const v4 = ipv4Number(body.slice(lastColon + 1));
    if (v4 < 0) return null;
    body = `${body.slice(0, lastColon + 1)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const read = (half: string | undefined): number[] | null => {
    if (!half) return [];
    const out: number[] = [];
    for (const group of half.split(':')) {
      if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
      out.push(parseInt(group, 16));
    }
    return out;
  };
  const head = read(halves[0]);
  const rest = read(halves[1]);
  if (!head || !rest) return null;
  const known = head.length + rest.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return null;
  return [...head, ...new Array<number>(8 - known).fill(0), ...rest];
}

function inRange6(groups: readonly number[], prefix: readonly number[], bits: number): boolean {
  for (let i = 0; i < 8 && bits > 0; i++, bits -= 16) {
    const mask = bits >= 16 ? 0xffff : (0xffff << (16 - bits)) & 0xffff;
    if (((groups[i] as number) & mask) !== ((prefix[i] as number) & mask)) return false;
  }
  return true;
}

// Parsed on first use, not when the worker starts: most hosts are names, not addresses.
let v4: (readonly [number, number])[] | undefined;
let v6: (readonly [number[], number])[] | undefined;
const specialV4 = () => (v4 ??= IPV4_SPECIAL.map(([base, bits]) => [ipv4Number(base), bits] as const));
const specialV6 = () => (v6 ??= IPV6_SPECIAL.map(([base, bits]) => [ipv6Groups(base) ?? [], bits] as const));

function isPublicIpv4(n: number): boolean {
  for (const [base, bits] of specialV4()) {
    const size = 2 ** (32 - bits);
    if (n >= base && n < base + size) return false;
  }
  return true;
}

/** True for an address a public site could have; false for special-purpose ones or non-addresses. */
export function isPublicAddress(host: string): boolean {
  if (host.startsWith('[')) {
    const groups = ipv6Groups(host.slice(1, -1));
    if (!groups) return false;
    // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address.
    const embedsV4 = (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) || inRange6(groups, [0x64, 0xff9b, 0, 0, 0, 0, 0, 0], 96);
    if (embedsV4) return isPublicIpv4((groups[6] as number) * 65536 + (groups[7] as number));
    return !specialV6().some(([prefix, bits]) => inRange6(groups, prefix, bits));
  }
  const n = ipv4Number(host);
  return n >= 0 && isPublicIpv4(n);
}

// Names that never resolve on the public internet: reserved by RFC 6761 (test, example, invalid,
// localhost), RFC 6762 (local) and RFC 8375 (home.arpa), kept for private use by ICANN (internal,
// 2024), or never delegated for their name collisions (corp, home, lan …): an intranet's shares.
const PRIVATE_USE_TLDS: ReadonlySet<string> = new Set(['local', 'localhost', 'localdomain', 'internal', 'intranet', 'lan', 'corp', 'home', 'arpa', 'private', 'test', 'example', 'invalid']);

/** True when a host name ends in a top-level domain kept for private networks (`nas.local`, `files.corp`). */
export function isPrivateUseName(host: string): boolean {
  return PRIVATE_USE_TLDS.has(host.slice(host.lastIndexOf('.') + 1));
}
