// What names claim, by kind of disguise: spaced letters, scripts posing as Windows tools,
// Windows images in names of their own making, compressed images, and names that only use the words.
import { describe, expect, it } from 'vitest';
import { at, type VerdictRow, GB, MB } from '../testing/verdict-rows.ts';
import { bundledRuleset } from '../ruleset/bundled-rules.ts';
import { classify } from '../classify.ts';

const rules = bundledRuleset();

const rows: VerdictRow[] = [
  // Spaced letters, with any separators, read as the word, and the version after it binds.
  { desc: 'letters and digits spaced once', input: at('W i n d o w s 1 2 Lite.iso', 3 * GB), verdict: 'dangerous', codes: ['lure-windows-12', 'lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: 'letters and digits spaced twice', input: at('W  i  n  d  o  w  s  1  2.iso', 3 * GB), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  { desc: 'spaced with mixed separators, as a program', input: at('W_._i_._n_._d_._o_._w_._s 1 2.exe'), verdict: 'dangerous', codes: ['lure-windows-12', 'executable-claims-windows'] },
  { desc: 'a spaced "win" and its version', input: at('w i n 1 2.iso', 3 * GB), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  { desc: 'spaced digits alone name nothing', input: at('photo 1 2 3 4.iso', 3 * GB), verdict: 'unknown', codes: [] },
  // Three single letters spell an activator's acronym, glued to the rest of its name or not.
  { desc: 'an activator acronym spelled with dashes, glued to its name', input: at('K-M-S-Auto_Net_1.5.5.zip', 6 * MB), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'an activator acronym spelled with dots', input: at('K.M.S Pico 11.exe'), verdict: 'dangerous', codes: ['lure-activator'] },
  { desc: 'three initials that spell no known word stay initials', input: at('J_R_R_Tolkien_Maps.zip', 6 * MB), verdict: 'ignored', codes: [] },
  { desc: 'a version with its letters spelled out is no acronym', input: at('Setup_v_1_2.exe'), verdict: 'ignored', codes: [] },
  // Letters written for the digits of the version beside "Windows" read as the digits; other words stay words.
  { desc: 'a small L for the 1 of "Windows 12"', input: at('Windows_l2_Pro_AI_x64.iso', 5 * GB), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  { desc: 'a bar for the 1, glued to "Win"', input: at('Win|2_Setup.exe'), verdict: 'dangerous', codes: ['lure-windows-12', 'executable-claims-windows'] },
  { desc: 'a zero in the brand and a small L in the version at once', input: at('Wind0ws-l2-23H2.iso', 5 * GB), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  { desc: 'a one for the i of "Windows" and a small L for the 1', input: at('W1ndows_l2_Pro.iso', 5 * GB), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  { desc: 'a small L for the 1 of an unreleased version', input: at('Windows l3 Pro.iso', 5 * GB), verdict: 'dangerous', codes: ['lure-unreleased-windows', 'windows-image-unofficial-host'] },
  { desc: 'a capital O for the 0 of Windows 10 is Windows 10', input: at('Windows_1O_Pro.iso', 5 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: "a laptop's Core i7 beside Windows is no version (the recovery image is Windows media all the same)", input: at('Windows_i7_Laptop_Recovery.iso', 12 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  // A maker's recovery image of the size of Windows media is Windows media; a small one is a tool's.
  { desc: "a maker's Windows recovery image re-hosted on a file host", input: at('HP_Recovery_Win11_Home_x64.iso', 6 * GB, 'https://1fichier.com/?as8x515ea0recov'), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: "a captured recovery partition as a VHDX", input: at('Acer_Aspire5_Win10_Recovery_Partition.vhdx', 18 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: "a small recovery tool's image stays a tool's", input: at('Windows_10_Recovery_Drive_Tools.iso', 300 * MB), verdict: 'unknown', codes: [] },
  // Leetspeak that shows a Windows name and its version, however short the word.
  { desc: 'a one for the i of "Win11", and of "Lite"', input: at('W1n11_L1te_24H2.iso', 2560 * MB), verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: '"w1n32" is no Windows version', input: at('Setup_w1n32.exe'), verdict: 'ignored', codes: [] },
  { desc: 'a word after Windows is no version', input: at('Windows_lo-fi_wallpapers.zip', 30 * MB), verdict: 'ignored', codes: [] },
  // A number followed by a count or a measure is a quantity, not a version.
  { desc: 'twelve pieces of a window texture', input: at('Stained_Windows_12pcs_PBR.zip', 180 * MB), verdict: 'ignored', codes: [] },
  { desc: 'a window size in millimetres', input: at('Windows_12mm_Glazing_Details.zip', 40 * MB), verdict: 'ignored', codes: [] },
  { desc: 'a version with a measure elsewhere is still a version', input: at('Windows_12_Pro_x64_4mm.iso', 5 * GB), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  // Scripts named as Windows tools off Microsoft: no vendor ships those as a bare script.
  { desc: 'a VBScript named as a Windows ISO downloader', input: at('Windows_11_ISO_Downloader.vbs', 8192), verdict: 'dangerous', codes: ['executable-claims-windows'] },
  { desc: 'a PowerShell Windows activation', input: at('Windows11_Activate.ps1', 42000), verdict: 'dangerous', codes: ['executable-claims-windows'] },
  { desc: 'a batch file named as a Windows update tool', input: at('Win10_Update_Tool.bat'), verdict: 'dangerous', codes: ['executable-claims-windows'] },
  { desc: 'a program named as an ISO downloader stays a tool', input: at('Windows_ISO_Downloader.exe'), verdict: 'ignored', codes: [] },
  { desc: 'a script that names no Windows', input: at('Fido.ps1'), verdict: 'ignored', codes: [] },
  // Microsoft names its updates by kind (security, cumulative, feature …): a program named as one
  // off Microsoft poses as Windows' own update, glued or spaced.
  { desc: 'a "Windows Security Update" app package', input: at('WindowsSecurityUpdate.msix', 8.9 * MB), verdict: 'dangerous', codes: ['executable-claims-windows'] },
  { desc: 'a "Windows Critical Update" with a KB number', input: at('Windows_Critical_Update_KB5044284.exe'), verdict: 'dangerous', codes: ['executable-claims-windows'] },
  { desc: "an app's own update names no Windows update", input: at('Windows_Terminal_Update.exe'), verdict: 'ignored', codes: [] },
  // Windows images named by their shape: a build and revision with an architecture or edition,
  // an edition beside a feature update, WinServer glued, install images with a word inside.
  { desc: 'a UUP dump style build name', input: at('26200.7019_amd64_en-us_PROFESSIONAL.iso', 5 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'an edition beside a feature update, made lite', input: at('Optimum 11 24H2 Pro X-Lite.iso', 3 * GB), verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: 'an install image with "lite" inside', input: at('install_lite.wim', 2 * GB), verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: 'Windows Server glued, on a customer namespace', input: at('WinServer2022_Std.iso', 5 * GB, 'https://isodist.trafficmanager.net/WinServer2022_Std.iso'), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'a driver-integrated build', input: at('Win11_ProWS_DriverPack_Integrated.iso', 7 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'Win 16 beside an edition and a feature update is a version claim', input: at('win 16 ltsc 23h2 x64.iso', 4 * GB), verdict: 'dangerous', codes: ['lure-unreleased-windows', 'windows-image-unofficial-host'] },
  { desc: 'a build shape from too small a file', input: at('22631.2428_x64_en-us_ENTERPRISE.iso', 40 * MB), verdict: 'dangerous', codes: ['too-small-for-windows', 'windows-image-unofficial-host'] },
  { desc: 'a Linux release number is no build', input: at('openSUSE-Leap-15.6-DVD-x86_64-Build710.3-Media.iso', 4 * GB), verdict: 'unknown', codes: [] },
  // A TPM bypass changes the install media, whatever else the name holds; "by <name>" after a
  // release is a repacker's signature.
  { desc: 'a repack with a TPM bypass and drivers, signed', input: at('Windows 11 Pro 24H2 x64 [TPM Bypass + Drivers] by OVGorskiy.iso', 6 * GB, 'https://1fichier.com/?a9s8d7f6g5'), verdict: 'suspicious', codes: ['lure-modified-build'] },
  { desc: 'without TPM, in German', input: at('Win11_25H2_Deutsch_ohne_TPM_Treiber.iso', 6 * GB), verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: "a repacker's signature after an edition", input: at('Windows_10_Enterprise_LTSC_2021_by_m0nkrus.iso', 5 * GB), verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: 'cursors "by" an artist name no release', input: at('Windows_11_Cursors_Concept_by_jepricreations.zip', 2 * MB), verdict: 'ignored', codes: [] },
  { desc: 'a Server guide signed by Microsoft is no repack', input: at('Windows_Server_2022_Standard_Guide_by_Microsoft.zip', 2 * MB), verdict: 'ignored', codes: [] },
  // Office images off Microsoft.
  { desc: 'an Office LTSC image from a file host', input: at('Office_2021_ProPlus_LTSC_x64_en-US.iso', 4 * GB), verdict: 'suspicious', codes: ['office-image-unofficial-host'] },
  { desc: 'an Office 365 offline installer image', input: at('Office_365_Offline_Installer.img', 4 * GB), verdict: 'suspicious', codes: ['office-image-unofficial-host'] },
  { desc: 'an Office image glued and activated', input: at('Office2019ProPlus_Activated.iso', 4 * GB), verdict: 'suspicious', codes: ['office-image-unofficial-host'] },
  { desc: 'Office from Microsoft is official', input: at('ProPlus2024Retail.img', 4 * GB, 'https://officecdn.microsoft.com/db/492350f6/media/en-us/ProPlus2024Retail.img'), verdict: 'official', codes: ['official-source'] },
  { desc: 'an office suite of another name', input: at('LibreOffice_24.8.2_Linux_x86-64_deb.iso', 300 * MB), verdict: 'unknown', codes: [] },
  // Products that use the words: a theme or game asset pack is no Windows release, unless a
  // release word, an image or a program says it is.
  { desc: 'a game asset pack named "Glass Windows 12 Pack"', input: at('Glass_Windows_12_Pack.zip', 12 * MB, 'https://steamworkshopdownloader.io/download/2988123456/Glass_Windows_12_Pack.zip'), verdict: 'ignored', codes: [] },
  { desc: 'a "Windows 12 theme pack" as a program is still held', input: at('Windows_12_Theme_Pack.exe'), verdict: 'dangerous', codes: ['lure-windows-12', 'executable-claims-windows'] },
  { desc: 'a theme pack with a release word is a release claim', input: at('Windows_12_Pro_x64_Theme_Pack.zip'), verdict: 'dangerous', codes: ['lure-windows-12', 'archive-claims-windows'] },
  { desc: 'an image named as a pack is still an image', input: at('Windows_12_Pack.iso', 4 * GB), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  // A device model's "Lite" driver and a builder's source are not modified builds.
  { desc: 'a printer driver whose model has a Lite variant, for Win11', input: at('ET2850_Lite_64_Win11.exe', 24 * MB), verdict: 'ignored', codes: [] },
  { desc: "a modified-build tool's source archive", input: at('tiny11builder-main.zip', 20480), verdict: 'ignored', codes: [] },
  { desc: 'a version number is no device model', input: at('Windows_10_v1903_Lite.iso', 2 * GB), verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: 'a "Windows 11 Lite" program is still held', input: at('Windows 11 Lite.exe'), verdict: 'dangerous', codes: ['executable-claims-windows', 'lure-modified-build'] },
  // A name that gives an archive's password keeps antivirus out of it.
  { desc: 'a backup zipped with its password in the name', input: at('Backup_2024_Password_1234.zip', 110592), verdict: 'suspicious', codes: ['lure-password-archive'] },
  { desc: 'a password manager is no password', input: at('KeePass-2.57.1-Setup.exe'), verdict: 'ignored', codes: [] },
  // Compressed disk images are judged as the image inside.
  { desc: 'a compressed Linux VHD is a disk image with no risk', input: at('FreeBSD-14.3-RELEASE-amd64.vhd.xz', 620 * MB), verdict: 'unknown', codes: [] },
  { desc: 'a gzipped Windows image from elsewhere', input: at('Win11_Pro_x64.img.gz', 4 * GB), verdict: 'suspicious', codes: ['windows-image-unofficial-host'] },
  { desc: 'a zstd-packed Windows 12 image', input: at('Windows12_Pro.iso.zst', 4 * GB), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  { desc: 'a source tarball is still only an archive', input: at('linux-6.12.tar.xz', 140 * MB), verdict: 'ignored', codes: [] },
  // A Yocto disk image, a compressed tar of one image, and archives named as a prebuilt VM or a
  // live medium are judged as the image they hold; a hypervisor's own tools stay archives.
  { desc: "a Yocto board's compressed wic image", input: at('phytec-qt6demo-image-phyboard-pollux-imx8mp-3.rootfs.wic.xz', 700 * MB), verdict: 'unknown', codes: [] },
  { desc: "Ubuntu's Azure VHD in a tar.gz", input: at('noble-server-cloudimg-amd64-azure.vhd.tar.gz', 700 * MB, 'https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64-azure.vhd.tar.gz'), verdict: 'unknown', codes: [] },
  { desc: "Kali's VMware VM in a 7z", input: at('kali-linux-2025.3-vmware-amd64.7z', 3 * GB, 'https://cdimage.kali.org/kali-2025.3/kali-linux-2025.3-vmware-amd64.7z'), verdict: 'unknown', codes: [] },
  { desc: "Kali's Hyper-V VM in a 7z", input: at('kali-linux-2026.3-hyperv-amd64.7z', 3 * GB), verdict: 'unknown', codes: [] },
  { desc: 'the GNS3 VM for VMware, zipped', input: at('GNS3.VM.VMware.Workstation.2.2.55.zip', GB), verdict: 'unknown', codes: [] },
  { desc: 'a zipped live CD', input: at('FD14-LiveCD.zip', 400 * MB), verdict: 'unknown', codes: [] },
  { desc: 'a Windows VM in a 7z is a Windows image, here too small', input: at('Windows11-VMware-amd64.7z', 500 * MB), verdict: 'dangerous', codes: ['too-small-for-windows', 'windows-image-unofficial-host'] },
  { desc: "VMware's OVF tool stays an archive", input: at('VMware-ovftool-4.6.2-22220919-lin.x86_64.zip', 20 * MB), verdict: 'ignored', codes: [] },
  { desc: 'a live USB creator tool stays an archive', input: at('Linux-Live-USB-Creator-2.9.4.zip', 30 * MB), verdict: 'ignored', codes: [] },
  { desc: "VirtualBox's guest additions stay an archive", input: at('VBoxGuestAdditions_7.0.12_vm_tools.zip', 50 * MB), verdict: 'ignored', codes: [] },
  // Zipped images named for the one image inside are that image; Fedora's .vhdfixed is a VHD.
  { desc: 'a zipped Memtest86+ ISO', input: at('mt86plus_7.20_64.iso.zip', 1.2 * MB, 'https://memtest.org/download/v7.20/mt86plus_7.20_64.iso.zip'), verdict: 'unknown', codes: [] },
  { desc: 'ReactOS zipped with "-iso" before the zip', input: at('ReactOS-0.4.15-release-1-gdbb43bbaeb2-x86-iso.zip', 110 * MB), verdict: 'unknown', codes: [] },
  { desc: 'a zipped VMDK appliance', input: at('haos_ova-16.3.vmdk.zip', 480 * MB), verdict: 'unknown', codes: [] },
  { desc: "Fedora's fixed VHD, xz-compressed", input: at('Fedora-Cloud-Base-Azure-43-1.6.x86_64.vhdfixed.xz', 500 * MB), verdict: 'unknown', codes: [] },
  { desc: 'a zipped "Win12 Lite" ISO is a Windows 12 image', input: at('Win12_Lite.iso.zip', 3 * GB), verdict: 'dangerous', codes: ['lure-windows-12', 'lure-modified-build', 'windows-image-unofficial-host'] },
  { desc: 'a 7z of a Windows image too small to hold it', input: at('Win11_24H2_x64.iso.7z', 3 * MB), verdict: 'dangerous', codes: ['too-small-for-windows', 'windows-image-unofficial-host'] },
  { desc: 'a zip that names no image stays an archive', input: at('gns3-server-2.2.54.zip', 12 * MB), verdict: 'ignored', codes: [] },
  { desc: 'a torrent of an image is not the image', input: at('ubuntu-24.04-desktop-amd64.iso.torrent', 100000), verdict: 'ignored', codes: [] },
  // A Mac hypervisor's virtual machine bundle holds its disk images, whatever its archive.
  { desc: "a zipped UTM machine is judged as its image", input: at('archlinux-arm.utm.zip', 1024 * MB), verdict: 'unknown', codes: [] },
  { desc: 'a zipped Parallels machine named as Windows is a Windows image off Microsoft', input: at('Windows11_ARM_Activated.pvm.zip', 9 * GB), verdict: 'suspicious', codes: ['lure-modified-build', 'windows-image-unofficial-host'] },
  // Customisation packs come per architecture: "x64" beside a skin pack is no release word.
  { desc: 'a skin pack for one architecture', input: at('Win12_SkinPack_x64.zip', 67 * MB, 'https://skinpacks.com/download/win12-skinpack/?wpdmdl=81234'), verdict: 'ignored', codes: [] },
  { desc: 'an image named as a theme is still an image', input: at('Windows_12_Pro_x64_Theme.iso', 5 * GB), verdict: 'dangerous', codes: ['lure-windows-12', 'windows-image-unofficial-host'] },
  // A code host's snapshot of a repository is named for its project, not for what it installs.
  { desc: "a web demo's source snapshot named win12", input: { url: 'https://codeload.github.com/tjy-gitnub/win12/zip/refs/heads/main', referrer: 'https://github.com/tjy-gitnub/win12', filename: 'win12-main.zip', totalBytes: 25 * MB }, verdict: 'ignored', codes: [] },
  { desc: 'the same name as a release asset is a claim', input: { url: 'https://github.com/tjy-gitnub/win12/releases/download/v1/win12-main.zip', filename: 'win12-main.zip', totalBytes: 25 * MB }, verdict: 'dangerous', codes: ['lure-windows-12', 'archive-claims-windows'] },
  { desc: "an activator's source snapshot still runs an activator", input: { url: 'https://codeload.github.com/someone/KMSAuto-Win12/zip/refs/heads/main', filename: 'KMSAuto-Win12-main.zip', totalBytes: 3 * MB }, verdict: 'dangerous', codes: ['lure-activator'] },
  // A site named for Microsoft's own app is no third party's, whatever its tool is called.
  { desc: 'a "repair tool" from a site named for Windows Defender', input: { url: 'https://windows-defender-alert.live/Windows_Security_Repair_Tool.exe', filename: 'Windows_Security_Repair_Tool.exe' }, verdict: 'suspicious', codes: ['microsoft-app-unofficial-host'] },
  { desc: "a third party's OneDrive backup from its own site", input: { url: 'https://www.cbackupper.com/download/OneDrive_Backup_Setup.exe', filename: 'OneDrive_Backup_Setup.exe' }, verdict: 'ignored', codes: [] },
];

describe('classify: names by kind of disguise', () => {
  it.each(rows)('$desc', ({ input, verdict, codes }) => {
    const result = classify(input, rules);
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.map((r) => r.code).sort()).toEqual([...codes].sort());
  });
});
