// Table-driven tests of classify(): every signal, and the benign downloads that must stay quiet.
import { describe, expect, it } from 'vitest';
import { bundledRuleset } from './ruleset/bundled-rules.ts';
import { classify } from './classify.ts';
import type { DownloadInput, VerdictKind } from './types.ts';

interface Row {
  desc: string;
  input: DownloadInput;
  expected: { verdict: VerdictKind; codes: string[] };
}

const rules = bundledRuleset();
const MS_ISO = 'https://software.download.prss.microsoft.com/dbazure/Win11_24H2_English_x64.iso?t=2f0c&P1=1730000000&P2=601&P3=2&P4=abc';

const signals: Row[] = [
  { desc: 'Windows 12 in the file name', input: { url: 'https://cdn.example.net/f/1', filename: 'Windows 12 Pro x64.iso' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'win12 glued together', input: { url: 'https://cdn.example.net/win12.iso' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'Windows_12 with underscore', input: { url: 'https://cdn.example.net/a', filename: 'Windows_12_x64.img' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'Windows.12 with a dot', input: { url: 'https://cdn.example.net/a', filename: 'Windows.12.Pro.iso' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'W - 12 spaced out, with an edition, still claims Windows (a bare W12 may be a week number)', input: { url: 'https://cdn.example.net/a', filename: 'W - 12 Pro.iso', totalBytes: 5e9 }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'W12 with build words', input: { url: 'https://cdn.example.net/a', filename: 'W12_Pro_x64.iso' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'full-width digits', input: { url: 'https://cdn.example.net/a', filename: 'Windows１２.iso' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'Cyrillic і in Windows', input: { url: 'https://cdn.example.net/a', filename: 'Wіndows 12.iso' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'zero-width space inside the word', input: { url: 'https://cdn.example.net/a', filename: 'Win\u200bdows 12.iso' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'invisible-characters', 'windows-image-unofficial-host'] } },
  { desc: 'URL-encoded in the path', input: { url: 'https://cdn.example.net/Windows%2012%20Pro.iso' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'Windows 12 only on the page, setup.exe', input: { url: 'https://files.example.org/setup.exe', pageUrl: 'https://win-portal.example/windows-12-iso-download' }, expected: { verdict: 'suspicious', codes: ['lure-windows-12'] } },
  { desc: 'Windows 12 in the referrer', input: { url: 'https://files.example.org/get', filename: 'installer.exe', referrer: 'https://blog.example/windows-12-free-download' }, expected: { verdict: 'suspicious', codes: ['lure-windows-12'] } },
  // Address details that are not tricks (issue 11, kind 6).
  { desc: 'a user name with a dot on an intranet server', input: { url: 'https://first.last@nas.intranet/isos/debian-12.iso' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'a carrier-grade NAT address is not a public IP', input: { url: 'http://100.72.1.9/share/debian-12.iso' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'a unique local IPv6 address is not a public IP', input: { url: 'http://[fd00:1::20]/isos/debian-12.iso' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'loopback written as one number', input: { url: 'http://2130706433/debian-12.iso' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'a public address written as one number', input: { url: 'http://134744072/download.iso' }, expected: { verdict: 'suspicious', codes: ['ip-host'] } },
  { desc: 'a numbered split install image (install2.swm) off Microsoft', input: { url: 'https://files.fm/down.php?i=abc12&n=install2.swm', filename: 'install2.swm', totalBytes: 3_758_096_384 }, expected: { verdict: 'suspicious', codes: ['windows-image-unofficial-host'] } },
  { desc: 'a right-to-left override in a name whose real type is plain (…osi.rcs shows as …scr.iso)', input: { url: 'https://dl.cdnfiles.top/x/31', filename: 'Win11_24H2_\u202eosi.rcs', totalBytes: 2_000_000 }, expected: { verdict: 'dangerous', codes: ['bidi-control'] } },
  { desc: 'a Microsoft host name before @ is a trick', input: { url: 'https://software.download.prss.microsoft.com@files.example/Win11_24H2_English_x64.iso' }, expected: { verdict: 'dangerous', codes: ['userinfo-trick', 'official-name-unofficial-host'] } },
  // Words on the linking page: what the file and its host say outweighs them (issue 11, kind 7).
  { desc: 'a news article on Windows 12 linking a Linux ISO on its project host', input: { url: 'https://releases.ubuntu.com/24.04/ubuntu-24.04.1-desktop-amd64.iso', pageUrl: 'https://news.example.com/2026/windows-12-release-date-leak', referrer: 'https://news.example.com/2026/windows-12-release-date-leak' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'a forum thread on Windows 12 linking a Fedora ISO on a mirror', input: { url: 'https://mirror.init7.net/fedora/linux/releases/41/Workstation/x86_64/iso/Fedora-Workstation-Live-x86_64-41-1.4.iso', referrer: 'https://forum.example.org/t/windows-12-leaked-build/991' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'a plainly named image linked from a Windows 12 page elsewhere', input: { url: 'https://cdn.files.example/d/8f3a9c.iso', referrer: 'https://blog.example/windows-12-iso-download' }, expected: { verdict: 'suspicious', codes: ['lure-windows-12'] } },
  { desc: 'a plainly named image from the Windows 12 page site itself', input: { url: 'https://isos.example/get/download.iso', pageUrl: 'https://isos.example/windows-12-iso-download' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12'] } },
  { desc: 'a host name that sells Windows 12 stays strong on the page', input: { url: 'https://cdn.files.example/d/ubuntu.iso', pageUrl: 'https://windows12-download.example/' }, expected: { verdict: 'dangerous', codes: ['lookalike-domain', 'lure-windows-12'] } },
  { desc: 'a glued host name that sells Windows 12', input: { url: 'https://getwin12.com/x.iso' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12'] } },
  { desc: 'codename Hudson Valley', input: { url: 'https://cdn.example.net/a', filename: 'Hudson_Valley_x64.iso' }, expected: { verdict: 'dangerous', codes: ['lure-codename'] } },
  { desc: 'codename Next Valley with Windows', input: { url: 'https://cdn.example.net/a', filename: 'Windows Next Valley build.iso' }, expected: { verdict: 'dangerous', codes: ['lure-codename', 'windows-image-unofficial-host'] } },
  { desc: 'leaked build', input: { url: 'https://cdn.example.net/a', filename: 'Windows 11 leaked build 27000.iso', totalBytes: 5e9 }, expected: { verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] } },
  { desc: 'pre-activated', input: { url: 'https://cdn.example.net/a', filename: 'Win11 Pro Pre-Activated x64.iso', totalBytes: 5e9 }, expected: { verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] } },
  { desc: 'superlite', input: { url: 'https://cdn.example.net/a', filename: 'Windows 11 SuperLite.iso', totalBytes: 3e9 }, expected: { verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] } },
  { desc: 'debloated AIO', input: { url: 'https://cdn.example.net/a', filename: 'Windows10_AIO_Debloated.iso', totalBytes: 4e9 }, expected: { verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] } },
  { desc: 'tiny11', input: { url: 'https://cdn.example.net/tiny11_23h2.iso', totalBytes: 3e9 }, expected: { verdict: 'suspicious', codes: ['lure-modified-build'] } },
  { desc: 'KMSpico executable', input: { url: 'https://cdn.example.net/KMSpico_setup.exe' }, expected: { verdict: 'dangerous', codes: ['lure-activator'] } },
  { desc: 'Windows activator zip', input: { url: 'https://cdn.example.net/a', filename: 'Windows 11 Activator.zip' }, expected: { verdict: 'dangerous', codes: ['lure-activator'] } },
  { desc: 'official ISO name off Microsoft', input: { url: 'https://mirror.example.org/Win11_24H2_English_x64.iso', totalBytes: 5_800_000_000 }, expected: { verdict: 'suspicious', codes: ['official-name-unofficial-host'] } },
  { desc: 'Media Creation Tool off Microsoft', input: { url: 'https://soft.example.org/MediaCreationTool_22H2.exe' }, expected: { verdict: 'suspicious', codes: ['official-name-unofficial-host'] } },
  { desc: 'Media Creation Tool renamed a little, off Microsoft', input: { url: 'https://soft.example.org/MediaCreationTool-22H2.exe' }, expected: { verdict: 'suspicious', codes: ['official-name-unofficial-host'] } },
  { desc: 'Installation Assistant renamed a little, off Microsoft', input: { url: 'https://soft.example.org/Windows11InstallationAssistant_v2.exe' }, expected: { verdict: 'suspicious', codes: ['official-name-unofficial-host'] } },
  { desc: 'a Windows image from elsewhere', input: { url: 'https://archive.org/download/w11/Windows 11 Pro.iso', totalBytes: 5e9 }, expected: { verdict: 'suspicious', codes: ['windows-image-unofficial-host'] } },
  { desc: 'far too small', input: { url: 'https://cdn.example.net/Win11_24H2_English_x64.iso', totalBytes: 250_000_000 }, expected: { verdict: 'dangerous', codes: ['too-small-for-windows', 'official-name-unofficial-host'] } },
  { desc: 'double extension .iso.exe', input: { url: 'https://cdn.example.net/a', filename: 'Win11_24H2_English_x64.iso.exe' }, expected: { verdict: 'dangerous', codes: ['double-extension', 'executable-claims-windows'] } },
  { desc: 'double extension with spaces', input: { url: 'https://cdn.example.net/a', filename: 'invoice.pdf      .scr' }, expected: { verdict: 'dangerous', codes: ['double-extension'] } },
  { desc: 'RTL override', input: { url: 'https://cdn.example.net/a', filename: 'Windows12\u202Eosi.exe' }, expected: { verdict: 'dangerous', codes: ['bidi-control', 'lure-windows-12', 'executable-claims-windows'] } },
  { desc: 'RTL override in an innocent name', input: { url: 'https://cdn.example.net/a', filename: 'photo\u202Egpj.exe' }, expected: { verdict: 'dangerous', codes: ['bidi-control'] } },
  { desc: 'executable posing as a Windows image', input: { url: 'https://cdn.example.net/a', filename: 'Windows 11 Pro x64 ISO.exe' }, expected: { verdict: 'dangerous', codes: ['executable-claims-windows'] } },
  { desc: 'archive posing as a Windows image', input: { url: 'https://cdn.example.net/a', filename: 'Windows_11_24H2_x64_ISO_Full.rar' }, expected: { verdict: 'suspicious', codes: ['archive-claims-windows'] } },
  { desc: 'a rar named for the image inside is that image', input: { url: 'https://cdn.example.net/a', filename: 'Windows_11_24H2_x64_ISO.rar' }, expected: { verdict: 'suspicious', codes: ['windows-image-unofficial-host'] } },
  { desc: 'full path given, Windows style', input: { url: 'https://cdn.example.net/a', filename: 'C:\\Users\\me\\Downloads\\Windows 12.iso' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'full path given, POSIX style', input: { url: 'https://cdn.example.net/a', filename: '/home/me/Downloads/win12.iso' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'lookalike combosquat', input: { url: 'https://microsoft-download.net/x.iso' }, expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'combosquat, brand last', input: { url: 'https://softwaredownload-microsoft.com/x.iso' }, expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'typosquat with zero', input: { url: 'https://micros0ft.com/setup.exe' }, expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'typosquat rn for m', input: { url: 'https://rnicrosoft.com/x.iso' }, expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'typosquat missing letter', input: { url: 'https://microsft-download.com/x.iso' }, expected: { verdict: 'dangerous', codes: ['lookalike-domain'] } },
  { desc: 'homograph with Cyrillic о (punycode)', input: { url: 'https://xn--microsft-sbh.com/x.iso' }, expected: { verdict: 'dangerous', codes: ['homograph-domain'] } },
  { desc: 'homograph typed in Unicode', input: { url: 'https://microsоft.com/x.iso' }, expected: { verdict: 'dangerous', codes: ['homograph-domain'] } },
  { desc: 'subdomain trick with dot', input: { url: 'https://software.download.prss.microsoft.com.evil.ru/x.iso' }, expected: { verdict: 'dangerous', codes: ['subdomain-trick'] } },
  { desc: 'subdomain trick with hyphen', input: { url: 'https://microsoft.com-download.info/x.iso' }, expected: { verdict: 'dangerous', codes: ['subdomain-trick'] } },
  { desc: 'brand as subdomain label', input: { url: 'https://microsoft-update.example.ru/x.exe' }, expected: { verdict: 'dangerous', codes: ['subdomain-trick'] } },
  { desc: 'userinfo trick', input: { url: 'https://microsoft.com@evil.example/x.iso' }, expected: { verdict: 'dangerous', codes: ['userinfo-trick'] } },
  { desc: 'known-bad domain, any program', input: { url: 'https://windows-upgraded.com/setup.exe' }, expected: { verdict: 'dangerous', codes: ['known-bad-domain', 'lookalike-domain'] } },
  { desc: 'known-bad page, file elsewhere', input: { url: 'https://cdn.example.net/setup.exe', pageUrl: 'https://windows11-upgrade11.com/' }, expected: { verdict: 'dangerous', codes: ['known-bad-domain', 'lookalike-domain'] } },
  { desc: 'bare public IP, a name that says nothing', input: { url: 'http://45.33.12.7/disk.iso' }, expected: { verdict: 'suspicious', codes: ['ip-host'] } },
  { desc: 'a documentation address (TEST-NET-3) is not a public IP', input: { url: 'http://203.0.113.7/disk.iso' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'a named Linux image on a mirror\'s IPv6 address is only that', input: { url: 'http://[2001:638:a000:1021::21]/ubuntu-releases/24.04.3/ubuntu-24.04.3-live-server-amd64.iso' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'a Windows image on a bare IP', input: { url: 'http://45.33.12.7/Win11_Pro_x64.iso' }, expected: { verdict: 'suspicious', codes: ['windows-image-unofficial-host', 'ip-host'] } },
  { desc: 'data: URL image', input: { url: 'data:application/octet-stream;base64,AAAA', filename: 'disk.iso' }, expected: { verdict: 'suspicious', codes: ['data-url'] } },
  { desc: 'blob with an opaque origin', input: { url: 'blob:null/1b2c', filename: 'disk.img' }, expected: { verdict: 'suspicious', codes: ['data-url'] } },
  { desc: "a disk image a site's page made (HTML smuggling)", input: { url: 'blob:https://facturas-correos-es.top/d6a9', pageUrl: 'https://facturas-correos-es.top/ver?id=1', filename: 'Factura_88213.img', totalBytes: 2_097_152 }, expected: { verdict: 'suspicious', codes: ['data-url'] } },
  { desc: 'a disk image MEGA decrypted in the page is judged by the file', input: { url: 'blob:https://mega.nz/c4e2', pageUrl: 'https://mega.nz/file/Mn7t', filename: 'linuxmint-22.2-xfce-64bit.iso', totalBytes: 2_998_927_360 }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'a page-made file that is no disk image stays ordinary', input: { url: 'blob:https://web.example.org/77', filename: 'notes.zip' }, expected: { verdict: 'ignored', codes: [] } },
  { desc: 'blob judged by its inner origin', input: { url: 'blob:https://microsoft-download.net/1b2c', filename: 'x.iso' }, expected: { verdict: 'dangerous', codes: ['lookalike-domain', 'data-url'] } },
  { desc: 'official host over plain HTTP', input: { url: 'http://download.microsoft.com/x/Win11_24H2_English_x64.iso', totalBytes: 5.8e9 }, expected: { verdict: 'suspicious', codes: ['insecure-official'] } },
  { desc: 'lure host name', input: { url: 'https://windows12-iso.example/get', filename: 'setup.exe' }, expected: { verdict: 'dangerous', codes: ['lookalike-domain', 'lure-windows-12'] } },
  { desc: 'lure host name that is no lookalike', input: { url: 'https://get-win12.example/get', filename: 'setup.exe' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12'] } },
  { desc: 'disk image by MIME type only', input: { url: 'https://cdn.example.net/get?id=3', mime: 'application/x-iso9660-image' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'name from the query when the path has none', input: { url: 'https://cdn.example.net/download.php?file=Windows_12_x64.iso' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'a deprecated format control inside the word', input: { url: 'https://cdn.example.net/a', filename: 'Win\u206adows 12 Pro x64.iso' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'invisible-characters', 'windows-image-unofficial-host'] } },
  { desc: 'a musical format control inside the word', input: { url: 'https://cdn.example.net/a', filename: 'Wind\u{1D173}ows 12 Setup.exe' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'executable-claims-windows', 'invisible-characters'] } },
  { desc: 'double extension with a full-width dot', input: { url: 'https://cdn.example.net/a', filename: 'ubuntu-24.04-desktop-amd64\uff0eiso.exe' }, expected: { verdict: 'dangerous', codes: ['double-extension'] } },
  { desc: 'double extension with a one-dot leader', input: { url: 'https://cdn.example.net/a', filename: 'invoice\u2024pdf.exe' }, expected: { verdict: 'dangerous', codes: ['double-extension'] } },
  { desc: 'double extension padded with Hangul fillers', input: { url: 'https://cdn.example.net/a', filename: 'ubuntu-24.04-desktop-amd64.iso\u3164\u3164\u3164\u3164.exe' }, expected: { verdict: 'dangerous', codes: ['double-extension', 'invisible-characters'] } },
  { desc: 'Windows 12 glued into a capitalised name', input: { url: 'https://cdn.example.net/dl/InstallWindows12.exe' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'executable-claims-windows'] } },
  { desc: 'a glued name longer than a signature', input: { url: 'https://cdn.example.net/dl/Windows12ProfessionalX64EnglishFullVersion.iso', totalBytes: 5e9 }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'KMSAuto glued to its edition', input: { url: 'https://cdn.example.net/dl/KMSAutoNet.exe' }, expected: { verdict: 'dangerous', codes: ['lure-activator'] } },
  { desc: 'homograph with a Latin ø (punycode)', input: { url: 'https://xn--micrsoft-84a.com/setup.exe' }, expected: { verdict: 'dangerous', codes: ['homograph-domain'] } },
  { desc: 'homograph with a hooked ƒ', input: { url: 'https://microsoƒt.com/setup.exe' }, expected: { verdict: 'dangerous', codes: ['homograph-domain'] } },
  { desc: 'Windows 12 in small capitals', input: { url: 'https://cdn.example.net/x.iso', filename: 'ᴡɪɴᴅᴏᴡꜱ 12 ᴘʀᴏ.iso' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'KMS_VL_ALL activation script', input: { url: 'https://cdn.example.net/dl/KMS_VL_ALL_AIO.cmd' }, expected: { verdict: 'dangerous', codes: ['lure-activator'] } },
  { desc: 'MAS activation script', input: { url: 'https://cdn.example.net/dl/MAS_AIO.cmd' }, expected: { verdict: 'dangerous', codes: ['lure-activator'] } },
  { desc: 'HWID generator', input: { url: 'https://cdn.example.net/dl/HWID_Gen.exe' }, expected: { verdict: 'dangerous', codes: ['lure-activator'] } },
  { desc: 'AAct activator', input: { url: 'https://cdn.example.net/dl/AAct_x64.exe' }, expected: { verdict: 'dangerous', codes: ['lure-activator'] } },
  { desc: 'Windows product key generator', input: { url: 'https://cdn.example.net/dl/Windows_11_Product_Key_Generator.exe' }, expected: { verdict: 'dangerous', codes: ['lure-activator'] } },
  { desc: 'Windows 12 as a virtual appliance', input: { url: 'https://cdn.example.net/dl/Windows_12_Pro_x64.ova' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] } },
  { desc: 'Windows 12 as a help file (runs script)', input: { url: 'https://cdn.example.net/dl/Windows12_Setup.chm' }, expected: { verdict: 'dangerous', codes: ['lure-windows-12', 'executable-claims-windows'] } },
];

const benign: Row[] = [
  { desc: 'Windows 11 ISO from Microsoft', input: { url: 'https://www.microsoft.com/software-download/windows11', finalUrl: MS_ISO, filename: 'Win11_24H2_English_x64.iso', totalBytes: 5_819_484_160 }, expected: { verdict: 'official', codes: ['official-source'] } },
  { desc: 'Evaluation ISO from the static host', input: { url: 'https://software-static.download.prss.microsoft.com/dbazure/888969d5-f34g-4e03-ac9d-1f9786c66749/26100.1742.240906-0331.ge_release_svc_refresh_CLIENTENTERPRISEEVAL_OEMRET_x64FRE_en-us.iso' }, expected: { verdict: 'official', codes: ['official-source'] } },
  { desc: 'Insider ISO', input: { url: 'https://software-download.microsoft.com/download/pr/Windows11_InsiderPreview_Client_x64_en-us_26100.iso' }, expected: { verdict: 'official', codes: ['official-source'] } },
  { desc: 'Media Creation Tool via fwlink', input: { url: 'https://go.microsoft.com/fwlink/?linkid=2156295', finalUrl: 'https://download.microsoft.com/download/6/8/3/683178b7/mediacreationtool.exe', filename: 'mediacreationtool.exe' }, expected: { verdict: 'official', codes: ['official-source'] } },
  { desc: 'Windows Update .msu', input: { url: 'https://catalog.s.download.windowsupdate.com/c/msdownload/update/software/secu/2024/11/windows11.0-kb5046617-x64.msu' }, expected: { verdict: 'official', codes: ['official-source'] } },
  { desc: 'Windows Update .msu over HTTP', input: { url: 'http://download.windowsupdate.com/d/msdownload/update/software/updt/2024/10/windows10.0-kb5045594-x64.msu' }, expected: { verdict: 'ignored', codes: [] } },
  { desc: 'Sysinternals zip', input: { url: 'https://download.sysinternals.com/files/SysinternalsSuite.zip' }, expected: { verdict: 'official', codes: ['official-source'] } },
  { desc: 'Ubuntu ISO', input: { url: 'https://releases.ubuntu.com/24.04/ubuntu-24.04.1-desktop-amd64.iso', totalBytes: 6_114_656_256 }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'Fedora from a mirror, name from URL', input: { url: 'https://download.fedoraproject.org/pub/fedora/linux/releases/41/Workstation/x86_64/iso/Fedora-Workstation-Live-x86_64-41-1.4.iso', finalUrl: 'https://mirror.init7.net/fedora/linux/releases/41/Workstation/x86_64/iso/Fedora-Workstation-Live-x86_64-41-1.4.iso' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'Debian netinst (has a 12)', input: { url: 'https://cdimage.debian.org/debian-cd/12.8.0/amd64/iso-cd/debian-12.8.0-amd64-netinst.iso', totalBytes: 660_000_000 }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'Linux Lite (not a Windows lite build)', input: { url: 'https://sourceforge.net/projects/linuxlite/files/7.2/linux-lite-7.2-64bit.iso/download', totalBytes: 2.9e9 }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'Arch Linux', input: { url: 'https://geo.mirror.pkgbuild.com/iso/2024.12.01/archlinux-2024.12.01-x86_64.iso' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'FreeBSD memstick image', input: { url: 'https://download.freebsd.org/releases/amd64/amd64/ISO-IMAGES/14.2/FreeBSD-14.2-RELEASE-amd64-memstick.img' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'OpenBSD install image', input: { url: 'https://cdn.openbsd.org/pub/OpenBSD/7.6/amd64/install76.img' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'virtio-win.iso (small, says win)', input: { url: 'https://fedorapeople.org/groups/virt/virtio-win/direct-downloads/stable-virtio/virtio-win.iso', totalBytes: 700_000_000 }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'VirtualBox Guest Additions', input: { url: 'https://download.virtualbox.org/virtualbox/7.1.4/VBoxGuestAdditions_7.1.4.iso', totalBytes: 60_000_000 }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'Ventoy windows zip on GitHub', input: { url: 'https://github.com/ventoy/Ventoy/releases/download/v1.0.99/ventoy-1.0.99-windows.zip', finalUrl: 'https://objects.githubusercontent.com/github-production-release-asset-2e65be/246335987/x?X-Amz-Algorithm=AWS4-HMAC-SHA256&response-content-disposition=attachment%3B%20filename%3Dventoy-1.0.99-windows.zip' }, expected: { verdict: 'ignored', codes: [] } },
  { desc: 'Ventoy live ISO on GitHub', input: { url: 'https://github.com/ventoy/Ventoy/releases/download/v1.0.99/ventoy-1.0.99-livecd.iso' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'WinRAR', input: { url: 'https://www.win-rar.com/fileadmin/winrar-versions/winrar/winrar-x64-701.exe', referrer: 'https://www.win-rar.com/download.html' }, expected: { verdict: 'ignored', codes: [] } },
  { desc: '7-Zip', input: { url: 'https://www.7-zip.org/a/7z2408-x64.exe' }, expected: { verdict: 'ignored', codes: [] } },
  { desc: 'PowerToys from Microsoft on GitHub', input: { url: 'https://github.com/microsoft/PowerToys/releases/download/v0.86.0/PowerToysSetup-0.86.0-x64.exe' }, expected: { verdict: 'ignored', codes: [] } },
  { desc: 'Windows PE add-on from Microsoft', input: { url: 'https://go.microsoft.com/fwlink/?linkid=2289981', finalUrl: 'https://download.microsoft.com/download/5/8/6/adkwinpesetup.exe' }, expected: { verdict: 'official', codes: ['official-source'] } },
  { desc: 'plain PDF', input: { url: 'https://example.com/report.pdf', filename: 'report.pdf' }, expected: { verdict: 'ignored', codes: [] } },
  { desc: 'PDF about Windows 12 is still just a PDF', input: { url: 'https://news.example/windows-12-rumours.pdf' }, expected: { verdict: 'ignored', codes: [] } },
  { desc: 'a photo', input: { url: 'https://lh3.googleusercontent.com/abc=w1200', filename: 'IMG_0042.jpg' }, expected: { verdict: 'ignored', codes: [] } },
  { desc: 'Hudson Valley map is not a lure', input: { url: 'https://tourism.example/hudson-valley-map.zip' }, expected: { verdict: 'ignored', codes: [] } },
  { desc: 'news site with windows in its name', input: { url: 'https://www.windowscentral.com/files/tool.zip' }, expected: { verdict: 'ignored', codes: [] } },
  { desc: 'googleusercontent is no combosquat', input: { url: 'https://doc-0s-2k-docs.googleusercontent.com/docs/securesc/x/ubuntu.iso' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'archive.org Linux ISO', input: { url: 'https://ia800300.us.archive.org/1/items/knoppix/KNOPPIX_V9.1.iso' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'SourceForge Clonezilla', input: { url: 'https://downloads.sourceforge.net/project/clonezilla/clonezilla_live_stable/3.2.0-5/clonezilla-live-3.2.0-5-amd64.iso' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'a LAN mirror by private IP', input: { url: 'http://192.168.1.20/isos/debian.iso' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'PHP for Windows zip', input: { url: 'https://windows.php.net/downloads/releases/php-8.4.1-Win32-vs17-x64.zip' }, expected: { verdict: 'ignored', codes: [] } },
  { desc: 'an Ubuntu ISO on Azure storage (windows.net is Microsoft\'s)', input: { url: 'https://acct.dfs.core.windows.net/x/ubuntu-24.04.iso' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: "Edge Insider from Microsoft's setup host (c2rsetup.officeapps.live.com)", input: { url: 'https://c2rsetup.officeapps.live.com/c2r/downloadEdge.aspx?Channel=Dev', filename: 'MicrosoftEdgeSetupDev.exe', pageUrl: 'https://www.microsoftedgeinsider.com/en-us/download/dev' }, expected: { verdict: 'official', codes: ['official-source'] } },
  { desc: 'a Fedora cloud image (qcow2)', input: { url: 'https://download.fedoraproject.org/pub/fedora/linux/releases/41/Cloud/x86_64/images/Fedora-Cloud-Base-Generic-41-1.4.x86_64.qcow2' }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'VMware Tools for Windows, version 12.5 (not Windows 12)', input: { url: 'https://packages.vmware.com/tools/releases/12.5.0/windows/VMware-tools-windows-12.5.0-24276846.iso', totalBytes: 134_217_728 }, expected: { verdict: 'unknown', codes: [] } },
  { desc: 'capitalised program names stay quiet (WinSCP, TeamViewer, WinRAR)', input: { url: 'https://winscp.net/download/WinSCP-6.3.5-Setup.exe', referrer: 'https://download.teamviewer.com/download/TeamViewer_Setup_x64.exe', filename: 'WinRAR-x64-701.exe' }, expected: { verdict: 'ignored', codes: [] } },
  { desc: 'drivers for 12th-generation processors on Windows', input: { url: 'https://cdn.example.net/dl/Intel_Graphics_Windows_12th_Gen.zip' }, expected: { verdict: 'ignored', codes: [] } },
  { desc: 'downloader program is not a loader', input: { url: 'https://cdn.example.net/video-downloader-setup.exe', pageUrl: 'https://cdn.example.net/windows-apps' }, expected: { verdict: 'ignored', codes: [] } },
];

function check(row: Row): void {
  const verdict = classify(row.input, rules);
  expect({ verdict: verdict.verdict, codes: verdict.reasons.map((r) => r.code) }).toEqual(row.expected);
  for (const r of verdict.reasons) expect(r.detail.length).toBeGreaterThan(10);
}

describe('classify: signals', () => {
  it.each(signals)('$desc', check);
});

describe('classify: benign downloads stay benign', () => {
  it.each(benign)('$desc', check);
});
