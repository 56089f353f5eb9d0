#!/usr/bin/env bash
# PACC programme pages on a generated programme year (5,000 cases over the 7,849 LAOs,
# 12,000 trainees, 159 agencies): latency and gzip weight of the indicators dashboard, case
# list, year-end report, CSV and sessions, as กปก. and as ปปท. เขต 2.
# usage: bench/pacc.sh → bench/results/pacc-sqlite.json (SUJARIT_BIN picks the build; release by default)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${BENCH_DATA:-/tmp/sujarit-bench}"
BIN="${SUJARIT_BIN:-$PWD/.build/release/sujarit}"
YEAR="${YEAR:-2570}"
mkdir -p "$DATA" bench/results
export SUJARIT_DATABASE_PATH="$DATA/pacc.sqlite"
rm -f "$SUJARIT_DATABASE_PATH" "$SUJARIT_DATABASE_PATH-wal" "$SUJARIT_DATABASE_PATH-shm"
"$BIN" setup >/dev/null
python3 bench/pacc.py fill --db "$SUJARIT_DATABASE_PATH" --year "$YEAR" --cases "${CASES:-5000}" \
  --trainees "${TRAINEES:-12000}" --offices "$(python3 -c '
import re, json
text = open("Sources/Domain/Pacc/PaccOffice.swift").read()
table = {}
for office, codes in re.findall(r"(\d): \[([^\]]*)\]", text):
    for code in re.findall(r"\"(\d\d)\"", codes): table[code] = int(office)
print(json.dumps(table))')"
PORT=18600
while (echo >"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
"$BIN" demo --empty --hostname 127.0.0.1 --port "$PORT" >"$DATA/server-pacc.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
python3 bench/pacc.py measure --base "http://127.0.0.1:$PORT" --year "$YEAR" --out bench/results/pacc-sqlite.json
