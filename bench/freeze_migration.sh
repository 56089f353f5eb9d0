#!/usr/bin/env bash
# Times the migration that freezes every submitted report into a filed copy (CreateReportFilings)
# on the generated national dataset: generates it with the release build (or reuses
# $BENCH_DATA/template.sqlite), takes the migration back out with sqlite3 (its tables and
# columns, and its row in _fluent_migrations), then runs `sujarit migrate --yes` under
# /usr/bin/time and prints the copies' count and sizes. usage: bench/freeze_migration.sh
# Needs: a release build and sqlite3 (Debian package sqlite3).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${SUJARIT_BIN:-$PWD/.build/release/sujarit}"
DATA="${BENCH_DATA:-/tmp/sujarit-bench}"
mkdir -p "$DATA"
if [ ! -f "$DATA/template.sqlite" ]; then
  SUJARIT_DATABASE_PATH="$DATA/template.sqlite" "$BIN" setup >/dev/null
  SUJARIT_DATABASE_PATH="$DATA/template.sqlite" "$BIN" generate >/dev/null
fi
cp "$DATA/template.sqlite" "$DATA/freeze.sqlite"
trap 'rm -f "$DATA/freeze.sqlite"' EXIT
sqlite3 "$DATA/freeze.sqlite" "DROP TABLE report_filings; DROP TABLE report_target_stats; DROP TABLE level_thresholds;
  ALTER TABLE plan_projects DROP COLUMN target_groups; ALTER TABLE report_entries DROP COLUMN in_ordinance;
  DELETE FROM _fluent_migrations WHERE name = 'App.CreateReportFilings';"
SUJARIT_DATABASE_PATH="$DATA/freeze.sqlite" /usr/bin/time -v "$BIN" migrate --yes 2>&1 >/dev/null \
  | grep -E "Elapsed|Maximum resident"
sqlite3 "$DATA/freeze.sqlite" \
  "SELECT 'copies ' || COUNT(*) || ', average ' || CAST(AVG(size_bytes) AS INT) || ' B, largest ' || MAX(size_bytes) || ' B' FROM report_filings;"
