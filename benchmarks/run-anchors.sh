#!/usr/bin/env bash
# Measures newsgauge against its anchors in ONE session on this machine, so that the ratios
# compare like with like (absolute times drift between machines and hours):
#   - newsgauge and OpenNLP DoccatME side by side in one JVM (AnchorComparison): bag of words
#     (the throughput anchor) and with bigrams (the training-time anchor); OPENNLP=bow skips bigrams;
#   - fastText (tutorial settings) and scikit-learn TF-IDF(1,2)+LinearSVC through the anchors'
#     own harness in ../shared/anchors (copied to a temporary folder, since shared/ is read-only).
# Then compare.py prints accuracy, training time, throughput and size as ratios (medians of REPS runs).
#
#   benchmarks/run-anchors.sh                      # every dataset, 3 runs each
#   ONLY=bbc_news,reuters_r8 REPS=2 benchmarks/run-anchors.sh
#
# Needs: Debian packages fasttext, python3-sklearn and time (installed when missing, as root),
# the shared folder beside the repository, and `mvn -B -q install -DskipTests` done once.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
ONLY="${ONLY:-bbc_news,cameo_pentaclass,reuters_r8,reuters_r52,twenty_newsgroups,semeval2016_task6}"
REPS="${REPS:-3}"
OPENNLP="${OPENNLP:-bow,bigrams}"
OUT="${OUT:-$ROOT/benchmarks/target/anchors}"
[ -d "$SHARED/datasets" ] || { echo "SKIPPED: no datasets at $SHARED/datasets"; exit 0; }
if ! command -v fasttext >/dev/null || ! /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fasttext python3-sklearn time >/dev/null
fi
mkdir -p "$OUT"
JAR="${BENCH_JAR:-$HERE/target/benchmarks.jar}"
[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -q -pl library,benchmarks -am package -DskipTests)

if [ "${SKIP_NEWSGAUGE:-0}" != 1 ]; then
echo "== newsgauge and OpenNLP DoccatME (one JVM)"
java -Xmx8g -cp "$JAR" org.newsgauge.bench.AnchorComparison \
  --datasets "$SHARED/datasets" --reps "$REPS" --only "$ONLY" --opennlp "$OPENNLP" | tee "$OUT/newsgauge.txt"
fi

echo "== fastText and scikit-learn (anchors harness)"
WORK="$(mktemp -d)"
cp -r "$SHARED/anchors/." "$WORK/harness"
chmod -R u+w "$WORK/harness"
RAW="$OUT/anchors-raw.jsonl"
rm -f "$RAW"
DATASETS_DIR="$SHARED/datasets" WORK_DIR="$WORK/work" RAW="$RAW" REPS="$REPS" REPS_LARGE="$REPS" \
  ONLY_DATASETS="$ONLY" ONLY_SYSTEMS="fasttext/tutorial,sklearn/tfidf-linearsvc" OPENNLP_VERSIONS="" SMILE_VERSIONS="" \
  /usr/bin/python3 "$WORK/harness/bench.py" | grep -v '^   ' || true
rm -rf "$WORK"

/usr/bin/python3 "$HERE/compare.py" "$OUT/newsgauge.txt" "$RAW" | tee "$OUT/ratios.md"
