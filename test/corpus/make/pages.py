"""Pages for `classifyPage`: `official` = Microsoft's own sites, `pass` = any ordinary page even when
its path or query talks about Windows 12, `block` = a site that is itself a fake (look-alike,
homograph, combosquat, subdomain or userinfo trick, a host name that sells fake Windows)."""
from common import R, hexs, pick
from urllib.parse import quote_plus

Q = ['windows 12 iso', 'windows 12 download', 'windows 12 iso 64 bit free', 'win12 pro iso', 'windows 12 release date', 'is windows 12 real',
     'windows 12 pre activated', 'descargar windows 12', 'windows 12 herunterladen', 'télécharger windows 12 iso', 'скачать windows 12',
     'windows 12 indir', 'baixar windows 12', 'windows 12 ダウンロード', 'windows 12 下载', 'kmspico windows 12', 'windows 13 iso']


def add_pages(c):
    def add(expect, category, why, url, source=None):
        c.add(expect, category, why, {'url': url}, source)

    for q in Q:
        for t in ['https://www.google.com/search?q={q}', 'https://www.bing.com/search?q={q}&form=QBLH', 'https://duckduckgo.com/?q={q}&ia=web',
                  'https://yandex.ru/search/?text={q}', 'https://www.baidu.com/s?wd={q}', 'https://search.brave.com/search?q={q}',
                  'https://www.youtube.com/results?search_query={q}', 'https://www.ecosia.org/search?q={q}', 'https://www.startpage.com/do/search?q={q}',
                  'https://www.tiktok.com/search?q={q}', 'https://search.yahoo.co.jp/search?p={q}', 'https://www.google.de/search?q={q}&hl=de']:
            if R.random() < 0.5:
                add('pass', 'page/search-results', 'A web or video search for a Windows 12 ISO: the search engine is not the fake.', t.format(q=quote_plus(q)))
    news = ['https://www.theverge.com/2024/1/15/24038711/microsoft-windows-12-ai-rumors', 'https://www.windowscentral.com/software-apps/windows-12/windows-12-everything-we-know',
            'https://www.neowin.net/news/no-windows-12-iso-is-real/', 'https://www.bleepingcomputer.com/news/security/fake-windows-12-iso-downloads/',
            'https://arstechnica.com/gadgets/2024/02/windows-12-next-valley/', 'https://www.zdnet.com/article/is-windows-12-coming/', 'https://www.heise.de/news/Windows-12-kommt-nicht-9623411.html',
            'https://www.golem.de/news/windows-12-geruechte-2403-183211.html', 'https://www.numerama.com/tech/1612345-windows-12.html', 'https://www.xataka.com/aplicaciones/windows-12-fecha',
            'https://www.ithome.com.tw/news/windows-12', 'https://gigazine.net/news/20240312-windows-12/', 'https://www.pcworld.com/article/windows-12-iso-scam.html',
            'https://www.tomshardware.com/software/windows/windows-12-hudson-valley', 'https://www.forbes.com/sites/windows-12-update-warning/', 'https://www.bbc.com/news/technology-windows-12',
            'https://www.computerbase.de/2024-03/windows-12-iso/', 'https://www.01net.com/actualites/windows-12-iso-piege.html', 'https://www.repubblica.it/tecnologia/windows-12',
            'https://habr.com/ru/news/windows-12-iso/', 'https://www.theregister.com/2024/03/12/windows_12_iso_malware/', 'https://www.techradar.com/computing/windows/windows-12',
            'https://www.ghacks.net/2024/03/12/windows-12-iso-downloads-are-fake/', 'https://www.deskmodder.de/blog/windows-12-iso/', 'https://www.windowslatest.com/2024/03/12/windows-12/',
            'https://news.ycombinator.com/item?id=39612345', 'https://www.engadget.com/windows-12-ai-pc.html', 'https://www.cnet.com/tech/computing/windows-12/',
            'https://www.wired.com/story/windows-12-rumors/', 'https://www.kaspersky.com/blog/windows-12-fake-iso/', 'https://www.malwarebytes.com/blog/news/2024/03/windows-12-iso-scams',
            'https://securelist.com/windows-11-related-threats/104488/', 'https://www.xda-developers.com/windows-12/', 'https://www.howtogeek.com/windows-12-iso-download-fake/']
    for url in news:
        add('pass', 'page/news', 'A news or security article about Windows 12 (or its fakes).', url)
    encyclopedias = ['https://en.wikipedia.org/wiki/Windows_12', 'https://de.wikipedia.org/wiki/Microsoft_Windows_12', 'https://ja.wikipedia.org/wiki/Microsoft_Windows_12',
                     'https://en.wikipedia.org/wiki/ISO_image', 'https://en.wikipedia.org/wiki/Windows_11_version_history', 'https://www.wikidata.org/wiki/Q116123456',
                     'https://fr.wikipedia.org/wiki/Windows_12', 'https://ru.wikipedia.org/wiki/Windows_12', 'https://en.wikipedia.org/wiki/KMSpico',
                     'https://www.britannica.com/technology/Windows-OS', 'https://en.wikipedia.org/wiki/IDN_homograph_attack', 'https://zh.wikipedia.org/wiki/Windows_12',
                     'https://betawiki.net/wiki/Windows_12', 'https://windows.fandom.com/wiki/Windows_12', 'https://es.wikipedia.org/wiki/Windows_12']
    for url in encyclopedias:
        add('pass', 'page/encyclopedia', 'An encyclopedia article about Windows 12, ISO images or activators.', url)
    forums = ['https://www.reddit.com/r/Windows11/comments/1b2c3d4/is_there_a_windows_12_iso/', 'https://www.reddit.com/r/sysadmin/comments/1abcd12/users_downloading_windows_12_iso/',
              'https://superuser.com/questions/1812345/windows-12-iso-legit', 'https://answers.microsoft.com/en-us/windows/forum/all/where-can-i-download-windows-12/abcd1234',
              'https://techcommunity.microsoft.com/t5/windows-11/windows-12-iso/m-p/4012345', 'https://www.elevenforum.com/t/windows-12-iso-fake.21234/',
              'https://www.tenforums.com/windows-10-news/212345-windows-12-a.html', 'https://forums.mydigitallife.net/threads/windows-12-leak-discussion.88123/',
              'https://linustechtips.com/topic/1551234-windows-12-iso/', 'https://forum.ubuntuusers.de/topic/windows-12-dualboot/', 'https://www.drwindows.de/windows-12/',
              'https://stackoverflow.com/questions/78123456/windows-12-sdk', 'https://github.com/orgs/community/discussions/112345',
              'https://github.com/someuser/windows-12-iso/issues/3', 'https://github.com/topics/windows-12', 'https://gitlab.com/someone/windows12-concept/-/issues/1',
              'https://www.quora.com/Is-Windows-12-out', 'https://forum.xda-developers.com/t/windows-12-kmspico.4612345/', 'https://www.bleepingcomputer.com/forums/t/791234/windows-12-iso/',
              'https://discussions.apple.com/thread/255012345', 'https://community.spiceworks.com/t/windows-12-iso-downloads/912345', 'https://forum.manjaro.org/t/switching-from-windows-12/153123',
              'https://www.tomshardware.com/forums/threads/windows-12-iso.3812345/', 'https://learn.microsoft.com/en-us/answers/questions/1512345/windows-12',
              'https://www.reddit.com/r/Piracy/comments/1c9x8y7/kmspico_windows_12_activator_safe/', 'https://forum.chip.de/windows-12-iso-download/']
    for url in forums:
        add('pass', 'page/forum', 'A forum or community thread that talks about Windows 12 (Microsoft community pages included).', url)
    videos = ['https://www.youtube.com/watch?v={h}&t=42s', 'https://youtu.be/{h}', 'https://www.bilibili.com/video/BV1{h}', 'https://vimeo.com/{n}',
              'https://www.dailymotion.com/video/x8{h}', 'https://www.tiktok.com/@techtok/video/{n}', 'https://rumble.com/v4{h}-windows-12-install.html',
              'https://www.youtube.com/shorts/{h}', 'https://www.twitch.tv/videos/{n}', 'https://www.youtube.com/@WindowsCentral/search?query=windows+12']
    for t in videos:
        for _ in range(2):
            add('pass', 'page/video', 'A video page (perhaps about a Windows 12 ISO): the video site is not the fake.', t.format(h=hexs(11), n=R.randint(10**9, 10**10)))
    shops = ['https://www.amazon.com/s?k=windows+12+pro', 'https://www.amazon.de/s?k=windows+12+usb+stick', 'https://www.ebay.com/sch/i.html?_nkw=windows+12+pro+key',
             'https://www.ebay.de/itm/285123456789', 'https://www.aliexpress.com/w/wholesale-windows-12-key.html', 'https://www.newegg.com/p/pl?d=windows+11+pro',
             'https://www.bestbuy.com/site/searchpage.jsp?st=windows+12', 'https://www.g2a.com/search?query=windows%2012', 'https://www.etsy.com/search?q=windows+12+wallpaper',
             'https://www.walmart.com/search?q=windows+12', 'https://www.mediamarkt.de/de/search.html?query=windows%2012', 'https://www.cdw.com/search/?key=windows%20server%202012%20r2',
             'https://www.otto.de/suche/windows%2012/', 'https://www.rakuten.co.jp/search/mall/windows+12/', 'https://shopee.co.id/search?keyword=windows%2012']
    for url in shops:
        add('pass', 'page/shop', 'An ordinary shop or marketplace search or listing.', url)
    vendors = ['https://ubuntu.com/download/desktop', 'https://getfedora.org/', 'https://www.debian.org/distrib/', 'https://rufus.ie/en/', 'https://www.ventoy.net/en/download.html',
               'https://www.virtualbox.org/wiki/Downloads', 'https://www.vmware.com/products/desktop-hypervisor/workstation-and-fusion', 'https://www.intel.com/content/www/us/en/products/docs/processors/core/12th-gen-processors.html',
               'https://www.nvidia.com/en-us/drivers/', 'https://www.dell.com/support/home/en-us/product-support/product/latitude-14-7420-laptop/drivers',
               'https://support.lenovo.com/us/en/downloads/ds563380-bios-update-utility-bootable-cd-for-windows-11', 'https://www.7-zip.org/download.html',
               'https://www.linuxmint.com/download.php', 'https://www.freebsd.org/where/', 'https://distrowatch.com/', 'https://www.hirensbootcd.org/download/',
               'https://www.pcgamingwiki.com/wiki/Windows_12', 'https://www.nexusmods.com/', 'https://www.win-rar.com/download.html', 'https://www.startallback.com/',
               'https://www.stardock.com/products/start11/', 'https://ninite.com/', 'https://www.techpowerup.com/download/', 'https://www.majorgeeks.com/content/page/windows_12_tools.html',
               'https://www.softpedia.com/get/System/OS-Enhancements/Windows-12-Transformation-Pack.shtml', 'https://sourceforge.net/directory/?q=windows%2012',
               'https://archive.org/details/windows-12-concept', 'https://uupdump.net/known.php?q=windows+11', 'https://github.com/ntdevlabs/tiny11builder',
               'https://www.kali.org/get-kali/', 'https://www.proxmox.com/en/downloads', 'https://www.hpe.com/us/en/servers/smart-update.html',
               'https://www.broadcom.com/support/download-search?pg=&pf=&pn=&pa=&po=&dk=vmware%20tools%2012']
    for url in vendors:
        add('pass', 'page/software-vendor', 'A software vendor, project or download portal.', url)
    intranet = ['http://10.0.0.5/wiki/Windows_12_rumours', 'http://intranet.local/it/news/windows-12', 'https://sharepoint.contoso.com/sites/it/windows-12-faq.aspx',
                'http://192.168.1.1/', 'http://nas.lan:5000/', 'http://john.doe@wiki.corp.lan/windows12']
    for url in intranet:
        add('pass', 'page/intranet', 'An intranet page; names and addresses that are private are not tricks.', url)
    add_official_pages(add)
    add_fake_sites(add)


def add_official_pages(add):
    urls = ['https://www.microsoft.com/{l}/software-download/windows11', 'https://www.microsoft.com/{l}/software-download/windows10', 'https://www.microsoft.com/{l}/software-download/windows10ISO',
            'https://www.microsoft.com/{l}/software-download/windows11arm64', 'https://www.microsoft.com/{l}/software-download/windowsinsiderpreviewiso',
            'https://www.microsoft.com/{l}/evalcenter/download-windows-11-enterprise', 'https://www.microsoft.com/{l}/evalcenter/download-windows-server-2025',
            'https://www.microsoft.com/{l}/windowsinsider/', 'https://www.microsoft.com/{l}/windows/get-windows-11', 'https://learn.microsoft.com/{l}/windows/whats-new/',
            'https://support.microsoft.com/{l}/windows/create-installation-media-for-windows-99a58364-8c02-206f-aa6f-40c3b507420d',
            'https://my.visualstudio.com/Downloads?q=windows%2011', 'https://www.catalog.update.microsoft.com/Search.aspx?q=KB5048667',
            'https://www.microsoft.com/{l}/download/details.aspx?id=104781', 'https://learn.microsoft.com/{l}/windows-hardware/get-started/adk-install',
            'https://www.microsoft.com/{l}/windows/windows-11-specifications', 'https://support.microsoft.com/{l}/windows/windows-11-installation-assistant']
    locs = ['en-us', 'de-de', 'fr-fr', 'ja-jp', 'es-es', 'pt-br']
    for u in urls:
        for l in R.sample(locs, 3 if '{l}' in u else 1):
            add('official', 'page/microsoft-official', "Microsoft's own download, evaluation or documentation site.", u.format(l=l), 'https://www.microsoft.com/en-us/software-download/windows11')


def add_fake_sites(add):
    hosts = ['microsoft-windows12.com', 'windows12-download.com', 'win12iso.net', 'windows-12-pro.org', 'getwindows12.com', 'windows12.io', 'download-windows12.net',
             'windows13-iso.com', 'windows11-upgrade11.com', 'windows-upgraded.com', 'rnicrosoft.com', 'micros0ft.com', 'microsft.com', 'mircosoft.com', 'microsoftt.com',
             'mlcrosoft.com', 'micr0soft-support.com', 'microsoft-download.com', 'microsoft-update-center.net', 'softwaredownload-microsoft.net',
             'microsoft.com-software-download.site', 'software.download.prss.microsoft.com.iso-cdn.net', 'www.microsoft.com.windows11.download',
             'xn--microsft-sbh.com', 'microsоft.com', 'xn--mcrosoft-thh.com', 'mіcrosoft.com', 'microsoft‐download.com', 'windowsupdate-service.com', 'windows-update.support',
             'microsoftstore-windows.com', 'windows11-free-download.com', 'win11-lite.com', 'windows-12-iso.download', 'windows12-preactivated.top',
             'kmspico-official.com', 'official-kmspico.net', 'get-kmspico.com', 'kmspico.io', 'kmsauto-net.org', 'tiny11.org', 'whynotwin11.com',
             'microsoft-download.azurewebsites.net', 'windows12-iso.blob.core.windows.net', 'win11-upgrade.eastus.cloudapp.azure.com', 'microsoftsupport-my.sharepoint.com',
             'windows-update-cdn.azureedge.net', 'go-microsoft.com', 'micosoft-software.com', 'download.microsoft.com.ru', 'microsoft.download-center.app']
    paths = ['/', '/en-us/software-download/windows11', '/download', '/windows-12-iso', '/?ref=yt', '/upgrade', '/index.php']
    for h in hosts:
        for p in R.sample(paths, 2):
            add('block', 'page/site-level-fake', 'The site itself imitates Microsoft or sells fake Windows or activators.', f'https://{h}{p}',
                {'windows11-upgrade11.com': 'https://circleid.com/posts/20220523-dont-hit-that-update-button-just-yet-it-could-lead-to-malware-infection', 'windows-upgraded.com': 'https://www.lasexta.com/tecnologia-tecnoxplora/internet/cuidado-esta-actualizacion-windows-11-falsa-muy-peligrosa_20220218620f95a2cfdb0c0001ec33ed.html'}.get(h))
    for real in ['185.199.108.153', 'evil-cdn.top', '94.156.35.12', 'softfiles.click']:
        for fake in ['www.microsoft.com', 'software.download.prss.microsoft.com', 'microsoft.com']:
            add('block', 'page/site-level-fake', 'A Microsoft name placed before @ as a user name; the site is elsewhere.', f'https://{fake}@{real}/software-download/windows11')
