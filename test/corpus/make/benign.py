"""Benign everyday downloads: `pass` = a disk image with no risk (verdict unknown), `ignore` = not a
guarded type and no lure (verdict ignored). Many are traps: words that mean something else here."""
import re

from common import GB, MB, R, hexs, maybe, pick, size

MIRRORS = ['https://mirrors.kernel.org', 'https://mirrors.edge.kernel.org', 'https://ftp.halifax.rwth-aachen.de', 'https://mirror.init7.net',
           'https://ftp.acc.umu.se/mirror', 'https://mirror.aarnet.edu.au/pub', 'https://ftp.jaist.ac.jp/pub/Linux', 'https://mirror.yandex.ru',
           'https://mirrors.tuna.tsinghua.edu.cn', 'https://mirror.csclub.uwaterloo.ca', 'http://ftp.uni-stuttgart.de', 'https://mirror.leaseweb.com',
           'https://mirrors.ustc.edu.cn', 'https://ftp.fau.de', 'https://mirror.math.princeton.edu/pub', 'https://mirrors.dotsrc.org',
           'https://ftp.belnet.be/mirror', 'https://mirror.ufro.cl', 'https://mirror.nju.edu.cn', 'http://mirror.pit.teraswitch.com']

LINUX = [
    ('https://releases.ubuntu.com/24.04.1/ubuntu-24.04.1-desktop-amd64.iso', 6.1), ('https://releases.ubuntu.com/22.04/ubuntu-22.04.5-live-server-amd64.iso', 2.0),
    ('https://cdimage.ubuntu.com/kubuntu/releases/24.10/release/kubuntu-24.10-desktop-amd64.iso', 4.1),
    ('https://cdimage.ubuntu.com/ubuntu-server/daily-live/current/plucky-live-server-amd64.iso', 2.6),
    ('https://cdimage.debian.org/debian-cd/current/amd64/iso-cd/debian-12.8.0-amd64-netinst.iso', 0.63),
    ('https://cdimage.debian.org/debian-cd/current-live/amd64/iso-hybrid/debian-live-12.8.0-amd64-kde.iso', 3.2),
    ('https://cdimage.debian.org/cdimage/archive/12.2.0/arm64/iso-dvd/debian-12.2.0-arm64-DVD-1.iso', 3.7),
    ('https://download.fedoraproject.org/pub/fedora/linux/releases/41/Workstation/x86_64/iso/Fedora-Workstation-Live-x86_64-41-1.4.iso', 2.2),
    ('https://download.fedoraproject.org/pub/fedora/linux/releases/40/Server/x86_64/iso/Fedora-Server-dvd-x86_64-40-1.14.iso', 2.4),
    ('https://geo.mirror.pkgbuild.com/iso/2024.12.01/archlinux-2024.12.01-x86_64.iso', 1.2),
    ('https://mirrors.edge.kernel.org/linuxmint/stable/22/linuxmint-22-cinnamon-64bit.iso', 2.9),
    ('https://download.opensuse.org/tumbleweed/iso/openSUSE-Tumbleweed-DVD-x86_64-Current.iso', 4.4),
    ('https://download.opensuse.org/distribution/leap/15.6/iso/openSUSE-Leap-15.6-NET-x86_64-Media.iso', 0.2),
    ('https://cdimage.kali.org/kali-2024.4/kali-linux-2024.4-installer-amd64.iso', 4.0),
    ('https://dl-cdn.alpinelinux.org/alpine/v3.21/releases/x86_64/alpine-standard-3.21.0-x86_64.iso', 0.22),
    ('https://dl.rockylinux.org/pub/rocky/9/isos/x86_64/Rocky-9.5-x86_64-dvd.iso', 10.4),
    ('https://repo.almalinux.org/almalinux/9.5/isos/x86_64/AlmaLinux-9.5-x86_64-minimal.iso', 1.9),
    ('https://mirror.stream.centos.org/10-stream/BaseOS/x86_64/iso/CentOS-Stream-10-latest-x86_64-boot.iso', 0.9),
    ('https://download.manjaro.org/kde/24.2.1/manjaro-kde-24.2.1-241216-linux612.iso', 3.9),
    ('https://iso.pop-os.org/22.04/amd64/intel/45/pop-os_22.04_amd64_intel_45.iso', 2.6),
    ('https://sgp1.dl.elementary.io/download/MTczMzE0/elementaryos-8.0-stable.20241122rc.iso', 3.4),
    ('https://mirrors.layeronline.com/zorinos/17/Zorin-OS-17.2-Core-64-bit.iso', 3.7),
    ('https://channels.nixos.org/nixos-24.11/latest-nixos-minimal-x86_64-linux.iso', 1.1),
    ('https://download.tails.net/tails/stable/tails-amd64-6.10/tails-amd64-6.10.img', 1.5),
    ('https://mirrors.kernel.org/qubes/iso/Qubes-R4.2.3-x86_64.iso', 6.3),
    ('https://distfiles.gentoo.org/releases/amd64/autobuilds/20241215T164834Z/install-amd64-minimal-20241215T164834Z.iso', 0.7),
    ('https://mirrors.slackware.com/slackware/slackware-iso/slackware64-15.0-iso/slackware64-15.0-install-dvd.iso', 3.6),
    ('https://repo-default.voidlinux.org/live/current/void-live-x86_64-20240314-xfce.iso', 0.9),
    ('https://mirror.alpix.eu/endeavouros/iso/EndeavourOS_Mercury-Neo-2024.09.22.iso', 2.9),
    ('https://sourceforge.net/projects/mx-linux/files/Final/Xfce/MX-23.4_x64.iso/download', 2.2),
    ('https://enterprise.proxmox.com/iso/proxmox-ve_8.3-1.iso', 1.4),
    ('https://download.sys.truenas.net/TrueNAS-SCALE-ElectricEel/24.10.1/TrueNAS-SCALE-24.10.1.iso', 1.6),
    ('https://www.linuxliteos.com/download/linux-lite-7.2-64bit.iso', 2.6),
    ('https://cdimage.ubuntu.com/xubuntu/releases/24.04/release/xubuntu-24.04.1-desktop-amd64.iso', 3.9),
    ('https://cdn.kernel.org/pub/linux/kernel/v6.x/linux-6.12.tar.xz', 0.14),
    ('https://dl.fedoraproject.org/pub/alt/iot/41/IoT/x86_64/images/Fedora-IoT-raw-41-20241027.0.x86_64.raw.xz', 0.7),
    ('https://download.opensuse.org/distribution/leap-micro/6.1/appliances/openSUSE-Leap-Micro.x86_64-Default.qcow2', 0.5),
    ('https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img', 0.58),
    ('https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-generic-amd64.qcow2', 0.42),
    ('https://cdimage.ubuntu.com/ubuntu-studio/releases/24.10/release/ubuntustudio-24.10-dvd-amd64.iso', 5.9),
    ('https://cdimage.ubuntu.com/ubuntu-budgie/releases/24.04.1/release/ubuntu-budgie-24.04.1-desktop-amd64.iso', 3.7),
    ('https://download.rockylinux.org/vault/rocky/8.9/isos/x86_64/Rocky-8.9-x86_64-boot.iso', 0.9),
    ('https://mirror.lzu.edu.cn/deepin-cd/23/deepin-desktop-community-23-amd64.iso', 4.3),
    ('https://releases.ubuntu.com/20.04.6/ubuntu-20.04.6-desktop-amd64.iso', 4.1),
    ('https://cdimage.debian.org/debian-cd/current/i386/iso-cd/debian-12.8.0-i386-netinst.iso', 0.66),
    ('https://download.fedoraproject.org/pub/fedora/linux/releases/41/Spins/x86_64/iso/Fedora-KDE-Live-x86_64-41-1.4.iso', 2.6),
    ('https://cdimage.ubuntu.com/releases/24.04/release/ubuntu-24.04.1-preinstalled-server-arm64+raspi.img.xz', 1.0),
    ('https://downloads.raspberrypi.com/raspios_lite_arm64/images/raspios_lite_arm64-2024-11-19/2024-11-19-raspios-bookworm-arm64-lite.img.xz', 0.45),
    ('https://cdimage.ubuntu.com/ubuntu-mate/releases/24.04/release/ubuntu-mate-24.04.1-desktop-amd64.iso', 4.0),
    ('https://www.kali.org/get-kali/#kali-virtual-machines', 0),
]

BSD = [
    'https://download.freebsd.org/releases/amd64/amd64/ISO-IMAGES/14.2/FreeBSD-14.2-RELEASE-amd64-disc1.iso',
    'https://download.freebsd.org/releases/amd64/amd64/ISO-IMAGES/14.2/FreeBSD-14.2-RELEASE-amd64-memstick.img',
    'https://download.freebsd.org/releases/VM-IMAGES/14.2-RELEASE/amd64/Latest/FreeBSD-14.2-RELEASE-amd64.vhd.xz',
    'https://download.freebsd.org/releases/VM-IMAGES/14.1-RELEASE/amd64/Latest/FreeBSD-14.1-RELEASE-amd64.vmdk.xz',
    'https://cdn.openbsd.org/pub/OpenBSD/7.6/amd64/install76.iso', 'https://cdn.openbsd.org/pub/OpenBSD/7.6/amd64/install76.img',
    'https://cdn.netbsd.org/pub/NetBSD/NetBSD-10.1/images/NetBSD-10.1-amd64.iso',
    'https://mirror-master.dragonflybsd.org/iso-images/dfly-x86_64-6.4.0_REL.iso',
    'https://download.ghostbsd.org/releases/amd64/latest/GhostBSD-24.10.1.iso',
    'https://atxfiles.netgate.com/mirror/downloads/pfSense-CE-2.7.2-RELEASE-amd64.iso.gz',
    'https://pkg.opnsense.org/releases/24.7/OPNsense-24.7-dvd-amd64.iso.bz2',
    'https://download.freebsd.org/releases/ISO-IMAGES/13.4/FreeBSD-13.4-RELEASE-arm64-aarch64-dvd1.iso',
    'https://mirror.math.princeton.edu/pub/FreeBSD/releases/ISO-IMAGES/14.1/FreeBSD-14.1-RELEASE-amd64-bootonly.iso',
    'https://ftp.halifax.rwth-aachen.de/openbsd/7.5/amd64/cd75.iso',
    'https://download.midnightbsd.org/releases/amd64/ISO-IMAGES/3.2.1/MidnightBSD-3.2.1_amd64_disc1.iso',
    'https://ftp.netbsd.org/pub/NetBSD/NetBSD-9.4/images/NetBSD-9.4-amd64-install.img.gz',
    'https://download.freebsd.org/snapshots/amd64/amd64/ISO-IMAGES/15.0/FreeBSD-15.0-CURRENT-amd64-20241212-5e6d2b0b5b6b-274133-disc1.iso',
    'https://mirror.leaseweb.com/freebsd/releases/ISO-IMAGES/14.2/FreeBSD-14.2-RELEASE-amd64-dvd1.iso',
    'https://sourceforge.net/projects/nomadbsd/files/NomadBSD-141R-20240711-amd64.img.lzma/download',
    'https://github.com/helloSystem/ISO/releases/download/r0.8.1/hello-0.8.1_0H165-FreeBSD-13.2-amd64.iso',
]


MIRROR_DIRS = {'releases.ubuntu.com': 'ubuntu-releases', 'cdimage.ubuntu.com': 'ubuntu-cdimage', 'cdimage.debian.org': 'debian-cd',
               'download.fedoraproject.org': 'fedora', 'dl.fedoraproject.org': 'fedora', 'geo.mirror.pkgbuild.com': 'archlinux',
               'download.opensuse.org': 'opensuse', 'cdimage.kali.org': 'kali-images', 'dl-cdn.alpinelinux.org': 'alpine',
               'dl.rockylinux.org': 'rocky', 'download.rockylinux.org': 'rocky', 'repo.almalinux.org': 'almalinux',
               'download.freebsd.org': 'FreeBSD', 'cdn.openbsd.org': 'OpenBSD', 'cdn.netbsd.org': 'NetBSD', 'ftp.netbsd.org': 'NetBSD',
               'mirrors.edge.kernel.org': '', 'mirrors.kernel.org': ''}


def mirror_of(url):
    host, path = url.split('/', 3)[2:4]
    for prefix in ('pub/', 'debian-cd/', 'linuxmint/', 'ubuntu-releases/'):
        path = path[len(prefix):] if path.startswith(prefix) else path
    folder = MIRROR_DIRS.get(host, '')
    if path.startswith(folder + '/'):
        folder = ''
    return f'{pick(MIRRORS)}/{folder + "/" if folder else ""}{path}'


IMAGE_EXTS = ('iso', 'img', 'vhd', 'vhdx', 'vhdfixed', 'vmdk', 'qcow2', 'vdi', 'ova', 'wim', 'esd', 'udf', 'wic')
HYPERVISORS = r'(?:vmware|hyper-?v|virtualbox|vbox|qemu|kvm|proxmox|parallels|libvirt|vagrant)'


def vm_or_live_image(name):
    # An archive named as a prebuilt VM (kali-…-vmware-amd64.7z, GNS3.VM.VMware…zip) or a live
    # medium (FD14-LiveCD.zip) holds that disk image.
    low = name.lower()
    if not low.endswith(('.zip', '.7z', '.rar', '.tar', '.tgz', '.gz', '.xz', '.bz2', '.zst')):
        return False
    if re.search(r'(?<![a-z])(?:tools?|guest|additions|sdk|cli|installer|setup|extension|plugins?|drivers?|source|src|player)(?![a-z])', low):
        return False
    return bool(re.search(HYPERVISORS + r'[-_. ](?:[a-z0-9]+[-_. ]){0,2}?(?:amd64|x86_64|arm64|aarch64|i386|i686|vm|appliance)(?![a-z0-9])', low)
                or re.search(r'(?<![a-z])(?:vm|appliance)[-_. ](?:[a-z0-9]+[-_. ])?' + HYPERVISORS, low)
                or re.search(r'live-?(?:cd|dvd|usb)(?![a-z])', low))


def zipped_image(name):
    # A zip, 7z or rar named for one image (x.iso.zip, ReactOS-…-iso.zip) holds that image.
    low = name.lower()
    for packed in ('.zip', '.7z', '.rar'):
        if low.endswith(packed):
            stem = low[:-len(packed)]
            return any(stem.endswith(sep + ext) for sep in '.-_' for ext in IMAGE_EXTS)
    return False


def is_image(name):
    # A compressed image (x.vhd.xz) is judged as the image inside, and so is a zipped one.
    low = name.lower()
    for packed in ('.gz', '.xz', '.bz2', '.zst', '.lz4', '.lzma', '.lz', '.tar'):
        low = low[:-len(packed)] if low.endswith(packed) else low
    return low.endswith(tuple('.' + ext for ext in IMAGE_EXTS)) or zipped_image(name) or vm_or_live_image(name)


def expect_for(name):
    return 'pass' if is_image(name) else 'ignore'


NAMES = {
    'https://support.ts.fujitsu.com/IndexDownload.asp?Softwareguid=1A2B3C4D&filename=SVIM_Win2012R2_Drivers.iso': 'SVIM_Win2012R2_Drivers.iso',
    'https://download.mozilla.org/?product=firefox-latest-ssl&os=win64&lang=en-US': 'Firefox Setup 133.0.3.exe',
    'https://downloads.malwarebytes.com/file/mb4_offline': 'MBSetup.exe',
    'https://www.ccleaner.com/ccleaner/download/standard': 'ccsetup631.exe',
    'https://www.nexusmods.com/skyrimspecialedition/mods/12604?tab=files&file_id=1000172034': 'SkyUI_5_2_SE-12604-5-2SE.7z',
    'https://www.nexusmods.com/stardewvalley/mods/2400?tab=files&file_id=12000': 'SMAPI 4.1.10-2400-4-1-10.zip',
    'https://www.curseforge.com/api/v1/mods/238222/files/5845123/download': 'jei-1.21.1-neoforge-19.21.0.247.jar',
    'https://www.gog.com/downloads/heroes_of_might_and_magic_3/en1installer1': 'setup_heroes_of_might_and_magic_3_complete_4.0_(28740).exe',
    'https://winworldpc.com/download/c39dc2a5-18c3-9a11-c3a4-e284a2c3a5e2/from/c3ae6ee2-8099-713d-3411-c3a6e280947e': 'IBM OS2 Warp 4.52 (Boxed).7z',
    'https://www.realtek.com/Download/ToDownload?type=direct&downloadid=3400': '0009-64bit_Win7_Win8_Win81_Win10_Win11_R282.zip',
    'https://support.hpe.com/connect/s/softwaredetails?softwareId=MTX_SPP_2024.09.00.00&downloadtype=iso': 'P82311_001_spp-2024.09.00.00-SPP2024090000.2024_0911.25.iso',
    'https://www.ultimatebootcd.com/download/redirect.php?f=ubcd539.iso': 'ubcd539.iso',
    'https://www.iso.org/standard/27001': 'ISO_IEC_27001_2022.pdf',
    'https://planet.openstreetmap.org/replication/week/000/000/512.osc.gz': '512.osc.gz',
}


def add(c, category, why, url, name=None, **extra):
    if name and '.' not in name[-6:]:
        name = None  # a page title, not a file name: the URL names the file
    name = name or NAMES.get(url) or url.split('?')[0].rstrip('/').split('/')[-1]
    if name == 'download':
        name = url.split('/')[-2]
    named_by_url = url.split('?')[0].endswith(name) or url.endswith(name + '/download')
    inp = {'url': url, 'filename': maybe(name, 0.7) if named_by_url else name}
    inp.update(extra)
    if zipped_image(name):
        why += ' Zipped, it is still that one disk image: judged as the image (was labelled ignore before).'
    elif vm_or_live_image(name):
        why += ' An archive named as a prebuilt VM or live medium holds that disk image: judged as the image (was labelled ignore before).'
    c.add(expect_for(name), category, why, inp)


NEWS_REFERRERS = [
    'https://www.windowscentral.com/software-apps/windows-12/windows-12-everything-we-know',
    'https://www.neowin.net/news/windows-12-iso-leaks-are-fake-heres-how-to-spot-them/',
    'https://www.theverge.com/2024/3/12/windows-12-ai-pc-rumors',
    'https://www.heise.de/news/Windows-12-Geruechte-und-Fakten-9623411.html',
    'https://www.reddit.com/r/linux4noobs/comments/1b2c3d/windows_12_is_coming_time_to_switch_to_linux/',
    'https://forums.linuxmint.com/viewtopic.php?t=414122&windows-12-refugees',
    'https://www.bleepingcomputer.com/news/microsoft/windows-12-iso-downloads-are-malware/',
    'https://www.xda-developers.com/windows-12-vs-linux/',
    'https://itsfoss.com/switch-from-windows-12-to-linux/',
    'https://www.numerama.com/tech/windows-12-date-de-sortie.html',
    'https://news.ycombinator.com/item?id=40123456',
    'https://www.linuxjournal.com/content/windows-12-ai-fears-drive-linux-interest',
    'https://www.omgubuntu.co.uk/2024/10/ubuntu-24-10-vs-windows-12',
    'https://www.gamingonlinux.com/2024/11/windows-12-hudson-valley-rumours-and-steamos/',
    'https://www.zdnet.com/article/windows-12-next-valley-what-we-know/',
]


def add_benign(c):
    for url, gb in LINUX:
        if gb == 0:
            continue
        for variant in range(3):
            u = url if variant == 0 or 'sourceforge' in url else mirror_of(url)
            add(c, 'benign/linux-media', 'A Linux release from its project or a public mirror.', u,
                totalBytes=maybe(int(gb * GB) + R.randint(0, 9999), 0.6),
                referrer=maybe(pick(['https://ubuntu.com/download/desktop', 'https://www.debian.org/distrib/', 'https://distrowatch.com/', 'https://www.google.com/']), 0.3))
    for url in BSD:
        for variant in range(2):
            add(c, 'benign/bsd-media', 'A BSD release or firewall image from its project or a mirror.', url if variant == 0 else mirror_of(url))
    # A page talking about Windows 12 links a Linux ISO: the words on the page say nothing about the file.
    for ref in NEWS_REFERRERS:
        for _ in range(2):
            url, gb = pick([x for x in LINUX if x[1] > 0.3 and x[0].endswith('.iso')])
            add(c, 'benign/windows-12-page-links-linux', 'A news or forum page about Windows 12 links a Linux ISO on its release host.', url,
                referrer=ref, pageUrl=maybe(ref, 0.4), totalBytes=int(gb * GB))
    add_vm(c)
    add_drivers(c)
    add_firmware(c)
    add_repair(c)
    add_intranet(c)
    add_old_software(c)
    add_datasets_and_weeks(c)
    add_games(c)
    add_everyday(c)
    add_documents(c)
    add_shared_hosts(c)
    add_server_2012_r2_media(c)


def add_vm(c):
    items = [
        'https://download.virtualbox.org/virtualbox/7.1.4/VBoxGuestAdditions_7.1.4.iso', 'https://download.virtualbox.org/virtualbox/7.0.22/VBoxGuestAdditions_7.0.22.iso',
        'https://packages.vmware.com/tools/releases/12.4.5/windows/VMware-tools-windows-12.4.5-23787635.iso',
        'https://packages.vmware.com/tools/releases/12.3.5/windows/VMware-tools-windows-12.3.5-22544099.iso',
        'https://packages.vmware.com/tools/releases/12.5.0/windows/x64/VMware-tools-12.5.0-24276846-x64.exe',
        'https://packages.vmware.com/tools/releases/12.1.5/windows/x64/VMware-tools-12.1.5-20735119-x86_64.exe',
        'https://packages.vmware.com/tools/releases/12.2.0/windows/VMware-tools-windows-12.2.0-21223074.iso',
        'https://fedorapeople.org/groups/virt/virtio-win/direct-downloads/stable-virtio/virtio-win.iso',
        'https://fedorapeople.org/groups/virt/virtio-win/direct-downloads/archive-virtio/virtio-win-0.1.262-2/virtio-win-0.1.262.iso',
        'https://fedorapeople.org/groups/virt/virtio-win/direct-downloads/archive-virtio/virtio-win-0.1.266-1/virtio-win-gt-x64.msi',
        'https://download.virtualbox.org/virtualbox/7.1.4/VirtualBox-7.1.4-165100-Win.exe', 'https://download.virtualbox.org/virtualbox/7.1.4/Oracle_VirtualBox_Extension_Pack-7.1.4.vbox-extpack',
        'https://qemu.weilnetz.de/w64/2024/qemu-w64-setup-20241220.exe', 'https://releases.hashicorp.com/vagrant/2.4.3/vagrant_2.4.3_windows_amd64.msi',
        'https://cloud-images.ubuntu.com/releases/24.04/release/ubuntu-24.04-server-cloudimg-amd64.vmdk',
        'https://cloud-images.ubuntu.com/releases/22.04/release/ubuntu-22.04-server-cloudimg-amd64.ova',
        'https://sourceforge.net/projects/osboxes/files/v/vb/14-D-b/12/64bit.7z/download',
        'https://cdimage.kali.org/kali-2024.4/kali-linux-2024.4-vmware-amd64.7z', 'https://cdimage.kali.org/kali-2024.4/kali-linux-2024.4-qemu-amd64.qcow2',
        'https://github.com/home-assistant/operating-system/releases/download/14.1/haos_ova-14.1.vmdk.zip',
        'https://github.com/home-assistant/operating-system/releases/download/14.1/haos_ova-14.1.qcow2.xz',
        'https://github.com/GNS3/gns3-gui/releases/download/v2.2.52/GNS3.VM.VMware.Workstation.2.2.52.zip',
        'https://download3.vmware.com/software/WKST-1750-WIN/VMware-workstation-full-17.5.0-22583795.exe',
        'https://download.parallels.com/desktop/v20/20.1.2-55742/ParallelsDesktop-20.1.2-55742.dmg',
        'https://github.com/utmapp/UTM/releases/download/v4.6.3/UTM.dmg',
        'https://download.proxmox.com/iso/proxmox-backup-server_3.3-1.iso',
        'https://download.xcp-ng.org/isos/8.3/xcp-ng-8.3.0.iso', 'https://downloads.nutanix.com/ce/2.1/phoenix.x86_64-fnd_5.6.1_patch-aos_6.8.1_ga.iso',
        'https://repo.securityonion.net/file/securityonion/securityonion-2.4.110-20241010.iso',
        'https://github.com/pbatard/rufus/releases/download/v4.6/rufus-4.6.exe', 'https://github.com/ventoy/Ventoy/releases/download/v1.0.99/ventoy-1.0.99-windows.zip',
        'https://download.opnsense.org/releases/24.7/OPNsense-24.7-vga-amd64.img.bz2',
        'https://mirrors.edge.kernel.org/ubuntu-releases/24.04/ubuntu-24.04.1-live-server-amd64.iso',
        'https://www.osboxes.org/wp-content/uploads/vdi/Debian_12.0.0_VB_64bit.vdi',
        'https://download.docker.com/win/stable/Docker%20Desktop%20Installer.exe',
        'https://github.com/canonical/multipass/releases/download/v1.14.1/multipass-1.14.1+win-win64.msi',
        'https://app.vagrantup.com/generic/boxes/ubuntu2204/versions/4.3.12/providers/virtualbox.box',
        'https://download.chromeos-flex.google/installer/chromeos-flex-installer.bin.zip',
        'https://github.com/lima-vm/lima/releases/download/v1.0.3/lima-1.0.3-Linux-x86_64.tar.gz',
    ]
    for url in items:
        add(c, 'benign/virtualisation', 'A hypervisor, guest tools or a VM image from its vendor or project.', url)
        add(c, 'benign/virtualisation', 'A hypervisor, guest tools or a VM image from its vendor or project.', url,
            referrer=pick(['https://www.virtualbox.org/wiki/Downloads', 'https://knowledge.broadcom.com/', 'https://github.com/', 'https://www.reddit.com/r/homelab/']))


def add_drivers(c):
    items = [
        ('https://downloadmirror.intel.com/838943/gfx_win_101.6083.exe', None),
        ('https://downloadmirror.intel.com/834935/WiFi-23.80.0-Driver64-Win10-Win11.exe', None),
        ('https://downloadmirror.intel.com/825766/SetupChipset.exe', None),
        ('https://downloadmirror.intel.com/843207/Intel-Arc-Graphics-Driver-32.0.101.6319.exe', None),
        ('https://dl.dell.com/FOLDER10893457M/1/Intel-12th-Gen-Core-Processor-Chipset-Driver_5R8K6_WIN64_10.1.19199.8340_A04.EXE', None),
        ('https://download.lenovo.com/pccbbs/mobiles/n3hgr06w.exe', 'Intel Serial IO driver for 12th Gen Intel Core (Windows 11)'),
        ('https://ftp.hp.com/pub/softpaq/sp146001-146500/sp146102.exe', 'Intel 12th Gen Graphics Driver for Windows 11'),
        ('https://dlcdnets.asus.com/pub/ASUS/nb/DriverforWin10/Chipset/Chipset_Intel_AlderLake_Z_V10.1.18836.8283_20040.zip', 'Chipset_Intel_12th_Gen_Win11_64.zip'),
        ('https://us.download.nvidia.com/Windows/566.36/566.36-desktop-win10-win11-64bit-international-dch-whql.exe', None),
        ('https://us.download.nvidia.com/Windows/552.22/552.22-notebook-win10-win11-64bit-international-dch-whql.exe', None),
        ('https://drivers.amd.com/drivers/whql-amd-software-adrenalin-edition-24.12.1-win10-win11-dec-rdna.exe', None),
        ('https://drivers.amd.com/drivers/amd_chipset_software_6.10.22.099.exe', None),
        ('https://www.realtek.com/Download/ToDownload?type=direct&downloadid=3400', 'Realtek_HD_Audio_6.0.9549.1_Win11.zip'),
        ('https://download.msi.com/dvr_exe/mb/intel_12th_gen_chipset_drivers_win11.zip', None),
        ('https://download.gigabyte.com/FileList/Driver/mb_driver_602_inteldrv_10.1.19376.8374.zip', 'Intel_12th_13th_Gen_INF_Win10_Win11.zip'),
        ('https://dl.dell.com/FOLDER11120476M/1/Realtek-USB-GBE-Ethernet-Controller-Driver_1KJ7P_WIN64_11.12.0504.2024_A05.EXE', None),
        ('https://download.lenovo.com/pccbbs/mobiles/r19ga11w.exe', 'ThinkPad X1 Carbon Gen 12 Intel Graphics Driver'),
        ('https://ftp.ext.hpe.com/pub/softlib2/software1/sc-windows/p1726451016/v231063/cp056428.exe', 'HPE Smart Array driver for Windows Server 2012 R2'),
        ('https://dl.dell.com/FOLDER03619837M/1/PERC-H730-Windows-Server-2012-R2-Driver_N3X5J_WN64_6.604.06.00_A00.EXE', None),
        ('https://download.lenovo.com/servers/mig/2016/02/windows2012r2_x64_intel_nic.zip', None),
        ('https://www.broadcom.com/docs/Windows_Server_2012R2_BCM5719_driver.zip', None),
        ('https://downloadmirror.intel.com/29914/PROWinx64_Windows_Server_2012_R2.exe', None),
        ('https://support.hpe.com/connect/s/softwaredetails?softwareId=MTX_SPP_2024.09.00.00&downloadtype=iso', 'P82311_001_spp-2024.09.00.00-SPP2024090000.2024_0911.25.iso'),
        ('https://downloads.dell.com/FOLDER05417283M/1/Dell_Server_Update_Utility_SUU_WIN64_19.12.00_A00.iso', None),
        ('https://dl.dell.com/FOLDER09412341M/1/Systems-Management_Application_WD0T3_WN64_5.2.0.0_A00.iso', 'OM-SrvAdmin-Dell-Web-WinX64-11.0.1.0-5494_A00.iso'),
        ('https://download.lenovo.com/servers/mig/2024/10/15/61239/lnvgy_utl_lxce_bomc-14.3_winsrv_x86-64.iso', None),
        ('https://us.download.nvidia.com/tesla/552.74/552.74-data-center-tesla-desktop-winserver-2019-2022-dch-international.exe', None),
        ('https://www.asmedia.com.tw/files/ASM1142_Win10_Win11_driver_1.16.65.zip', None),
        ('https://download.logitech.com/web/ftp/pub/techsupport/options/options_installer.exe', None),
        ('https://ftp.hp.com/pub/softpaq/sp150001-150500/sp150212.exe', 'HP Universal Print Driver for Windows 11'),
        ('https://downloadmirror.intel.com/820325/BT-23.60.0-64UWD-Win10-Win11.zip', None),
        ('https://download.synaptics.com/drivers/Win11/Synaptics_TouchPad_19.5.35.69_W11x64.zip', None),
        ('https://dlcdnets.asus.com/pub/ASUS/mb/BIOS/ROG-STRIX-Z690-A-GAMING-WIFI-D4-ASUS-4101.zip', None),
        ('https://download.microsoft.com.akadns.net.example.invalid/x', None),
    ]
    for url, name in items:
        if 'invalid' in url:
            continue
        for _ in range(2):
            add(c, 'benign/drivers', 'A driver or server support pack from the hardware vendor ("12th Gen", "Win10-Win11", "Server 2012 R2" name hardware or supported systems).',
                url, name or None, referrer=maybe(pick(['https://www.intel.com/content/www/us/en/download-center/home.html', 'https://www.dell.com/support/home/',
                                                       'https://support.lenovo.com/', 'https://www.nvidia.com/Download/index.aspx', 'https://support.hp.com/']), 0.5))


def add_firmware(c):
    items = [
        ('https://download.lenovo.com/pccbbs/mobiles/n32ur27w.iso', 'ThinkPad T14 Gen 3 BIOS Update (Bootable CD)'),
        ('https://download.lenovo.com/pccbbs/mobiles/r1nuj32w.iso', None),
        ('https://download.lenovo.com/pccbbs/thinkcentre_bios/m2tj30a.zip', None),
        ('https://dl.dell.com/FOLDER11563213M/1/Latitude_5430_7330_1.23.0.exe', None),
        ('https://dl.dell.com/FOLDER10908822M/1/XPS_9320_2.7.0.exe', None),
        ('https://ftp.hp.com/pub/softpaq/sp149501-150000/sp149712.exe', 'HP EliteBook 840 G9 System BIOS'),
        ('https://dlcdnets.asus.com/pub/ASUS/mb/BIOS/PRIME-B660M-A-D4-ASUS-3010.zip', None),
        ('https://download.msi.com/bos_exe/mb/7D25v1J.zip', None),
        ('https://www.supermicro.com/Bios/softfiles/20235/X12SPi-TF_3.1_AS1.04.05_SUM2.13.0.zip', None),
        ('https://download.gigabyte.com/FileList/BIOS/mb_bios_b650-aorus-elite-ax_f31.zip', None),
        ('https://fwupd.org/downloads/3fa8a9b2c8e6f0a1b3c4d5e6f708192a3b4c5d6e-Lenovo-ThinkPad-X1-Carbon-Gen12-SystemFirmware-1.12.cab', None),
        ('https://github.com/openwrt/openwrt/releases/download/v23.05.5/openwrt-23.05.5-x86-64-generic-ext4-combined-efi.img.gz', None),
        ('https://downloads.openwrt.org/releases/23.05.5/targets/x86/64/openwrt-23.05.5-x86-64-generic-ext4-combined.img.gz', None),
        ('https://firmware.ui.com/unifi-os/UDM-Pro-4.0.21.bin', None),
        ('https://download.synology.com/download/DSM/release/7.2.2/72806/DSM_DS923%2B_72806.pat', None),
        ('https://downloads.mikrotik.com/routeros/7.16.2/routeros-7.16.2.iso', 'mikrotik-7.16.2.iso'),
        ('https://download.mikrotik.com/routeros/7.16.2/chr-7.16.2.vhdx.zip', None),
        ('https://download.mikrotik.com/routeros/7.16.2/chr-7.16.2.vmdk', None),
        ('https://github.com/coreboot/coreboot/releases/download/24.08/coreboot-24.08.tar.xz', None),
        ('https://www.memtest.org/download/v7.20/mt86plus_7.20_64.iso.zip', None),
        ('https://www.memtest.org/download/v7.20/mt86plus_7.20_64.iso', None),
        ('https://download.samsungsemiconductor.com/firmware/Samsung_SSD_990_PRO_4B2QJXD7.iso', None),
        ('https://www.crucial.com/content/dam/crucial/ssd-products/p5-plus/flyer/firmware/P5Plus_P7CR403_ISO.iso', None),
        ('https://files.seagate.com/firmware/ST4000DM004_0001.iso', None),
        ('https://download.wdc.com/fw/WD_SN850X_620361WD.iso', None),
    ]
    for url, name in items:
        for _ in range(2):
            add(c, 'benign/firmware', 'BIOS, SSD or router firmware from its maker (bootable ISOs included).', url, name,
                totalBytes=maybe(size(1, 160), 0.5))


def add_repair(c):
    items = [
        'https://www.hirensbootcd.org/files/HBCD_PE_x64.iso', 'https://sourceforge.net/projects/systemrescuecd/files/sysresccd-x86/11.03/systemrescue-11.03-amd64.iso/download',
        'https://downloads.sourceforge.net/gparted/gparted-live-1.6.0-10-amd64.iso', 'https://sourceforge.net/projects/clonezilla/files/clonezilla_live_stable/3.2.0-5/clonezilla-live-3.2.0-5-amd64.iso/download',
        'https://www.ultimatebootcd.com/download/redirect.php?f=ubcd539.iso', 'https://rescuedisk.s.kaspersky-labs.com/updatable/2018/krd.iso',
        'https://download.eset.com/com/eset/tools/recovery/rescue_cd/latest/eset_sysrescue_live_enu.iso',
        'https://download.bitdefender.com/rescue_cd/latest/bitdefender-rescue-cd.iso', 'https://download.macrium.com/reflect/v8/x64/ReflectDLHF.exe',
        'https://cdn2.minitool.com/download-center/pw-free.exe', 'https://www.partitionwizard.com/download/pwfree.exe',
        'https://www.tenforums.com/attachments/tutorials/12345d1600000000-create-bootable-usb-rescue-media.zip',
        'https://www.cgsecurity.org/testdisk-7.2.win64.zip', 'https://rescatux.sourceforge.io/rescatux-0.74.iso',
        'https://www.system-rescue.org/releases/11.02/systemrescue-11.02-amd64.iso', 'https://shredos.xyz/download/shredos-2024.11_27_x86-64_v0.38_20241207.img',
        'https://download.sourceforge.net/boot-repair-cd/boot-repair-disk-64bit.iso', 'https://sourceforge.net/projects/rescuezilla/files/2.5.1/rescuezilla-2.5.1-64bit.noble.iso/download',
        'https://github.com/rescuezilla/rescuezilla/releases/download/2.5.1/rescuezilla-2.5.1-64bit.oracular.iso',
        'https://www.avg.com/en-ww/rescue-cd/avg_arl_cdi_all_120_160420a10442.iso', 'https://files.trendmicro.com/products/rescuedisk/RescueDisk.exe',
        'https://github.com/ReactOS/reactos/releases/download/0.4.15-release/ReactOS-0.4.15-release-x86.iso',
        'https://iso.reactos.org/bootcd/reactos-bootcd-0.4.16-dev-123-gabcdef-x86-gcc-lin-dbg.7z',
        'https://www.freedos.org/download/download/FD14-LiveCD.zip', 'https://github.com/FreeDOS/freedos/releases/download/1.3/FD13-LiveCD.iso',
        'https://download.haiku-os.org/nightly-images/x86_64/haiku-r1beta5-x86_64-anyboot.iso',
        'https://sourceforge.net/projects/android-x86/files/Release%209.0/android-x86_64-9.0-r2.iso/download',
        'https://github.com/BlissRoms-x86/BlissOS/releases/download/16.9.7/Bliss-v16.9.7-x86_64-OFFICIAL-gapps-20241011.iso',
        'https://www.partedmagic.com/downloads/pmagic_2024_09_24.iso', 'https://www.ventoy.net/download/ventoy-1.0.99-livecd.iso',
        'https://download.balena.io/etcher/1.19.25/balenaEtcher-1.19.25.Setup.exe', 'https://pendrivelinux.com/downloads/Universal-USB-Installer/Universal-USB-Installer-2.0.2.1.exe',
    ]
    for url in items:
        for _ in range(2):
            add(c, 'benign/repair-tools', 'A rescue, partitioning or recovery tool from its project (some are Windows-compatible OSes like ReactOS).', url,
                referrer=maybe(pick(['https://www.tomshardware.com/how-to/rescue-disk', 'https://alternativeto.net/', 'https://superuser.com/questions/123456']), 0.4))


def add_intranet(c):
    hosts = ['10.0.4.12', '10.20.30.40', '192.168.1.20', '192.168.0.5:8080', '172.16.8.3', '172.31.250.9', '100.64.12.7', '100.100.1.2',
             '169.254.10.20', '[fd00::12]', '[fd12:3456:789a::1]', 'fileserver.local', 'nas.lan', 'pxe.corp.lan', 'deploy.home.arpa',
             'build01.intranet', 'artifacts.internal', 'deploy@pxe.corp.lan', 'john.smith@build01.lan', 'it.ops@fileserver.local',
             'svc-deploy:x@10.1.2.3', '198.18.0.10', 'repo.corp', 'mirror.lab.lan', 'truenas.local:9000']
    files = ['isos/ubuntu-24.04.1-live-server-amd64.iso', 'images/debian-12.8.0-amd64-netinst.iso', 'pub/rhel-9.5-x86_64-dvd.iso', 'golden/base-image-2024.vhdx',
             'vm/template-rocky9.qcow2', 'vm/centos-stream-9.vmdk', 'tools/internal-agent-3.4.1.msi', 'builds/app-2025.01.3-setup.exe', 'backups/nas-config.tar.gz',
             'images/pfsense-2.7.2.img', 'ipxe/ipxe.iso', 'share/proxmox-ve_8.3-1.iso', 'releases/firmware-r12.bin', 'kiosk/kiosk-image-v12.img',
             'media/truenas-scale-24.10.iso', 'labs/kali-linux-2024.4-installer-amd64.iso', 'disks/data-disk-01.vhd', 'os/alpine-virt-3.21.0-x86_64.iso',
             'snapshots/vm-web01-2024-12-01.ova', 'install/clonezilla-live-3.2.0-5-amd64.iso']
    for host in hosts:
        for f in R.sample(files, 3):
            scheme = pick(['http', 'http', 'https', 'ftp']) if not host.startswith('[') else 'http'
            add(c, 'benign/intranet', 'An intranet or lab server (private, carrier-grade NAT, link-local, ULA or local names; user names before @ are not tricks).',
                f'{scheme}://{host}/{f}')


def add_old_software(c):
    items = ['https://archive.org/download/os2warp4/OS2_Warp_4.iso', 'https://archive.org/download/beos-r5-pro/BeOS_R5_Pro.iso',
             'https://archive.org/download/nextstep-3.3/NeXTSTEP_3.3_Intel.iso', 'https://archive.org/download/redhat-6.2/RedHat-6.2-i386.iso',
             'https://archive.org/download/netscape-communicator-4.7/netscape-communicator-4.7-win32.zip', 'https://archive.org/download/turbo-pascal-7/TP7-disks.zip',
             'https://archive.org/download/DoomsharewareEpisode/doom19s.zip', 'https://archive.org/download/wordperfect-51-dos/WP51.img',
             'https://archive.org/download/slackware-3.0/slackware-3.0-cd1.iso', 'https://archive.org/download/suse-linux-6.4/SuSE-6.4-DVD.iso',
             'https://archive.org/download/mandrake-linux-9.1/Mandrake91-cd1-inst.i586.iso', 'https://archive.org/download/corel-linux-os/corel-linux-1.0.iso',
             'https://archive.org/download/amiga-workbench-3.1/Workbench3.1.adf.zip', 'https://archive.org/download/macosx-10.0-cheetah/Mac_OS_X_10.0.iso',
             'https://archive.org/download/solaris-8-x86/sol-8-u7-ia-v1.iso', 'https://archive.org/download/qnx-demo-disk/qnxdemo.img',
             'https://archive.org/download/geoworks-ensemble-2.0/GeoWorks_Ensemble_2.0.img', 'https://archive.org/download/lotus-123-r3/Lotus123R3.zip',
             'https://winworldpc.com/download/c39dc2a5-18c3-9a11-c3a4-e284a2c3a5e2/from/c3ae6ee2-8099-713d-3411-c3a6e280947e', 'https://cdn.winworldpc.com/Abandonware%20Operating%20Systems/PC/OS2/IBM%20OS2%20Warp%203.7z',
             'https://ftp.funet.fi/pub/Linux/mirrors/debian-archive/debian-cd/3.0_r6/i386/debian-30r6-i386-binary-1.iso',
             'https://vault.centos.org/5.11/isos/x86_64/CentOS-5.11-x86_64-bin-DVD-1of2.iso', 'https://old-releases.ubuntu.com/releases/warty/warty-release-install-i386.iso',
             'https://archive.org/download/knoppix-3.4/KNOPPIX_V3.4-2004-05-17-EN.iso', 'https://archive.org/download/haiku-r1-alpha1/haiku-r1alpha1-iso.zip']
    for url in items:
        add(c, 'benign/old-software-archive', 'Old non-Microsoft software or operating systems kept on archives.', url)
        add(c, 'benign/old-software-archive', 'Old non-Microsoft software or operating systems kept on archives.', url, referrer='https://www.reddit.com/r/retrobattlestations/')


def add_datasets_and_weeks(c):
    items = [
        ('https://data.ecmwf.int/forecasts/20250312/00z/ifs/0p25/enfo/20250312000000-12h-enfo-ef.grib2', None),
        ('https://www.ncei.noaa.gov/data/global-hourly/access/2012/72530094846.csv', None),
        ('https://huggingface.co/datasets/wikimedia/wikipedia/resolve/main/20231101.en/train-00012-of-00041.parquet', None),
        ('https://storage.googleapis.com/kaggle-data-sets/12345/windows12_hour_traffic.csv.zip', 'traffic_windows_12h.zip'),
        ('https://zenodo.org/records/10812345/files/W12_wind_turbine_SCADA_2023.zip', None),
        ('https://data.gov.uk/dataset/road-safety/2024-W12.csv', None),
        ('https://opendata.example-city.gov/exports/sales_2024-W12.xlsx', None),
        ('https://figshare.com/ndownloader/files/44123456', 'iso12_calibration_images.tar.gz'),
        ('https://physionet.org/files/mitdb/1.0.0/mitdb-1.0.0.zip', None),
        ('https://download.openstreetmap.fr/extracts/europe/france/ile_de_france-latest.osm.pbf', None),
        ('https://planet.openstreetmap.org/replication/week/000/000/512.osc.gz', None),
        ('https://archive.ics.uci.edu/static/public/12/balance+scale.zip', None),
        ('https://ftp.ebi.ac.uk/pub/databases/uniprot/current_release/knowledgebase/complete/uniprot_sprot.fasta.gz', None),
        ('https://landsat.usgs.gov/data/LC09_L2SP_012031_20240312_02_T1.tar', None),
        ('https://opendata.dwd.de/weather/nwp/icon/grib/12/t_2m/icon_global_icosahedral_single-level_2025031212_000_T_2M.grib2.bz2', None),
        ('https://reports.corp.example.com/weekly/KW12_Umsatzbericht_2025.pdf', None),
        ('https://ci.corp.example.com/nightly/2025-W12/build-2025W12.iso', None),
        ('https://releases.internal.example.com/appliance/appliance-24w12.img', None),
        ('https://download.opensuse.org/repositories/home:/snapshots/images/snapshot-2024w12.qcow2', None),
        ('http://10.8.0.4/sprints/w12/release-notes-w12.md', None),
        ('https://sharepoint.contoso.example/sites/ops/Week12_Roster.xlsx', None),
        ('https://cdn.isoplanet.example.org/iso-3166-countries.json', None),
        ('https://www.iso.org/files/live/sites/isoorg/files/store/en/PUB100080.pdf', 'ISO_27001_2022_overview.pdf'),
        ('https://standards.example.org/ISO-9001-2015-checklist.xlsx', None),
        ('https://photos.example.net/raw/iso12800_noise_test.dng', None),
        ('https://www.dpreview.com/sample-galleries/1234/iso-12800-samples.zip', None),
        ('https://datasets.example.edu/windows-of-12-hours/readme.txt', None),
        ('https://github.com/owid/covid-19-data/raw/master/public/data/owid-covid-data.csv', None),
    ]
    for url, name in items:
        for _ in range(2):
            add(c, 'benign/datasets-and-week-numbers', 'A dataset, report or build named by week (W12, KW12) or ISO standard: not Windows 12.', url, name)


def add_games(c):
    items = ['https://www.nexusmods.com/skyrimspecialedition/mods/12604?tab=files&file_id=1000172034', 'https://github.com/ModOrganizer2/modorganizer/releases/download/v2.5.2/Mod.Organizer-2.5.2.7z',
             'https://cdn.modrinth.com/data/AANobbMI/versions/fRQREgAc/sodium-fabric-0.6.5%2Bmc1.21.1.jar', 'https://mediafilez.forgecdn.net/files/5920/312/BetterMC-FABRIC-1.21.1-v12.zip',
             'https://github.com/PCSX2/pcsx2/releases/download/v2.2.0/pcsx2-v2.2.0-windows-x64-Qt.7z', 'https://github.com/dolphin-emu/dolphin/archive/refs/tags/2412.zip',
             'https://www.moddb.com/downloads/start/12345/half-life-2-update-12.zip', 'https://buildbot.libretro.com/stable/1.19.1/windows/x86_64/RetroArch.7z',
             'https://github.com/OpenRCT2/OpenRCT2/releases/download/v0.4.17/OpenRCT2-0.4.17-windows-installer-x64.exe', 'https://openttd.org/downloads/openttd-releases/14.1/openttd-14.1-windows-win64.zip',
             'https://www.curseforge.com/api/v1/mods/238222/files/5845123/download', 'https://github.com/xenia-project/xenia/releases/download/v1.0.2817/xenia_master.zip',
             'https://download.scummvm.org/frs/extras/Beneath%20a%20Steel%20Sky/bass-cd-1.2.zip', 'https://github.com/doomjs/freedoom/releases/download/v0.13.0/freedoom-0.13.0.zip',
             'https://www.gog.com/downloads/heroes_of_might_and_magic_3/en1installer1', 'https://github.com/libretro/libretro-database/archive/refs/heads/master.zip',
             'https://dl.akamai.steamstatic.com/client/installer/SteamSetup.exe', 'https://launcher-public-service-prod06.ol.epicgames.com/launcher/api/installer/download/EpicGamesLauncherInstaller.msi',
             'https://cdn.cloudflare.steamstatic.com/steam/apps/12210/manuals/GTAIV_manual.pdf', 'https://www.nexusmods.com/stardewvalley/mods/2400?tab=files&file_id=12000',
             'https://github.com/SteamGridDB/steam-rom-manager/releases/download/v2.5.29/Steam-ROM-Manager-2.5.29.exe', 'https://homebrew.example-ps2.org/isos/OPL-1.2.0-homebrew.iso',
             'https://github.com/ps2homebrew/Open-PS2-Loader/releases/download/v1.1.0/OPNPS2LD-v1.1.0.zip', 'https://github.com/Ryujinx/release-channel-master/releases/download/1.1.1403/ryujinx-1.1.1403-win_x64.zip',
             'https://archive.org/download/freedoom-0.12.1/freedoom-0.12.1.iso']
    for url in items:
        for _ in range(2):
            add(c, 'benign/game-mods', 'A game, mod or emulator from its community host.', url,
                referrer=maybe(pick(['https://www.reddit.com/r/skyrimmods/', 'https://www.pcgamingwiki.com/', 'https://store.steampowered.com/']), 0.4))


def add_everyday(c):
    items = ['https://download.mozilla.org/?product=firefox-latest-ssl&os=win64&lang=en-US', 'https://dl.google.com/chrome/install/GoogleChromeStandaloneEnterprise64.msi',
             'https://www.7-zip.org/a/7z2409-x64.exe', 'https://get.videolan.org/vlc/3.0.21/win64/vlc-3.0.21-win64.exe',
             'https://download.documentfoundation.org/libreoffice/stable/24.8.3/win/x86_64/LibreOffice_24.8.3_Win_x86-64.msi',
             'https://www.python.org/ftp/python/3.12.8/python-3.12.8-amd64.exe', 'https://nodejs.org/dist/v22.12.0/node-v22.12.0-x64.msi',
             'https://github.com/git-for-windows/git/releases/download/v2.47.1.windows.1/Git-2.47.1-64-bit.exe', 'https://zoom.us/client/6.3.0.52884/ZoomInstallerFull.exe',
             'https://downloads.slack-edge.com/desktop-releases/windows/x64/4.41.105/SlackSetup.exe', 'https://www.win-rar.com/fileadmin/winrar-versions/winrar/winrar-x64-701.exe',
             'https://github.com/notepad-plus-plus/notepad-plus-plus/releases/download/v8.7.4/npp.8.7.4.Installer.x64.exe', 'https://download.gimp.org/gimp/v2.10/windows/gimp-2.10.38-setup.exe',
             'https://download.blender.org/release/Blender4.3/blender-4.3.2-windows-x64.msi', 'https://cdn.akamai.steamstatic.com/client/installer/SteamSetup.exe',
             'https://download.sysinternals.example.org/ProcessExplorer.zip', 'https://github.com/PowerShell/PowerShell/releases/download/v7.4.6/PowerShell-7.4.6-win-x64.msi',
             'https://github.com/microsoft/terminal/releases/download/v1.21.3231.0/Microsoft.WindowsTerminal_1.21.3231.0_8wekyb3d8bbwe.msixbundle',
             'https://github.com/microsoft/PowerToys/releases/download/v0.87.0/PowerToysSetup-0.87.0-x64.exe', 'https://www.openoffice.org/download/Apache_OpenOffice_4.1.15_Win_x86_install_en-US.exe',
             'https://download.teamviewer.com/download/TeamViewer_Setup_x64.exe', 'https://the.earth.li/~sgtatham/putty/latest/w64/putty-64bit-0.82-installer.msi',
             'https://www.wireshark.org/download/win64/Wireshark-4.4.2-x64.exe', 'https://obsproject.com/downloads/OBS-Studio-31.0.0-Windows-Installer.exe',
             'https://github.com/keepassxreboot/keepassxc/releases/download/2.7.9/KeePassXC-2.7.9-Win64.msi', 'https://downloads.malwarebytes.com/file/mb4_offline',
             'https://www.ccleaner.com/ccleaner/download/standard', 'https://github.com/winsw/winsw/releases/download/v2.12.0/WinSW-x64.exe',
             'https://dl.winehq.org/wine-builds/macosx/pool/wine-stable-9.0.pkg', 'https://github.com/microsoft/winget-cli/releases/download/v1.9.25200/Microsoft.DesktopAppInstaller_8wekyb3d8bbwe.msixbundle',
             'https://download.cpuid.com/cpu-z/cpu-z_2.13-en.zip', 'https://www.techpowerup.com/download/gpu-z/GPU-Z.2.61.0.exe', 'https://github.com/LibreHardwareMonitor/LibreHardwareMonitor/releases/download/v0.9.4/LibreHardwareMonitor-net472.zip',
             'https://www.ghisler.com/tc11x64.exe', 'https://www.voidtools.com/Everything-1.4.1.1026.x64-Setup.exe', 'https://www.win7games.com/download/Win7GamesForWin11_v2.zip',
             'https://github.com/ChrisTitusTech/winutil/releases/latest/download/winutil.ps1', 'https://github.com/Open-Shell/Open-Shell-Menu/releases/download/v4.4.196/OpenShellSetup_4_4_196.exe',
             'https://www.stardock.com/products/start11/download/Start11-setup.exe', 'https://github.com/valinet/ExplorerPatcher/releases/download/22621.4317.67.1_9f4e3d6/ep_setup.exe']
    for url in items:
        for _ in range(2):
            add(c, 'benign/everyday-software', 'Ordinary software from its vendor or project (some mention Windows 11 or Win64 as the platform).', url,
                referrer=maybe(pick(['https://www.google.com/', 'https://duckduckgo.com/', 'https://alternativeto.net/', 'https://ninite.com/']), 0.4),
                totalBytes=maybe(size(0.2, 400), 0.4))


def add_documents(c):
    items = ['https://www.example-uni.edu/it/guides/windows-12-rumours-explained.pdf', 'https://cdn.arstechnica.net/wp-content/uploads/2024/03/windows-12-concept.jpg',
             'https://i.redd.it/windows12_fake_iso_warning.png', 'https://www.cisa.gov/sites/default/files/2024-03/fake-windows-12-iso-advisory.pdf',
             'https://docs.example.com/Windows_12_Hype_vs_Reality.docx', 'https://slides.example.org/talks/2025/why-there-is-no-windows-12.pptx',
             'https://media.example.net/podcast/episode-112-windows-12.mp3', 'https://www.example-blog.net/uploads/win12-concept-wallpaper-3840x2160.jpg',
             'https://securelist.com/wp-content/uploads/sites/43/2021/09/windows-11-related-threats.pdf', 'https://videos.example.tv/windows-11-iso-install-guide.mp4',
             'https://www.iso.org/standard/27001', 'https://cdn.example.org/fonts/ISOCPEUR.ttf', 'https://www.example.com/manuals/ISO-Guard-brochure.pdf',
             'https://github.com/user/dotfiles/raw/main/windows11-setup-notes.md', 'https://gist.githubusercontent.com/user/abc/raw/install-windows-11-checklist.txt',
             'https://downloads.example.org/wallpapers/windows-12-concept-4k.png', 'https://www.example-school.org/labs/lab12-windows-iso-mounting.pdf']
    for url in items:
        for _ in range(2):
            add(c, 'benign/documents-about-windows', 'A document, picture or video about Windows (or ISO standards): not a program, not an image.', url,
                referrer=maybe(pick(['https://www.google.com/', 'https://news.ycombinator.com/', 'https://www.bing.com/']), 0.5))


def add_shared_hosts(c):
    names = ['ubuntu-24.04.1-desktop-amd64.iso', 'archlinux-2024.12.01-x86_64.iso', 'haos_generic-x86-64-14.1.img', 'openwrt-x86-64-combined.img',
             'batocera-x86_64-40-20240801.img', 'recalbox-x86_64.img', 'LibreELEC-Generic.x86_64-12.0.1.img', 'clonezilla-live-3.2.0-5-amd64.iso',
             'netboot.xyz.iso', 'ipfire-2.29-core190-x86_64.iso', 'TrueNAS-SCALE-24.10.1.iso', 'Sophos-UTM-9.720.iso',
             'kolibri.iso', 'serenity-os-nightly.img', 'tails-amd64-6.10.img', 'grml64-full_2024.02.iso', 'pfSense-CE-2.7.2-RELEASE-amd64.iso',
             'manjaro-xfce-24.2.1.iso', 'Rocky-9.5-x86_64-minimal.iso', 'endless-os-6.0.3-amd64.iso']
    for name in names:
        for url in [f'https://github.com/{pick(["home-assistant", "batocera-linux", "netbootxyz", "LibreELEC", "grml", "SerenityOS", "truenas", "opnsense"])}/releases/download/v1.0/{name}',
                    f'https://sourceforge.net/projects/{name.split("-")[0].split(".")[0].lower()}/files/{name}/download',
                    f'https://archive.org/download/{name.split(".")[0]}/{name}']:
            add(c, 'benign/shared-host-linux', 'A non-Windows image on a shared host (GitHub, SourceForge, archive.org): judge the file, not the host.', url, name)


def add_server_2012_r2_media(c):
    # Partner support and driver media for Windows Server 2012 R2: "2012 R2" is a server release, not Windows 12,
    # and a driver or support disc is not a Windows installation image.
    items = [
        'https://downloads.dell.com/FOLDER02835711M/1/Windows_Server_2012_R2_Driver_Pack_A03.iso',
        'https://downloads.dell.com/FOLDER04712543M/1/DELL_LC_OS_DRIVER_PACK_WS2012R2_17.03.00.iso',
        'https://ftp.hp.com/pub/softlib2/software1/supportpack-generic/p1234567/v98765/SPP_Win2012R2_2017.04.0.iso',
        'https://downloads.hpe.com/pub/softlib2/software1/cd-generic/p1093353384/v187240/HPE_Windows_Server_2012_R2_Drivers.iso',
        'https://download.lenovo.com/servers/mig/2017/06/20/6482/lnvgy_dd_sraidmr_w2k12r2_x64.iso',
        'https://download.lenovo.com/servers/mig/2019/01/02/19530/lnvgy_utl_uxsp_win2012r2_x64.iso',
        'https://support.ts.fujitsu.com/IndexDownload.asp?Softwareguid=1A2B3C4D&filename=SVIM_Win2012R2_Drivers.iso',
        'https://www.supermicro.com/wdl/driver/CDR-X11/CDR-X11_1.10_for_Intel_X11_platform_WS2012R2.iso',
        'https://docs.broadcom.com/docs-and-downloads/raid-controllers/raid-controllers-common-files/MR_WS2012R2_7.708.iso',
        'https://downloadmirror.intel.com/24532/eng/Intel_RSTe_Driver_Windows_Server_2012_R2.iso',
        'https://download.nvidia.com/XFree86/misc/tesla-windows-server-2012-r2-driver-disc.iso',
        'https://packages.vmware.com/tools/releases/10.3.26/windows/VMware-tools-windows-10.3.26-22085142.iso',
        'https://www.veeam.com/downloads/recovery-media/VeeamRecoveryMedia_WS2012R2_x64.iso',
        'https://download.acronis.com/Acronis_Bootable_Media_WinPE_Server2012R2.iso',
    ]
    for url in items:
        for ref in [None, pick(['https://www.dell.com/support/home/', 'https://support.hpe.com/', 'https://datacentersupport.lenovo.com/',
                                 'https://www.reddit.com/r/sysadmin/comments/abc123/server_2012_r2_drivers/'])]:
            add(c, 'benign/server-2012-r2-support-media', 'A partner driver or support disc for Windows Server 2012 R2: not Windows 12, not a Windows install image.',
                url, None, referrer=ref, totalBytes=maybe(size(40, 2600), 0.6))
