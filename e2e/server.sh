# Sourced by e2e/run.sh and bench/run.sh: starts "$BIN demo --empty" (no demo dataset: the tests
# make their own) on a throw-away SQLite file and a
# free loopback port, waits for /health, loads หนองปรือ's 65-project plan, and stops the server
# (and removes its files) on exit. Sets WORK, PORT and BASE.
WORK="$(mktemp -d /tmp/sujarit-run.XXXXXX)"
export SUJARIT_DATABASE_PATH="$WORK/run.sqlite"
PORT=18080
while (echo >"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
BASE="http://127.0.0.1:$PORT"
"$BIN" demo --empty --hostname 127.0.0.1 --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$BASE/health" >/dev/null || { cat "$WORK/server.log"; exit 1; }
python3 e2e/make_plan.py 65 >"$WORK/plan.csv"
"$BIN" import-plan --org 4200401 --period 2566-2570 --file "$WORK/plan.csv"
