#!/usr/bin/env bash
# Round benchmarks on a throw-away SQLite database: builds the server in release mode, loads
# the demo accounts and a 65-project plan, then runs report_round.py (REPEATS saves).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product sujarit
BIN="$(swift build -c release --show-bin-path)/sujarit"
source e2e/server.sh
python3 bench/report_round.py "$BASE" "${REPEATS:-20}"
