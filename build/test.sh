#!/usr/bin/env bash
# Runs every test project and ends with one line: "N passed, N failed[, N skipped]".
# Integration tests use Testcontainers when a Docker engine answers; otherwise this script starts a
# throwaway PostgreSQL cluster (installed with apt if missing) and passes its connection string in
# MANABI_TEST_CONNECTION_STRING.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source build/lib/postgres.sh
set +e

results="$root/.test-results"
rm -rf "$results"
mkdir -p "$results"

pg_dir=""
cleanup() { [ -n "$pg_dir" ] && { pg_stop "$pg_dir"; rm -rf "$pg_dir"; }; }
trap cleanup EXIT

if docker info >/dev/null 2>&1; then
  echo "==> Docker engine found: integration tests start PostgreSQL with Testcontainers"
else
  pg_dir="$(mktemp -d /tmp/manabi-test-pg.XXXXXX)"
  chmod 755 "$pg_dir"
  port=$(( 56000 + RANDOM % 2000 ))
  # fsync off: a throwaway cluster need not survive a power cut, and tests run faster.
  PG_FSYNC=off pg_start "$pg_dir" "$port" manabi_test || exit 1
  export MANABI_TEST_CONNECTION_STRING="$MANABI_PG_CONNECTION"
  echo "==> Throwaway PostgreSQL on port $port"
fi

# The standard validators users run (OpenActive's) are npm packages the integration tests call.
echo "==> Standards checks: Node and the validators"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null) \
    || { echo "could not install Node.js"; echo "0 passed, 1 failed"; exit 1; }
fi
npm ci --prefix tests/Standards --no-audit --no-fund --loglevel=error >/dev/null \
  || { echo "npm ci failed in tests/Standards"; echo "0 passed, 1 failed"; exit 1; }

# The dashboard test drives Debian's Chromium (Playwright cannot download its own browsers here),
# with Japanese fonts so the screenshot shows the text.
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  echo "==> Installing Chromium and Japanese fonts for the dashboard test"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
    || { echo "could not install chromium"; echo "0 passed, 1 failed"; exit 1; }
fi
export MANABI_CHROMIUM=/usr/bin/chromium
# The proxy test runs deploy/nginx/manabi.conf in front of two API processes.
if [ ! -x /usr/sbin/nginx ]; then
  echo "==> Installing nginx for the proxy test"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null) \
    || { echo "could not install nginx"; echo "0 passed, 1 failed"; exit 1; }
fi
# Screenshots and other files tests keep, beside the .trx results.
export MANABI_TEST_ARTIFACTS="$results"

echo "==> Restoring and building"
dotnet build Manabi.slnx -c Release -v q -nologo
build_status=$?
if [ $build_status -ne 0 ]; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  echo "==> $name"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    || status=1
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed); e=$(get error); t=$(get timeout)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done
count=$(ls "$results"/*.trx 2>/dev/null | wc -l)
expected=$(ls tests/*/*.csproj | wc -l)
if [ "$count" -lt "$expected" ]; then
  echo "a test project produced no results"
  failed=$((failed + expected - count)); status=1
fi
[ $failed -gt 0 ] && status=1
if [ $skipped -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit $status
