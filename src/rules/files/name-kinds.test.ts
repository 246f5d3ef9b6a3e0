// What names say, by kind: hidden words, fake installers, Microsoft's own naming schemes off
// Microsoft, activation wording, unreleased versions, and the words that mean something else.
import { describe, expect, it } from 'vitest';
import { at, type VerdictRow, GB, MB } from '../testing/verdict-rows.ts';
import { bundledRuleset } from '../ruleset/bundled-rules.ts';
import { classify } from '../classify.ts';

const rules = bundledRuleset();

const rows: VerdictRow[] = [
  // 1. Exclusion words explain a name; they do not erase size, program type or lure words.
  { desc: 'a 3 MB "Windows 11 with drivers" image is far too small', input: at('Windows 11 Pro x64 with drivers.iso', 3 * MB), verdict: 'dangerous', codes: ['too-small-for-windows', 'windows-image-unofficial-host'] },
  { desc: 'a 2 MB "Windows 11 drivers" image is too small even for an add-on disc', input: at('Windows_11_drivers.iso', 2 * MB), verdict: 'dangerous', codes: ['too-small-for-windows'] },
  { desc: 'VMware Tools 12.5 for Windows (130 MB) stays an add-on disc', input: at('VMware-tools-windows-12.5.0-24276846.iso', 130 * MB), verdict: 'unknown', codes: [] },
  { desc: 'activator words beside an exclusion word still count', input: at('Windows 11 drivers + KMS activator.zip'), verdict: 'dangerous', codes: ['lure-activator'] },
  // 1b. Boot, packaging, firmware and tool words explain a program or a small image, never Windows media's size.
  { desc: 'a 5 GB "USB Ready UEFI" Windows image is still Windows media', input: at('Windows11_USB_Ready_UEFI.img.gz', 5 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'a 6 GB "Bootable Media" Windows image is still Windows media', input: at('Windows 11 Pro Bootable Media.iso', 6 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'a small UEFI firmware image naming Windows stays explained', input: at('Windows_11_UEFI_Firmware_Update.img', 16 * MB), verdict: 'unknown', codes: [] },
  { desc: "a backup vendor's bootable media under 1 GiB stays explained", input: at('Acronis_Bootable_Media_WinPE_Server2012R2.iso', 600 * MB), verdict: 'unknown', codes: [] },
  { desc: 'a 1.2 GB driver disc stays explained at any size', input: at('HPE_Windows_Server_2012_R2_Drivers.iso', 1.2 * GB), verdict: 'unknown', codes: [] },
  { desc: 'a 5 GB language pack disc stays explained', input: at('Windows_11_Language_Pack_x64.iso', 5 * GB), verdict: 'unknown', codes: [] },
  { desc: 'a media-sized graphics driver zip stays a driver', input: at('Intel_Graphics_Driver_Windows_11.zip', 1.3 * GB), verdict: 'ignored', codes: [] },
  // 1c. Removal wording in its shapes is a modified build; an install image with a release and words inside is Windows.
  { desc: 'an install image with a release and a glued removal word', input: at('install_25H2_NoDefender.esd', 4 * GB), verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: '"without Edge"', input: at('Win11_24H2_without_Edge_x64.iso', 5 * GB), verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: '"sans Defender"', input: at('Windows 10 sans Defender.iso', 5 * GB), verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: 'a component "removed"', input: at('Windows11_Defender_Removed.iso', 5 * GB), verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: 'no telemetry, as a program', input: at('Win11_No-Telemetry_Setup.exe'), verdict: 'dangerous', codes: ['executable-claims-windows', 'lure-modified-build'] },
  { desc: 'an antivirus whose name ends in "defender" is no removal', input: at('BitdefenderSetup.exe', 10 * MB), verdict: 'ignored', codes: [] },
  { desc: 'a Defender tool names no Windows build', input: at('Windows-Defender-Remover-12.8.exe', 2 * MB), verdict: 'ignored', codes: [] },
  // 2. Capitals, separators and glue hide no word.
  { desc: 'all capitals', input: at('WINDOWS12PRO.iso'), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  { desc: 'spaced out with dots', input: at('w.i.n.d.o.w.s-12.iso'), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  { desc: 'leetspeak', input: at('W1nd0ws_12_Pro.iso'), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  { desc: 'a misspelling', input: at('Widnows 12 x64.iso'), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  { desc: 'glued in small letters', input: at('installwindows12setup.iso'), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  { desc: 'Unicode hyphens', input: at('Windows\u201012\u2011Pro.iso'), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  { desc: 'random capitals', input: at('WiNdOwS_tWeLvE_x64.iso'), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  { desc: 'a misspelt Windows 11 image from elsewhere', input: at('Windos_11_Pro_x64.iso'), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  // 4. Fake installers.
  { desc: 'a zipped installation assistant', input: at('Windows11InstallationAssistant.zip'), verdict: 'suspicious', codes: ['archive-claims-windows'] },
  { desc: 'a "Windows 11 upgrade" program', input: at('Windows 11 Upgrade.exe'), verdict: 'dangerous', codes: ['executable-claims-windows'] },
  { desc: 'Win11 setup glued', input: at('Win11Setup.exe'), verdict: 'dangerous', codes: ['executable-claims-windows'] },
  { desc: 'Windows setup as a rar', input: at('Windows 11 setup.rar'), verdict: 'suspicious', codes: ['archive-claims-windows'] },
  { desc: 'a zipped Media Creation Tool', input: at('MediaCreationTool_22H2.zip'), verdict: 'suspicious', codes: ['archive-claims-windows'] },
  { desc: 'a vendor driver setup', input: at('driver_setup.exe'), verdict: 'ignored', codes: [] },
  { desc: "an app's setup", input: at('setup.exe'), verdict: 'ignored', codes: [] },
  { desc: 'a driver setup for Windows 11', input: at('Realtek_Audio_Driver_Windows11_setup.exe'), verdict: 'ignored', codes: [] },
  { desc: 'an app installer for Windows', input: at('Zoom_Installer_for_Windows.exe'), verdict: 'ignored', codes: [] },
  { desc: 'a BIOS update of an all-in-one PC for Windows 11', input: at('HP_AIO_24_BIOS_Update_Windows_11.exe'), verdict: 'ignored', codes: [] },
  // 5. Coverage.
  { desc: 'HWID activation script', input: at('Windows 11 HWID Activation script.zip'), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'HWID next to Win11, as a script', input: at('Win11 HWID.cmd'), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'Microsoft Activation Scripts', input: at('Microsoft_Activation_Scripts_2.6.zip'), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'activation beside a Windows name', input: at('Windows 10 Pro Digital License Activation.zip'), verdict: 'dangerous', codes: ['lure-activator', 'archive-claims-windows'] },
  { desc: 'digital activation for Office', input: at('Office 2021 digital activation.zip'), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'volume-licensing name off Microsoft', input: at('SW_DVD9_Win_Pro_11_22H2.15_64BIT_English_Pro_Ent_EDU_N_MLF_X23-19637.ISO'), verdict: 'suspicious', codes: ['official-name-unofficial-host'] },
  { desc: 'volume-licensing name, 5 MB', input: at('SW_DVD9_Win_Pro_11_22H2.15_64BIT_English_Pro_Ent_EDU_N_MLF_X23-19637.ISO', 5 * MB), verdict: 'dangerous', codes: ['too-small-for-windows', 'official-name-unofficial-host'] },
  { desc: 'MSDN name off Microsoft', input: at('en-us_windows_11_business_editions_version_23h2_x64_dvd_a9092734.iso'), verdict: 'suspicious', codes: ['official-name-unofficial-host'] },
  { desc: 'build-lab CLIENTMULTI name, 20 MB', input: at('22621.1.220506-1250.ni_release_CLIENTMULTI_A64FRE_en-us.iso', 20 * MB), verdict: 'dangerous', codes: ['too-small-for-windows', 'official-name-unofficial-host'] },
  { desc: 'build-lab SERVER_EVAL name', input: at('20348.169.210806-2348.fe_release_svc_refresh_SERVER_EVAL_x64FRE_en-us.iso'), verdict: 'suspicious', codes: ['official-name-unofficial-host'] },
  { desc: 'Windows 13', input: at('Windows 13 Pro x64.iso'), verdict: 'dangerous', codes: ['lure-unreleased-windows', 'windows-image-unofficial-host'] },
  { desc: 'Win14, glued', input: at('Win14_Insider.iso'), verdict: 'dangerous', codes: ['lure-unreleased-windows'] },
  { desc: 'an unreleased version as a program', input: at('Windows15-Setup.exe'), verdict: 'dangerous', codes: ['lure-unreleased-windows', 'executable-claims-windows'] },
  // 6. Words that mean something else.
  { desc: 'an ISO week number', input: at('2024-W12-report.iso'), verdict: 'unknown', codes: [] },
  { desc: 'a bare W12 with no Windows word', input: at('W12_Timesheet.iso'), verdict: 'unknown', codes: [] },
  { desc: 'Windows 16 is not the Win16 API', input: at('Windows-16.iso'), verdict: 'dangerous', codes: ['lure-unreleased-windows', 'windows-image-unofficial-host'] },
  { desc: 'Win16, Win31 and Win81 are real names', input: at('win16_win31_win81_sdk.zip'), verdict: 'ignored', codes: [] },
  { desc: 'Server 2012 R2 is not Windows 12', input: at('SPP_Win2012R2_2017.04.0.iso', 4000 * MB), verdict: 'unknown', codes: [] },
  { desc: 'Win12R2 shorthand for Server 2012 R2', input: at('Win12R2_Std.iso', 5000 * MB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: '12th Gen drivers', input: at('Intel_12th_Gen_Chipset_Windows_11.exe'), verdict: 'ignored', codes: [] },
  { desc: 'Win32 and Win64 builds', input: at('python-3.12.0-win32.zip'), verdict: 'ignored', codes: [] },
  { desc: 'darwin is not win', input: at('darwin12.iso'), verdict: 'unknown', codes: [] },
  { desc: 'Windows 10 20H2 is a real release', input: at('Windows_10_20H2_x64.iso', 5000 * MB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'Server 2012 R2 as a Server image, by its year and edition', input: at('win2012r2-datacenter-core.qcow2', 9000 * MB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'a RAID driver disc for WS2012R2 names another product', input: at('MR_WS2012R2_7.708.iso', 950 * MB), verdict: 'unknown', codes: [] },
  { desc: 'a Core i5 beside Windows is no version', input: at('Windows_i5_8GB_Factory_Image.iso', 20000 * MB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'a small L for the 1 beside Windows is a version', input: at('Windows_l3_x64.iso', 5000 * MB), verdict: 'dangerous', codes: ['lure-unreleased-windows', 'windows-image-unofficial-host'] },
  // 8. Activation words in other languages, beside Windows or Office.
  { desc: 'German: Aktivator, aktivieren', input: at('Windows 11 Aktivator \u2013 dauerhaft aktivieren.exe'), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'Turkish: Etkinleştirme Aracı (Aktivatör)', input: at('Windows 11 Etkinleştirme Aracı (Aktivatör).exe'), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'Portuguese: Ativador', input: at('Ativador Windows 11 e Office 2024 Definitivo.rar'), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'Spanish: Activador', input: at('Activador Office 2021.zip'), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'Vietnamese: kích hoạt', input: at('Windows 11 kích hoạt.exe'), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'an activation word alone names no Windows', input: at('Aktivator-Handbuch.zip'), verdict: 'ignored', codes: [] },
  { desc: 'a misspelt KMSpico', input: at('KMSPlco_v10.2.exe'), verdict: 'dangerous', codes: ['lure-activator'] },
  // 9. Windows media in archives and torrents.
  { desc: 'a media-sized "Windows 11.rar"', input: at('Windows 11.rar', 5300 * MB), verdict: 'suspicious', codes: ['archive-claims-windows'] },
  { desc: 'a small vendor zip for Win10/Win11 is not media', input: at('BT-23.60.0-64UWD-Win10-Win11.zip', 40 * MB), verdict: 'ignored', codes: [] },
  { desc: 'a 3 MB zip cannot hold a full Windows ISO', input: at('Windows11_ISO_Full.zip', 3.4 * MB), verdict: 'dangerous', codes: ['too-small-for-windows', 'archive-claims-windows'] },
  { desc: 'a torrent is judged by its name like an archive', input: at('Win 12 Pro x64 [2024].torrent'), verdict: 'dangerous', codes: ['lure-windows-12', 'archive-claims-windows'] },
  { desc: 'a torrent of a Linux image stays ordinary', input: at('ubuntu-24.04-desktop-amd64.iso.torrent'), verdict: 'ignored', codes: [] },
  // 10. "Dev" does not erase a Windows claim; WinPE is Windows; a vendor's rescue media is explained.
  { desc: 'a Win11 dev-environment VHDX from elsewhere', input: at('Win11_Dev_Env_24H2.vhdx', 20000 * MB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'a third-party WinPE build', input: at('WinPE10_8_Sergei_Strelec_x86_x64_2024.07.10_English.iso', 4000 * MB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: "a backup vendor's WinPE bootable media", input: at('Acronis_Bootable_Media_WinPE_Server2012R2.iso', 600 * MB), verdict: 'unknown', codes: [] },
  // 11. Microsoft's Windows tools and update packages away from Microsoft.
  { desc: 'PC Health Check setup off Microsoft', input: at('WindowsPCHealthCheckSetup.msi'), verdict: 'dangerous', codes: ['executable-claims-windows'] },
  { desc: 'PC Health Check zipped off Microsoft', input: at('WindowsPCHealthCheckSetup.zip'), verdict: 'suspicious', codes: ['archive-claims-windows'] },
  { desc: 'a Windows KB update as a program off Microsoft', input: at('Windows-KB5034441-x64.exe'), verdict: 'dangerous', codes: ['executable-claims-windows'] },
  { desc: "an app's own KB article number names no Windows", input: at('MyApp-KB123456-fix.exe'), verdict: 'ignored', codes: [] },
  // 7. A program that names the Windows it runs on is not posing as Windows; 32/64/86 are bitness.
  { desc: 'a vendor driver pack for Windows 11 23H2', input: at('tp_t14-gen3_mt21ah-21aj_w11_23h2_202406.exe', 2150 * MB), verdict: 'ignored', codes: [] },
  { desc: 'an ISO downloader tool', input: at('Windows-ISO-Downloader.exe', 6 * MB), verdict: 'ignored', codes: [] },
  { desc: 'an emulator build for 64-bit Windows', input: at('86Box-Windows-64-b5634.zip'), verdict: 'ignored', codes: [] },
  { desc: 'Windows 86 is an architecture', input: at('tool-windows-86.zip'), verdict: 'ignored', codes: [] },
  { desc: 'a program posing as a Windows image still is one', input: at('Windows_11_23H2_Pro.exe'), verdict: 'dangerous', codes: ['executable-claims-windows'] },
];

describe('classify: what names say', () => {
  it.each(rows)('$desc', (row) => {
    const verdict = classify(row.input, rules);
    expect({ verdict: verdict.verdict, codes: verdict.reasons.map((r) => r.code) }).toEqual({ verdict: row.verdict, codes: row.codes });
  });
});
