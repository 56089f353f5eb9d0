#!/usr/bin/env bash
# National-scale benchmark on one database: prepares the generated national dataset once (kept
# as a template under $BENCH_DATA), copies it, starts the release server on loopback and runs
# bench/national.py. usage: bench/national.sh sqlite|postgres  → bench/results/<db>.json
# Needs a release build (bench/run.sh makes it) and, for postgres, Debian's postgresql.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:?sqlite or postgres}"
DATA="${BENCH_DATA:-/tmp/sujarit-bench}"
# SUJARIT_BIN measures another build (give it its own BENCH_DATA: templates are per build);
# BENCH_OUT names the result file (default: the database's name).
BIN="${SUJARIT_BIN:-$PWD/.build/release/sujarit}"
OUT="bench/results/${BENCH_OUT:-$DB}.json"
PASSWORD="bench-password-2569"
mkdir -p "$DATA" bench/results
# Accounts are hashed at cost 4 so that hundreds of logins do not drown the surge (the
# production default, 12, costs ~0.25 s of CPU per login; it is a deliberate brake).
export SUJARIT_BCRYPT_COST=4 SUJARIT_TRUST_PROXY=1
PORT=18400
while (echo >"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done

if [ "$DB" = postgres ]; then
  source bench/postgres.sh
  if ! psql "$PG_URL_BASE/sujarit_template?sslmode=disable" -c "SELECT 1 FROM figures_version" >/dev/null 2>&1; then
    createdb -h 127.0.0.1 -p "$PGPORT" -U postgres sujarit_template 2>/dev/null || true
    DATABASE_URL="$PG_URL_BASE/sujarit_template?sslmode=disable" "$BIN" setup >/dev/null
    DATABASE_URL="$PG_URL_BASE/sujarit_template?sslmode=disable" /usr/bin/time -v "$BIN" generate --accounts "$PASSWORD" \
      2> >(grep -E "Maximum resident|Elapsed" >&2)
  fi
  dropdb -h 127.0.0.1 -p "$PGPORT" -U postgres --if-exists sujarit_work
  createdb -h 127.0.0.1 -p "$PGPORT" -U postgres -T sujarit_template sujarit_work
  export DATABASE_URL="$PG_URL_BASE/sujarit_work?sslmode=disable"
  DSN="$DATABASE_URL"
else
  if [ ! -f "$DATA/template.sqlite" ]; then
    SUJARIT_DATABASE_PATH="$DATA/template.sqlite" "$BIN" setup >/dev/null
    SUJARIT_DATABASE_PATH="$DATA/template.sqlite" /usr/bin/time -v "$BIN" generate --accounts "$PASSWORD" \
      2> >(grep -E "Maximum resident|Elapsed" >&2)
  fi
  cp "$DATA/template.sqlite" "$DATA/work.sqlite"
  rm -f "$DATA/work.sqlite-wal" "$DATA/work.sqlite-shm"
  export SUJARIT_DATABASE_PATH="$DATA/work.sqlite"
  DSN="$SUJARIT_DATABASE_PATH"
fi

"$BIN" demo --empty --hostname 127.0.0.1 --port "$PORT" >"$DATA/server-$DB.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
python3 bench/national.py --base "http://127.0.0.1:$PORT" --pid "$SERVER" --db "$DB" --dsn "$DSN" \
  --out "$OUT" --levels "${LEVELS:-50,200,500}" --seconds "${SECONDS_PER_LEVEL:-20}"
