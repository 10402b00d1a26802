#!/usr/bin/env bash
# Start-up cost: `subs list --json` on an empty database against
# `sqlite3 FILE 'select 1'` on the same file, in the same run, so the figure
# is a ratio that holds on a shared, noisy machine. Also printed: the minor
# page faults of one run of each, and what sqlite3 alone takes to read subs'
# schema (the share of the difference that is SQLite's own).
#
#   bench/startup.sh [RUNS]        (default 300; needs sqlite3 on PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-300}

for tool in sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is required (apt-get install sqlite3 time)" >&2; exit 1; }
done
# SUBS_BIN=path measures that binary instead (e.g. an older build).
if [ -z "${SUBS_BIN:-}" ]; then cargo build --release --quiet; fi
subs=${SUBS_BIN:-${CARGO_TARGET_DIR:-$PWD/target}/release/subs}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/bench.db
SUBS_DB=$db "$subs" config set base_currency USD >/dev/null   # create and migrate once (reading commands create nothing)

# Wall and CPU (user + system) time of $runs runs, in microseconds.
time_runs() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$work/cpu" bash -c 'for ((i = 0; i < $0; i++)); do "$@" >/dev/null; done' "$runs" "$@"
  end=$(date +%s%N)
  read -r u s <"$work/cpu"
  echo "$(((end - start) / 1000)) $(awk -v u="$u" -v s="$s" 'BEGIN { printf "%d", (u + s) * 1000000 }')"
}

# Minor page faults of one run, the fewest of five: the memory a run
# touches (the kernel's share of start-up that CPU time hides).
faults() {
  local best=0 f
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%R" -o "$work/faults" "$@" >/dev/null 2>&1 || true
    f=$(tail -n 1 "$work/faults")
    if ((best == 0 || f < best)); then best=$f; fi
  done
  echo "$best"
}

# Interleave the two, three rounds each, and keep each one's best round.
best_subs=0 best_sqlite=0 best_schema=0 cpu_subs=0 cpu_sqlite=0 cpu_schema=0
for round in 1 2 3; do
  read -r s sc < <(SUBS_DB=$db time_runs "$subs" list --json)
  read -r q qc < <(time_runs sqlite3 "$db" 'select 1')
  read -r r rc < <(time_runs sqlite3 "$db" 'select count(*) from subscription')
  if ((best_subs == 0 || s < best_subs)); then best_subs=$s; fi
  if ((best_sqlite == 0 || q < best_sqlite)); then best_sqlite=$q; fi
  if ((cpu_subs == 0 || sc < cpu_subs)); then cpu_subs=$sc; fi
  if ((cpu_sqlite == 0 || qc < cpu_sqlite)); then cpu_sqlite=$qc; fi
  if ((best_schema == 0 || r < best_schema)); then best_schema=$r; fi
  if ((cpu_schema == 0 || rc < cpu_schema)); then cpu_schema=$rc; fi
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 1; printf "%.2f", a / b }'; }
echo "subs list --json (empty db): $((best_subs / runs)) us per run (cpu $((cpu_subs / runs)) us)"
echo "sqlite3 FILE 'select 1':     $((best_sqlite / runs)) us per run (cpu $((cpu_sqlite / runs)) us)"
# Not the target's baseline: what SQLite alone takes to read subs' schema,
# the largest part of the difference.
echo "sqlite3 reading the schema:  $((best_schema / runs)) us per run (cpu $((cpu_schema / runs)) us)"
faults_subs=$(SUBS_DB=$db faults "$subs" list --json)
faults_sqlite=$(faults sqlite3 "$db" 'select 1')
echo "minor page faults per run:   subs $faults_subs, sqlite3 $faults_sqlite ($(ratio "$faults_subs" "$faults_sqlite")x)"
echo "ratio: $(ratio "$best_subs" "$best_sqlite")x wall, $(ratio "$cpu_subs" "$cpu_sqlite")x cpu (target: at most 1.3x)"
