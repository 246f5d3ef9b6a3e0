// Evidence read by kind, not by example: what a user name before `@` imitates, disk-image formats
// beyond ISO, activator names in digits, Windows named without the word, activators behind a password.
import { describe, expect, it } from 'vitest';
import { at, type VerdictRow, GB, MB } from './testing/verdict-rows.ts';
import { bundledRuleset } from './ruleset/bundled-rules.ts';
import { classify } from './classify.ts';

const rules = bundledRuleset();

const rows: VerdictRow[] = [
  // A user name is a trick when the host it shows matters, not because it ends in a TLD-like word.
  { desc: 'a service account ending in .bot on a deployment host', input: at('agent-3.2.1-windows-amd64.zip', 15 * MB, 'https://deploy.bot@gitlab.acme-corp.example/api/v4/packages/agent-3.2.1-windows-amd64.zip'), verdict: 'ignored', codes: [] },
  { desc: 'a service account ending in .dev serving a Linux image', input: at('debian-13.2.0-amd64-DVD-1.iso', 4 * GB, 'https://build.dev@nexus.internal.example.io/isos/debian-13.2.0-amd64-DVD-1.iso'), verdict: 'unknown', codes: [] },
  { desc: "Microsoft's name before another host", input: at('Win11_Pro_x64.iso', 5 * GB, 'https://download.microsoft.com@files.example.net/Win11_Pro_x64.iso'), verdict: 'dangerous', codes: ['userinfo-trick', 'windows-image-unofficial-host'] },
  { desc: 'a look-alike of Microsoft before another host', input: at('setup.exe', MB, 'https://micros0ft-update.com@files.example.net/setup.exe'), verdict: 'dangerous', codes: ['userinfo-trick'] },
  { desc: 'a lure-named host before another host', input: at('setup.exe', MB, 'https://windows12-download.top@files.example.net/setup.exe'), verdict: 'dangerous', codes: ['userinfo-trick'] },
  { desc: 'any host name before a bare public address', input: at('tool.zip', MB, 'https://deploy.app@93.184.216.34/tool.zip'), verdict: 'dangerous', codes: ['userinfo-trick', 'ip-host'] },
  // Backup and ghost images are disk images; "Ghost Win" and "Full Soft" builds are modified.
  { desc: 'a Ghost image of "Win12"', input: at('Ghost_Win12_x64_Full_Soft_2026.gho', 7 * GB), verdict: 'dangerous', codes: ['lure-windows-12', 'lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: 'a Ghost Win 10 "Full Soft" snapshot', input: at('Ghost Win 10 22H2 Full Soft.gho', 7 * GB), verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: 'an Acronis backup of Windows 11 off Microsoft', input: at('Windows_11_Pro_x64_clean.tibx', 9 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'a Macrium image of a Linux server', input: at('ubuntu-server-2404-backup.mrimg', 9 * GB), verdict: 'unknown', codes: [] },
  { desc: 'a program named "ghost windows fix" is no Ghost build', input: at('ghost-windows-fix.zip', MB), verdict: 'ignored', codes: [] },
  // Digits written for letters are read in activator names as in "Windows": the same reading.
  { desc: 'an activator name with a digit for a letter', input: at('KMSp1co_v11_Portable.exe', 3 * MB), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'an activator name with a zero for an o', input: at('KMSAut0_Net.exe', 3 * MB), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'the generic activator word in leetspeak beside Windows', input: at('Act1vat0r_W1ndows.exe', 3 * MB), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'codec and architecture digits are no letters', input: at('h264_x64_encoder.exe', 3 * MB), verdict: 'ignored', codes: [] },
  // Windows named without the word: glued Win + edition or channel words; older releases by name in a disk image.
  { desc: "Microsoft's developer VM re-hosted, of media size", input: at('WinDev2407Eval.VirtualBox.zip', 21 * GB, 'https://mega.nz/file/pQ2rS3tU'), verdict: 'suspicious', codes: ['archive-claims-windows'] },
  { desc: 'Win and LTSC glued in a disk image', input: at('WinEnt_LTSC_x64.iso', 4 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'a modified XP image named Tiny', input: at('TinyXP_Rev09.iso', 190 * MB), verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: 'a 7 SP1 Ultimate image without the word', input: at('7_SP1_Ultimate_x64.iso', 3 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'an XP-Pen tablet driver stays a program', input: at('XP-Pen_Deco_Setup.exe', 40 * MB), verdict: 'ignored', codes: [] },
  { desc: 'the WINDEV IDE setup is no Windows', input: at('WINDEV_28_Setup.exe', 900 * MB), verdict: 'ignored', codes: [] },
  { desc: 'a photo named vista', input: at('vista.jpg', 3 * MB), verdict: 'ignored', codes: [] },
  { desc: 'CentOS 7 is no Windows 7', input: at('CentOS-7-x86_64-DVD-2009.iso', 4 * GB), verdict: 'unknown', codes: [] },
  // Older releases beside "Win": 95, 98 (SE), ME, 2000 (2k), NT. A claim in a disk image, too weak
  // for the size check: a Windows 98 boot floppy is 1.44 MB.
  { desc: 'a prebuilt Windows 98 SE disk for an emulator', input: at('Win98SE.vhd', 2 * GB, 'https://archive.org/download/86box-win98se/Win98SE.vhd'), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'Windows ME glued', input: at('WinME_Retail.img', 500 * MB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'Windows 2000 as Win2k', input: at('Win2k_Pro_SP4.iso', 400 * MB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'NT beside Win', input: at('WinNT4_Server.iso', 300 * MB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'a Windows 98 boot floppy is no too-small Windows', input: at('Win98SE_bootdisk.img', 1474560), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'Office 2000 is no Windows 2000', input: at('Office_2000_Premium.iso', 600 * MB), verdict: 'unknown', codes: [] },
  { desc: 'a model number 98 is no Windows 98', input: at('HP_Model_98_Recovery.img', 400 * MB), verdict: 'unknown', codes: [] },
  { desc: '"Me" as a word is no Windows ME', input: at('Install_Me_First.iso', 700 * MB), verdict: 'unknown', codes: [] },
  { desc: 'a Windows 98 theme program stays a program', input: at('Win98_Theme_Setup.exe', 2 * MB), verdict: 'ignored', codes: [] },
  // Windows Server named by its year beside "win" or "ws", with an edition or role word, or alone.
  { desc: 'a Server 2022 Standard qcow2 in a public bucket', input: at('win2022-server-std.qcow2', 12 * GB, 'https://packer-artifacts-public.s3.amazonaws.com/win2022-server-std.qcow2'), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'WS and a year, Datacenter core', input: at('ws2022-dc-core.vhdx', 10 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'Server and a year with an edition, without "Windows"', input: at('server2019_std_x64.iso', 5 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'a name that is only the release and the format', input: at('win2019.qcow2', 10 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'a Server image far too small', input: at('win2012r2.iso', 300 * MB), verdict: 'dangerous', codes: ['too-small-for-windows', 'windows-image-unofficial-host'] },
  { desc: "a server vendor's support pack for Win2012R2", input: at('SPP_Win2012R2_2017.04.0.iso', 1400 * MB, 'https://ftp.hp.com/pub/softlib2/software1/supportpack-generic/p1/v9/SPP_Win2012R2_2017.04.0.iso'), verdict: 'unknown', codes: [] },
  { desc: "a RAID controller's disc for WS2012R2", input: at('MR_WS2012R2_7.708.iso', 950 * MB), verdict: 'unknown', codes: [] },
  { desc: 'SQL Server Standard is no Windows Server', input: at('SQL_Server_2022_Standard.iso', 1500 * MB), verdict: 'unknown', codes: [] },
  { desc: 'Exchange Server is no Windows Server', input: at('Exchange_Server_2019_CU14.iso', 6 * GB), verdict: 'unknown', codes: [] },
  // A code host's snapshot of a repository is a script project's source: its modified-build words
  // name what the scripts do. A release asset, a file host's copy or an activator is judged as ever.
  { desc: "a debloat script's tag snapshot from codeload", input: at('Win11Debloat-2025.11.02.zip', 190_000, 'https://codeload.github.com/Raphire/Win11Debloat/zip/refs/tags/2025.11.02'), verdict: 'ignored', codes: [] },
  { desc: "a tweak script's branch snapshot from GitLab", input: at('Debloat-Windows-11-main.zip', 80_000, 'https://gitlab.com/someone/debloat-windows-11/-/archive/main/Debloat-Windows-11-main.zip'), verdict: 'ignored', codes: [] },
  { desc: 'the same name from a file host is still a modified build', input: at('Win11Debloat-2025.11.02.zip', 190_000), verdict: 'suspicious', codes: ['lure-modified-build'] },
  { desc: "an activator's snapshot is still an activator", input: at('KMS_VL_ALL-main.zip', 300_000, 'https://github.com/someone/KMS_VL_ALL/archive/refs/heads/main.zip'), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'a snapshot of media size naming a lite Windows', input: at('Windows-11-Lite-main.zip', 5 * GB, 'https://github.com/someone/Windows-11-Lite/archive/refs/heads/main.zip'), verdict: 'suspicious', codes: ['lure-modified-build', 'archive-claims-windows'] },
  // An activation claim with the archive's password in the name: hidden from scanners on purpose.
  { desc: 'activation scripts with a version, zipped behind a named password', input: at('MAS_1.8_Password_1234.zip', 256 * 1024), verdict: 'dangerous', codes: ['lure-password-archive'] },
  { desc: 'an activator behind a named password', input: at('Office_Activator_pass_2024.rar', MB), verdict: 'dangerous', codes: ['lure-password-archive', 'lure-activator'] },
  { desc: 'a password alone stays suspicious', input: at('holiday_photos_password_1234.zip', 80 * MB), verdict: 'suspicious', codes: ['lure-password-archive'] },
  // A hardware generation explains a driver pack's name, not a disk image's (Gen2 is a VM generation).
  { desc: 'a scene image with {Gen2}', input: at('Windows 11 Pro N for Workstations x64 MULTi-19 JUL 2024 {Gen2}.iso', 7 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: "a laptop generation's driver pack", input: at('tp_t14-gen3_mt21ah-21aj_w11_23h2_202406.exe', 2 * GB, 'https://download.lenovo.com/pccbbs/mobiles/tp_t14-gen3_mt21ah-21aj_w11_23h2_202406.exe'), verdict: 'ignored', codes: [] },
  // Microsoft's apps named as a setup come from Microsoft, its code-host projects or an intranet share.
  { desc: 'an AI-era "Copilot for Windows" setup from a site named for it', input: at('CopilotForWindows_Setup.exe', 7 * MB, 'https://copilot-desktop.app/download/CopilotForWindows_Setup.exe'), verdict: 'suspicious', codes: ['microsoft-app-unofficial-host'] },
  { desc: 'any Copilot program from a site named for it', input: at('Copilot.exe', 7 * MB, 'https://copilot-desktop.app/download/Copilot.exe'), verdict: 'suspicious', codes: ['microsoft-app-unofficial-host'] },
  { desc: 'a Microsoft 365 setup from a file host', input: at('Microsoft365_Setup.exe', 7 * MB), verdict: 'suspicious', codes: ['microsoft-app-unofficial-host'] },
  { desc: "PowerToys from an impostor's GitHub", input: at('PowerToysSetup-0.87.0-x64.exe', 200 * MB, 'https://github.com/pt-releases/PowerToys/releases/download/v0.87.0/PowerToysSetup-0.87.0-x64.exe'), verdict: 'suspicious', codes: ['microsoft-app-unofficial-host'] },
  { desc: "PowerToys from Microsoft's own GitHub", input: at('PowerToysSetup-0.87.0-x64.exe', 200 * MB, 'https://github.com/microsoft/PowerToys/releases/download/v0.87.0/PowerToysSetup-0.87.0-x64.exe'), verdict: 'ignored', codes: [] },
  { desc: "OneDrive's setup from Microsoft's sfx.ms", input: at('OneDriveSetup.exe', 50 * MB, 'https://oneclient.sfx.ms/Win/Installers/24.1/amd64/OneDriveSetup.exe'), verdict: 'ignored', codes: [] },
  { desc: 'Teams from an intranet share', input: at('MSTeamsSetup.exe', 100 * MB, 'https://fileserver.corp/sw/MSTeamsSetup.exe'), verdict: 'ignored', codes: [] },
  { desc: "a vendor's plug-in for Outlook", input: at('Zoom_Plugin_for_Microsoft_Outlook_Setup.msi', 20 * MB, 'https://zoom.us/client/latest/Zoom_Plugin_for_Microsoft_Outlook_Setup.msi'), verdict: 'ignored', codes: [] },
  { desc: 'a backup tool for Microsoft 365', input: at('Veeam_Backup_for_Microsoft_365_Setup.exe', 20 * MB, 'https://download2.veeam.com/VBO/Veeam_Backup_for_Microsoft_365_Setup.exe'), verdict: 'ignored', codes: [] },
  { desc: 'another office suite and another "Teams"', input: at('WPS_Office_Setup.exe', 200 * MB), verdict: 'ignored', codes: [] },
  { desc: "AWS's Copilot CLI names no setup", input: at('copilot-windows.exe', 30 * MB, 'https://github.com/aws/copilot-cli/releases/download/v1.34.0/copilot-windows.exe'), verdict: 'ignored', codes: [] },
  // A Windows ISO downloader or maker: the site decides.
  { desc: 'an ISO downloader from a look-alike of Softpedia', input: at('Windows_11_ISO_Downloader_v3.exe', 2 * MB, 'https://www.softpedia-dl.org/Windows_11_ISO_Downloader_v3.exe'), verdict: 'suspicious', codes: ['windows-iso-tool-untrusted-site'] },
  { desc: 'an ISO maker from a site named for Windows ISOs', input: at('WinISO_Maker_Setup.exe', 4 * MB, 'https://winiso-maker.com/WinISO_Maker_Setup.exe'), verdict: 'suspicious', codes: ['windows-iso-tool-untrusted-site'] },
  { desc: "HeiDoc's downloader from its own site", input: at('Windows-ISO-Downloader.exe', 6 * MB, 'https://www.heidoc.net/php/Windows-ISO-Downloader.exe'), verdict: 'ignored', codes: [] },
  { desc: "the same tool from Softpedia's real download host", input: at('Windows-ISO-Downloader.exe', 6 * MB, 'https://www.softpedia-secure-download.com/dl/abc/Windows-ISO-Downloader.exe'), verdict: 'ignored', codes: [] },
  // An update or a fix from a site whose own name is an update or repair service, not the maker's.
  { desc: 'a browser "update" from a site named as its update center', input: at('ChromeUpdate.exe', 3 * MB, 'https://chrome-update-center.live/ChromeUpdate.exe'), verdict: 'suspicious', codes: ['update-site-untrusted'] },
  { desc: 'a zipped Firefox "update" from a site named as one', input: at('Firefox.Update.zip', 60 * 1024, 'https://firefox-secure-update.net/Firefox.Update.zip'), verdict: 'suspicious', codes: ['update-site-untrusted'] },
  { desc: 'a Windows 11 graphics driver from a site named as a driver update service', input: at('Intel_Graphics_Win11_Driver.exe', 8 * MB, 'https://intel-driver-update.net/Intel_Graphics_Win11_Driver.exe'), verdict: 'suspicious', codes: ['update-site-untrusted'] },
  { desc: 'a BIOS update from a site named as a BIOS fix', input: at('BIOS_Update_Win11_Compatibility.exe', 4 * MB, 'https://bios-fix.pro/BIOS_Update_Win11_Compatibility.exe'), verdict: 'suspicious', codes: ['update-site-untrusted'] },
  { desc: "the same driver from Intel's own host", input: at('Intel_Graphics_Win11_Driver.exe', 8 * MB, 'https://downloadmirror.intel.com/839540/Intel_Graphics_Win11_Driver.exe'), verdict: 'ignored', codes: [] },
  { desc: "Firefox from Mozilla's download host", input: at('Firefox Setup 133.0.exe', 60 * MB, 'https://download-installer.cdn.mozilla.net/pub/firefox/releases/133.0/win64/en-US/Firefox%20Setup%20133.0.exe'), verdict: 'ignored', codes: [] },
  { desc: "an updater product from its maker's own site", input: at('UpdateStar_Setup.exe', 10 * MB, 'https://www.updatestar.com/download/UpdateStar_Setup.exe'), verdict: 'ignored', codes: [] },
  { desc: "a maker's update subdomain names the maker", input: at('BraveBrowserSetup.exe', 2 * MB, 'https://updates-cdn.bravesoftware.com/build/Brave-Release/x64-rel/win/BraveBrowserSetup.exe'), verdict: 'ignored', codes: [] },
  // A site named for a Windows media tool that is not the tool's home copies the tool's site.
  { desc: 'Rufus from a site named for Rufus', input: at('rufus-4.7.exe', 1.5 * MB, 'https://rufus-download.com/files/rufus-4.7.exe'), verdict: 'suspicious', codes: ['tool-site-impostor'] },
  { desc: 'a "Pro" Ventoy from a site glued to Ventoy\'s name', input: at('Ventoy_Pro_2026_Setup.exe', 30 * MB, 'https://ventoypro.com/Ventoy_Pro_2026_Setup.exe'), verdict: 'suspicious', codes: ['tool-site-impostor'] },
  { desc: 'a risk word glued before the tool\'s name', input: at('rufus-4.7.exe', 1.5 * MB, 'https://getrufus.net/rufus-4.7.exe'), verdict: 'suspicious', codes: ['tool-site-impostor'] },
  { desc: 'a tool named by its words in the site\'s name', input: at('win32diskimager-1.0.0-install.exe', 12 * MB, 'https://win32-disk-imager.net/download/win32diskimager-1.0.0-install.exe'), verdict: 'suspicious', codes: ['tool-site-impostor'] },
  { desc: 'any program from such a site, whatever its name', input: at('mct-2026-setup.exe', 13 * MB, 'https://mediacreationtool.co/download/mct-2026-setup.exe'), verdict: 'suspicious', codes: ['tool-site-impostor'] },
  { desc: 'the tool\'s home in front of another site', input: at('rufus-4.7.exe', 1.5 * MB, 'https://rufus.ie.download-now.site/rufus-4.7.exe'), verdict: 'suspicious', codes: ['tool-site-impostor'] },
  { desc: 'the tool\'s home spelt with a Cyrillic letter', input: at('ventoy-1.1.05-windows.zip', 16 * MB, 'https://xn--venty-mye.net/download/ventoy-1.1.05-windows.zip'), verdict: 'dangerous', codes: ['tool-homograph-domain'] },
  { desc: 'the tool from a site one slip from its home\'s name', input: at('rufus-4.7.exe', 1.5 * MB, 'https://rvfus.ie/downloads/rufus-4.7.exe'), verdict: 'suspicious', codes: ['tool-site-impostor'] },
  { desc: 'Rufus from its home', input: at('rufus-4.7.exe', 1.5 * MB, 'https://rufus.ie/downloads/rufus-4.7.exe'), verdict: 'ignored', codes: [] },
  { desc: 'Rufus from a portal\'s page named for it', input: at('rufus-4.7.exe', 1.5 * MB, 'https://rufus.en.softonic.com/download/rufus-4.7.exe'), verdict: 'ignored', codes: [] },
  { desc: 'Ventoy from its code host', input: at('ventoy-1.1.05-windows.zip', 16 * MB, 'https://github.com/ventoy/Ventoy/releases/download/v1.1.05/ventoy-1.1.05-windows.zip'), verdict: 'ignored', codes: [] },
  { desc: 'a tool\'s letters inside another word of the site\'s name', input: at('sketcher-setup.exe', 40 * MB, 'https://sketcher-app.com/sketcher-setup.exe'), verdict: 'ignored', codes: [] },
  { desc: 'a site one slip from a tool\'s name, serving something else', input: at('setup.exe', 4 * MB, 'https://www.refus.fr/setup.exe'), verdict: 'ignored', codes: [] },
  { desc: 'a manual from a site named for a tool', input: at('rufus-guide.pdf', MB, 'https://rufus-guide.com/rufus-guide.pdf'), verdict: 'ignored', codes: [] },
  // A utility named for what it does to Windows: its edition words and its setup are its own.
  { desc: 'a Windows repair utility\'s all-in-one setup', input: at('tweaking.com_windows_repair_aio_setup.exe', 45 * MB, 'https://files1.majorgeeks.com/abc/system/tweaking.com_windows_repair_aio_setup.exe'), verdict: 'ignored', codes: [] },
  { desc: 'a Windows 11 manager utility\'s zipped setup', input: at('Windows11Manager_Setup.zip', 27 * MB, 'https://files02.techspot.com/202512/Windows11Manager_Setup.zip'), verdict: 'ignored', codes: [] },
  { desc: 'an all-in-one Windows image with "repair" further on', input: at('Windows_11_AIO_Repair_x64.iso', 6 * GB), verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] },
  // tiny10 and tiny11 name a Windows release in a modified build's brand: so does tiny12.
  { desc: 'a pre-activated "tiny12" image', input: at('tiny12_26H1_x64_preactivated.iso', 3 * GB), verdict: 'dangerous', codes: ['lure-windows-12'] },
  { desc: 'a 12-inch measure after "tiny"', input: at('Tiny 12 inch speaker driver.exe', 3 * MB), verdict: 'ignored', codes: [] },
  // Administrators' shapes of the same lures (round 14).
  { desc: 'a KMS activation script for Windows Server named by its year', input: at('Server2025_Eval2Retail_KMS_Activate.cmd', 9 * 1024, 'https://gist.githubusercontent.com/someone/abc/raw/Server2025_Eval2Retail_KMS_Activate.cmd'), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'a KMS host emulator', input: at('KMSHostEmulator_x64.msi', 5 * MB, 'https://tools.example.net/KMSHostEmulator_x64.msi'), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'vlmcsd, a KMS server emulator, by name', input: at('vlmcsd-1113-2020-03-28-Hotbird64.7z', 2 * MB), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: "an evaluation dev VM with HWID activation", input: at('WinDev2601Eval_Activated_HWID.vhdx', 21 * GB), verdict: 'dangerous', codes: ['lure-activator', 'windows-image-unofficial-host'] },
  { desc: "a crack of Microsoft's deployment console", input: at('ConfigMgr_2503_Console_Cracked_Full.rar', 400 * MB), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'SQL Server 2022 from a partner names no crack', input: at('SQLServer2022-x64-ENU-Dev.exe', 300 * MB), verdict: 'ignored', codes: [] },
  { desc: 'a Windows 11 Enterprise VM disk with VirtIO drivers inside', input: at('windows-11-24h2-ent-virtio.qcow2', 12 * GB, 'https://vm-templates.s3.eu-central-1.amazonaws.com/windows/windows-11-24h2-ent-virtio.qcow2'), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'the VirtIO driver disc itself', input: at('virtio-win-0.1.271.iso', 700 * MB, 'https://fedorapeople.org/groups/virt/virtio-win/direct-downloads/stable-virtio/virtio-win-0.1.271.iso'), verdict: 'unknown', codes: [] },
  { desc: 'W11 beside an abbreviated edition', input: at('W11-Ent-23H2-golden-Intune-ready.vhdx', 14 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'Windows Server by its year and a role', input: at('WS2019-HyperV-Golden-2026Q1.vhdx', 13 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: "a small zip named as a Server release's own shape", input: at('WS2022_Eval_x64.zip', 490 * MB, 'https://cdn.discordapp.com/attachments/1/2/WS2022_Eval_x64.zip'), verdict: 'suspicious', codes: ['archive-claims-windows'] },
  { desc: "a vendor's support pack for that Server", input: at('SPP_Win2012R2_2017.04.0.zip', 490 * MB), verdict: 'ignored', codes: [] },
  { desc: 'a driver-install script from an intranet share', input: at('Install-Win11Drivers.ps1', 6 * 1024, 'https://10.1.2.3/deploy/scripts/Install-Win11Drivers.ps1'), verdict: 'ignored', codes: [] },
  { desc: 'a script that says it installs Windows 11', input: at('Install-Win11.ps1', 6 * 1024), verdict: 'dangerous', codes: ['executable-claims-windows'] },
  { desc: "the ADK's WinPE add-on setup re-hosted", input: at('adkwinpesetup_2026_full_offline.exe', 3 * MB, 'https://download2390.mediafire.com/k3j/adkwinpesetup_2026_full_offline.exe'), verdict: 'suspicious', codes: ['official-name-unofficial-host'] },
  { desc: "Intune's Company Portal setup from a site named for it", input: at('CompanyPortal-Setup-x64.exe', 9 * MB, 'https://intune-portal-setup.com/CompanyPortal-Setup-x64.exe'), verdict: 'suspicious', codes: ['microsoft-app-unofficial-host'] },
  { desc: 'Sysinternals from a typosquat of its name', input: at('SysinternalsSuite-Setup.exe', 48 * MB, 'https://sysintemals.com/files/SysinternalsSuite-Setup.exe'), verdict: 'suspicious', codes: ['tool-site-impostor'] },
  { desc: 'a zipped Linux live medium is that medium', input: at('gparted-live-1.7.0-8-amd64.zip', 560 * MB, 'https://downloads.sourceforge.net/gparted/gparted-live-1.7.0-8-amd64.zip'), verdict: 'unknown', codes: [] },
  { desc: 'a zipped Hyper-V generation 2 disk is that disk', input: at('ubuntu-2404-hyperv-gen2.zip', 1.4 * GB), verdict: 'unknown', codes: [] },
  // Windows on unusual hardware (round 15): Mac programs (a .dmg or .pkg is how they ship), a phone's or
  // tablet's whole-disk image, an image compressed under a program's extension, Windows's other
  // names beside an activator, a tool's own package from its own site.
  { desc: 'a "Windows 12 for Mac" disk image (a Mac program)', input: at('Windows_12_for_Mac_M3.dmg', 612 * MB, 'https://download2441.mediafire.com/kd0y/Windows_12_for_Mac_M3.dmg'), verdict: 'dangerous', codes: ['executable-claims-windows', 'lure-windows-12', 'windows-program-file-host'] },
  { desc: 'a cracked Mac hypervisor in a disk image, for Windows on ARM', input: at('Parallels_Desktop_20_Crack_Win11_ARM_Activator.dmg', 412 * MB), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'an Office for Mac crack as an installer package', input: at('Office_2021_Mac_M1_Crack_Serializer.pkg', 12 * MB), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: "a hypervisor's own Mac disk image", input: at('ParallelsDesktop-20.1.2-55742.dmg', 372 * MB, 'https://download.parallels.com/desktop/v20/20.1.2-55742/ParallelsDesktop-20.1.2-55742.dmg'), verdict: 'ignored', codes: [] },
  { desc: 'a Mac app for Windows drives names Windows as its subject', input: at('ntfs_for_mac_windows_11.dmg', 50 * MB, 'https://www.paragon-software.com/downloads/ntfs-mac/ntfs_for_mac_windows_11.dmg'), verdict: 'ignored', codes: [] },
  { desc: 'a Mac disk image posing as the Windows 11 ISO', input: at('Windows_11_ISO_for_Mac.dmg', 98 * MB), verdict: 'dangerous', codes: ['executable-claims-windows'] },
  { desc: 'Office for Mac from Microsoft', input: at('Microsoft_365_and_Office_16.92.24120731_Installer.pkg', 2.3 * GB, 'https://officecdn.microsoft.com/pr/C1297A47-86C4-4C1F-97FA-950631F94777/MacAutoupdate/Microsoft_365_and_Office_16.92.24120731_Installer.pkg'), verdict: 'official', codes: ['official-source'] },
  { desc: "a phone's Windows 10 ARM full-flash image from a cloud drive", input: at('Win10_ARM64_Lumia950XL_Hapanero.ffu', 7 * GB, 'https://drive.usercontent.google.com/download?id=1Ed&export=download'), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'a program under a compressed image\'s name', input: at('steamdeck-repair-20240422.10-3.5.19.img.bz2.exe', 6 * MB), verdict: 'dangerous', codes: ['double-extension'] },
  { desc: 'a compressed image itself', input: at('OPNsense-24.7-vga-amd64.img.bz2', 500 * MB), verdict: 'unknown', codes: [] },
  { desc: 'an activator for Windows on ARM (WoA)', input: at('WoA_Activator_SnapdragonX.exe', 2.5 * MB), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'an activator for LTSC', input: at('LTSC_IoT_Activator_Handheld_2025.exe', 1.5 * MB), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: "UUP dump's conversion pack from UUP dump's own site", input: at('26100.2605_arm64_en-us_professional_6f0c3e7a_convert.zip', 41 * 1024, 'https://uupdump.net/get.php?id=6f0c3e7a&pack=en-us&edition=professional&autodl=2'), verdict: 'ignored', codes: [] },
  { desc: 'the same pack\'s name from a file host', input: at('26100.2605_arm64_en-us_professional_6f0c3e7a_convert.zip', 41 * 1024, 'https://cdn.discordapp.com/attachments/1/2/26100.2605_arm64_en-us_professional_6f0c3e7a_convert.zip'), verdict: 'suspicious', codes: ['archive-claims-windows'] },
  { desc: "CrystalFetch's name on a site that is not its project", input: at('CrystalFetch_Windows11_Downloader.exe', 3 * MB, 'https://crystalfetch-app.com/CrystalFetch_Windows11_Downloader.exe'), verdict: 'suspicious', codes: ['tool-site-impostor'] },
  // A broken PC and the campaigns that wait for it (round 16): Windows's own image formats at the
  // size of Windows media, the recovery image by its own name, repair tools' homes and sites named
  // for them, a "digital license" fix, troubleshooter packages, sites named as Windows's recovery.
  { desc: "an OEM's 16 GB recovery.wim from a cloud drive is Windows", input: at('recovery.wim', 15 * GB, 'https://drive.usercontent.google.com/download?id=1ReC&export=download'), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'a small .wim of tools says what it is', input: at('PE_tools.wim', 300 * MB), verdict: 'unknown', codes: [] },
  { desc: 'the Windows recovery image by its own name, rehosted', input: at('winre.wim', 528 * MB, 'https://www.techwinfix.com/wp-content/uploads/files/winre.wim'), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: "NeoSmart's recovery disc for Windows 10 from its own site", input: at('EasyRE-Home-Windows-10.iso', 201 * MB, 'https://neosmart.net/downloads/EasyRE/EasyRE-Home-Windows-10.iso'), verdict: 'unknown', codes: [] },
  { desc: 'the same disc from a file host', input: at('EasyRE-Home-Windows-10.iso', 201 * MB), verdict: 'dangerous', codes: ['too-small-for-windows', 'windows-image-unofficial-host'] },
  { desc: 'GParted Live from a site named for it', input: at('gparted-live-1.6.0-10-amd64.iso', 553 * MB, 'https://gparted-live.com/downloads/gparted-live-1.6.0-10-amd64.iso'), verdict: 'suspicious', codes: ['tool-site-impostor'] },
  { desc: 'GParted Live from its project', input: at('gparted-live-1.6.0-10-amd64.iso', 553 * MB, 'https://downloads.sourceforge.net/gparted/gparted-live-1.6.0-10-amd64.iso'), verdict: 'unknown', codes: [] },
  { desc: "Macrium Reflect's setup from a site named for it", input: at('ReflectXSetup_x64.exe', 7 * MB, 'https://macrium-reflect.download/get/ReflectXSetup_x64.exe'), verdict: 'suspicious', codes: ['tool-site-impostor'] },
  { desc: 'a "digital license fix" for Windows 10', input: at('W10_Digital_License_Fix.exe', 3 * MB), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: "Microsoft's Support and Recovery Assistant setup re-hosted", input: at('SaRASetup.exe', 3 * MB, 'https://saratool-download.com/SaRASetup.exe'), verdict: 'suspicious', codes: ['official-name-unofficial-host'] },
  { desc: "Windows Update's troubleshooter package from Microsoft", input: at('WindowsUpdateDiagnostic.diagcab', 283 * 1024, 'https://download.microsoft.com/download/7/1/B/71BA74D8/WindowsUpdateDiagnostic.diagcab'), verdict: 'official', codes: ['official-source'] },
  { desc: 'a "Windows 11 repair ISO" zipped small on a file host', input: at('Windows_11_Repair_ISO_2025.zip', 45 * MB, 'https://pixeldrain.com/api/file/Rp4Is0z1?download'), verdict: 'suspicious', codes: ['archive-claims-windows', 'windows-program-file-host'] },
  { desc: 'a script from a site named as Windows Defender recovery', input: at('fix.hta', 12 * 1024, 'https://windows-defender-recovery.live/fix.hta'), verdict: 'suspicious', codes: ['update-site-untrusted'] },
  { desc: 'a script from a site named for fixing blue screens', input: at('Recovery.ps1', 3 * 1024, 'https://ms-bsod-repair.com/Recovery.ps1'), verdict: 'suspicious', codes: ['update-site-untrusted'] },
  // A program naming a Windows release from a site where anyone shares files (rounds 15 and 16).
  { desc: 'a Windows 11 boot fixer on a cloud drive', input: at('Win11_Boot_Fixer_Portable.rar', 30 * MB, 'https://uc8a1b2c3.dl.dropboxusercontent.com/cd/0/get/W/Win11_Boot_Fixer_Portable.rar'), verdict: 'suspicious', codes: ['windows-program-file-host'] },
  { desc: 'a handheld\'s Windows 11 driver pack on a file locker', input: at('SteamDeck_Windows11_Driver_Pack_AllInOne_2024.exe', 393 * MB, 'https://download1096.mediafire.com/6syq/8q5x/SteamDeck_Windows11_Driver_Pack_AllInOne_2024.exe'), verdict: 'suspicious', codes: ['windows-program-file-host'] },
  { desc: 'the driver pack from its maker', input: at('SteamDeck_Windows11_Driver_Pack_2024.exe', 393 * MB, 'https://steamdeck-packages.steamos.cloud/misc/windows/drivers/SteamDeck_Windows11_Driver_Pack_2024.exe'), verdict: 'ignored', codes: [] },
  { desc: 'a band called The Windows shares its tracks', input: at('TheWindows_Demo_Tracks_2026.zip', 150 * MB, 'https://gfs270n123.userstorage.mega.co.nz/dl/AbCdEf'), verdict: 'ignored', codes: [] },
  { desc: 'an app "for Windows 11" on a cloud drive says where it runs', input: at('Zoom_Installer_for_Windows_11.zip', 90 * MB, 'https://www.dropbox.com/scl/fi/x/Zoom_Installer_for_Windows_11.zip?dl=1'), verdict: 'ignored', codes: [] },
  // Outside the English-speaking web (round 17): an app's own Windows setup, a password only in an
  // archive, Office repacked in an archive or a torrent, a torrent's size, the Office Deployment Tool.
  { desc: "a Quran app's own Windows setup", input: at('Ayat_Windows_Setup.exe', 60 * MB, 'https://quran.ksu.edu.sa/ayat/download/Ayat_Windows_Setup.exe'), verdict: 'ignored', codes: [] },
  { desc: 'a bare "Windows Setup" program off Microsoft', input: at('Windows_Setup.exe', 60 * MB), verdict: 'dangerous', codes: ['executable-claims-windows'] },
  { desc: "a token driver's setup whose name reads as a password", input: at('ePass2003-Setup-20240122.exe', 11.5 * MB, 'https://www.ftsafe.com/download/ePass2003-Setup-20240122.exe'), verdict: 'ignored', codes: [] },
  { desc: 'an archive whose name gives its password', input: at('Setup_Pass_2024.rar', 20 * MB), verdict: 'suspicious', codes: ['lure-password-archive'] },
  { desc: 'Office repacked in an archive the size of its media', input: at('Microsoft.Office.2021.Portable_Soft98.iR.rar', 1 * GB, 'https://dl2.soft98.ir/soft/m/Microsoft.Office.2021.Portable_Soft98.iR.rar'), verdict: 'suspicious', codes: ['office-image-unofficial-host'] },
  { desc: 'a small archive of Office templates', input: at('Office_2021_Templates_Pack.zip', 20 * MB), verdict: 'ignored', codes: [] },
  { desc: 'a torrent of an Office repack', input: at('[NNMClub.to]_Microsoft Office 2021-2024 x86-x64 v24.10 by KpoJIuK.torrent', 41 * 1024, 'https://nnmclub.to/forum/download.php?id=1301223'), verdict: 'suspicious', codes: ['office-image-unofficial-host'] },
  { desc: "a torrent of Windows is not too small by its own size", input: at('Windows_11_24H2_x64_RU.torrent', 50 * 1024), verdict: 'suspicious', codes: ['archive-claims-windows'] },
  { desc: "the Office Deployment Tool re-hosted", input: at('officedeploymenttool_17830-20162.exe', 3.5 * MB, 'https://dl.downza.cn/soft/officedeploymenttool_17830-20162.exe'), verdict: 'suspicious', codes: ['official-name-unofficial-host'] },
];

describe('classify: evidence by kind', () => {
  it.each(rows)('$desc', ({ input, verdict, codes }) => {
    const result = classify(input, rules);
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.map((r) => r.code).sort()).toEqual([...codes].sort());
  });
});
