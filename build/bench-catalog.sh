#!/usr/bin/env bash
# Catalog speed benchmark (not a test): 100,000 opportunities / 300,000 sessions loaded through the
# batch endpoint, then keyword search at 32 concurrent clients, 1,000-item batch upserts and the RPDE
# feed, each beside the same SQL through raw Npgsql. Targets: search p95 < 50 ms, batch < 2 s, feed page < 20 ms.
#   build/bench-catalog.sh [--opportunities N]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/build/lib/bench-host.sh"
dotnet "$root/.data/bench-tool/Manabi.Bench.dll" --api "$api_url" --db "$MANABI_PG_CONNECTION" --token "$token" "$@"
