#!/usr/bin/env bash
# Times `sujarit import-ita` for every organization of the generated national dataset
# (~7,900): generates the dataset with the release build (or reuses $BENCH_DATA/template.sqlite,
# as bench/freeze_migration.sh does), writes a results CSV for all its organizations with
# sqlite3 (scores from the code, so runs are repeatable), then imports it twice under
# /usr/bin/time (first insert, then the same file again as updates).
# usage: bench/ita_import.sh   (SUJARIT_BIN=.build/debug/sujarit for a debug build)
# Needs: a build of sujarit and sqlite3 (Debian package sqlite3).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${SUJARIT_BIN:-$PWD/.build/release/sujarit}"
DATA="${BENCH_DATA:-/tmp/sujarit-bench}"
mkdir -p "$DATA"
if [ ! -f "$DATA/template.sqlite" ]; then
  SUJARIT_DATABASE_PATH="$DATA/template.sqlite" "$BIN" setup >/dev/null
  SUJARIT_DATABASE_PATH="$DATA/template.sqlite" "$BIN" generate >/dev/null
fi
cp "$DATA/template.sqlite" "$DATA/ita.sqlite"
trap 'rm -f "$DATA/ita.sqlite" "$DATA/ita.csv"' EXIT
{
  echo "code,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10,iit_respondents,eit_respondents"
  sqlite3 -csv "$DATA/ita.sqlite" "
    SELECT code,
      printf('%.2f', 50 + (CAST(code AS INTEGER) * 7 % 5000) / 100.0),
      printf('%.2f', 50 + (CAST(code AS INTEGER) * 11 % 5000) / 100.0),
      printf('%.2f', 50 + (CAST(code AS INTEGER) * 13 % 5000) / 100.0),
      printf('%.2f', 50 + (CAST(code AS INTEGER) * 17 % 5000) / 100.0),
      printf('%.2f', 50 + (CAST(code AS INTEGER) * 19 % 5000) / 100.0),
      printf('%.2f', 50 + (CAST(code AS INTEGER) * 23 % 5000) / 100.0),
      printf('%.2f', 50 + (CAST(code AS INTEGER) * 29 % 5000) / 100.0),
      printf('%.2f', 50 + (CAST(code AS INTEGER) * 31 % 5000) / 100.0),
      printf('%.2f', 50 + (CAST(code AS INTEGER) * 37 % 5000) / 100.0),
      printf('%.2f', 50 + (CAST(code AS INTEGER) * 41 % 5000) / 100.0),
      CAST(code AS INTEGER) % 400, CAST(code AS INTEGER) % 300
    FROM organizations ORDER BY code;"
} >"$DATA/ita.csv"
echo "rows: $(($(wc -l <"$DATA/ita.csv") - 1))"
for pass in insert update; do
  echo "$pass:"
  SUJARIT_DATABASE_PATH="$DATA/ita.sqlite" /usr/bin/time -v "$BIN" import-ita --fiscal-year 2565 --file "$DATA/ita.csv" \
    2>&1 | grep -E "นำเข้าผล|Elapsed|Maximum resident"
done
sqlite3 "$DATA/ita.sqlite" "SELECT 'results ' || COUNT(*) || ', mean total ' || ROUND(AVG(total_hundredths) / 100.0, 2) FROM ita_results;"
