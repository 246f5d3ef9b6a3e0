// Where a host's registrable domain stops for hosting services on which anyone can publish a
// site of their own. tldts-icann carries only the Public Suffix List's ICANN section (the full
// list's private section was most of the service worker's code); these entries of the private
// section are the ones that matter here: the shared hosts and Microsoft customer namespaces the
// rules name, and the free hosts fake download sites use. Without them alice.github.io and
// mallory.github.io would be one site, "github.io", for trusting, blocking and warnings.
// Each is an entry of the private section (https://publicsuffix.org/list/public_suffix_list.dat);
// private-suffixes.test.ts checks that against the full list. Wildcard entries (*.azurecontainer.io)
// are not read: a customer's own label under them is still told apart, one level up.

/** Plain (not wildcard) entries of the Public Suffix List's private section. */
export const PRIVATE_SUFFIXES: ReadonlySet<string> = new Set([
  // Code hosts' pages and raw files (sharedHosts in official-sources.json)
  'github.io', 'githubusercontent.com', 'gitlab.io', 'codeberg.page', 'bitbucket.io',
  // Static and serverless hosting
  'pages.dev', 'workers.dev', 'r2.dev', 'netlify.app', 'vercel.app', 'web.app', 'firebaseapp.com', 'appspot.com',
  'googleapis.com', 'herokuapp.com', 'onrender.com', 'fly.dev', 'surge.sh', 'wixsite.com', 'blogspot.com',
  // Cloud storage and CDNs
  'cloudfront.net', 's3.amazonaws.com', 'blob.core.windows.net', 'web.core.windows.net',
  // Microsoft customer namespaces (customer-namespaces.json) that the list marks as private
  'azurewebsites.net', 'azurestaticapps.net', 'azureedge.net', 'azurefd.net', 'trafficmanager.net', 'cloudapp.net', 'azure-api.net',
  // Tunnels and dynamic DNS
  'ngrok.io', 'ngrok-free.app', 'duckdns.org',
]);

/**
 * The registrable domain of `host` with the private suffixes above, from its ICANN one: one label
 * more than the longest private suffix it ends in; null when the host is such a suffix itself.
 */
export function withPrivateSuffixes(host: string, icannDomain: string | null): string | null {
  if (icannDomain === null || !host.endsWith(icannDomain)) return icannDomain;
  let domain: string | null = icannDomain;
  // `start` moves left one label at a time: the start of each longer suffix of the host.
  for (let start = host.length - icannDomain.length; ; ) {
    const labelBefore = start >= 2 ? host.lastIndexOf('.', start - 2) + 1 : 0;
    if (PRIVATE_SUFFIXES.has(start === 0 ? host : host.slice(start))) domain = start === 0 ? null : host.slice(labelBefore);
    if (start === 0) return domain;
    start = labelBefore;
  }
}
