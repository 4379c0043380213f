#!/usr/bin/env bash
# Renders an HTML report of the classify goal in headless Chromium: checks that its script ran
# (the "N of N documents" counter is filled in) and takes two screenshots, as is and with every
# row opened (report.html#expand). Needs Debian's `chromium` package; not part of `mvn verify`.
#
#   maven-plugin/src/it/render-report.sh [REPORT.html] [OUT_DIR]
#
# Default report: the one the classify-mixed integration test writes
# (run `mvn -pl maven-plugin verify` first).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
report="${1:-$here/../../target/it/classify-mixed/target/newsgauge/results.html}"
out="${2:-$here/../../target}"
if ! command -v chromium >/dev/null; then
  echo "chromium is not installed (apt-get install -y chromium); nothing rendered" >&2
  exit 2
fi
[ -f "$report" ] || { echo "no report at $report" >&2; exit 1; }
report="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
       --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars)

dom="$(chromium "${flags[@]}" --virtual-time-budget=2000 --dump-dom "file://$report" 2>/dev/null)"
if ! grep -Eq 'id="shown">([0-9]+) of \1 documents<' <<<"$dom"; then
  echo "the report's script did not run: no 'N of N documents' counter in the rendered page" >&2
  exit 1
fi
chromium "${flags[@]}" --screenshot="$out/report.png" --window-size=1280,900 "file://$report" 2>/dev/null
chromium "${flags[@]}" --screenshot="$out/report-expanded.png" --window-size=1280,1400 "file://$report#expand" 2>/dev/null
echo "rendered: $(grep -Eo '[0-9]+ of [0-9]+ documents' <<<"$dom" | head -1); screenshots $out/report.png, $out/report-expanded.png"
