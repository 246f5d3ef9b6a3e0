// classifyPage (the popup's status) and guardedByUrl (the guard's first, cheap look).
import { describe, expect, it } from 'vitest';
import { bundledRuleset } from './ruleset/bundled-rules.ts';
import { classifyPage } from './classify-page.ts';
import { guardedByUrl } from './guarded-by-url.ts';
import type { DownloadInput, VerdictKind } from './types.ts';

const rules = bundledRuleset({ allow: ['trusted-mirror.example'], block: ['blocked.example'] });

const pages: { desc: string; input: string; expected: { verdict: VerdictKind; codes: string[] } }[] = [
  { desc: "Microsoft's download page", input: 'https://www.microsoft.com/en-us/software-download/windows11', expected: { verdict: 'official', codes: ['official-source'] } },
  { desc: "Microsoft's download host", input: 'https://software.download.prss.microsoft.com/', expected: { verdict: 'official', codes: ['official-source'] } },
  // What a page says is not what the site is (issue 12): words only in the path or query.
  { desc: 'a lure page path on an ordinary site', input: 'https://isos.example/windows-12-iso-download', expected: { verdict: 'unknown', codes: ['page-mentions-lure'] } },
  { desc: 'a modified-build page on an ordinary site', input: 'https://isos.example/windows-11-superlite-download', expected: { verdict: 'unknown', codes: ['page-mentions-lure'] } },
  { desc: 'a news article on Windows 12', input: 'https://www.theverge.com/2026/1/10/24339/windows-12-release-date-rumors', expected: { verdict: 'unknown', codes: ['page-mentions-lure'] } },
  { desc: 'a web search for a Windows 12 ISO', input: 'https://duckduckgo.com/?q=windows+12+iso+download&ia=web', expected: { verdict: 'unknown', codes: ['page-mentions-lure'] } },
  { desc: 'a video search', input: 'https://www.youtube.com/results?search_query=windows+12+iso', expected: { verdict: 'unknown', codes: ['page-mentions-lure'] } },
  { desc: "Microsoft's community forum", input: 'https://answers.microsoft.com/en-us/windows/forum/all/windows-12-iso/abc', expected: { verdict: 'official', codes: ['official-source'] } },
  // Site-level evidence: what the site is.
  { desc: 'a host name that sells Windows 12', input: 'https://windows12-download.ru/', expected: { verdict: 'dangerous', codes: ['lookalike-domain', 'lure-windows-12'] } },
  { desc: 'a glued host name that sells Windows 12', input: 'https://getwin12.com/', expected: { verdict: 'dangerous', codes: ['lure-windows-12'] } },
  { desc: 'a host name win12iso', input: 'https://win12iso.net/download', expected: { verdict: 'dangerous', codes: ['lure-windows-12'] } },
  { desc: 'a look-alike site', input: 'https://microsoft-download.net/windows-11', expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'a homograph of microsoft.com', input: 'https://xn--microsft-sbh.com/', expected: { verdict: 'dangerous', codes: ['homograph-domain'] } },
  { desc: 'a subdomain trick', input: 'https://microsoft.com-download.info/win11', expected: { verdict: 'dangerous', codes: ['subdomain-trick'] } },
  { desc: 'a userinfo trick', input: 'https://microsoft.com@evil.example/', expected: { verdict: 'dangerous', codes: ['userinfo-trick'] } },
  { desc: 'a known-bad site', input: 'https://windows-upgraded.com/', expected: { verdict: 'dangerous', codes: ['known-bad-domain', 'lookalike-domain'] } },
  { desc: 'a site the user blocked', input: 'https://www.blocked.example/', expected: { verdict: 'dangerous', codes: ['user-blocklisted'] } },
  { desc: 'a site the user trusts', input: 'https://trusted-mirror.example/windows-12', expected: { verdict: 'unknown', codes: ['user-allowlisted'] } },
  { desc: 'an ordinary page', input: 'https://en.wikipedia.org/wiki/Microsoft_Windows', expected: { verdict: 'unknown', codes: [] } },
  { desc: 'a browser page', input: 'chrome://extensions/', expected: { verdict: 'ignored', codes: [] } },
  { desc: 'about:blank', input: 'about:blank', expected: { verdict: 'ignored', codes: [] } },
  { desc: 'an extension page', input: 'chrome-extension://abcdefghijklmnop/popup.html', expected: { verdict: 'ignored', codes: [] } },
  { desc: 'a Firefox extension page', input: 'moz-extension://1234-5678/popup.html', expected: { verdict: 'ignored', codes: [] } },
  { desc: 'a local file', input: 'file:///home/me/Windows12.iso', expected: { verdict: 'ignored', codes: [] } },
  { desc: 'garbage', input: 'not a url', expected: { verdict: 'ignored', codes: [] } },
];

const urls: { desc: string; input: Pick<DownloadInput, 'url' | 'finalUrl' | 'mime' | 'referrer'>; expected: boolean }[] = [
  { desc: 'an ISO path', input: { url: 'https://releases.ubuntu.com/24.04/ubuntu.iso' }, expected: true },
  { desc: 'an image named in the query', input: { url: 'https://objects.example/x?response-content-disposition=attachment%3B%20filename%3Dventoy.iso' }, expected: true },
  { desc: 'SourceForge style /x.iso/download', input: { url: 'https://sourceforge.net/projects/x/files/x.iso/download' }, expected: true },
  { desc: 'disk image MIME type', input: { url: 'https://cdn.example/get?id=1', mime: 'application/x-iso9660-image' }, expected: true },
  { desc: 'the final URL is an image', input: { url: 'https://cdn.example/get?id=1', finalUrl: 'https://mirror.example/disk.vhdx' }, expected: true },
  { desc: 'a lure in the path', input: { url: 'https://cdn.example/windows-12-setup' }, expected: true },
  { desc: 'a look-alike host', input: { url: 'https://microsoft-download.net/get' }, expected: true },
  { desc: 'a known-bad host', input: { url: 'https://windows-upgraded.com/get' }, expected: true },
  { desc: 'Microsoft over HTTPS', input: { url: 'https://software.download.prss.microsoft.com/dbazure/Win11_24H2_English_x64.iso?t=1' }, expected: false },
  { desc: 'Microsoft over HTTP is still checked', input: { url: 'http://download.microsoft.com/x/Win11.iso' }, expected: true },
  { desc: 'a PDF', input: { url: 'https://example.com/report.pdf' }, expected: false },
  { desc: 'an ordinary program', input: { url: 'https://www.7-zip.org/a/7z2408-x64.exe' }, expected: false },
  { desc: 'garbage', input: { url: '::::' }, expected: false },
];

describe('classifyPage', () => {
  it.each(pages)('$desc', ({ input, expected }) => {
    const verdict = classifyPage(input, rules);
    expect({ verdict: verdict.verdict, codes: verdict.reasons.map((r) => r.code) }).toEqual(expected);
  });
});

describe('guardedByUrl', () => {
  it.each(urls)('$desc', ({ input, expected }) => {
    expect(guardedByUrl(input, rules)).toBe(expected);
  });
});
