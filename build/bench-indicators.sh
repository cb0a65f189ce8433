#!/usr/bin/env bash
# Indicators read benchmark (not a test): the whole-plan report and a drill-down page at 32
# concurrent clients with 10,000 and with 1,000,000 recorded stamps and activity records (loaded in
# bulk), beside the same statements through raw Npgsql. Targets: p95 < 20 ms (report) and < 30 ms
# (drill-down), the same at both sizes within noise.
#   build/bench-indicators.sh [--records 10000,1000000]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/build/lib/bench-host.sh"
dotnet "$root/.data/bench-tool/Manabi.Bench.dll" --api "$api_url" --db "$MANABI_PG_CONNECTION" --token "$token" --mode indicators "$@"
