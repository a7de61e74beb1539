#!/usr/bin/env python3
"""Self-check for the hand-made label fixtures in this folder.

Usage: python3 validate_labels.py [CORPUS_DIR]   (default /work/shared/corpus)
Exits non-zero and prints the problems if any rule is broken; prints counts otherwise.
"""
import glob
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/corpus'
LANGS = {'en', 'ko', 'zh-Hans', 'zh-Hant'}
KINDS = {'sentence', 'short', 'mixed'}
HAN = re.compile(r'[\u4e00-\u9fff]')
LAT = re.compile(r'[A-Za-z]')
errors = []


def doc(prefix):
    paths = glob.glob(os.path.join(CORPUS, prefix + '_*'))
    if len(paths) != 1:
        sys.exit(f'corpus file {prefix}_* not found in {CORPUS}')
    with open(paths[0], encoding='utf-8') as f:
        return f.read()


DOCS = {d: doc(d) for d in ('000', '001', '002', '003', '004')}


def read_tsv(name):
    rows, header = [], None
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if line.startswith('#') or not line.strip():
                continue
            cells = line.split('\t')
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                errors.append(f'{name}:{n}: {len(cells)} cells, header has {len(header)}')
                continue
            rows.append(dict(zip(header, cells), _line=n))
    return header, rows


def unesc(s):
    return s.replace('\\n', '\n')


# ---- languages.tsv
h, rows = read_tsv('languages.tsv')
assert h == ['doc', 'lang', 'kind', 'text'], h
seen = set()
for r in rows:
    where = f"languages.tsv:{r['_line']}"
    if r['doc'] not in DOCS:
        errors.append(f'{where}: bad doc {r["doc"]}')
        continue
    if r['lang'] not in LANGS:
        errors.append(f'{where}: bad lang {r["lang"]}')
    if r['kind'] not in KINDS:
        errors.append(f'{where}: bad kind {r["kind"]}')
    if not r['text'] or DOCS[r['doc']].find(r['text']) == -1:
        errors.append(f'{where}: text not a verbatim substring of {r["doc"]}: {r["text"][:60]!r}')
    if (r['doc'], r['text']) in seen:
        errors.append(f'{where}: duplicate row')
    seen.add((r['doc'], r['text']))
by_lang = Counter(r['lang'] for r in rows)
by_kind = Counter(r['kind'] for r in rows)
by_doc = Counter(r['doc'] for r in rows)
if len(rows) < 300:
    errors.append(f'languages.tsv: only {len(rows)} rows')
if by_kind['short'] + by_kind['mixed'] < 60:
    errors.append('languages.tsv: fewer than 60 short/mixed rows')
for lang in LANGS:
    if by_lang[lang] < 40:
        errors.append(f'languages.tsv: only {by_lang[lang]} rows of {lang}')
for d in DOCS:
    if by_doc[d] == 0:
        errors.append(f'languages.tsv: no row for doc {d}')

# ---- documents.tsv
h, drows = read_tsv('documents.tsv')
assert h == ['doc', 'primary', 'languages'], h
if sorted(r['doc'] for r in drows) != sorted(DOCS):
    errors.append('documents.tsv: must list every corpus doc once')
for r in drows:
    langs = r['languages'].split(',')
    if r['primary'] not in langs or not set(langs) <= LANGS:
        errors.append(f'documents.tsv:{r["_line"]}: inconsistent {r}')

# ---- alignment-002
lines002 = DOCS['002'].split('\n')
nonempty = {i for i, l in enumerate(lines002, 1) if l.strip()}
h, prow = read_tsv('alignment-002.tsv')
assert h == ['en_line', 'zh_line'], h
h, urow = read_tsv('alignment-002-unpaired.tsv')
assert h == ['line', 'why'], h
used = Counter()
for r in prow:
    e, z = int(r['en_line']), int(r['zh_line'])
    used[e] += 1
    used[z] += 1
    le, lz = lines002[e - 1], lines002[z - 1]
    if HAN.search(le) or not LAT.search(le):
        errors.append(f'alignment-002: line {e} is not English')
    if not HAN.search(lz):
        errors.append(f'alignment-002: line {z} has no Chinese')
for r in urow:
    used[int(r['line'])] += 1
    if not r['why'].strip():
        errors.append(f'alignment-002-unpaired: line {r["line"]} without reason')
for i in sorted(nonempty):
    if used[i] != 1:
        errors.append(f'alignment-002: line {i} appears {used[i]} times')
for i in used:
    if i not in nonempty:
        errors.append(f'alignment-002: line {i} is empty or out of range')


# ---- 004 alignments
def check_alignment(name, col, other, unpaired):
    h, arows = read_tsv(name)
    assert h == ['en', col], h
    h2, urows = read_tsv(unpaired)
    assert h2 == ['en'], h2
    spans = []
    for r in arows:
        for key, d in (('en', '004'), (col, other)):
            cell = r[key]
            if '\t' in cell or DOCS[d].find(unesc(cell)) == -1:
                errors.append(f'{name}:{r["_line"]}: {key} cell not verbatim in {d}: {cell[:60]!r}')
        spans.append(unesc(r['en']))
    for r in urows:
        if DOCS['004'].find(unesc(r['en'])) == -1:
            errors.append(f'{unpaired}:{r["_line"]}: not verbatim in 004')
        spans.append(unesc(r['en']))
    # linked + unpaired English cells must tile the whole of 004 (only whitespace between them)
    pos = sorted((DOCS['004'].find(s), s) for s in spans)
    cur = 0
    for p, s in pos:
        if p < cur or DOCS['004'][cur:p].strip():
            errors.append(f'{name}: gap/overlap in 004 coverage near offset {cur}')
        cur = p + len(s)
    if DOCS['004'][cur:].strip():
        errors.append(f'{name}: 004 not covered after offset {cur}')
    return len(arows), len(urows)


n0 = check_alignment('alignment-004-000.tsv', 'ko', '000', 'alignment-004-000-unpaired.tsv')
n1 = check_alignment('alignment-004-001.tsv', 'zh', '001', 'alignment-004-001-unpaired.tsv')

if errors:
    print('\n'.join(errors))
    sys.exit(1)
print(f'languages.tsv: {len(rows)} rows; by lang {dict(by_lang)}; by kind {dict(by_kind)}; by doc {dict(sorted(by_doc.items()))}')
print(f'alignment-002: {len(prow)} pairs, {len(urow)} unpaired lines, {len(nonempty)} non-empty lines covered once')
print(f'alignment-004-000: {n0[0]} links, {n0[1]} unpaired; alignment-004-001: {n1[0]} links, {n1[1]} unpaired')
print('OK')
