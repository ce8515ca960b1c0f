#!/usr/bin/env python3
"""Selects the Reuters-21578 articles of the wire-text evaluation and splits them once into dev and held-out.

Reads the collection's SGML files (reut2-*.sgm), keeps records of the TEST split (LEWISSPLIT="TEST") whose
body is running prose with reported speech, orders them by a hash of their NEWID (so the choice depends on no
reading of the text beyond those filters), takes the first 2*N and writes each half's records verbatim.

    python3 src/tools/reuters/select_articles.py /path/to/reuters21578 src/test/resources/reuters 70

With a fourth argument M it writes only dev2.sgm: the next M records in the same order after the first 2*N, so the
second dev set shares no article with either half (dev2 was made with N=70, M=18):

    python3 src/tools/reuters/select_articles.py /path/to/reuters21578 src/test/resources/reuters 70 18

A fifth and sixth argument name a later dev set and how many records after the first 2*N it skips (dev3: the 16
after dev2's 18):

    python3 src/tools/reuters/select_articles.py /path/to/reuters21578 src/test/resources/reuters 70 16 dev3 18

(dev4: the 16 after dev3, "70 16 dev4 34".)
"""
import hashlib
import html
import pathlib
import re
import sys

RECORD = re.compile(r'<REUTERS [^>]*>.*?</REUTERS>', re.S)


def body_of(record):
    m = re.search(r'<BODY>(.*?)</BODY>', record, re.S)
    return html.unescape(m.group(1)) if m else ''


def is_prose(record):
    if 'LEWISSPLIT="TEST"' not in record:
        return False
    body = body_of(record)
    words = body.split()
    if not 120 <= len(words) <= 600:
        return False
    if ' said' not in body:
        return False
    lines = [l for l in body.splitlines() if l.strip()]
    # tables: many lines that are mostly figures
    figure_lines = sum(1 for l in lines if len(re.findall(r'\d', l)) > len(l) * 0.25)
    return figure_lines <= len(lines) * 0.2


def newid(record):
    return int(re.search(r'NEWID="(\d+)"', record).group(1))


def main(source, target, per_half, count=0, name='dev2', skip=0):
    records = []
    for f in sorted(pathlib.Path(source).glob('reut2-*.sgm')):
        text = f.read_bytes().decode('latin-1')
        records += [r for r in RECORD.findall(text) if is_prose(r)]
    records.sort(key=lambda r: hashlib.sha1(str(newid(r)).encode()).hexdigest())
    out = pathlib.Path(target)
    if count:
        first = 2 * per_half + skip
        extra = sorted(records[first:first + count], key=newid)
        (out / (name + '.sgm')).write_bytes(('\n'.join(extra) + '\n').encode('latin-1'))
        print(name + '.sgm', len(extra), 'articles, NEWIDs', [newid(r) for r in extra])
        return
    chosen = records[:2 * per_half]
    dev = sorted((r for i, r in enumerate(chosen) if i % 2 == 0), key=newid)
    heldout = sorted((r for i, r in enumerate(chosen) if i % 2 == 1), key=newid)
    out.mkdir(parents=True, exist_ok=True)
    for name, part in (('dev.sgm', dev), ('heldout.sgm', heldout)):
        (out / name).write_bytes(('\n'.join(part) + '\n').encode('latin-1'))
        print(name, len(part), 'articles, NEWIDs', [newid(r) for r in part])


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 70,
         int(sys.argv[4]) if len(sys.argv) > 4 else 0, sys.argv[5] if len(sys.argv) > 5 else 'dev2',
         int(sys.argv[6]) if len(sys.argv) > 6 else 0)
