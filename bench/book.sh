#!/usr/bin/env bash
# The plan book of a 60-project plan (7 written sections, 12 risks in the register): the PDF's
# time and size (two Chromium renderings), and the latency and gzip weight of the book's pages.
# usage: bench/book.sh → bench/results/book-sqlite.json (SUJARIT_BIN picks the build; release by default)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${BENCH_DATA:-/tmp/sujarit-bench}"
BIN="${SUJARIT_BIN:-$PWD/.build/release/sujarit}"
mkdir -p "$DATA" bench/results
export SUJARIT_DATABASE_PATH="$DATA/book.sqlite"
rm -f "$SUJARIT_DATABASE_PATH" "$SUJARIT_DATABASE_PATH-wal" "$SUJARIT_DATABASE_PATH-shm"
PORT=18700
while (echo >"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
"$BIN" demo --empty --hostname 127.0.0.1 --port "$PORT" >"$DATA/server-book.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
python3 e2e/make_plan.py 60 >"$DATA/plan-60.csv"
"$BIN" import-plan --org 4200401 --period 2566-2570 --file "$DATA/plan-60.csv" >/dev/null
python3 bench/book.py --base "http://127.0.0.1:$PORT" --out bench/results/book-sqlite.json
