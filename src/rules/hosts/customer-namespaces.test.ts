// Microsoft parents that hold names customers choose (issue 11, kind 3): judged like shared
// hosts, by the file, with the customer's own name read for lures and look-alikes.
import { describe, expect, it } from 'vitest';
import officialSources from '../data/official-sources.json' with { type: 'json' };
import customerNamespaces from '../data/customer-namespaces.json' with { type: 'json' };
import { bundledRuleset } from '../ruleset/bundled-rules.ts';
import { classify } from '../classify.ts';
import { classifyPage } from '../classify-page.ts';
import type { DownloadInput, VerdictKind } from '../types.ts';

const rules = bundledRuleset();
const summary = (v: { verdict: VerdictKind; reasons: { code: string }[] }) => ({ verdict: v.verdict, codes: v.reasons.map((r) => r.code) });

describe('customer namespaces: pages', () => {
  it.each([
    ['a SharePoint tenant', 'https://contoso.sharepoint.com/sites/it', 'unknown', []],
    ["Microsoft's own SharePoint tenant", 'https://microsoft.sharepoint.com/teams/windows', 'official', ['official-source']],
    ['a web app named like Microsoft', 'https://microsoft-windows-download.azurewebsites.net/', 'dangerous', ['lookalike-domain']],
    ['a storage account that sells Windows 12', 'https://win12iso.blob.core.windows.net/', 'dangerous', ['lure-windows-12']],
    ['an Azure VM with an ordinary name', 'https://myvm.eastus.cloudapp.azure.com/', 'unknown', []],
    ['an Azure VM named as a typo of Microsoft', 'https://micros0ft.westeurope.cloudapp.azure.com/', 'dangerous', ['lookalike-domain']],
    ['an Azure DevOps organisation', 'https://dev.azure.com/contoso/_git/app', 'unknown', []],
    ['an Azure DevOps organisation named to sell Windows 12', 'https://dev.azure.com/windows12-free/_git/iso', 'dangerous', ['lookalike-domain', 'lure-windows-12']],
    ['an older DevOps address', 'https://fabrikam.visualstudio.com/', 'unknown', []],
    ["Visual Studio's own site", 'https://code.visualstudio.com/download', 'official', ['official-source']],
    ["Azure's portal", 'https://portal.azure.com/', 'official', ['official-source']],
  ] as const)('%s', (_desc, url, verdict, codes) => {
    expect(summary(classifyPage(url, rules))).toEqual({ verdict, codes: [...codes] });
  });
});

describe('customer namespaces: downloads', () => {
  const cases: { desc: string; input: DownloadInput; expected: VerdictKind }[] = [
    { desc: 'a Windows image from a storage account is not official', input: { url: 'https://contoso.blob.core.windows.net/isos/Win11_24H2_English_x64.iso' }, expected: 'suspicious' },
    { desc: 'a Linux ISO from a storage account', input: { url: 'https://contoso.blob.core.windows.net/isos/debian-12.8.0-amd64-netinst.iso' }, expected: 'unknown' },
    { desc: 'subscriber downloads are official', input: { url: 'https://download.my.visualstudio.com/db/en_windows_11_business_editions_x64_dvd_c3b9c1a8.iso' }, expected: 'official' },
    { desc: 'Windows Update catalog files are official', input: { url: 'https://catalog.s.download.windowsupdate.com/d/msdownload/update/software/x.cab', filename: 'windows11.0-kb5044284-x64.cab' }, expected: 'official' },
  ];
  it.each(cases)('$desc', ({ input, expected }) => {
    expect(classify(input, rules).verdict).toBe(expected);
  });
});

describe('sources', () => {
  it('every official host and every customer namespace names a public source', () => {
    const sources = (officialSources as { hostSources: Record<string, string> }).hostSources;
    expect(officialSources.officialHosts.filter((host) => !sources[host])).toEqual([]);
    for (const row of customerNamespaces.customerNamespaces) expect(row.source).toMatch(/^https:\/\/learn\.microsoft\.com\//);
  });
});
