#!/usr/bin/env bash
# The public face on the national dataset: project search latency (goal p95 < 100 ms), the
# national report entries download (time, size, peak server RSS) and public page weights.
# usage: bench/public.sh sqlite|postgres  → bench/results/public-<db>.json
# Uses the same national template as bench/national.sh (made on first use) and a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:?sqlite or postgres}"
DATA="${BENCH_DATA:-/tmp/sujarit-bench}"
BIN="${SUJARIT_BIN:-$PWD/.build/release/sujarit}"
OUT="bench/results/public-$DB.json"
mkdir -p "$DATA" bench/results
PORT=18500
while (echo >"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
export SUJARIT_OPEN_DATA_DIR="$DATA/open-data-$DB"
rm -rf "$SUJARIT_OPEN_DATA_DIR"

if [ "$DB" = postgres ]; then
  source bench/postgres.sh
  if ! psql "$PG_URL_BASE/sujarit_template?sslmode=disable" -c "SELECT 1 FROM figures_version" >/dev/null 2>&1; then
    createdb -h 127.0.0.1 -p "$PGPORT" -U postgres sujarit_template 2>/dev/null || true
    DATABASE_URL="$PG_URL_BASE/sujarit_template?sslmode=disable" "$BIN" setup >/dev/null
    DATABASE_URL="$PG_URL_BASE/sujarit_template?sslmode=disable" "$BIN" generate >/dev/null
  fi
  dropdb -h 127.0.0.1 -p "$PGPORT" -U postgres --if-exists sujarit_public
  createdb -h 127.0.0.1 -p "$PGPORT" -U postgres -T sujarit_template sujarit_public
  export DATABASE_URL="$PG_URL_BASE/sujarit_public?sslmode=disable"
else
  if [ ! -f "$DATA/template.sqlite" ]; then
    SUJARIT_DATABASE_PATH="$DATA/template.sqlite" "$BIN" setup >/dev/null
    SUJARIT_DATABASE_PATH="$DATA/template.sqlite" "$BIN" generate >/dev/null
  fi
  cp "$DATA/template.sqlite" "$DATA/public.sqlite"
  rm -f "$DATA/public.sqlite-wal" "$DATA/public.sqlite-shm"
  export SUJARIT_DATABASE_PATH="$DATA/public.sqlite"
fi

# The first start after an upgrade migrates (and fills the search index from the approved plans).
"$BIN" demo --empty --hostname 127.0.0.1 --port "$PORT" >"$DATA/server-public-$DB.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
python3 bench/public.py --base "http://127.0.0.1:$PORT" --pid "$SERVER" --db "$DB" --out "$OUT" --phases "${PHASES:-search,pages,download,catalog}"
