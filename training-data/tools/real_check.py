#!/usr/bin/env python3
"""Scores a pack on the real published articles listed in training-data/real-check*.csv.

The articles are third-party text and are not in the repository: save each listed page (or the
part you have of it) as TEXTS_DIR/<id>.txt or .html, then run

    python3 training-data/tools/real_check.py TEXTS_DIR [--csv FILE] [TEXTS_DIR2 --csv FILE2 ...]
        [--model PACK] [--raw] [--confusion]

Each TEXTS_DIR is scored against the --csv that follows it (real-check.csv when none does):
real-check-2.csv is a second set, never used to steer the corpus; real-check-3.csv a third,
measured blind on the stop words; real-check-4.csv a fourth, measured once on the finished pack;
real-check-5.csv a fifth, collected blind to corpus round 8; real-check-6.csv a sixth, measured
once after it; real-check-7.csv a seventh, 1998-2025, measured once after everything; real-check-8.csv an
eighth, outlets with a side over-sampled, measured once after the cue terms the seventh steered;
real-check-9.csv a ninth, Serbian outlets over-sampled, measured once; the second annotation's columns are optional. It runs the CLI's `classify` on the saved files and
prints, per set and dimension, how many labels agree with the list (all rows, and the rows whose
reason does not say "unsure"), how often the second, blind annotation (columns <dimension>_2)
agrees with the first, then each disagreement with the classifier's probability. Rows without a
saved file are skipped and counted. With several sets it also prints the totals; --confusion
prints, over all the sets, each dimension's confusion matrix (true label by row), the recall of
each label and the macro-F1. --model and --raw are passed to `classify`.
"""
import csv
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, '..', 'real-check.csv')
CLI = os.path.join(HERE, '..', '..', 'library', 'target', 'newsgauge-cli.jar')
DIMS = ['topic', 'stance', 'tension']
ORDER = ['low', 'elevated', 'high', 'critical']


def parse(argv):
    """The sets as [texts dir, gold csv] pairs, the options passed to classify, and --confusion."""
    sets, extra, confusion = [], [], False
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ('--csv', '--model'):
            if i + 1 >= len(argv):
                sys.exit(f'{a} needs a file')
            if a == '--model':
                extra += [a, argv[i + 1]]
            elif not sets:
                sys.exit('--csv follows the texts folder it lists')
            else:
                sets[-1][1] = argv[i + 1]
            i += 2
            continue
        if a == '--raw':
            extra.append(a)
        elif a == '--confusion':
            confusion = True
        elif a.startswith('-'):
            sys.exit(f'unknown option {a}\n{__doc__}')
        else:
            sets.append([a, CSV])
        i += 1
    if not sets:
        sys.exit(__doc__)
    return sets, extra, confusion


def classify(files, extra):
    """The CLI's predictions for {id: path}, by id."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'pred.jsonl')
        subprocess.run(['java', '-jar', CLI, 'classify', '--format', 'jsonl', '--output', out] + extra
                       + [files[k] for k in sorted(files)], check=True)
        pred = {}
        for line in open(out, encoding='utf-8'):
            j = json.loads(line)
            pred[os.path.splitext(os.path.basename(j['path']))[0]] = j
    return pred


def score(texts, gold_csv, extra):
    """Prints one set's report; returns its (true, predicted) label pairs per dimension."""
    gold = {r['id']: r for r in csv.DictReader(open(gold_csv, encoding='utf-8', newline=''))}
    files = {}
    for name in os.listdir(texts):
        stem, ext = os.path.splitext(name)
        if stem in gold and ext.lower() in ('.txt', '.html', '.htm', '.md'):
            files[stem] = os.path.join(texts, name)
    if not files:
        sys.exit(f'no saved article of {gold_csv} in {texts} (expected files named <id>.txt or <id>.html)')
    pred = classify(files, extra)
    scored = [k for k in sorted(files) if k in pred and 'topic' in pred[k]]
    sure = [k for k in scored if 'unsure' not in gold[k]['reason']]
    print(f'{os.path.basename(gold_csv)}: {len(scored)} of {len(gold)} articles classified '
          f'({len(gold) - len(files)} not saved), {len(sure)} without an "unsure" label')
    second = [k for k in gold if all(gold[k].get(d + '_2') for d in DIMS)]
    if second:
        print('  annotators agree: ' + ', '.join(
            f"{d} {sum(gold[k][d] == gold[k][d + '_2'] for k in second)}/{len(second)}" for d in DIMS))
    for d in DIMS:
        ok = sum(pred[k][d]['label'] == gold[k][d] for k in scored)
        ok_sure = sum(pred[k][d]['label'] == gold[k][d] for k in sure)
        line = f'  {d:8s} {ok}/{len(scored)}   sure rows {ok_sure}/{len(sure)}'
        if d == 'tension':
            line += f'   within one step {within_one([(gold[k][d], pred[k][d]["label"]) for k in scored])}/{len(scored)}'
        print(line)
    for k in scored:
        wrong = [f"{d} {gold[k][d]} -> {pred[k][d]['label']} ({pred[k][d]['probability']:.2f})"
                 for d in DIMS if pred[k][d]['label'] != gold[k][d]]
        if wrong:
            print(f"  {k:5s} {gold[k]['outlet'][:30]:30s} " + '; '.join(wrong))
    return {d: [(gold[k][d], pred[k][d]['label']) for k in scored] for d in DIMS}


def within_one(pairs):
    return sum(abs(ORDER.index(p) - ORDER.index(t)) <= 1 for t, p in pairs)


def print_confusion(d, pairs):
    labels = ORDER if d == 'tension' else sorted({t for t, _ in pairs} | {p for _, p in pairs})
    c = Counter(pairs)
    print(f'  {d}: true \\ predicted ' + ' '.join(f'{l:>10s}' for l in labels) + '   recall')
    f1s = []
    for t in labels:
        row = [c[(t, p)] for p in labels]
        support = sum(row)
        print(f'  {t:>29s} ' + ' '.join(f'{n:10d}' for n in row)
              + (f'   {c[(t, t)] / support:.2f}' if support else '   -'))
        predicted = sum(c[(x, t)] for x in labels)
        precision = c[(t, t)] / predicted if predicted else 0.0
        recall = c[(t, t)] / support if support else 0.0
        if support or predicted:
            f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    print(f'  {d} macro-F1 {sum(f1s) / len(f1s):.3f} over the labels that occur')


def main(argv):
    sets, extra, confusion = parse(argv)
    pooled = {d: [] for d in DIMS}
    for texts, gold_csv in sets:
        for d, pairs in score(texts, gold_csv, extra).items():
            pooled[d] += pairs
    n = len(pooled['topic'])
    if len(sets) > 1:
        print(f'all {len(sets)} sets, {n} articles: ' + ', '.join(
            f"{d} {sum(t == p for t, p in pooled[d])}" for d in DIMS)
              + f" (tension within one step {within_one(pooled['tension'])})")
    if confusion:
        for d in DIMS:
            print_confusion(d, pooled[d])


if __name__ == '__main__':
    main(sys.argv[1:])
