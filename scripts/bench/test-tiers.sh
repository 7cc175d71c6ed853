#!/usr/bin/env bash
# Runs the tiers of `npm test` one after another, as npm test does, and prints the wall time of each.
# Usage: bash scripts/bench/test-tiers.sh   (figures go to BENCHMARKS.md with the machine's load)
set -euo pipefail
cd "$(dirname "$0")/../.."
export ASTRO_TELEMETRY_DISABLED=1
declare -a rows=()
tier() {
  local name=$1; shift
  local t0=$SECONDS
  "$@" > "/tmp/test-tier-$name.log" 2>&1 || { echo "$name failed: see /tmp/test-tier-$name.log" >&2; exit 1; }
  rows+=("$name $((SECONDS - t0))")
}
start=$SECONDS
tier check npm run check
tier lint npm run lint
tier privacy npm run check:privacy
tier unit+content npm run test:unit
tier cli npm run test:cli
tier build npm run build
tier e2e npm run test:e2e
printf '%s s\n' "${rows[@]}"
echo "total $((SECONDS - start)) s; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
