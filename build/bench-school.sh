#!/usr/bin/env bash
# SchoolCommunityCoordination speed benchmark (not a test): 50 districts, 300 schools and coordinators
# through the API, 20,000 held sessions with 200,000 participations uploaded as 2,000-row
# spreadsheets (each timed), then the coverage report at 16 concurrent clients beside its SQL
# statements through raw Npgsql. Targets: coverage p95 < 50 ms; a 2,000-row upload < 2 s.
#   build/bench-school.sh [--sessions N] [--per-session N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/build/lib/bench-host.sh"
dotnet "$root/.data/bench-tool/Manabi.Bench.dll" --api "$api_url" --db "$MANABI_PG_CONNECTION" --token "$token" --mode school "$@"
