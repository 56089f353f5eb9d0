#!/usr/bin/env bash
# Round benchmarks on a throw-away SQLite database (or DATABASE_URL): builds the server in
# release mode, loads the demo accounts and a 65-project plan, then runs report_round.py.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product sujarit
BIN="$(swift build -c release --show-bin-path)/sujarit"
WORK="$(mktemp -d /tmp/sujarit-bench.XXXXXX)"
export SUJARIT_DATABASE_PATH="$WORK/bench.sqlite"
PORT=18180
while (echo >"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
"$BIN" demo --hostname 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
python3 e2e/make_plan.py 65 >"$WORK/plan.csv"
"$BIN" import-plan --org 4200401 --period 2566-2570 --file "$WORK/plan.csv"
python3 bench/report_round.py "http://127.0.0.1:$PORT" "${REPEATS:-20}"
