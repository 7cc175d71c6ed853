#!/usr/bin/env bash
# Runs the tiers of `npm test` one after another, as npm test does, and prints the wall time and
# the CPU time (user + system, of the tier and every process it waited for, Chromium included)
# of each, with the load average before it: on a shared machine the wall time says more about the
# others' load than about the tests, the CPU time much less so.
# Usage: bash scripts/bench/test-tiers.sh   (figures go to BENCHMARKS.md with the machine's load)
set -euo pipefail
cd "$(dirname "$0")/../.."
export ASTRO_TELEMETRY_DISABLED=1
declare -a rows=()
tier() {
  local name=$1; shift
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -o "/tmp/test-tier-$name.time" -f '%e %U %S' "$@" > "/tmp/test-tier-$name.log" 2>&1 \
    || { echo "$name failed: see /tmp/test-tier-$name.log" >&2; exit 1; }
  read -r wall user sys < "/tmp/test-tier-$name.time"
  rows+=("$(printf '%-14s wall %6.1f s  cpu %6.1f s  (load %s before)' "$name" "$wall" "$(awk "BEGIN { print $user + $sys }")" "$load")")
}
start=$SECONDS
tier check npm run check
tier lint npm run lint
tier format npm run format:check
tier privacy npm run check:privacy
tier unit+content npm run test:unit
tier cli npm run test:cli
tier build npm run build
tier e2e npm run test:e2e
printf '%s\n' "${rows[@]}"
echo "total $((SECONDS - start)) s; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)"
