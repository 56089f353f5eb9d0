#!/usr/bin/env bash
# Real-browser tests: starts the built server on a throw-away SQLite database, loads a
# 65-project plan with the CLI, then drives headless Chromium through a whole reporting
# round (admin opens it, the officer fills and sends it, the executive confirms it).
# Needs: chromium, chromium-driver (Debian) and the Python package selenium.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$(swift build --show-bin-path)/sujarit"
[ -x "$BIN" ] || swift build --product sujarit
source e2e/server.sh
SE_AVOID_STATS=true python3 e2e/report_round_test.py "$BASE" "${E2E_SCREENSHOTS:-$WORK/screenshots}"
