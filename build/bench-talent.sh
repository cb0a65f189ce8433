#!/usr/bin/env bash
# TalentRegistry speed benchmark (not a test): 10,000 people registered through the API and
# 300,000 activity records uploaded as 5,000-row spreadsheets (each upload timed), then needs
# matched at 32 concurrent clients beside the matcher's SQL through raw Npgsql, and the time one
# held-session event takes to become an activity record.
# Targets: matching p95 < 30 ms; a 5,000-row upload < 3 s; an activity from an event < 2 ms.
#   build/bench-talent.sh [--people N] [--records N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/build/lib/bench-host.sh"
dotnet "$root/.data/bench-tool/Manabi.Bench.dll" --api "$api_url" --db "$MANABI_PG_CONNECTION" --token "$token" --mode talent "$@"
