#!/usr/bin/env bash
# CSV import at scale: rows per second importing 4,000 and 16,000 new
# subscriptions into an empty database (max_subscriptions raised), and the
# ratio of the two rates. A linear import keeps the ratio near 1; the old
# per-row count and name scan made 16,000 rows about 4x slower per row.
#
#   bench/import.sh                         (builds and times the release binary)
#   SUBS_BIN=target/debug/subs RUNS=1 bench/import.sh   (a binary already built, one run each)
set -euo pipefail
cd "$(dirname "$0")/.."
export SUBS_TODAY=2026-11-26
if [ -n "${SUBS_BIN:-}" ]; then
  subs=$(cd "$(dirname "$SUBS_BIN")" && pwd)/$(basename "$SUBS_BIN")
else
  cargo build --release --quiet --bin subs
  subs=$PWD/target/release/subs
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# rows N: a spreadsheet of N distinct monthly subscriptions.
rows() {
  awk -v n="$1" 'BEGIN {
    print "name,amount,currency,billing_cycle,start_date,category"
    for (i = 0; i < n; i++)
      printf "Service %d,%d.%02d,USD,monthly,2026-01-%02d,Category %d\n", i, i % 90 + 1, i % 100, i % 28 + 1, i % 12
  }'
}

# rate N: rows per second for one import of N rows (best of RUNS, 3 by
# default).
rate() {
  local n=$1 best="" start end ms
  rows "$n" >"$work/rows.csv"
  for _ in $(seq "${RUNS:-3}"); do
    rm -f "$work/bench.db"*
    SUBS_DB=$work/bench.db "$subs" config set max_subscriptions 100000 >/dev/null
    start=$(date +%s%N)
    SUBS_DB=$work/bench.db "$subs" import "$work/rows.csv" >/dev/null
    end=$(date +%s%N)
    ms=$(((end - start) / 1000000))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  awk -v n="$n" -v ms="$best" 'BEGIN { if (ms < 1) ms = 1; printf "%d %.0f\n", ms, n * 1000 / ms }'
}

read -r small_ms small_rate <<<"$(rate 4000)"
read -r large_ms large_rate <<<"$(rate 16000)"
printf '%-8s %9s %10s\n' "rows" "ms" "rows/s"
printf '%-8s %9s %10s\n' 4000 "$small_ms" "$small_rate"
printf '%-8s %9s %10s\n' 16000 "$large_ms" "$large_rate"
awk -v a="$small_rate" -v b="$large_rate" 'BEGIN { printf "rows/s ratio (4,000 : 16,000): %.2f\n", a / b }'
