#!/usr/bin/env python3
"""Scores a pack on the real published articles listed in training-data/real-check.csv.

The articles are third-party text and are not in the repository: save each listed page (or the
part you have of it) as TEXTS_DIR/<id>.txt or .html, then run

    python3 training-data/tools/real_check.py TEXTS_DIR [--csv FILE] [--model PACK] [--raw]

--csv scores another list of the same columns instead (real-check-2.csv: a second set, never used
to steer the corpus; real-check-3.csv: a third, measured blind on the stop words;
real-check-4.csv: a fourth, measured once on the finished pack; the second annotation's columns
are optional). It runs the CLI's `classify` on the saved files and prints, per dimension, how many labels agree
with real-check.csv (all rows, and the rows whose reason does not say "unsure"), how often the
second, blind annotation (columns <dimension>_2) agrees with the first, then each disagreement
with the classifier's probability. Rows without a saved file are skipped and counted.
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, '..', 'real-check.csv')
CLI = os.path.join(HERE, '..', '..', 'library', 'target', 'newsgauge-cli.jar')
DIMS = ['topic', 'stance', 'tension']
ORDER = ['low', 'elevated', 'high', 'critical']


def main(argv):
    if not argv or argv[0].startswith('-'):
        sys.exit(__doc__)
    texts, extra = argv[0], argv[1:]
    gold_csv = CSV
    if '--csv' in extra:
        i = extra.index('--csv')
        if i + 1 >= len(extra):
            sys.exit('--csv needs a file')
        gold_csv = extra[i + 1]
        extra = extra[:i] + extra[i + 2:]
    gold = {r['id']: r for r in csv.DictReader(open(gold_csv, encoding='utf-8', newline=''))}
    files = {}
    for name in os.listdir(texts):
        stem, ext = os.path.splitext(name)
        if stem in gold and ext.lower() in ('.txt', '.html', '.htm', '.md'):
            files[stem] = os.path.join(texts, name)
    if not files:
        sys.exit(f'no saved article of {gold_csv} in {texts} (expected files named <id>.txt or <id>.html)')
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'pred.jsonl')
        subprocess.run(['java', '-jar', CLI, 'classify', '--format', 'jsonl', '--output', out] + extra
                       + [files[k] for k in sorted(files)], check=True)
        pred = {}
        for line in open(out, encoding='utf-8'):
            j = json.loads(line)
            pred[os.path.splitext(os.path.basename(j['path']))[0]] = j
    scored = [k for k in sorted(files) if k in pred and 'topic' in pred[k]]
    sure = [k for k in scored if 'unsure' not in gold[k]['reason']]
    print(f'{len(scored)} of {len(gold)} articles classified ({len(gold) - len(files)} not saved), '
          f'{len(sure)} without an "unsure" label')
    second = [k for k in gold if all(gold[k].get(d + '_2') for d in DIMS)]
    if second:
        print('  annotators agree: ' + ', '.join(
            f"{d} {sum(gold[k][d] == gold[k][d + '_2'] for k in second)}/{len(second)}" for d in DIMS))
    for d in DIMS:
        ok = sum(pred[k][d]['label'] == gold[k][d] for k in scored)
        ok_sure = sum(pred[k][d]['label'] == gold[k][d] for k in sure)
        line = f'  {d:8s} {ok}/{len(scored)}   sure rows {ok_sure}/{len(sure)}'
        if d == 'tension':
            near = sum(abs(ORDER.index(pred[k][d]['label']) - ORDER.index(gold[k][d])) <= 1 for k in scored)
            line += f'   within one step {near}/{len(scored)}'
        print(line)
    for k in scored:
        wrong = [f"{d} {gold[k][d]} -> {pred[k][d]['label']} ({pred[k][d]['probability']:.2f})"
                 for d in DIMS if pred[k][d]['label'] != gold[k][d]]
        if wrong:
            print(f"  {k:5s} {gold[k]['outlet'][:30]:30s} " + '; '.join(wrong))


if __name__ == '__main__':
    main(sys.argv[1:])
