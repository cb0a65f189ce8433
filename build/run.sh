#!/usr/bin/env bash
# Runs Manabi locally: PostgreSQL (installed with apt if missing, private cluster under .data/),
# every module's migrations, idempotent demo data, and the API on http://127.0.0.1:5080.
#   build/run.sh            reuse the data of the last run
#   build/run.sh --reset    start from an empty database
# Environment: MANABI_URL (default http://127.0.0.1:5080), MANABI_PG_PORT (default 55480).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source build/lib/postgres.sh

url="${MANABI_URL:-http://127.0.0.1:5080}"
data_dir="$root/.data/postgres"
if [ "${1:-}" = "--reset" ]; then
  pg_ensure_installed
  pg_stop "$data_dir"
  rm -rf "$data_dir"
  echo "==> Data reset"
fi
pg_start "$data_dir" "${MANABI_PG_PORT:-55480}"

# The build takes the dashboard's chart library from the npm registry.
if ! command -v npm >/dev/null 2>&1; then
  echo "==> Node.js not found; installing it with apt-get"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

echo "==> Building"
dotnet build src/Host/Manabi.Api/Manabi.Api.csproj -c Release -v q -nologo -o "$root/.data/app" >/dev/null

cat <<MSG

Manabi is starting on $url
  Swagger UI:     $url/swagger
  OpenAPI:        $url/swagger/v1/swagger.json
  Health:         $url/health/ready
  Dashboard:      $url/dashboard/
  Staff token:    build/dev-token.sh staff        (also: coordinator, learner)
  Partner key:    POST $url/api/v1/catalog/providers/{id}/api-keys with a staff token (see README)
Stop with Ctrl+C. PostgreSQL keeps running on port ${MANABI_PG_PORT:-55480}; its data is in .data/.

MSG
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export ConnectionStrings__Manabi="$MANABI_PG_CONNECTION"
export Http__PublicBaseUrl="${MANABI_PUBLIC_URL:-$url}"
export Database__MigrateOnStartup=true
export Demo__SeedOnStartup=true
cd "$root/.data/app"
exec dotnet Manabi.Api.dll --urls "$url"
