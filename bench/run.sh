#!/usr/bin/env bash
# Every benchmark in one command: release build, the national dataset on SQLite and on
# PostgreSQL (generated once, kept under $BENCH_DATA), the measurements of bench/national.py on
# each, two nodes behind nginx, then bench/RESULTS.md. Takes ~25 minutes the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release
bench/national.sh sqlite
bench/national.sh postgres
bench/two_nodes.sh
python3 bench/report.py >/dev/null
echo "bench/RESULTS.md written"
