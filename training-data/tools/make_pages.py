#!/usr/bin/env python3
"""Wrap a fixed share of training-data/articles.csv in scraped-page furniture.

Writes training-data/pages/<id>.txt and <id>.html: the article as a scraper delivers it, inside
menus, BREAKING tickers about other stories and other wars, breadcrumbs, bylines, captions,
"Read more" links, related / most read lists with headlines and dates, share buttons, comment
forms, cookie notices and footers, in eleven site designs (seven HTML, four plain text) whose
class names, order and furniture vary page by page. Half the pages are .txt, half .html.

Deterministic: a fixed seed picks the articles and the furniture. Used by the lead to check that
classifying the page gives the same labels as classifying the clean article, and by
library/src/test/java/org/newsgauge/text/TrainingPagesTest.java to check extraction.

Usage (from the repository root):  python3 training-data/tools/make_pages.py [--share 0.17]
"""
import argparse
import csv
import os
import random
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DESIGNS = os.path.join(ROOT, "library", "src", "test", "resources", "extraction", "tools")
sys.path.insert(0, DESIGNS)

import make_test_pages as m  # noqa: E402  (the site designs of the extraction test set)

SEED = 20240611
HTML = ["portal-html", "wordpress-html", "agency-html", "teaser-html", "noclass-html", "divsoup-html", "semantic-html"]
TEXT = ["portal-txt", "wordpress-txt", "agency-txt", "ticker-txt"]


def paragraphs(body):
    paras = [" ".join(p.split()) for p in body.replace("\r\n", "\n").split("\n\n")]
    return [p for p in paras if p]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--share", type=float, default=0.17, help="share of articles to wrap (default 0.17)")
    ap.add_argument("--csv", default=os.path.join(ROOT, "training-data", "articles.csv"))
    ap.add_argument("--out", default=os.path.join(ROOT, "training-data", "pages"))
    args = ap.parse_args()

    with open(args.csv, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r.get("title", "").strip() and r.get("body", "").strip()]
    rows.sort(key=lambda r: r["id"])
    rnd = random.Random(SEED)
    n = max(1, round(len(rows) * args.share))
    chosen = sorted(rnd.sample(rows, n), key=lambda r: r["id"])

    os.makedirs(args.out, exist_ok=True)
    for old in os.listdir(args.out):
        if old.endswith(".txt") or old.endswith(".html"):
            os.remove(os.path.join(args.out, old))
    counts = {}
    for i, row in enumerate(chosen):
        article = {"id": row["id"], "lang": "en", "title": " ".join(row["title"].split()),
                   "paras": paragraphs(row["body"])}
        page = m.Page(rnd, article)
        if i % 2 == 0:
            style = HTML[(i // 2) % len(HTML)]
            content, ext = m.HTML_DESIGNS[style](page), "html"
        else:
            style = TEXT[(i // 2) % len(TEXT)]
            content, ext = m.TEXT_DESIGNS[style][0](page), "txt"
        counts[style] = counts.get(style, 0) + 1
        with open(os.path.join(args.out, f"{row['id']}.{ext}"), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    print(f"wrapped {len(chosen)} of {len(rows)} articles ({len(chosen) / len(rows):.1%}) into {args.out}: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
