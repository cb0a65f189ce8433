#!/usr/bin/env bash
# Memory and readiness benchmark (not a test): the API's resident memory and its time from start to
# /health/ready = 200, with the demo data and with the catalog benchmark's 100,000 opportunities,
# under .NET's server GC (the ASP.NET default before) and under the settings the host now ships with
# (workstation GC, GCConserveMemory=5), each beside the other in one run. At 100,000 opportunities
# it also runs the catalog benchmark's searches under both, so their p95 can be compared.
# Targets: < 150 MB idle with demo data, < 350 MB at 100,000, ready < 3 s with demo data.
#   build/bench-footprint.sh [--opportunities 100000] [--searches 20000]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
opportunities=100000 searches=20000
while [ $# -gt 0 ]; do
  case "$1" in
    --opportunities) opportunities="$2"; shift 2 ;;
    --searches) searches="$2"; shift 2 ;;
    *) echo "usage: build/bench-footprint.sh [--opportunities N] [--searches N]" >&2; exit 2 ;;
  esac
done
source "$root/build/lib/bench-host.sh"
psql_bench() { "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qtAX "$@"; }
rss_mb() { awk '/VmRSS/{printf "%d", $2/1024}' "/proc/$api_pid/status"; }
# The two GC settings compared; the second is what the host's runtimeconfig says.
use_gc() {
  case "$1" in
    server) export DOTNET_gcServer=1 DOTNET_GCConserveMemory=0 ;;
    shipped) unset DOTNET_gcServer DOTNET_GCConserveMemory ;;
  esac
}
report=()

# 1. The demo data, in a database of its own: seeded once, then each setting starts on it afresh.
psql_bench -c "DROP DATABASE IF EXISTS manabi_demo" -c "CREATE DATABASE manabi_demo OWNER manabi"
psql_bench -d manabi_demo -c "CREATE EXTENSION pg_trgm"
bench_connection="$ConnectionStrings__Manabi"
export ConnectionStrings__Manabi="${MANABI_PG_CONNECTION/Database=manabi_bench/Database=manabi_demo}"
api_stop
Demo__SeedOnStartup=true api_start
for _ in $(seq 1 600); do
  done_seeding=$(psql_bench -d manabi_demo -c "SELECT (SELECT count(*) FROM catalog.learning_opportunities) >= 200
    AND (SELECT count(*) FROM passbook.learners) >= 200
    AND NOT EXISTS (SELECT 1 FROM catalog.outbox_messages WHERE processed_at IS NULL)
    AND NOT EXISTS (SELECT 1 FROM passbook.outbox_messages WHERE processed_at IS NULL)" 2>/dev/null || echo f)
  [ "$done_seeding" = t ] && break
  sleep 1
done
api_stop
# Idle is read twice: 20 s after ready, and after 2 minutes, when the outbox dispatchers' polling
# (every module, every 2 s) has had its code recompiled optimized, as any traffic would.
for gc in server shipped; do
  use_gc "$gc"
  api_start
  sleep 20
  early=$(rss_mb)
  sleep 100
  report+=("$(printf '%-8s demo data (200 opportunities): ready in %5d ms; resident idle after 20 s %4d MB, after 2 min %4d MB' "$gc" "$api_ready_ms" "$early" "$(rss_mb)")")
  api_stop
done

# 2. The catalog benchmark's data: loaded and searched under server GC, then searched again under the shipped settings.
export ConnectionStrings__Manabi="$bench_connection"
use_gc server
api_start
empty_rss=$(rss_mb)
server_run=$(dotnet "$root/.data/bench-tool/Manabi.Bench.dll" --api "$api_url" --db "$MANABI_PG_CONNECTION" --token "$token" \
  --opportunities "$opportunities" --searches "$searches")
for gc in server shipped; do
  api_stop
  use_gc "$gc"
  api_start
  ready_ms=$api_ready_ms
  sleep 20
  idle=$(rss_mb)
  # The catalog benchmark's pushes leave their integration events to deliver: the host is not idle
  # while it does, so the report says how many were still waiting.
  backlog=$(psql_bench -d manabi_bench -c "SELECT count(*) FROM catalog.outbox_messages WHERE processed_at IS NULL")
  run=$(dotnet "$root/.data/bench-tool/Manabi.Bench.dll" --api "$api_url" --db "$MANABI_PG_CONNECTION" --token "$token" --phase search --searches "$searches")
  search=$(echo "$run" | grep -m1 "search via API, 32" || true)
  report+=("$(printf '%-8s %d opportunities: ready in %5d ms; resident after 20 s %4d MB (%d catalog events still to deliver), after the searches %4d MB' \
    "$gc" "$opportunities" "$ready_ms" "$idle" "$backlog" "$(rss_mb)")")
  report+=("         $search")
done
report+=("server   empty catalog, just started: resident $empty_rss MB")

echo
echo "$server_run" | tail -n 25
echo
printf '%s\n' "${report[@]}"
