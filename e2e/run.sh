#!/usr/bin/env bash
# Real-browser tests: starts the built server on a throw-away SQLite database, loads a
# 65-project plan with the CLI, then drives headless Chromium through a whole reporting
# round (admin opens it, the officer fills and sends it, the executive confirms it).
# Needs: chromium, chromium-driver (Debian) and the Python package selenium.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$(swift build --show-bin-path)/sujarit"
[ -x "$BIN" ] || swift build --product sujarit
WORK="$(mktemp -d /tmp/sujarit-e2e.XXXXXX)"
export SUJARIT_DATABASE_PATH="$WORK/e2e.sqlite"
PORT=18080
while (echo >"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done

"$BIN" demo --hostname 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/health" >/dev/null || { cat "$WORK/server.log"; exit 1; }

python3 e2e/make_plan.py 65 >"$WORK/plan.csv"
"$BIN" import-plan --org 4200401 --period 2566-2570 --file "$WORK/plan.csv"

SE_AVOID_STATS=true python3 e2e/report_round_test.py "http://127.0.0.1:$PORT" "${E2E_SCREENSHOTS:-$WORK/screenshots}"
