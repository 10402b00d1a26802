#!/usr/bin/env bash
# A no-op `subs sync` against a local bare git repository, and the least any
# git-based sync does in the same run: `git fetch` of the same remote into the
# same clone; then a sync that receives one edited subscription from another
# device. Portfolios of 100 and 1,000 subscriptions (each with a payment).
# Usage: bench/sync.sh [RUNS]   (needs git; builds the release binary)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
cargo build --release --locked -q
bin=$PWD/target/release/subs
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SUBS_SYNC_SECRET=bench-secret SUBS_TODAY=2026-11-27

ms() { # best wall time of $runs runs of "$@", in milliseconds
  local best=
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    local t=$(((end - start) / 1000))
    if [[ -z $best || $t -lt $best ]]; then best=$t; fi
  done
  echo "$best"
}

for n in 100 1000; do
  dir=$tmp/$n
  mkdir -p "$dir"
  git init -q --bare -b main "$dir/remote.git"
  db=$dir/subs.db
  "$bin" --db "$db" -q config set max_subscriptions 5000
  for i in $(seq "$n"); do
    "$bin" --db "$db" -q add "Service $i" --amount "$((i % 50 + 1)).99" --cycle monthly --start 2026-11-27 >/dev/null
    "$bin" --db "$db" -q pay "Service $i" >/dev/null
  done
  "$bin" --db "$db" -q sync init "$dir/remote.git"
  subs_us=$(ms "$bin" --db "$db" -q sync)
  git_us=$(ms git -C "$db-sync" fetch -q "$dir/remote.git" main)
  awk -v n="$n" -v s="$subs_us" -v g="$git_us" 'BEGIN {
    printf "%5d subscriptions: no-op subs sync %.1f ms, git fetch %.1f ms, ratio %.2fx\n", n, s / 1000, g / 1000, s / g }'
  other=$dir/other.db
  "$bin" --db "$other" -q sync join "$dir/remote.git"
  best=
  for r in $(seq "$runs"); do
    "$bin" --db "$db" -q edit "Service 1" --amount "$((r + 100)).00" >/dev/null
    "$bin" --db "$db" -q sync
    start=$(date +%s%N)
    "$bin" --db "$other" -q sync
    t=$((($(date +%s%N) - start) / 1000))
    if [[ -z $best || $t -lt $best ]]; then best=$t; fi
  done
  awk -v n="$n" -v s="$best" 'BEGIN {
    printf "%5d subscriptions: a sync receiving one edited subscription %.1f ms\n", n, s / 1000 }'
done
ls -l "$bin" | awk '{ printf "release binary: %.2f MB\n", $5 / 1000000 }'
