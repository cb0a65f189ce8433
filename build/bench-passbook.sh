#!/usr/bin/env bash
# Passbook speed benchmark (not a test): stamps recorded through the API (partner key,
# Idempotency-Key, outbox row) at 32 concurrent clients, beside pgbench doing the same inserts in
# copies of the same tables; and the history of a learner with 1,000 stamps.
# Targets: ≥ 1,000 stamps/s with p99 < 50 ms; history of 1,000 stamps < 20 ms.
#   build/bench-passbook.sh [--stamps N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/build/lib/bench-host.sh"
dotnet "$root/.data/bench-tool/Manabi.Bench.dll" --api "$api_url" --db "$MANABI_PG_CONNECTION" --token "$token" --mode passbook "$@" | tee "$data_dir/api-result.txt"

# The same inserts straight into PostgreSQL: a stamp, its outbox row and an idempotency record per
# transaction, into copies of the tables (same indexes) so the running API does not see them.
psql=("$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d manabi_bench -qX)
"${psql[@]}" <<'SQL'
DROP SCHEMA IF EXISTS bench_copy CASCADE;
CREATE SCHEMA bench_copy;
CREATE TABLE bench_copy.stamps (LIKE passbook.stamps INCLUDING ALL);
CREATE TABLE bench_copy.outbox_messages (LIKE passbook.outbox_messages INCLUDING ALL);
CREATE TABLE bench_copy.idempotency_records (LIKE platform.idempotency_records INCLUDING ALL);
SQL
cat >"$data_dir/stamp.sql" <<'SQL'
BEGIN;
INSERT INTO bench_copy.stamps (id, learner_id, session_id, opportunity_id, provider_id, credits, method, recorded_by, recorded_at)
  VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 1, 'Attendance', 'bench', now());
INSERT INTO bench_copy.outbox_messages (id, event_type, payload, occurred_at, attempts, next_attempt_at)
  VALUES (gen_random_uuid(), 'bench', '{"stampId":"00000000-0000-0000-0000-000000000000"}', now(), 0, now());
INSERT INTO bench_copy.idempotency_records (scope, key, request_hash, status_code, body, created_at)
  VALUES ('partner:bench', gen_random_uuid()::text, '\x00', 201, '\x00', now());
COMMIT;
SQL
echo "pgbench, same inserts, 32 clients, 15 s:"
"$PG_BIN/pgbench" -h 127.0.0.1 -p "$port" -U postgres -n -c 32 -j 2 -T 15 -f "$data_dir/stamp.sql" manabi_bench | grep -E "^(tps|latency)" | tee "$data_dir/pgbench-result.txt"
api_rate=$(sed -nE 's/^stamps via API.*: ([0-9,]+) stamps\/s.*/\1/p' "$data_dir/api-result.txt" | tr -d ,)
pg_rate=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' "$data_dir/pgbench-result.txt")
awk -v a="$api_rate" -v p="$pg_rate" 'BEGIN { printf "API / pgbench throughput: %.2f\n", a / p }'
