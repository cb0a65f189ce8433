#!/usr/bin/env bash
# Shared by the bench-*.sh scripts: a private PostgreSQL cluster with a fresh database, the API and
# the benchmark tool built in Release, the API started against it, and a staff token.
# Sets: api_url, token, data_dir, port, MANABI_PG_CONNECTION, PG_BIN. Stops the API on exit.
set -euo pipefail
source "$root/build/lib/postgres.sh"

data_dir="$root/.data/bench"
port="${MANABI_BENCH_PG_PORT:-55497}"
api_url="http://127.0.0.1:${MANABI_BENCH_API_PORT:-5099}"
pg_start "$data_dir" "$port" manabi_bench
# Sized for the benchmark's data as a database server would be (the development default of 256MB
# holds less than the 100,000-opportunity catalog); the raw-SQL comparisons share it.
if [ "$("$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qAtc "SHOW shared_buffers")" != "1GB" ]; then
  "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "ALTER SYSTEM SET shared_buffers = '1GB'"
  pg_as_owner "$PG_BIN/pg_ctl" -D "$data_dir/pgdata" -l "$data_dir/postgres.log" -w restart >/dev/null
fi
# MANABI_BENCH_KEEP_DATA=1 keeps the last run's database (with bench-catalog.sh --phase search).
if [ "${MANABI_BENCH_KEEP_DATA:-0}" != 1 ]; then
  "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "DROP DATABASE IF EXISTS manabi_bench" -c "CREATE DATABASE manabi_bench OWNER manabi"
  "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d manabi_bench -qc "CREATE EXTENSION pg_trgm"
fi

echo "==> Building (Release; the API published as deploy/Dockerfile ships it, ReadyToRun)"
# Quiet unless it fails: then the compiler's errors are the only useful output.
dotnet publish "$root/src/Host/Manabi.Api/Manabi.Api.csproj" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -v q -nologo -o "$root/.data/bench-app" >"$data_dir/build.log" 2>&1 \
  || { grep -E "error" "$data_dir/build.log" | sort -u >&2; exit 1; }
dotnet build "$root/build/bench/Manabi.Bench/Manabi.Bench.csproj" -c Release -v q -nologo -o "$root/.data/bench-tool" >>"$data_dir/build.log" 2>&1 \
  || { grep -E "error" "$data_dir/build.log" | sort -u >&2; exit 1; }

cd "$root/.data/bench-app"
# Production, as deployed, with throwaway secrets (the host refuses the development ones there).
export ASPNETCORE_ENVIRONMENT=Production
export Auth__Jwt__Issuer=manabi-bench Auth__Jwt__SigningKey="$(openssl rand -base64 32)" Auth__ApiKeys__Pepper="$(openssl rand -base64 32)"
export Passbook__QrSigningKey="$(openssl rand -base64 32)"
export Credentials__SigningKey="$(openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 2>/dev/null \
  | openssl pkcs8 -topk8 -nocrypt -outform DER | base64 -w0)"
export ConnectionStrings__Manabi="$MANABI_PG_CONNECTION;Maximum Pool Size=100"
export RateLimiting__AuthenticatedPermitLimit=100000000 RateLimiting__AnonymousPermitLimit=100000000
export Serilog__MinimumLevel__Default=Warning
export Http__PublicBaseUrl="$api_url"
# api_start: starts the API with the environment as it is now. Sets api_pid, and api_ready_ms: from
# the process's start to /health/ready answering 200 (migrations applied, catalog read into memory).
api_start() {
  local started
  started=$(date +%s%N)
  (cd "$root/.data/bench-app" && exec dotnet Manabi.Api.dll --urls "$api_url" >>"$data_dir/api.log" 2>&1) &
  api_pid=$!
  export MANABI_BENCH_API_PID=$api_pid
  for _ in $(seq 1 3000); do curl -sf "$api_url/health/ready" >/dev/null && break; sleep 0.1; done
  api_ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}
api_stop() { kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; }
: >"$data_dir/api.log"
api_start
trap 'api_stop' EXIT
# dev-token only runs in Development; it signs with the key configured above.
token=$(ASPNETCORE_ENVIRONMENT=Development dotnet Manabi.Api.dll dev-token staff bench)
cd "$root"
echo "==> Running (machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB)"
