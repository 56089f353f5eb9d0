#!/usr/bin/env bash
# Real-browser tests (pytest + Selenium, headless Chromium): starts the built server on a
# throw-away SQLite database, loads a 65-project plan with the CLI (e2e/server.sh), then runs
# every e2e/test_*.py against it: the whole journey of a new organization (test_journey.py) and
# a 65-row reporting round (test_report_round.py), and first checks every screen the user guide
# documents (e2e/guide.sh --check, on its own demo server). Failures leave a screenshot and the page
# text of every open browser in $E2E_SCREENSHOTS (default e2e/screenshots).
# Needs: chromium, chromium-driver, fonts-thai-tlwg, poppler-utils, curl (Debian) and the Python
# packages selenium and pytest: e2e/deps.sh installs them (it is asked first, and names what is
# missing).
# SUJARIT_BIN=path/to/sujarit uses that binary instead of building one; extra arguments go to
# pytest (e.g. e2e/run.sh -k journey).
set -euo pipefail
cd "$(dirname "$0")/.."
e2e/deps.sh --check browser || exit 1
BIN="${SUJARIT_BIN:-$(swift build --show-bin-path)/sujarit}"
[ -x "$BIN" ] || swift build --product sujarit
source e2e/server.sh
export E2E_BASE="$BASE" E2E_SERVER_LOG="$WORK/server.log" SE_AVOID_STATS=true
# The user guide's documented screens must all still be there (404/500 or a missing element fails).
SUJARIT_BIN="$BIN" e2e/guide.sh --check
python3 -m pytest -q e2e "$@"
