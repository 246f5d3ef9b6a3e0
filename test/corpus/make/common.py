"""Shared parts for the hand-written corpus generators: a seeded random source, case records,
and realistic pieces (hosts, sizes, referrers) that several families draw from.

The expectations are written from knowledge of real downloads, never from what the rules answer.
"""
import json
import random

R = random.Random(20261130)

GB = 1024 ** 3
MB = 1024 ** 2


class Corpus:
    def __init__(self):
        self.cases = []
        self.seen = set()
        self.counters = {}

    def add(self, expect, category, why, inp, source=None):
        inp = {k: v for k, v in inp.items() if v is not None}
        key = json.dumps(inp, sort_keys=True, ensure_ascii=False)
        if key in self.seen:
            return False
        self.seen.add(key)
        prefix = category.replace('/', '-')
        n = self.counters.get(prefix, 0) + 1
        self.counters[prefix] = n
        case = {'id': f'{prefix}-{n:03d}', 'expect': expect, 'category': category, 'why': why}
        if source:
            case['source'] = source
        case['input'] = inp
        self.cases.append(case)
        return True

    def write(self, path):
        with open(path, 'w', encoding='utf-8') as out:
            for case in self.cases:
                out.write(json.dumps(case, ensure_ascii=False) + '\n')


def pick(seq):
    return R.choice(seq)


def maybe(value, p=0.5):
    return value if R.random() < p else None


def size(lo_mb, hi_mb):
    return R.randint(int(lo_mb * MB), int(hi_mb * MB))


def win_iso_size():
    return R.randint(int(4.6 * GB), int(6.9 * GB))


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def guid():
    return f'{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}'


def raw_ip():
    first = pick([5, 37, 45, 62, 77, 78, 80, 85, 91, 93, 94, 103, 104, 141, 146, 149, 154, 176, 178, 185, 188, 193, 194, 195, 212, 217])
    return f'{first}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(2, 250)}'


# Shared hosts that carry good and bad files alike: judge the file, never the host.
def shared_host_url(name):
    user = pick(['devtools-x', 'win-iso-hub', 'mrx2024', 'flashkid', 'soft4you', 'techguru-pk', 'ngocanh', 'ahmedsoft',
                 'isofiles', 'murat-tr', 'pcfix-ru', 'juanpc', 'kevinlab', 'setupzone', 'dl-center'])
    tag = pick(['v1.0', 'v2.1', 'latest', '24h2', 'release', '1.0.3', 'iso', 'v12'])
    return pick([
        f'https://github.com/{user}/{pick(["windows", "win-iso", "iso-mirror", "downloads", "release", "setup"])}/releases/download/{tag}/{name}',
        f'https://archive.org/download/{user}-{R.randint(100, 999)}/{name}',
        f'https://drive.google.com/uc?export=download&id=1{hexs(8)}{hexs(8).upper()}{hexs(8)}',
        f'https://download{R.randint(1, 2500)}.mediafire.com/{hexs(12)}/{hexs(15)}/{name}',
        f'https://pixeldrain.com/api/file/{hexs(8)}?download',
        f'https://sourceforge.net/projects/{user}/files/{name}/download',
        f'https://cdn.discordapp.com/attachments/{R.randint(10**17, 10**18)}/{R.randint(10**17, 10**18)}/{name}',
        f'https://www.dropbox.com/s/{hexs(15)}/{name}?dl=1',
        f'https://gofile.io/download/{guid()}/{name}',
        f'https://1drv.ms/u/s!A{hexs(10)}',
    ])


def shady_host():
    tld = pick(['.xyz', '.top', '.online', '.site', '.icu', '.click', '.pw', '.ru', '.info', '.net', '.com', '.store', '.live', '.club', '.space'])
    word = pick(['softdl', 'freepcsoft', 'getintopc-new', 'filecr-mirror', 'igetintopc', 'crackzsoft', 'isofree', 'pcsoftz',
                 'fastdl-cdn', 'downloadly-ir', 'softonic-files', 'rapid-files', 'mega-soft', 'allpcworld', 'karanpc',
                 'softprober', 'freeprosoft', 'pesktop', 'taiwebs-mirror', 'cracked-apps', 'dl2.softpedia-cdn',
                 'oceanofgamesx', 'warezbb', 'nsaneforum-files', 'lrepacks-mirror', 'fileland', 'apkiso', 'haxnode'])
    return f'{word}{tld}'


SEO_REFERRERS = [
    'https://github.com/{u}/{r}/issues/{n}',
    'https://{u}.blogspot.com/2024/0{m}/windows-12-iso-download-free.html',
    'https://www.reddit.com/user/{u}/comments/{h}/windows_12_iso_free_download_full/',
    'https://medium.com/@{u}/download-windows-12-iso-64-bit-{h}',
    'https://sites.google.com/view/windows-12-iso-{u}/home',
    'https://telegra.ph/Windows-12-Pro-ISO-Full-Version-0{m}-1{n}',
    'https://{u}.wordpress.com/2025/0{m}/1{n}/windows-12-download/',
    'https://www.facebook.com/groups/{n}{m}/posts/windows-12-iso-free-download/',
    'https://{u}.github.io/windows-12-iso/',
]


def seo_referrer():
    t = pick(SEO_REFERRERS)
    return t.format(u=pick(['free-iso', 'techsoft99', 'isodl', 'pc-expert-bd', 'winlatest', 'wunderpc', 'mdsoft', 'xolo']),
                    r=pick(['windows-12', 'win12', 'windows12-iso', 'windows-12-iso-download', 'Windows-12-Pro-ISO']),
                    n=R.randint(1, 9), m=R.randint(1, 9), h=hexs(11))


def spaced(words):
    """Join words as people and spammers do: separators and capitals vary."""
    sep = pick(['_', '-', ' ', '.', '', '_', ' '])
    if sep == '':
        # Glued words keep their capitals (InstallWindows11Pro), as people write them; two numbers
        # that would run together keep an underscore between them.
        words = [(w[:1].upper() + w[1:]).replace(' ', '') for w in words]
        out = words[0]
        for w in words[1:]:
            out += ('_' if out[-1:].isdigit() and w[:1].isdigit() else '') + w
    else:
        out = sep.join(words)
    style = R.random()
    if sep == '':
        pass
    elif style < 0.15:
        out = out.upper()
    elif style < 0.3:
        out = out.lower()
    return out
