// Where to get Windows safely and where to report a fake site. Verified public URLs; shown on
// the warning page, the popup and the check page.

export const GET_WINDOWS_LINKS = [
  { id: 'win11', url: 'https://www.microsoft.com/software-download/windows11' },
  { id: 'win11arm', url: 'https://www.microsoft.com/software-download/windows11arm64' },
  { id: 'win10', url: 'https://www.microsoft.com/software-download/windows10ISO' },
  { id: 'mediaCreationTool', url: 'https://go.microsoft.com/fwlink/?linkid=2156295' },
  { id: 'insider', url: 'https://www.microsoft.com/windowsinsider/' },
] as const;

export type GetWindowsLinkId = (typeof GET_WINDOWS_LINKS)[number]['id'];

export const WINDOWS_11_PAGE = GET_WINDOWS_LINKS[0].url;

/** Microsoft's unsafe-site form; no documented parameter pre-fills the site. */
export const MICROSOFT_REPORT_URL = 'https://www.microsoft.com/en-us/wdsi/support/report-unsafe-site';
export const MICROSOFT_REPORT_GUEST_URL = 'https://www.microsoft.com/en-us/wdsi/support/report-unsafe-site-guest';

export function googleSafeBrowsingReportUrl(siteUrl: string): string {
  return `https://safebrowsing.google.com/safebrowsing/report_phish/?url=${encodeURIComponent(siteUrl)}`;
}
