"""Writes test/corpus/downloads.jsonl and pages.jsonl from the hand-written families.
Run: /usr/bin/python3 test/corpus/make/make_corpus.py  (deterministic: a fixed seed)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import Corpus  # noqa: E402
from lures import add_lures  # noqa: E402
from benign import add_benign  # noqa: E402
from official import add_official  # noqa: E402
from pages import add_pages  # noqa: E402

def add_hand_written(corpus, name):
    """Cases written one by one (kept as they are, ids included) go after the generated ones."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    ids = {case['id'] for case in corpus.cases}
    with open(path, encoding='utf-8') as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            case = json.loads(line)
            if case['id'] in ids:
                raise SystemExit(f'{name}:{number}: id {case["id"]} already used')
            ids.add(case['id'])
            corpus.cases.append(case)


here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
downloads = Corpus()
add_lures(downloads)
add_benign(downloads)
add_official(downloads)
add_hand_written(downloads, 'hand-written-downloads.jsonl')
downloads.write(os.path.join(here, 'downloads.jsonl'))
pages = Corpus()
add_pages(pages)
add_hand_written(pages, 'hand-written-pages.jsonl')
pages.write(os.path.join(here, 'pages.jsonl'))

for name, corpus in [('downloads', downloads), ('pages', pages)]:
    counts = {}
    for case in corpus.cases:
        counts[case['expect']] = counts.get(case['expect'], 0) + 1
    print(name, len(corpus.cases), counts)
