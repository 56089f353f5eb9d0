# Sourced by the bench scripts: a PostgreSQL cluster of Debian's postgresql on loopback, kept
# under $BENCH_DATA/pg between runs (started if stopped). Sets PGPORT and PG_URL_BASE.
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
PGDATA="${BENCH_DATA:-/tmp/sujarit-bench}/pg"
PGPORT="${BENCH_PGPORT:-54350}"
if [ ! -d "$PGDATA" ]; then
  mkdir -p "$PGDATA" && chown postgres "$PGDATA"
  su postgres -c "$PGBIN/initdb -D $PGDATA -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
fi
if ! su postgres -c "$PGBIN/pg_ctl -D $PGDATA status" >/dev/null 2>&1; then
  su postgres -c "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/server.log -w start -o '-c listen_addresses=127.0.0.1 \
    -p $PGPORT -k $PGDATA -c max_connections=300 -c shared_buffers=1GB'" >/dev/null
fi
PG_URL_BASE="postgres://postgres@127.0.0.1:$PGPORT"
export PGPORT PG_URL_BASE
