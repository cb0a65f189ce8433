#!/usr/bin/env bash
# Restores a backup made by build/backup.sh into an empty database, all or nothing (one transaction).
#   createdb -T template0 -E UTF8 --locale=C.UTF-8 -O manabi manabi_restored   # as a role that may
#   build/restore.sh --db "host=… dbname=manabi_restored user=manabi" FILE
# Refuses a database that already holds Manabi's schemas: restore beside the damaged one, check it,
# then point ConnectionStrings:Manabi at it and restart the replicas (their in-memory catalog and
# caches are read again at start).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/build/lib/postgres.sh"

db="${MANABI_RESTORE_DB:-}"
file=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    -*) echo "usage: build/restore.sh --db CONNECTION FILE" >&2; exit 2 ;;
    *) file="$1"; shift ;;
  esac
done
[ -n "$db" ] && [ -n "$file" ] || { echo "usage: build/restore.sh --db CONNECTION FILE" >&2; exit 2; }
[ -f "$file" ] || { echo "restore.sh: no such backup: $file" >&2; exit 2; }

bin="$(pg_client_dir)"
existing=$("$bin/psql" --dbname="$db" -qtAX -v ON_ERROR_STOP=1 -c \
  "SELECT count(*) FROM pg_namespace WHERE nspname IN ('catalog', 'passbook', 'talent', 'school_community', 'indicators', 'platform')")
if [ "$existing" != "0" ]; then
  echo "restore.sh: the database already holds Manabi's schemas; restore into an empty database" >&2
  exit 1
fi
"$bin/pg_restore" --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$db" "$file"
# Fresh statistics, so the first queries after the switch are planned as before.
"$bin/psql" --dbname="$db" -qtAX -v ON_ERROR_STOP=1 -c "ANALYZE" >/dev/null
echo "restored $file"
