#!/usr/bin/env bash
# Backs up Manabi's database: one consistent snapshot of every module's schema (data, migration
# history, outbox and inbox, the catalog feed's change numbers) in pg_dump's custom format:
# compressed, checked by reading it back, restorable with build/restore.sh.
#   build/backup.sh --db "host=… port=5432 dbname=manabi user=manabi" [--out FILE]
# --db takes a libpq connection string or URI (postgresql://manabi@host/manabi); the password from
# PGPASSWORD or ~/.pgpass. FILE defaults to backups/manabi-<UTC time>.dump. Prints the file written.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/build/lib/postgres.sh"

db="${MANABI_BACKUP_DB:-}"
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: build/backup.sh --db CONNECTION [--out FILE]" >&2; exit 2 ;;
  esac
done
[ -n "$db" ] || { echo "backup.sh: --db is required (a libpq connection string or URI)" >&2; exit 2; }
[ -n "$out" ] || out="$root/backups/manabi-$(date -u +%Y%m%dT%H%M%SZ).dump"

bin="$(pg_client_dir)"
mkdir -p "$(dirname "$out")"
# Written beside the target and renamed when it reads back whole: a half-written file never looks like a backup.
"$bin/pg_dump" --format=custom --compress=6 --no-owner --no-privileges --file="$out.partial" --dbname="$db"
"$bin/pg_restore" --list "$out.partial" >/dev/null
mv "$out.partial" "$out"
echo "$out"
