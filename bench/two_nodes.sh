#!/usr/bin/env bash
# Two app nodes on loopback sharing one PostgreSQL behind Debian's nginx (round-robin): checks
# that a session made on one node is honoured by the other, then runs the deadline surge and
# the /health baseline through nginx. Uses the national dataset of bench/national.sh postgres.
# usage: bench/two_nodes.sh  → bench/results/two-nodes.json
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${BENCH_DATA:-/tmp/sujarit-bench}"
BIN="$PWD/.build/release/sujarit"
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; }
source bench/postgres.sh
dropdb -h 127.0.0.1 -p "$PGPORT" -U postgres --if-exists sujarit_work
createdb -h 127.0.0.1 -p "$PGPORT" -U postgres -T sujarit_template sujarit_work
export DATABASE_URL="$PG_URL_BASE/sujarit_work?sslmode=disable" SUJARIT_BCRYPT_COST=4 SUJARIT_TRUST_PROXY=1
"$BIN" demo --empty --hostname 127.0.0.1 --port 18501 >"$DATA/node1.log" 2>&1 &
NODE1=$!
for _ in $(seq 1 240); do curl -fs http://127.0.0.1:18501/health >/dev/null 2>&1 && break; sleep 0.5; done
"$BIN" serve --hostname 127.0.0.1 --port 18502 >"$DATA/node2.log" 2>&1 &
NODE2=$!
cat >"$DATA/nginx.conf" <<CONF
worker_processes 1;
pid $DATA/nginx.pid;
error_log $DATA/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  upstream sujarit { server 127.0.0.1:18501; server 127.0.0.1:18502; keepalive 128; }
  server {
    listen 127.0.0.1:18500;
    location / {
      proxy_pass http://sujarit;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      # The load generator stands for many offices and names each in X-Forwarded-For; a
      # production proxy sends \$remote_addr here (the nodes believe the last entry).
      proxy_set_header X-Forwarded-For \$http_x_forwarded_for;
    }
  }
}
CONF
nginx -c "$DATA/nginx.conf"
trap 'kill $NODE1 $NODE2 2>/dev/null || true; nginx -c "$DATA/nginx.conf" -s stop 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -fs http://127.0.0.1:18502/health >/dev/null 2>&1 && break; sleep 0.5; done
python3 bench/two_nodes.py --proxy http://127.0.0.1:18500 --nodes http://127.0.0.1:18501,http://127.0.0.1:18502 \
  --pids "$NODE1,$NODE2" --dsn "$DATABASE_URL" --out bench/results/two-nodes.json --sessions "${SESSIONS:-200}" \
  --seconds "${SECONDS_PER_LEVEL:-20}"
