#!/usr/bin/env bash
# Filing and following up corruption complaints (bench/complaints.py) against `sujarit demo
# --empty` on a throw-away SQLite file; prints a Markdown table for bench/RESULTS.md.
# usage: bench/complaints.sh [N]   (SUJARIT_BIN=.build/debug/sujarit for a debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${SUJARIT_BIN:-$PWD/.build/release/sujarit}"
WORK="$(mktemp -d /tmp/sujarit-complaints.XXXXXX)"
PORT=18190
while (echo >"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
SUJARIT_DATABASE_PATH="$WORK/bench.sqlite" SUJARIT_TRUST_PROXY=1 \
  "$BIN" demo --empty --hostname 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
python3 bench/complaints.py "http://127.0.0.1:$PORT" "${1:-200}"
echo "peak RSS: $(grep VmHWM /proc/$SERVER/status | awk '{print $2 / 1024 " MB"}')"
