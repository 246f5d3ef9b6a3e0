// The lure lab's sample downloads and pages. Each one is served under a real-looking host name
// that Chromium maps to loopback (see `hostResolverRules`). Tests, the demo and the benchmark
// all use these, so a sample's meaning is defined once.

export interface Sample {
  id: string;
  /** What the sample stands for, shown on the lab's index page and in the demo output. */
  title: string;
  host: string;
  path: string;
  mime: string;
  bytes: number;
  /** Content-Disposition header; when it carries `filename=` that is the only source of the name. */
  disposition: string;
  /** What ISO Guard must do with it. */
  expected: 'held' | 'passed';
}

export const KiB = 1024;
export const MiB = 1024 * KiB;

export const SAMPLES = [
  {
    id: 'official-win11',
    title: 'Windows 11 ISO from Microsoft',
    host: 'software.download.prss.microsoft.com',
    path: '/dbazure/Win11_24H2_English_x64.iso?t=lab&P1=1&P2=2&P3=3&P4=signature',
    mime: 'application/octet-stream',
    bytes: 2 * MiB,
    disposition: 'attachment',
    expected: 'passed',
  },
  {
    id: 'ubuntu',
    title: 'Ubuntu ISO from releases.ubuntu.com',
    host: 'releases.ubuntu.com',
    path: '/24.04/ubuntu-24.04.3-desktop-amd64.iso',
    mime: 'application/x-iso9660-image',
    bytes: 2 * MiB,
    disposition: 'attachment',
    expected: 'passed',
  },
  {
    id: 'windows12',
    title: '"Windows 12" ISO from a download site',
    host: 'win12-download.example',
    path: '/files/Windows_12_Pro_x64_Activated.iso',
    mime: 'application/x-iso9660-image',
    bytes: 3 * MiB,
    disposition: 'attachment',
    expected: 'held',
  },
  {
    id: 'lookalike',
    title: 'Windows 11 ISO name on a lookalike Microsoft domain',
    host: 'microsoft-software-download.example',
    path: '/download/Win11_24H2_English_x64.iso',
    mime: 'application/octet-stream',
    bytes: 2 * MiB,
    disposition: 'attachment',
    expected: 'held',
  },
  {
    // Under a second-level domain of a country (info.pl): its site is windows12-iso.info.pl, which
    // only the Public Suffix List's rules for .pl tell (the worker loads them on first need).
    id: 'windows12-country-domain',
    title: '"Windows 12" ISO from a site under a country\'s second-level domain (info.pl)',
    host: 'windows12-iso.info.pl',
    path: '/files/Windows_12_Pro_x64_Activated.iso',
    mime: 'application/x-iso9660-image',
    bytes: 3 * MiB,
    disposition: 'attachment',
    expected: 'held',
  },
  {
    id: 'ubuntu-country-mirror',
    title: 'Ubuntu ISO from a university mirror (ac.uk)',
    host: 'mirror.example.ac.uk',
    path: '/ubuntu/ubuntu-24.04.3-desktop-amd64.iso',
    mime: 'application/x-iso9660-image',
    bytes: 2 * MiB,
    disposition: 'attachment',
    expected: 'passed',
  },
  {
    id: 'disposition-only',
    title: '100 KB lure named only by Content-Disposition',
    host: 'files.lure.example',
    path: '/get?id=7',
    mime: 'application/octet-stream',
    bytes: 100 * KiB,
    disposition: 'attachment; filename="Windows12_SuperLite_x64.iso"',
    expected: 'held',
  },
  {
    id: 'pdf',
    title: 'A plain PDF',
    host: 'docs.example.org',
    path: '/manual.pdf',
    mime: 'application/pdf',
    bytes: 64 * KiB,
    disposition: 'attachment; filename="manual.pdf"',
    expected: 'passed',
  },
] as const satisfies readonly Sample[];

export type SampleId = (typeof SAMPLES)[number]['id'];

/** HTML pages for the popup's status check. */
export const PAGES = {
  officialMicrosoft: { host: 'www.microsoft.com', path: '/en-us/software-download/windows11', title: 'Download Windows 11' },
  lookalike: { host: 'microsoft-software-download.example', path: '/windows-12-iso-download', title: 'Windows 12 ISO Download' },
  neutral: { host: 'blog.example.org', path: '/', title: 'A neutral page' },
  /** The same look-alike site, another page: a site continued to stays open for the session. */
  lookalikeOther: { host: 'microsoft-software-download.example', path: '/about', title: 'About us' },
  /** A real news site's shape: Windows 12 only in the path. */
  newsAboutLure: { host: 'www.theverge.com', path: '/2026/11/30/windows-12-iso-download-rumours', title: 'Is there a Windows 12 ISO?' },
  /** A look-alike under a country's second-level domain: the site is microsoft-software-download.info.pl. */
  lookalikeCountry: { host: 'microsoft-software-download.info.pl', path: '/windows-12-iso-download', title: 'Windows 12 ISO Download' },
  /** A site whose one name mixes alphabets (a Cyrillic а in "apple"): suspicious, not a look-alike. */
  mixedScript: { host: 'xn--pple-43d.com', path: '/', title: 'A mixed-script site' },
} as const;

export const LAB_HOST = 'lab.isoguard.example';

/** Every lab host resolves to loopback; nothing the browser asks for leaves the machine. */
export const HOST_RESOLVER_RULES = 'MAP * 127.0.0.1, EXCLUDE localhost';
