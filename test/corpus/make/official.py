"""Microsoft's real file naming on Microsoft's real download hosts: verdict `official`."""
from common import GB, MB, R, guid, hexs, maybe, pick, size, win_iso_size

MS_DOWNLOAD = 'https://www.microsoft.com/en-us/software-download/windows11'
SOURCE_DO = 'https://learn.microsoft.com/en-us/windows/privacy/manage-windows-11-endpoints'

LANG_NAMES = ['English', 'EnglishInternational', 'German', 'French', 'French_Canadian', 'Spanish', 'Spanish_Mexico', 'Italian', 'Japanese',
              'Korean', 'Chinese_Simplified', 'Chinese_Traditional', 'Portuguese', 'Brazilian_Portuguese', 'Russian', 'Turkish', 'Arabic',
              'Hebrew', 'Dutch', 'Polish', 'Czech', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Greek', 'Hungarian', 'Romanian',
              'Ukrainian', 'Thai', 'Bulgarian', 'Croatian', 'Estonian', 'Latvian', 'Lithuanian', 'Serbian_Latin', 'Slovak', 'Slovenian']
LOCALES = ['en-us', 'en-gb', 'de-de', 'fr-fr', 'ja-jp', 'es-es', 'pt-br', 'zh-cn', 'ru-ru', 'ko-kr', 'it-it', 'nl-nl', 'pl-pl', 'tr-tr', 'ar-sa']


def signed_query():
    return (f'?t={guid()}&P1={R.randint(1730000000, 1769999999)}&P2=601&P3=2&P4='
            + ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%') for _ in range(60)))


def page(loc=None):
    loc = loc or pick(LOCALES)
    return f'https://www.microsoft.com/{loc}/software-download/{pick(["windows11", "windows11", "windows10", "windows10ISO", "windows11arm64"])}'


def add_official(c):
    for _ in range(70):
        lang = pick(LANG_NAMES)
        name = pick([f'Win11_24H2_{lang}_x64.iso', f'Win11_23H2_{lang}_x64v2.iso', f'Win10_22H2_{lang}_x64v1.iso', f'Win10_22H2_{lang}_x32v1.iso',
                     f'Win11_24H2_{lang}_Arm64.iso', f'Win11_25H2_{lang}_x64.iso'])
        c.add('official', 'official/consumer-iso', "Microsoft's consumer ISO from its signed download host.",
              {'url': f'https://software.download.prss.microsoft.com/dbazure/{name}{signed_query()}', 'filename': maybe(name, 0.8),
               'referrer': maybe(page(), 0.6), 'pageUrl': maybe(page(), 0.2), 'totalBytes': maybe(win_iso_size(), 0.7),
               'mime': maybe(pick(['application/octet-stream', 'application/x-iso9660-image']), 0.3)}, MS_DOWNLOAD)
    # Evaluation Center and Server evaluation media.
    evals = ['26100.1742.240906-0331.ge_release_svc_refresh_CLIENTENTERPRISEEVAL_OEMRET_x64FRE_en-us.iso',
             '26100.1742.240906-0331.ge_release_svc_refresh_SERVER_EVAL_x64FRE_en-us.iso',
             '22621.525.220925-0207.ni_release_svc_refresh_CLIENTENTERPRISEEVAL_OEMRET_x64FRE_en-us.iso',
             '20348.169.210806-2348.fe_release_svc_refresh_SERVER_EVAL_x64FRE_en-us.iso',
             '17763.737.190906-2324.rs5_release_svc_refresh_SERVER_EVAL_x64FRE_en-us_1.iso',
             '19045.2006.220908-0225.22h2_release_svc_refresh_CLIENTENTERPRISEEVAL_OEMRET_x64FRE_en-us.iso',
             '26100.1.240331-1435.ge_release_CLIENT_IOT_LTSC_EVAL_x64FRE_en-us.iso',
             '26100.1.240331-1435.ge_release_CLIENT_LTSC_EVAL_x64FRE_en-us.iso',
             '20348.169.amd64fre.fe_release_svc_refresh.210806-2348_server_serverdatacentereval_en-us.vhd',
             '26100.1742.240906-0331.ge_release_svc_refresh_SERVER_EVAL_x64FRE_en-us_amd64.vhd',
             '14393.0.161119-1705.RS1_REFRESH_SERVER_EVAL_X64FRE_EN-US.ISO',
             '9600.17050.WINBLUE_REFRESH.140317-1640_X64FRE_SERVER_EVAL_EN-US-IR3_SSS_X64FREE_EN-US_DV9.ISO',
             '26100.1742.240906-0331.ge_release_svc_refresh_SERVERAZURESTACKHCICOR_OEMRET_x64FRE_en-us.iso']
    for name in evals:
        for path in [f'/dbazure/{guid()}/{name}', f'/sg/download/{name}', f'/dbazure/{name}']:
            c.add('official', 'official/evaluation-media', 'Evaluation Center media (Windows Enterprise, LTSC, Server) from software-static.',
                  {'url': f'https://software-static.download.prss.microsoft.com{path}', 'filename': maybe(name, 0.7),
                   'referrer': maybe(f'https://www.microsoft.com/{pick(LOCALES)}/evalcenter/download-{pick(["windows-11-enterprise", "windows-server-2025", "windows-server-2022", "windows-11-iot-enterprise-ltsc-eval"])}', 0.7),
                   'totalBytes': maybe(win_iso_size(), 0.5)}, 'https://www.microsoft.com/en-us/evalcenter/')
    # Legacy evaluation host, still linked from old pages.
    for name in ['15063.0.170317-1834.RS2_RELEASE_CLIENTENTERPRISEEVAL_OEMRET_X64FRE_EN-US.ISO', '9600.16384.WINBLUE_RTM.130821-1623_X64FRE_SERVER_EVAL_EN-US-IRM_SSS_X64FREE_EN-US_DV5.ISO',
                 '17763.379.190312-0539.rs5_release_svc_refresh_SERVER_EVAL_x64FRE_en-us.iso', '10240.16384.150709-1700.TH1_CLIENTENTERPRISEEVAL_OEMRET_X64FRE_EN-US.ISO']:
        c.add('official', 'official/evaluation-media', 'Evaluation media on the legacy care.dlservice host.',
              {'url': f'https://care.dlservice.microsoft.com/dl/download/{hexs(1).upper()}/{hexs(1).upper()}/{hexs(1).upper()}/{guid().upper()}/{name}', 'totalBytes': maybe(win_iso_size(), 0.5)})
    # Media Creation Tool and Installation Assistant through go.microsoft.com fwlinks.
    for _ in range(20):
        link, final, name = pick([
            ('https://go.microsoft.com/fwlink/?linkid=2156295', f'https://software-static.download.prss.microsoft.com/dbazure/{guid()}/mediacreationtool.exe', 'mediacreationtool.exe'),
            ('https://go.microsoft.com/fwlink/?LinkId=691209', f'https://software-download.microsoft.com/download/pr/888969d5-f34g-4e03-ac9d-1f9786c69161/MediaCreationTool22H2.exe', 'MediaCreationTool22H2.exe'),
            ('https://go.microsoft.com/fwlink/?linkid=2171764', f'https://download.microsoft.com/download/{hexs(1)}/{hexs(1)}/{hexs(1)}/{guid()}/Windows11InstallationAssistant.exe', 'Windows11InstallationAssistant.exe'),
            ('https://go.microsoft.com/fwlink/?LinkID=799445', f'https://download.microsoft.com/download/{hexs(1)}/{hexs(1)}/{hexs(1)}/{guid()}/Windows10Upgrade9252.exe', 'Windows10Upgrade9252.exe'),
            ('https://aka.ms/GetPCHealthCheckApp', f'https://download.microsoft.com/download/{hexs(1)}/{hexs(1)}/{hexs(1)}/{guid()}/WindowsPCHealthCheckSetup.msi', 'WindowsPCHealthCheckSetup.msi'),
        ])
        c.add('official', 'official/setup-tools', "Microsoft's own Media Creation Tool, Installation Assistant or upgrade tool through its fwlink.",
              {'url': link, 'finalUrl': final, 'filename': maybe(name, 0.8), 'referrer': maybe(page(), 0.7), 'totalBytes': maybe(size(4, 20), 0.5)},
              'https://support.microsoft.com/en-us/windows/ways-to-install-windows-11-e0edbbfb-cfc5-4011-868b-2ce77ac7c70e')
    # Insider Preview ISOs.
    for build in ['26100', '22635', '26120', '27686', '26200', '22000', '25905', '26058']:
        for kind in ['Client', 'Client_Pro', 'Server']:
            name = f'Windows11_InsiderPreview_{kind}_x64_{pick(["en-us", "en-gb", "de-de", "ja-jp"])}_{build}.iso'
            if kind == 'Server':
                name = f'Windows_InsiderPreview_Server_vNext_en-us_{build}.iso'
            c.add('official', 'official/insider-iso', 'Windows Insider Preview ISO from Microsoft (sign-in required, signed URL).',
                  {'url': f'https://software-download.microsoft.com/{pick(["db", "sg", "download/pr"])}/{name}{signed_query()}', 'filename': maybe(name, 0.8),
                   'referrer': maybe('https://www.microsoft.com/en-us/software-download/windowsinsiderpreviewiso', 0.6), 'totalBytes': maybe(win_iso_size(), 0.5)},
                  'https://www.microsoft.com/en-us/software-download/windowsinsiderpreviewiso')
    # Visual Studio subscriptions (MSDN naming) from Microsoft's subscriber host.
    for name in ['en-us_windows_11_business_editions_version_24h2_x64_dvd_59a1851e.iso', 'en-us_windows_11_consumer_editions_version_24h2_x64_dvd_1e9f4c86.iso',
                 'en-us_windows_server_2025_x64_dvd_b7ec10f3.iso', 'en-us_windows_server_2022_updated_oct_2024_x64_dvd_d1a47ecc.iso',
                 'de-de_windows_11_business_editions_version_23h2_updated_march_2024_x64_dvd_3c7b5cfd.iso', 'en-us_windows_10_business_editions_version_22h2_x64_dvd_8cf17b79.iso',
                 'ja-jp_windows_11_iot_enterprise_ltsc_2024_x64_dvd_0bd6c2f6.iso', 'en-us_sql_server_2022_developer_x64_dvd_7cacf733.iso',
                 'en-us_windows_11_enterprise_ltsc_2024_x64_dvd_965cfb00.iso', 'fr-fr_windows_11_business_editions_version_24h2_arm64_dvd_c6a5b2a4.iso',
                 'en_windows_7_professional_with_sp1_x64_dvd_u_676939.iso', 'en-us_windows_server_version_23h2_x64_dvd_28f2afd2.iso']:
        for _ in range(2):
            c.add('official', 'official/subscriber-download', 'Visual Studio subscriber download (MSDN naming) from download.my.visualstudio.com.',
                  {'url': f'https://download.my.visualstudio.com/{pick(["db", "pr"])}/{name}{signed_query()}', 'filename': maybe(name, 0.7),
                   'referrer': maybe('https://my.visualstudio.com/Downloads?q=windows%2011', 0.6), 'totalBytes': maybe(win_iso_size(), 0.5)},
                  'https://my.visualstudio.com/Downloads')
    # Windows Update and Delivery Optimization content: ESD media, update packages.
    esd = ['26100.2605.241207-1546.ge_release_svc_refresh_CLIENTCONSUMER_RET_x64FRE_en-us.esd', '22631.2861.231204-0538.23H2_NI_RELEASE_SVC_REFRESH_CLIENTBUSINESS_VOL_x64FRE_de-de.esd',
           '19045.3803.231204-0203.22h2_release_svc_refresh_CLIENTCONSUMER_RET_x64FRE_fr-fr.esd', '26100.1742.240906-0331.ge_release_svc_refresh_CLIENTCONSUMER_RET_A64FRE_ja-jp.esd',
           '22621.2428.231001-0608.ni_release_svc_refresh_CLIENTCONSUMER_RET_x86FRE_en-gb.esd']
    for name in esd:
        for host in ['dl.delivery.mp.microsoft.com', 'tlu.dl.delivery.mp.microsoft.com', '3.dl.delivery.mp.microsoft.com']:
            c.add('official', 'official/windows-update-content', 'Windows setup ESD from Windows Update delivery hosts.',
                  {'url': f'https://{host}/filestreamingservice/files/{guid()}/{name}', 'totalBytes': R.randint(3 * GB, int(4.5 * GB))}, SOURCE_DO)
    for kb in ['5048667', '5046617', '5034441', '5035853', '5044284', '5043080', '5049981', '5050009']:
        name = f'windows11.0-kb{kb}-x64_{hexs(40)}.msu' if kb != '5034441' else f'windows10.0-kb{kb}-x64_{hexs(40)}.cab'
        c.add('official', 'official/windows-update-content', 'A Windows update package from the Microsoft Update Catalog host.',
              {'url': f'https://catalog.s.download.windowsupdate.com/{pick(["c", "d"])}/msdownload/update/software/{pick(["secu", "updt"])}/2024/{R.randint(1, 12):02d}/{name}',
               'filename': name, 'referrer': 'https://www.catalog.update.microsoft.com/', 'totalBytes': size(50, 900)}, 'https://www.catalog.update.microsoft.com/')
    # Other Microsoft media on download.microsoft.com and officecdn.
    misc = [
        ('https://officecdn.microsoft.com/db/492350F6-3A01-4F97-B9C0-C7C6DDF67D60/media/en-US/ProPlus2021Retail.img', 'Office 2021 installation image from officecdn.'),
        ('https://officecdn.microsoft.com/db/492350F6-3A01-4F97-B9C0-C7C6DDF67D60/media/de-DE/O365ProPlusRetail.img', 'Microsoft 365 Apps installation image from officecdn.'),
        ('https://officecdn.microsoft.com/pr/492350F6-3A01-4F97-B9C0-C7C6DDF67D60/media/fr-FR/ProPlus2024Retail.img', 'Office 2024 installation image from officecdn.'),
        ('https://officecdn.microsoft.com/db/492350F6-3A01-4F97-B9C0-C7C6DDF67D60/media/ja-JP/HomeStudent2021Retail.img', 'Office Home & Student image from officecdn.'),
        (f'https://download.microsoft.com/download/3/8/d/38de7036-2433-4207-8eae-06e247e17b25/SQLServer2022-x64-ENU-Dev.iso', 'SQL Server media on download.microsoft.com.'),
        (f'https://download.microsoft.com/download/c/c/9/cc9c6797-383c-4b24-8920-dc057c1de9d3/SQL2019-SSEI-Eval.iso', 'SQL Server evaluation media.'),
        (f'https://download.microsoft.com/download/6/2/a/62a76abb-9990-4efc-a4fe-c7d698daeb96/adk/Installers/Windows_ADK_26100.iso', 'Windows ADK offline media.'),
        (f'https://download.microsoft.com/download/5/8/6/5866fc30-973c-40c6-ab3f-2edb2fc3f727/ADK/adkwinpesetup.exe', 'Windows PE add-on setup.'),
        (f'https://download.microsoft.com/download/e/e/0/ee0e0ad5-6d6b-4b57-a8b3-9b8cbb0a8e19/WinDev2407Eval.VMware.zip', 'Windows 11 developer VM from Microsoft.'),
        (f'https://download.microsoft.com/download/e/e/0/ee0e0ad5-6d6b-4b57-a8b3-9b8cbb0a8e19/WinDev2407Eval.HyperV.zip', 'Windows 11 developer VM (Hyper-V) from Microsoft.'),
        (f'https://download.microsoft.com/download/1/5/9/159E8A6A-5E35-4EE7-99A8-0F0FD7C8A5C7/HyperVServer2019.iso', 'Hyper-V Server media.'),
        (f'https://download.microsoft.com/download/b/7/8/b78d0d14-5a2a-4dc3-8bd2-f5d1b0a04f5f/Windows11_24H2_LanguagesAndOptionalFeatures.iso', 'Languages and Features on Demand ISO.'),
        (f'https://download.microsoft.com/download/8/a/a/8aab3c6f-6f6b-4e0e-a6e5-5fa6b7b5e0b0/26100.1.240331-1435.ge_release_amd64fre_InboxApps.iso', 'Inbox apps ISO for image builders.'),
    ]
    for url, why in misc:
        for _ in range(3):
            c.add('official', 'official/other-microsoft-media', why,
                  {'url': url, 'referrer': maybe(pick(['https://www.microsoft.com/en-us/download/details.aspx?id=104781', 'https://learn.microsoft.com/en-us/windows-hardware/get-started/adk-install',
                                                       'https://www.microsoft.com/en-us/sql-server/sql-server-downloads', 'https://setup.office.com/']), 0.7),
                   'totalBytes': maybe(size(300, 6000), 0.6), 'filename': maybe(url.rsplit('/', 1)[1], 0.5)})
