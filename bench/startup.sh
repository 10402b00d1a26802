#!/usr/bin/env bash
# Start-up cost: `subs list --json` on an empty database against
# `sqlite3 FILE 'select 1'` on the same file, in the same run, so the figure
# is a ratio that holds on a shared, noisy machine.
#
#   bench/startup.sh [RUNS]        (default 300; needs sqlite3 on PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-300}

command -v sqlite3 >/dev/null || { echo "bench: sqlite3 is required (apt-get install sqlite3)" >&2; exit 1; }
cargo build --release --quiet
subs=$PWD/target/release/subs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/bench.db
SUBS_DB=$db "$subs" config set base_currency USD >/dev/null   # create and migrate once (reading commands create nothing)

# Total wall time of $runs runs, in nanoseconds.
time_runs() {
  local start end
  start=$(date +%s%N)
  for ((i = 0; i < runs; i++)); do "$@" >/dev/null; done
  end=$(date +%s%N)
  echo $((end - start))
}

# Interleave the two, three rounds each, and keep each one's best round.
best_subs=0 best_sqlite=0
for round in 1 2 3; do
  s=$(SUBS_DB=$db time_runs "$subs" list --json)
  q=$(time_runs sqlite3 "$db" 'select 1')
  if ((best_subs == 0 || s < best_subs)); then best_subs=$s; fi
  if ((best_sqlite == 0 || q < best_sqlite)); then best_sqlite=$q; fi
done

per_subs=$((best_subs / runs / 1000))
per_sqlite=$((best_sqlite / runs / 1000))
ratio=$(awk -v a="$best_subs" -v b="$best_sqlite" 'BEGIN { printf "%.2f", a / b }')
echo "subs list --json (empty db): ${per_subs} us per run"
echo "sqlite3 FILE 'select 1':     ${per_sqlite} us per run"
echo "ratio: ${ratio}x (target: at most 2x)"
