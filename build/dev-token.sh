#!/usr/bin/env bash
# Prints a bearer token that a server started by build/run.sh accepts (Development signing key).
#   build/dev-token.sh ROLE [SUBJECT]     ROLE: staff | coordinator | learner
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -lt 1 ]; then echo "usage: $0 staff|coordinator|learner [SUBJECT]" >&2; exit 2; fi
app="$root/.data/app/Manabi.Api.dll"
if [ ! -f "$app" ]; then
  dotnet build "$root/src/Host/Manabi.Api/Manabi.Api.csproj" -c Release -v q -nologo -o "$root/.data/app" >/dev/null
fi
cd "$root/.data/app"
ASPNETCORE_ENVIRONMENT=Development exec dotnet "$app" dev-token "$@"
