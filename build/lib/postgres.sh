#!/usr/bin/env bash
# Local PostgreSQL helper shared by run.sh and test.sh: installs PostgreSQL with apt when it is
# missing and starts a private cluster (own data folder, own port, loopback only, C.UTF-8 locale so
# Japanese trigram search works). Source it, then call pg_start DATA_DIR PORT.
set -euo pipefail

PG_USER_NAME="${PG_USER_NAME:-manabi}"
PG_PASSWORD="${PG_PASSWORD:-manabi-local}"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else
    echo "error: PostgreSQL is not installed and this user is neither root nor has sudo." >&2
    echo "       Install it once with: apt-get install postgresql (15 or newer), then run again." >&2
    exit 1
  fi
}

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

pg_ensure_installed() {
  if [ -z "$(pg_bin_dir)" ]; then
    echo "==> PostgreSQL not found; installing it with apt-get"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
  fi
  PG_BIN=$(pg_bin_dir)
  if [ -z "$PG_BIN" ]; then echo "error: PostgreSQL installation failed" >&2; exit 1; fi
}

# pg_client_dir: where the newest pg_dump, pg_restore and psql are (a newer pg_dump reads an older
# server; an older one refuses a newer), installing the client with apt when there is none.
pg_client_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | while read -r d; do [ -x "$d/pg_dump" ] && echo "$d"; done | tail -n 1 || true)
  if [ -z "$dir" ] && command -v pg_dump >/dev/null 2>&1; then dir="$(dirname "$(command -v pg_dump)")"; fi
  if [ -z "$dir" ]; then
    as_root apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null
    dir="$(dirname "$(command -v pg_dump)")"
  fi
  echo "$dir"
}

# Runs a PostgreSQL binary as the cluster owner: initdb refuses to run as root.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start DATA_DIR PORT: creates the cluster on first use, starts it if it is not running, and
# makes sure the application role and database exist. Exports MANABI_PG_CONNECTION.
pg_start() {
  local data_dir="$1" port="$2" db="${3:-manabi}"
  pg_ensure_installed
  mkdir -p "$data_dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home "$data_dir" postgres
    chown postgres "$data_dir"
  fi
  local pgdata="$data_dir/pgdata"
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    echo "==> Creating PostgreSQL cluster in $pgdata"
    pg_as_owner "$PG_BIN/initdb" -D "$pgdata" --locale=C.UTF-8 --encoding=UTF8 \
      --auth-local=trust --auth-host=trust -U postgres >/dev/null
    cat >>"$pgdata/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data_dir'
max_connections = 200
shared_buffers = 256MB
fsync = ${PG_FSYNC:-on}
CONF
  fi
  if ! pg_as_owner "$PG_BIN/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$pgdata" -l "$data_dir/postgres.log" -w -t 60 start >/dev/null
  fi
  local psql=("$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qtA)
  if [ "$("${psql[@]}" -d postgres -c "select 1 from pg_roles where rolname='$PG_USER_NAME'")" != "1" ]; then
    "${psql[@]}" -d postgres -c "create role $PG_USER_NAME login password '$PG_PASSWORD' createdb" >/dev/null
  fi
  if [ "$("${psql[@]}" -d postgres -c "select 1 from pg_database where datname='$db'")" != "1" ]; then
    "${psql[@]}" -d postgres -c "create database $db owner $PG_USER_NAME" >/dev/null
  fi
  # Extensions need a superuser; the application role then only uses them.
  "${psql[@]}" -d "$db" -c "create extension if not exists pg_trgm" >/dev/null
  export MANABI_PG_CONNECTION="Host=127.0.0.1;Port=$port;Database=$db;Username=$PG_USER_NAME;Password=$PG_PASSWORD"
}

# pg_stop DATA_DIR
pg_stop() {
  local pgdata="$1/pgdata"
  [ -f "$pgdata/PG_VERSION" ] || return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true
}
