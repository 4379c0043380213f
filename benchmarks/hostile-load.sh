#!/bin/sh
# Load and memory figures of docs/hostile-input.md (issue 6):
#   1. classify a folder of N generated articles with the CLI in a 256 MB heap, streaming CSV
#      results to a file: wall time, documents per second, peak RSS;
#   2. train a pack on a CSV of N generated documents in a 1 GB heap: wall time, peak RSS,
#      and the largest heap left after a garbage collection (from the GC log, WORK/train.gc).
# Usage (from the repository root, after `mvn -B -q install -DskipTests`):
#   benchmarks/hostile-load.sh [N=100000] [WORK=/tmp/newsgauge-load] [STEPS=classify,train]
# (STEPS=train measures only the training; the data are generated once per N and kept in WORK;
# JAR=path measures another build of the CLI.)
# Needs python3, bc and GNU time (/usr/bin/time -v). Articles are the training articles
# (training-data/articles.csv) repeated, each copy with its own number, as .txt files and
# (one in ten) as .html pages.
set -eu
N=${1:-100000}
WORK=${2:-/tmp/newsgauge-load}
STEPS=${3:-classify,train}
JAR=${JAR:-library/target/newsgauge-cli.jar}
[ -f "$JAR" ] || { echo "build first: mvn -B -q install -DskipTests" >&2; exit 2; }
mkdir -p "$WORK"

if [ ! -f "$WORK/docs.$N.done" ]; then
  rm -rf "$WORK/docs" "$WORK/train.csv"
  python3 - "$N" "$WORK" <<'PY'
import csv, os, sys
n, work = int(sys.argv[1]), sys.argv[2]
rows = list(csv.DictReader(open("training-data/articles.csv", encoding="utf-8")))
docs = os.path.join(work, "docs")
with open(os.path.join(work, "train.csv"), "w", encoding="utf-8", newline="") as t:
    w = csv.writer(t)
    w.writerow(["id", "title", "body", "topic", "stance", "tension"])
    for i in range(n):
        r = rows[i % len(rows)]
        sub = os.path.join(docs, "%03d" % (i // 1000))
        if i % 1000 == 0:
            os.makedirs(sub, exist_ok=True)
        body = r["body"] + "\n\n(copy %d)" % i
        if i % 10 == 0:
            paras = "".join("<p>%s</p>" % p for p in body.split("\n\n"))
            page = ("<html><head><title>%s</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                    "<article><h1>%s</h1>%s</article><footer>(c) Example News</footer></body></html>") % (r["title"], r["title"], paras)
            open(os.path.join(sub, "a%06d.html" % i), "w", encoding="utf-8").write(page)
        else:
            open(os.path.join(sub, "a%06d.txt" % i), "w", encoding="utf-8").write(r["title"] + "\n\n" + body)
        w.writerow(["d%d" % i, r["title"], body, r["topic"], r["stance"], r["tension"]])
PY
  touch "$WORK/docs.$N.done"
fi
echo "$N documents, $(du -sh "$WORK/docs" | cut -f1) in $WORK/docs; training CSV $(du -sh "$WORK/train.csv" | cut -f1)"

measure() { # label, then the java options and arguments; peak RSS from GNU time, heap from the GC log
  label=$1; shift
  /usr/bin/time -v java -Xlog:gc:file="$WORK/$label.gc" "$@" > "$WORK/$label.out" 2> "$WORK/$label.time" \
      || { tail -20 "$WORK/$label.time"; exit 1; }
  wall=$(grep 'Elapsed (wall clock)' "$WORK/$label.time" | sed 's/.*: //')
  cpu=$(grep -E '(User|System) time' "$WORK/$label.time" | sed 's/.*: //' | paste -sd+ | bc)
  rss=$(grep 'Maximum resident set size' "$WORK/$label.time" | sed 's/.*: //')
  live=$(grep -o -- '->[0-9]*M' "$WORK/$label.gc" | tr -dc '0-9\n' | sort -n | tail -1)
  echo "$label: wall $wall, CPU ${cpu} s, peak RSS $((rss / 1024)) MB, largest heap after a GC ${live:-?} MB"
}

case ",$STEPS," in *,classify,*)
measure classify -Xmx256m -jar "$JAR" classify --format csv --output "$WORK/results.csv" "$WORK/docs"
echo "  $(($(wc -l < "$WORK/results.csv") - 1)) result rows, $(grep -c 'warning' "$WORK/classify.time" || true) warnings"
;; esac

case ",$STEPS," in *,train,*)
measure train -Xmx1g -jar "$JAR" train --data "$WORK/train.csv" --text-column title --text-column body \
    --label-column topic --label-column stance --ordinal tension=low,elevated,high,critical \
    --output "$WORK/load.ngpack"
;; esac
