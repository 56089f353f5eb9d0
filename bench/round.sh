#!/usr/bin/env bash
# One officer's round on a throw-away SQLite database (demo data, 65-project plan): saving all
# rows in one request, autosave of one row, the PDF, page weights. Runs report_round.py.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product sujarit
BIN="$(swift build -c release --show-bin-path)/sujarit"
source e2e/server.sh
python3 bench/report_round.py "$BASE" "${REPEATS:-20}"
