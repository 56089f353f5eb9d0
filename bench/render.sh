#!/usr/bin/env bash
# Render cost of the main pages (bench/render.py) for this build, and for another build when
# OTHER_BIN names its binary (e.g. the commit before a change to the HTML layer), each on its
# own throw-away demo database → bench/results/render.json.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product sujarit
REPEATS="${REPEATS:-40}"
out=()
measure() {
  BIN="$1"
  (
    source e2e/server.sh >&2
    python3 bench/render.py "$BASE" "$SERVER" "$REPEATS" "$2"
  )
}
results="bench/results/render.json"
{
  echo "["
  if [ -n "${OTHER_BIN:-}" ]; then measure "$OTHER_BIN" "${OTHER_LABEL:-other}"; echo ","; fi
  measure "$(swift build -c release --show-bin-path)/sujarit" "${LABEL:-this build}"
  echo "]"
} >"$results"
python3 -c "import json,sys; [print(r['label'], p['path'][:60], p['p50_ms'], p['p95_ms'], p['server_cpu_ms'], p['bytes']) for r in json.load(open('$results')) for p in r['pages']]"
