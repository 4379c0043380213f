#!/usr/bin/env python3
"""Compares how often the corpus and real articles use a term, per stance.

    python3 training-data/tools/term_rates.py TEXTS_DIR [--csv FILE] [TEXTS_DIR2 --csv FILE2 ...]
        [--term TERM ...]

For each term (default: "kosovo's"), the share of articles that contain it, per stance label:
in training-data/articles.csv (title and body) and in the saved real articles (each TEXTS_DIR
read against the --csv that follows it, real-check.csv when none does; see real_check.py). A
term is matched as lower-case text, typographic apostrophes read as straight ones. This is how
the corpus's naming bias behind the default pack's stop words was found (README, "The names of
the parties are not evidence", and docs/default-pack.md). Standard library only.
"""
import csv
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '..', 'articles.csv')
CSV = os.path.join(HERE, '..', 'real-check.csv')
STANCES = ['neutral', 'pro_serbia', 'pro_kosovo']


def norm(text):
    return text.lower().replace('\u2019', "'")


def main(argv):
    sets, terms = [], []
    i = 0
    while i < len(argv):
        if argv[i] in ('--csv', '--term'):
            if i + 1 >= len(argv):
                sys.exit(f'{argv[i]} needs a value')
            if argv[i] == '--term':
                terms.append(norm(argv[i + 1]))
            elif not sets:
                sys.exit('--csv follows the texts folder it lists')
            else:
                sets[-1][1] = argv[i + 1]
            i += 2
        elif argv[i].startswith('-'):
            sys.exit(f'unknown option {argv[i]}\n{__doc__}')
        else:
            sets.append([argv[i], CSV])
            i += 1
    if not sets:
        sys.exit(__doc__)
    terms = terms or ["kosovo's"]
    corpus = [(r['stance'], norm(r['title'] + '\n' + r['body']))
              for r in csv.DictReader(open(CORPUS, encoding='utf-8', newline=''))]
    real = []
    for texts, gold_csv in sets:
        for r in csv.DictReader(open(gold_csv, encoding='utf-8', newline='')):
            for ext in ('.txt', '.html', '.htm', '.md'):
                path = os.path.join(texts, r['id'] + ext)
                if os.path.exists(path):
                    real.append((r['stance'], norm(open(path, encoding='utf-8', errors='replace').read())))
                    break
    for name, docs in (('corpus', corpus), ('real', real)):
        n = Counter(s for s, _ in docs)
        print(f'{name}: ' + ', '.join(f'{s} {n[s]}' for s in STANCES) + ' articles')
    for t in terms:
        for name, docs in (('corpus', corpus), ('real', real)):
            n = Counter(s for s, _ in docs)
            has = Counter(s for s, text in docs if t in text)
            print(f'  {t!r:24s} {name:6s} ' + '  '.join(
                f'{s} {has[s] / n[s]:.2f}' if n[s] else f'{s} -' for s in STANCES))


if __name__ == '__main__':
    main(sys.argv[1:])
