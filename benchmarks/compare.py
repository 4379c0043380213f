#!/usr/bin/python3
"""Prints newsgauge's figures against the anchors measured in the same session, as ratios.
Usage: compare.py NEWSGAUGE_OUTPUT.txt ANCHORS_RAW.jsonl  (both written by run-anchors.sh)"""
import json, re, statistics, sys
from collections import defaultdict

ng = {}
for line in open(sys.argv[1]):
    m = re.match(r'RESULT (\S+)\s+(.+?)\s+acc (\S+)\s+macroF1 (\S+)(?:\s+F_avg (\S+))?\s+train (\S+) s .*?docs/s 1-thread (\d+)\s+2-thread (\d+).*?model (\S+) MB', line)
    if m:
        ds, system = m.group(1), m.group(2).strip()
        ng[(ds, system)] = dict(acc=float(m.group(3)), f1=float(m.group(4)), favg=float(m.group(5)) if m.group(5) else None,
                                train=float(m.group(6)), dps=float(m.group(7)), dps2=float(m.group(8)), mb=float(m.group(9)))
runs = defaultdict(list)
for line in open(sys.argv[2]):
    d = json.loads(line)
    if 'failed' not in d:
        runs[(d['dataset'], d['system'])].append(d)
anchors = {}
for k, rs in runs.items():
    med = lambda key: statistics.median(r[key] for r in rs if r.get(key) is not None) if any(r.get(key) is not None for r in rs) else None
    anchors[k] = dict(acc=med('accuracy'), f1=med('macro_f1'), favg=med('f_avg'), train=med('train_s'),
                      dps=med('docs_per_s'), mb=med('model_mb') * 1.048576 if med('model_mb') else None, n=len(rs))

print('| dataset | system | accuracy | macro-F1 | F_avg | train s | docs/s (1 thread) | model MB |')
print('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |')
datasets = sorted({k[0] for k in ng})
def fmt(v, nd=4):
    return '—' if v is None else (f'{v:,.0f}' if nd == 0 else f'{v:.{nd}f}')
for ds in datasets:
    for (d, s), r in sorted(ng.items()):
        if d == ds:
            print(f'| {ds} | {s} | {fmt(r["acc"])} | {fmt(r["f1"])} | {fmt(r["favg"])} | {fmt(r["train"], 2)} | {fmt(r["dps"], 0)} | {fmt(r["mb"], 2)} |')
    for (d, s), r in sorted(anchors.items()):
        if d == ds:
            print(f'| {ds} | {s} | {fmt(r["acc"])} | {fmt(r["f1"])} | {fmt(r["favg"])} | {fmt(r["train"], 2)} | {fmt(r["dps"], 0)} | {fmt(r["mb"], 2)} |')
print()
print('Ratios, newsgauge / anchor (training time: lower is faster; docs/s and macro-F1 difference: higher is better):')
print()
print('| dataset | anchor | macro-F1 diff | train time ratio | docs/s ratio | model size ratio |')
print('| --- | --- | ---: | ---: | ---: | ---: |')
for ds in datasets:
    ours = next((r for (d, s), r in ng.items() if d == ds and s.startswith('newsgauge')), None)
    if not ours:
        continue
    others = [(s, r) for (d, s), r in ng.items() if d == ds and not s.startswith('newsgauge')]
    others += [(s, r) for (d, s), r in anchors.items() if d == ds]
    for s, r in others:
        key = 'favg' if ours['favg'] is not None and r.get('favg') is not None else 'f1'
        diff = ours[key] - r[key] if r.get(key) is not None else None
        print(f'| {ds} | {s} | {"" if diff is None else f"{diff:+.4f}"}{" (F_avg)" if key == "favg" else ""} | '
              f'{fmt(ours["train"] / r["train"] if r.get("train") else None, 2)} | {fmt(ours["dps"] / r["dps"] if r.get("dps") else None, 2)} | '
              f'{fmt(ours["mb"] / r["mb"] if r.get("mb") else None, 2)} |')
