"""Lures: realistic variations of real fake-Windows campaigns. `block` = must be held as dangerous,
`warn` = must be held (suspicious or dangerous)."""
from urllib.parse import quote

from common import (GB, MB, R, guid, hexs, maybe, pick, raw_ip, seo_referrer, shady_host, shared_host_url,
                    size, spaced, win_iso_size)

KASPERSKY = 'https://tecnologia.libero.it/finto-windows-11-virus-46710'
REDLINE = 'https://www.lasexta.com/tecnologia-tecnoxplora/internet/cuidado-esta-actualizacion-windows-11-falsa-muy-peligrosa_20220218620f95a2cfdb0c0001ec33ed.html'
INNO = 'https://circleid.com/posts/20220523-dont-hit-that-update-button-just-yet-it-could-lead-to-malware-infection'
KMSPICO = None  # campaigns are many; no single report names these hosts

EDITIONS = ['Pro', 'Home', 'Enterprise', 'Education', 'Pro_N', 'Ultimate', 'Pro_Workstation', 'LTSC', 'IoT', 'Home_Single_Language', 'Pro for Workstations']
RELEASES = ['23H2', '24H2', '25H2', '22H2', '21H2', 'Build_26100', 'Build 27686', '2025', '2024']
LANGS = ['English', 'en-US', 'EN', 'German', 'de-DE', 'French', 'fr-fr', 'Spanish', 'es-ES', 'Portuguese-BR', 'pt-BR',
         'Russian', 'ru-RU', 'Turkish', 'tr-TR', 'Arabic', 'Vietnamese', 'Indonesian', 'Polish', 'Italian', 'Chinese', 'zh-CN', 'Japanese']
ARCHES = ['x64', 'X64', 'amd64', '64bit', '64-bit', 'x86_64', 'ARM64', 'x86']


def host_url(name):
    name = quote(name, safe="()+,!'~=?&%/")  # as a browser sends it: spaces and other letters escaped
    kind = R.random()
    if kind < 0.35:
        return shared_host_url(name)
    if kind < 0.55:
        return f'http://{raw_ip()}{pick(["", ":8080", ":8000", ":81"])}/{pick(["files", "iso", "dl", "downloads", "uploads/2025", "pub"])}/{name}'
    return f'https://{pick(["", "dl.", "cdn.", "files.", "download.", "s3."])}{shady_host()}/{pick(["files", "wp-content/uploads/2025/03", "dl", "get", "d", "software/windows"])}/{name}'


def ref():
    return pick([None, None, seo_referrer(), f'https://{shady_host()}/windows/{pick(["download", "iso", "free"])}/'])


def win12_names():
    ver = pick(['12', '12', '12', '12', '１２'])
    word = pick(['Windows', 'windows', 'WINDOWS', 'Win', 'win', 'Windws', 'Microsoft Windows', 'MS Windows', 'Wіndows'])
    ext = pick(['iso', 'iso', 'iso', 'ISO', 'zip', 'rar', '7z', 'exe', 'img', 'esd', 'wim'])
    parts = [word, ver] + R.sample(EDITIONS, 1) + [pick(RELEASES)] + R.sample(LANGS, 1) + [pick(ARCHES)]
    if R.random() < 0.3:
        parts.insert(2, pick(['Insider', 'Preview', 'Leaked', 'Final', 'RTM', 'Beta', 'Dev', 'Canary', 'Official', 'Full']))
    return f'{spaced(parts[:R.randint(3, len(parts))])}.{ext}'


def add_lures(c):
    # Windows 12: Microsoft has released none; every such file is fake.
    for _ in range(80):
        name = win12_names()
        big = name.lower().endswith(('iso', 'img', 'esd', 'wim'))
        c.add('block', 'lure/windows-12-name', 'Microsoft has released no Windows 12; a file sold as one is fake.',
              {'url': host_url(name), 'filename': name, 'referrer': ref(),
               'totalBytes': maybe(win_iso_size() if big else size(2, 900), 0.7)})
    # Spelled-out or glued forms and URL encodings of Windows 12.
    for name in ['Windows%2012%20Pro%20x64.iso', 'InstallWindows12.exe', 'MicrosoftWindows12Pro.iso', 'WINDOWS12PRO_X64_FRE.ISO',
                 'Windows-Twelve-Pro-ISO.zip', 'Win_XII_Pro.iso', 'windows12_setup_full.rar', 'Windows12Upgrade.exe',
                 'win-12-pro-x64-iso-download.zip', 'w12_pro_x64_final_build.iso', 'Windows12_Setup.msi', 'WiNdOwS_12_HoMe.iso',
                 'windows.12.23h2.x64.iso', 'Windows 12 Pro (x64) - Official ISO.7z', 'windows_12_preactivated.iso']:
        url = host_url(name)
        c.add('block', 'lure/windows-12-name', 'Microsoft has released no Windows 12, however the name is written.',
              {'url': url, 'filename': name.replace('%20', ' '), 'totalBytes': maybe(size(3, 6000), 0.5)})
    # Versions Microsoft has not released: 13, 14 … are as fake as 12.
    for ver in ['13', '14', '15', '13', '14', '16', '20', '13', '14', '13']:
        for _ in range(3):
            name = spaced([pick(['Windows', 'Win', 'windows']), ver, pick(EDITIONS), pick(RELEASES), pick(ARCHES)]) + '.' + pick(['iso', 'iso', 'zip', 'exe'])
            c.add('block', 'lure/windows-unreleased-version', f'Microsoft has released no Windows {ver}.',
                  {'url': host_url(name), 'filename': name, 'referrer': ref(), 'totalBytes': maybe(size(4, 6500), 0.5)})
    # Code names of the rumoured next Windows.
    for _ in range(20):
        cn = pick(['Next Valley', 'NextValley', 'next_valley', 'Hudson Valley', 'HudsonValley', 'hudson-valley'])
        name = spaced([pick(['Windows', 'Win', 'Windows11']), cn, pick(['Build', 'build', 'Insider', 'Leak']), str(R.randint(27000, 29999)), pick(ARCHES)]) + '.' + pick(['iso', 'iso', 'zip', '7z'])
        c.add('block', 'lure/codename', 'A rumoured code name of an unreleased Windows, sold as an image.',
              {'url': host_url(name), 'filename': name, 'totalBytes': maybe(win_iso_size(), 0.5)})
    add_disguised(c)
    add_too_small(c)
    add_lookalike(c)
    add_lure_hosts(c)
    add_unofficial_images(c)
    add_modified_builds(c)
    add_activators(c)
    add_fake_installers(c)
    add_internal_naming(c)
    add_leetspeak(c)
    add_customer_namespaces(c)
    add_referrer_lures(c)
    add_microsoft_media_off_microsoft(c)


def add_disguised(c):
    # Programs dressed as disk images: double extensions, padding, RTL override.
    for _ in range(45):
        base = spaced(['Windows', pick(['11', '10', '11', '12']), pick(EDITIONS), pick(RELEASES), pick(ARCHES)])
        trick = pick(['.iso.exe', '.iso.scr', '.iso .exe', '.ISO.exe', '.iso.com', '.iso.msi', '.iso.bat', '.iso.lnk', '.img.exe',
                      '.iso' + ' ' * R.randint(10, 40) + '.exe', '.iso.pif', '.iso.cmd', '.iso.js', '.iso.vbs', '.iso.hta'])
        name = base + trick
        c.add('block', 'lure/disguised-executable', 'A program or script dressed as a disk image by a double extension.',
              {'url': host_url(name), 'filename': name, 'totalBytes': maybe(size(1, 1800), 0.6)})
    c.add('block', 'lure/disguised-executable', 'The padded 1.75 GB program sold as a Windows 11 build with an activator.',
          {'url': f'http://{raw_ip()}/86307_windows%2011%20build%2021996.1%20x64%20+%20activator.exe',
           'filename': '86307_windows 11 build 21996.1 x64 + activator.exe', 'totalBytes': 1879048192}, KASPERSKY)
    for _ in range(20):
        base = pick(['Windows11', 'Win11_24H2_English_x64', 'Windows12', 'Win10_22H2', 'Windows_11_Pro', 'setup-win11'])
        rev = pick(['osi.exe', 'osi.scr', 'osi.com', 'gmi.exe', 'osi.bat', 'osi.cmd', 'osi.msi'])
        name = base + '\u202e' + rev
        c.add('block', 'lure/rtl-override', 'A right-to-left override flips the shown extension: a program shown as an ISO.',
              {'url': host_url('download.php?id=' + hexs(6)), 'filename': name, 'totalBytes': maybe(size(1, 700), 0.5)})
    for name in ['Windows 11 Pro x64.iso\u200b.exe', 'Win11.iso\u00a0\u00a0\u00a0.exe', 'Windows11Pro\u2024iso.exe',
                 'Windows11Pro\uff0eiso.exe', 'Win11_x64.iso\u2063.exe', 'Windows11_24H2.iso\u2800.scr']:
        c.add('block', 'lure/disguised-executable', 'Hidden or look-alike characters hide a program extension.',
              {'url': host_url('file'), 'filename': name})


def add_too_small(c):
    names = ['Win11_24H2_English_x64.iso', 'Win11_23H2_English_x64v2.iso', 'Win10_22H2_English_x64v1.iso',
             'Windows_11_Pro_24H2_x64.iso', 'windows11.iso', 'Windows 10 Pro 64 bit.iso', 'Win11_24H2_German_x64.iso',
             'Windows.iso', 'Windows_Server_2022_x64.iso', 'Win11_24H2_EnglishInternational_x64.iso', 'windows-11-home.img',
             'Windows10_21H2_x64_full.iso', 'Windows11_InsiderPreview_Client_x64_en-us_26100.iso']
    for name in names:
        for _ in range(2):
            c.add('block', 'lure/too-small-windows-image', 'A "Windows ISO" of a few MB cannot hold Windows (real ones are several GB).',
                  {'url': host_url(name), 'filename': name, 'totalBytes': R.randint(180 * 1024, 45 * MB)})


LOOKALIKE_HOSTS = [
    'microsoft-download.com', 'rnicrosoft.com', 'micros0ft.com', 'microsft.com', 'mircosoft.com', 'microsoftt.com', 'mlcrosoft.com',
    'microsoft-windows11.com', 'windows11-upgrade11.com', 'windows-upgraded.com', 'microsoft-update-center.net',
    'softwaredownload-microsoft.net', 'download-microsoft.org', 'microsoft.com-software-download.site',
    'software.download.prss.microsoft.com.iso-cdn.net', 'software-download.microsoft.com.dl-files.top',
    'xn--microsft-sbh.com', 'xn--mcrosoft-thh.com', 'microsоft.com', 'software.download.prss.microsоft.com', 'www.microsoft.com.windows11.download',
    'microsoftstore-windows.com', 'windowsupdate-service.com', 'windows-update.support', 'micosoft-software.com',
    'microsoft‐download.com', 'software.download.prss.mlcrosoft.com', 'download.microsoft.co', 'download.microsoft.com.ru',
    'microsoft.download-center.app', 'go-microsoft.com', 'windows-11-download.microsoft-iso.com']


def add_lookalike(c):
    for host in LOOKALIKE_HOSTS:
        for _ in range(2):
            name = pick(['Win11_24H2_English_x64.iso', 'Windows11InstallationAssistant.exe', 'MediaCreationTool.exe', 'Windows11Upgrade.zip',
                         'Win10_22H2_English_x64v1.iso', 'Win11_23H2_German_x64.iso', 'windows_update_kb5034441.exe', 'setup.exe', 'Windows.iso'])
            c.add('block', 'lure/lookalike-domain', 'A host that imitates Microsoft serves Windows media or setup.',
                  {'url': f'https://{host}/{pick(["dbazure", "software-download", "download", "windows11", "en-us/software-download/windows11"])}/{name}',
                   'filename': name, 'totalBytes': maybe(win_iso_size() if name.endswith('.iso') else size(2, 90), 0.6),
                   'referrer': maybe(f'https://{host}/', 0.5)},
                  {'windows11-upgrade11.com': INNO, 'windows-upgraded.com': REDLINE}.get(host))
    # Userinfo trick: everything before @ is a user name, the real host follows.
    for _ in range(12):
        real = pick([raw_ip(), shady_host()])
        fake = pick(['www.microsoft.com', 'software.download.prss.microsoft.com', 'download.microsoft.com', 'microsoft.com:443'])
        name = pick(['Win11_24H2_English_x64.iso', 'Windows11.iso', 'MediaCreationTool_24H2.exe', 'Win10_22H2_English_x64.iso'])
        c.add('block', 'lure/userinfo-trick', 'The address shows a Microsoft name as a user name before @; the file comes from elsewhere.',
              {'url': f'https://{fake}@{real}/dbazure/{name}', 'filename': name, 'totalBytes': maybe(win_iso_size(), 0.5)})
    # Redirect from a look-alike to a file host: the look-alike still counts.
    for _ in range(8):
        name = pick(['Windows11Setup.zip', 'Win11_Upgrade.exe', 'win11-installer.rar'])
        c.add('block', 'lure/lookalike-domain', 'A look-alike Microsoft site redirects to the payload on a file host.',
              {'url': f'https://{pick(LOOKALIKE_HOSTS)}/get?file={name}', 'finalUrl': shared_host_url(name), 'filename': name},
              None)


def add_lure_hosts(c):
    hosts = ['windows12download.com', 'win12iso.net', 'windows-12-pro.com', 'getwindows12.org', 'windows12-iso.download',
             'download-windows-12.net', 'windows13-download.com', 'win11-free-iso.com', 'windows11iso-free.net', 'freewindows12.xyz',
             'windows12.ru', 'windows-12.site', 'win12-preactivated.top', 'windowslite-iso.com', 'kmspico-official.com',
             'official-kmspico.net', 'get-kmspico.com', 'kmspico.io', 'kmsauto-net.org', 'windows-activator.net']
    for host in hosts:
        for _ in range(2):
            name = pick(['setup.zip', 'download.iso', 'x64_full.iso', 'installer.exe', 'package.rar', 'latest.7z', 'file.iso'])
            c.add('block', 'lure/lure-named-host', 'The host name itself sells fake Windows or an activator.',
                  {'url': f'https://{pick(["", "www.", "dl.", "cdn."])}{host}/{pick(["download", "files", "get"])}/{name}', 'filename': name,
                   'totalBytes': maybe(size(3, 5000), 0.5)},
                  KMSPICO if 'kms' in host else None)


def add_unofficial_images(c):
    # Genuine-looking Windows images from hosts that are not Microsoft's: hold, let the user verify.
    real = ['Win11_24H2_English_x64.iso', 'Win11_24H2_EnglishInternational_x64.iso', 'Win11_23H2_English_x64v2.iso',
            'Win10_22H2_English_x64v1.iso', 'Win11_24H2_Spanish_x64.iso', 'Win11_24H2_Turkish_x64.iso', 'Win11_24H2_Russian_x64.iso',
            'Win11_24H2_Portuguese_Brazil_x64.iso', 'Win10_22H2_German_x64v1.iso', 'Win11_24H2_Arabic_x64.iso',
            'Windows 11 Pro 24H2 x64.iso', 'windows_11_home_x64.iso', 'Windows10_Pro_x64.iso', 'Win7_Ult_SP1_English_x64.iso',
            'Windows_Server_2022_Datacenter.iso', 'Windows.iso', 'Win11_24H2_Arm64.iso', 'Windows_11_IoT_Enterprise_LTSC_2024.iso',
            'Windows 8.1 Pro x64.iso', 'WinXP_SP3_Pro.iso', 'Windows_10_Enterprise_LTSC_2021_x64.iso']
    for _ in range(70):
        name = pick(real)
        c.add('warn', 'lure/windows-image-unofficial-host', 'A Windows image that does not come from Microsoft: it may be modified.',
              {'url': host_url(name), 'filename': name, 'referrer': ref(), 'totalBytes': maybe(win_iso_size(), 0.7),
               'mime': maybe(pick(['application/x-iso9660-image', 'application/octet-stream']), 0.4)})
    for _ in range(6):
        c.add('warn', 'lure/windows-image-unofficial-host', 'Windows Server media re-hosted by a reseller rather than Microsoft.',
              {'url': f'https://{pick(["dl.", "files.", ""])}{pick(["cheap-keys-shop.com", "softwarekeep-store.net", "royalcdkeys-dl.com", "licensedeals.eu"])}/iso/Windows_Server_2012_R2_{pick(["Standard", "Datacenter", "Essentials"])}_x64.iso',
               'totalBytes': win_iso_size()})


def add_modified_builds(c):
    tags = ['Lite', 'SuperLite', 'Debloated', 'Pre-Activated', 'Preactivated', 'AIO', 'AIO 18in1', 'Gamer Edition', 'Ghost Spectre',
            'Tiny11', 'tiny10', 'Atlas', 'ReviOS', 'Compact', 'Optimized', 'No TPM', 'TPM Bypass', 'Activated', 'x64 Ultra Lite',
            'Xtreme', 'Modded', 'NoBloat', 'Unattended', 'ByPass Requirements', 'Crack', 'Integrated Office 2021']
    for _ in range(70):
        tag = pick(tags)
        parts = [pick(['Windows', 'Win', 'windows', 'WIN']), pick(['11', '10', '11', '7', '11 Pro', '10 Pro', '11 LTSC'])] + [tag, pick(RELEASES), pick(ARCHES)]
        R.shuffle(parts[2:])
        name = spaced(parts) + '.' + pick(['iso', 'iso', 'iso', 'esd', 'wim', 'rar', '7z', 'zip'])
        c.add('warn', 'lure/modified-windows-build', f'A modified Windows build ("{tag}"): third parties change what is inside.',
              {'url': host_url(name), 'filename': name, 'referrer': ref(), 'totalBytes': maybe(size(1500, 5200), 0.6)})


def add_activators(c):
    names = ['KMSpico_v10.2.1_Final.zip', 'KMSpico 11 Portable.rar', 'KMSAuto_Net_2024_v1.8.6.zip', 'KMSAuto++ x64.exe',
             'KMS_VL_ALL_AIO_v51.7z', 'KMS_VL_ALL-smart.zip', 'MAS_AIO_v2.7.cmd', 'Microsoft-Activation-Scripts-2.6.zip',
             'HWID_Activation.cmd', 'Windows_10_11_Digital_Activation.exe', 'W10 Digital Activation Program 1.5.2.zip',
             'Microsoft Toolkit 2.7.3.exe', 'Re-Loader Activator 3.4.rar', 'AAct_x64_4.3.zip', 'Windows Loader 2.2.2 by Daz.zip',
             'Office_2021_Activator.exe', 'windows-11-activator-2025.rar', 'KMSPico-setup.exe', 'kmspico_official.zip',
             'Ratiborus KMS Tools 2024.7z', 'HEU_KMS_Activator_v42.exe', 'Windows 11 Activation Script.bat', 'activate-windows-hwid.ps1',
             'KMSAuto Lite 1.8.zip', 'Win11 Activator (Permanent).exe', 'Office + Windows Activation Toolkit.zip', 'Windows_Activation_Key_Generator.exe']
    for name in names:
        for _ in range(2):
            c.add('warn', 'lure/activator', 'An activator for Windows or Office: a classic carrier of stealers and miners.',
                  {'url': host_url(name), 'filename': name, 'referrer': ref(), 'totalBytes': maybe(size(0.01, 40), 0.5)},
                  KMSPICO if 'kms' in name.lower() else None)


def add_fake_installers(c):
    names = ['Windows11InstallationAssistant.zip', 'Windows11InstallationAssistant.rar', 'Windows 11 Installation Assistant.exe',
             'MediaCreationTool_Win11_24H2.zip', 'MediaCreationTool22H2.rar', 'Windows 11 Upgrade.exe', 'Windows11Upgrade_setup.exe',
             'Win11Setup.zip', 'windows-11-setup.rar', 'Windows10Upgrade9252.zip', 'Windows Update Assistant.exe',
             'Windows_Update_KB5034441.zip', 'windows-update-installer.msi', 'Win11_Upgrade_Tool.7z', 'Windows 11 Free Upgrade.zip',
             'Windows11_Compatibility_Fix_Installer.exe', 'Install-Windows-11.exe', 'Windows 11 Setup (x64).exe',
             'win11_installation_assistant_v1.4.19041.zip', 'Windows Media Creation Tool.rar', 'WindowsPCHealthCheckSetup.zip',
             'Windows11_Upgrade_Assistant_2025.exe', 'Win10_to_Win11_Upgrader.exe', 'Windows 11 Installer Official.7z',
             'Windows_Setup_Helper.exe', 'windows 11 update.zip']
    for name in names:
        for _ in range(3):
            c.add('warn', 'lure/fake-installer', 'Windows setup or upgrade presented from a non-Microsoft host; Microsoft never ships it as a zip or rar.',
                  {'url': host_url(name), 'filename': name, 'referrer': ref(), 'totalBytes': maybe(size(0.5, 120), 0.6)},
                  REDLINE if name == 'Windows11InstallationAssistant.zip' else None)


def add_internal_naming(c):
    names = ['SW_DVD9_Win_Pro_11_23H2_64BIT_English_Pro_Ent_EDU_N_MLF_X23-59562.ISO', 'SW_DVD9_Win_Server_STD_CORE_2022_2108.15_64Bit_English_DC_STD_MLF_X23-31801.ISO',
             'SW_DVD5_Office_Professional_Plus_2016_64Bit_English_MLF_X20-42432.ISO', 'SW_DVD9_Win_Pro_10_22H2.15_64BIT_English_Pro_Ent_EDU_N_MLF_X23-67223.ISO',
             'en-us_windows_11_business_editions_version_24h2_x64_dvd_59a1851e.iso', 'en-us_windows_11_consumer_editions_version_23h2_x64_dvd_8ea907fb.iso',
             'de-de_windows_10_business_editions_version_22h2_x64_dvd_4c0fd3a0.iso', 'en-us_windows_server_2022_x64_dvd_620d7eac.iso',
             'en_windows_7_ultimate_with_sp1_x64_dvd_u_677332.iso', 'ja-jp_windows_11_consumer_editions_version_24h2_x64_dvd_0e7d5dd9.iso',
             '22621.1.220506-1250.ni_release_CLIENTMULTICOMBINED_UUP_X64FRE_EN-US.ISO', '19045.2965.230505-1139.22h2_release_svc_refresh_CLIENTCONSUMER_RET_x64FRE_en-us.iso',
             '20348.169.210806-2348.fe_release_svc_refresh_SERVER_EVAL_x64FRE_en-us.iso', '26100.1.240331-1435.ge_release_CLIENT_LTSC_EVAL_x64FRE_en-us.iso',
             '26100.1742.240906-0331.ge_release_svc_refresh_CLIENTENTERPRISEEVAL_OEMRET_x64FRE_en-us.iso', '17763.737.190906-2324.rs5_release_svc_refresh_SERVER_EVAL_x64FRE_en-us_1.iso',
             '22631.2428.231001-0608.23H2_NI_RELEASE_SVC_REFRESH_CLIENTMULTI_X64FRE_EN-US.ISO', 'ru-ru_windows_11_business_editions_version_23h2_x64_dvd_5a3d3ab6.iso']
    for name in names:
        for _ in range(2):
            c.add('warn', 'lure/microsoft-internal-name-off-microsoft', "Microsoft's internal media naming on a host that is not Microsoft's.",
                  {'url': host_url(name), 'filename': name, 'totalBytes': maybe(win_iso_size(), 0.7), 'referrer': ref()})
        if 'Office' in name:
            continue  # the too-small check is about Windows media
        c.add('block', 'lure/too-small-windows-image', "Microsoft's internal naming on a file far too small to be Windows media.",
              {'url': host_url(name), 'filename': name, 'totalBytes': R.randint(300 * 1024, 30 * MB)})


def add_leetspeak(c):
    words = ['W1nd0ws', 'Wind0ws', 'W!ndows', 'Windoows', 'Wndows', 'Widnows', 'Windos', 'Vindows', 'WlNDOWS', 'Wind0w5', 'Windowz', 'Wlndows', 'W1ndows']
    for w in words:
        for ver in ['11', '10', '12']:
            name = spaced([w, ver, pick(EDITIONS), pick(ARCHES)]) + '.' + pick(['iso', 'iso', 'zip', 'exe'])
            expect = 'block' if ver == '12' else 'warn'
            c.add(expect, 'lure/misspelled-windows', f'"{w}" is Windows misspelt to dodge filters' + (', and Windows 12 does not exist.' if ver == '12' else '.'),
                  {'url': host_url(name), 'filename': name, 'totalBytes': maybe(size(2, 6000), 0.5)})


def add_customer_namespaces(c):
    labels = ['win11-iso', 'freewindows', 'isostore', 'softdl', 'contoso-files', 'dlcenter', 'windows-upgrade', 'kmsfree', 'isomirror', 'filedrop']
    for _ in range(40):
        label = pick(labels) + str(R.randint(1, 99))
        host = pick([f'{label}.blob.core.windows.net', f'{label}.azurewebsites.net', f'{label}.{pick(["eastus", "westeurope", "southeastasia"])}.cloudapp.azure.com',
                     f'{label}.azureedge.net', f'{label}.z13.web.core.windows.net', f'{label}.trafficmanager.net', f'{label}-my.sharepoint.com',
                     f'{label}.sharepoint.com', f'{label}.visualstudio.com'])
        name = pick(['Win11_24H2_English_x64.iso', 'Windows_11_Pro_Lite.iso', 'Windows12_Pro.iso', 'Windows11InstallationAssistant.zip',
                     'KMSAuto_Net.zip', 'Windows 11 Upgrade.exe', 'Win10_22H2_English_x64v1.iso'])
        expect = 'block' if '12' in name else 'warn'
        c.add(expect, 'lure/microsoft-customer-namespace', 'A customer-named host under a Microsoft parent is not Microsoft: judge the file.',
              {'url': f'https://{host}/{pick(["files", "iso", "public", "$web", "personal/user_contoso_com/Documents"])}/{quote(name)}', 'filename': name,
               'totalBytes': maybe(win_iso_size() if name.endswith('.iso') else size(1, 80), 0.6)})
    for label in ['microsoft-download', 'software-download-microsoft', 'windows-update-cdn', 'microsoftdownloads', 'msft-software']:
        host = pick([f'{label}.azurewebsites.net', f'{label}.blob.core.windows.net', f'{label}.cloudapp.azure.com'])
        c.add('block', 'lure/microsoft-customer-namespace', 'A customer label that imitates Microsoft under a Microsoft parent.',
              {'url': f'https://{host}/dbazure/Win11_24H2_English_x64.iso', 'filename': 'Win11_24H2_English_x64.iso', 'totalBytes': win_iso_size()})
    for org in ['win12-iso', 'freeiso', 'activators']:
        c.add('warn', 'lure/microsoft-customer-namespace', 'An Azure DevOps organisation chosen by a customer serves a Windows image.',
              {'url': f'https://dev.azure.com/{org}/_apis/git/repositories/iso/items?path=/Windows11_Pro.iso&download=true', 'filename': 'Windows11_Pro.iso'})


def add_referrer_lures(c):
    # SEO spam: a generic name, a sketchy or raw-IP host, a page that sells "Windows 12 ISO".
    for _ in range(30):
        name = pick(['x64_full.iso', 'setup_final.iso', 'download.iso', 'image.iso', 'os.iso', '26100.iso', 'full-version.img'])
        c.add('warn', 'lure/seo-spam-referrer', 'A generic disk image from a file host, linked from a "Windows 12 ISO" spam page.',
              {'url': pick([f'http://{raw_ip()}/{name}', f'https://{shady_host()}/dl/{name}']), 'filename': name, 'referrer': seo_referrer(),
               'totalBytes': maybe(size(500, 6000), 0.5)}, 'https://github.com/orgs/community/discussions/')
    for _ in range(15):
        name = pick(['Windows_12_Pro_Setup.zip', 'Windows12.iso', 'Win12_Full_Activated.rar'])
        c.add('block', 'lure/seo-spam-referrer', 'A "Windows 12" file linked from spam on a shared site.',
              {'url': shared_host_url(name), 'filename': name, 'referrer': seo_referrer()})


def add_microsoft_media_off_microsoft(c):
    # Office images and Windows install files (install.esd / install.wim) re-hosted by third parties.
    office = ['ProPlus2021Retail.img', 'ProPlus2024Retail.img', 'O365ProPlusRetail.img', 'HomeStudent2021Retail.img', 'ProfessionalRetail.img',
              'Office_2021_ProPlus_LTSC_x64_en-US.iso', 'SW_DVD5_Office_Professional_Plus_2019_64Bit_English_MLF_X22-27445.ISO',
              'Microsoft Office 2024 Pro Plus (x64).iso', 'Office2019ProPlus_Activated.iso', 'Office_365_Offline_Installer.img']
    for name in office:
        for _ in range(2):
            c.add('warn', 'lure/office-image-unofficial-host', 'Microsoft Office media that does not come from Microsoft (officecdn): it may be modified.',
                  {'url': host_url(name), 'filename': name, 'totalBytes': maybe(size(3000, 4800), 0.6), 'referrer': ref()})
    for _ in range(20):
        name = pick(['install.esd', 'install.wim', 'install.esd', 'boot.wim'])
        folder = pick(['Win11_24H2_Pro', 'windows11-sources', 'w11pro', 'WinServer2022', 'win10-ltsc-2021'])
        c.add('warn', 'lure/windows-install-file-unofficial-host', 'A Windows install image file (install.esd / .wim) from a host that is not Microsoft.',
              {'url': host_url(f'{folder}/sources/{name}'), 'filename': name, 'totalBytes': maybe(size(3200, 5200), 0.7), 'referrer': ref()})
