// Every reason code the rules can give, with its default verdict and the one plain sentence
// the warning page shows. Codes are a stable contract: tests, the CLI and docs/rules.md use them.
import type { Reason, VerdictKind } from './types.ts';

interface ReasonInfo {
  /** The verdict this signal alone leads to. */
  verdict: VerdictKind;
  detail: string;
}

export const REASONS = {
  'lure-windows-12': {
    verdict: 'dangerous',
    detail: 'Microsoft has not released Windows 12, so anything offered as Windows 12 is fake.',
  },
  'lure-unreleased-windows': {
    verdict: 'dangerous',
    detail: 'It claims a Windows version Microsoft has never released (such as Windows 13), so it is fake.',
  },
  'lure-codename': {
    verdict: 'dangerous',
    detail: 'It uses a rumoured Windows code name, a common bait for fake downloads.',
  },
  'lure-modified-build': {
    verdict: 'suspicious',
    detail: 'It claims to be a modified Windows (lite, pre-activated, leaked or all-in-one), which often hides malware.',
  },
  'lure-activator': {
    verdict: 'dangerous',
    detail: 'It looks like a Windows activation crack, a common way to spread malware.',
  },
  'lure-password-archive': {
    verdict: 'suspicious',
    detail: 'Its name gives the password of a locked archive, a trick to keep antivirus from looking inside.',
  },
  'lookalike-domain': {
    verdict: 'dangerous',
    detail: 'The site name imitates Microsoft but the site does not belong to Microsoft.',
  },
  'homograph-domain': {
    verdict: 'dangerous',
    detail: 'The site name uses foreign letters that look like Latin ones to imitate a known name.',
  },
  'mixed-script-domain': {
    verdict: 'suspicious',
    detail: 'The site name mixes letters from different alphabets, a trick to imitate other sites.',
  },
  'subdomain-trick': {
    verdict: 'dangerous',
    detail: 'The address starts with a Microsoft name, but the site it really belongs to is a different one.',
  },
  'tool-site-impostor': {
    verdict: 'suspicious',
    detail: "The site is named for a well-known tool, such as Rufus or Ventoy, but it is not the tool's own site.",
  },
  'tool-homograph-domain': {
    verdict: 'dangerous',
    detail: "The site name spells a well-known Windows tool's site with letters from another alphabet.",
  },
  'userinfo-trick': {
    verdict: 'dangerous',
    detail: 'The address hides the real site behind a fake name before an "@" sign.',
  },
  'known-bad-domain': {
    verdict: 'dangerous',
    detail: 'This site is on the list of sites known to spread fake Windows downloads.',
  },
  'user-blocklisted': {
    verdict: 'dangerous',
    detail: 'You have blocked this site.',
  },
  'user-allowlisted': {
    verdict: 'unknown',
    detail: 'You have marked this site as trusted.',
  },
  'double-extension': {
    verdict: 'dangerous',
    detail: 'The file name ends in two extensions; the last one makes it a program, not what it pretends to be.',
  },
  'bidi-control': {
    verdict: 'dangerous',
    detail: 'The file name contains hidden characters that reverse text, to disguise what kind of file it is.',
  },
  'invisible-characters': {
    verdict: 'suspicious',
    detail: 'The file name contains invisible characters, often used to slip past filters.',
  },
  'executable-claims-windows': {
    verdict: 'dangerous',
    detail: 'This is a program, but its name claims to be a Windows disk image or installer.',
  },
  'archive-claims-windows': {
    verdict: 'suspicious',
    detail: 'This is a compressed archive whose name claims to hold Windows; Microsoft does not ship Windows that way.',
  },
  'too-small-for-windows': {
    verdict: 'dangerous',
    detail: 'It claims to be Windows but is far too small; real Windows images are several gigabytes.',
  },
  'official-name-unofficial-host': {
    verdict: 'suspicious',
    detail: "It carries the name of an official Microsoft file but does not come from Microsoft's servers.",
  },
  'windows-image-unofficial-host': {
    verdict: 'suspicious',
    detail: "It claims to be a Windows disk image but does not come from Microsoft's servers.",
  },
  'microsoft-app-unofficial-host': {
    verdict: 'suspicious',
    detail: 'It presents itself as the installer of a Microsoft app, but Microsoft does not ship its apps from this site.',
  },
  'windows-iso-tool-untrusted-site': {
    verdict: 'suspicious',
    detail: 'It claims to download or make Windows ISOs, from a site that imitates a download portal or is named for Windows ISOs.',
  },
  'windows-program-file-host': {
    verdict: 'suspicious',
    detail: 'It is a program that names Windows, shared on a file-sharing site: software makers do not ship Windows software that way.',
  },
  'update-site-untrusted': {
    verdict: 'suspicious',
    detail: "It is offered as an update or a fix by a site named as an update or repair service, not by the software's maker.",
  },
  'office-image-unofficial-host': {
    verdict: 'suspicious',
    detail: "It claims to be a Microsoft Office disk image but does not come from Microsoft's servers, so it may have been modified.",
  },
  'insecure-official': {
    verdict: 'suspicious',
    detail: 'It comes from a Microsoft address over an unencrypted connection, so it could have been swapped on the way.',
  },
  'ip-host': {
    verdict: 'suspicious',
    detail: 'It comes from a bare internet address instead of a named site.',
  },
  'data-url': {
    verdict: 'suspicious',
    detail: 'The file was made inside the web page rather than downloaded from a named site.',
  },
  'page-mentions-lure': {
    verdict: 'unknown',
    detail: 'This page mentions Windows 12 or a similar lure. A download offered as Windows 12 is fake; ISO Guard holds it.',
  },
  'official-source': {
    verdict: 'official',
    detail: "It comes from Microsoft's own servers.",
  },
  'rules-error': {
    verdict: 'suspicious',
    detail: 'ISO Guard could not check this download, so it was stopped to be safe.',
  },
} as const satisfies Record<string, ReasonInfo>;

export type ReasonCode = keyof typeof REASONS;

export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

export function isReasonCode(code: string): code is ReasonCode {
  return Object.hasOwn(REASONS, code);
}

export function reason(code: ReasonCode): Reason {
  return { code, detail: REASONS[code].detail };
}
