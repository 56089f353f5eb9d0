#!/usr/bin/env bash
# The user guide's screenshots, from the real screens: starts the built server with the demo
# dataset (`demo`, not `--empty`) on a throw-away SQLite file and a free loopback port, reads
# the list the guide's sections name (`sujarit guide-shots`), and runs e2e/guide.py, which signs
# in as each demo account, opens every documented page, checks it answers 200 and shows the
# element the guide refers to, and saves a PNG.
#   e2e/guide.sh            regenerate Sources/App/Resources/Public/static/guide/*.png (commit them)
#   e2e/guide.sh --check    the same into a temporary directory: fails if a documented screen
#                           disappeared (404/500 or a missing element); e2e/run.sh runs this
# SUJARIT_BIN=path/to/sujarit uses that binary instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
e2e/deps.sh --check browser || exit 1
BIN="${SUJARIT_BIN:-$(swift build --show-bin-path)/sujarit}"
[ -x "$BIN" ] || swift build --product sujarit
GUIDE_WORK="$(mktemp -d /tmp/sujarit-guide.XXXXXX)"
OUT="Sources/App/Resources/Public/static/guide"
[ "${1:-}" = "--check" ] && OUT="$GUIDE_WORK/shots"
GUIDE_PORT=18180
while (echo >"/dev/tcp/127.0.0.1/$GUIDE_PORT") 2>/dev/null; do GUIDE_PORT=$((GUIDE_PORT + 1)); done
GUIDE_BASE="http://127.0.0.1:$GUIDE_PORT"
SUJARIT_DATABASE_PATH="$GUIDE_WORK/guide.sqlite" "$BIN" demo --hostname 127.0.0.1 --port "$GUIDE_PORT" \
  >"$GUIDE_WORK/server.log" 2>&1 &
GUIDE_SERVER=$!
trap 'kill $GUIDE_SERVER 2>/dev/null || true; rm -rf "$GUIDE_WORK"' EXIT
for _ in $(seq 1 240); do
  curl -fs "$GUIDE_BASE/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$GUIDE_BASE/health" >/dev/null || { cat "$GUIDE_WORK/server.log"; exit 1; }
SUJARIT_DATABASE_PATH="$GUIDE_WORK/list.sqlite" "$BIN" guide-shots >"$GUIDE_WORK/shots.json"
SE_AVOID_STATS=true python3 e2e/guide.py --base "$GUIDE_BASE" --shots "$GUIDE_WORK/shots.json" --out "$OUT"
[ "${1:-}" = "--check" ] || du -ch "$OUT"/*.png | tail -1
