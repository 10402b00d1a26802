#!/usr/bin/env bash
# The cron path: `subs alerts generate` against the sqlite3 shell doing
# the same work on the same file, in the same run (paired, so the figure
# is a ratio that holds on a shared, noisy machine).
#
#   first run:    a copy of a fresh database; subs raises what is due.
#                 sqlite3: the generator's candidate query, then inserting
#                 the alerts subs raised and the run record, one transaction.
#   nothing new:  subs again on its own result; sqlite3: the candidate
#                 query and the run record, one transaction.
#
#   bench/cron.sh [SUBS] [RUNS]    (default 1000 subscriptions, 20 runs;
#                                   10x as many payments, usage logs, alerts)
#
# With valgrind installed it also counts the instructions of one paired
# run of each (callgrind): a figure that does not move with the machine's
# load (CRON_INSTRUCTIONS=0 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
export SUBS_TODAY=2026-11-26
n=${1:-1000}
runs=${2:-20}

command -v sqlite3 >/dev/null || { echo "bench: sqlite3 is required (apt-get install sqlite3)" >&2; exit 1; }
# SUBS_BIN=path measures that binary instead (e.g. an older build).
target=${CARGO_TARGET_DIR:-$PWD/target}
if [ -z "${SUBS_BIN:-}" ]; then cargo build --release --quiet --bin subs --example bench-gen; fi
subs=${SUBS_BIN:-$target/release/subs}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$target/release/examples/bench-gen" "$work/fresh.db" --subs "$n" --payments $((n * 10)) \
  --usage $((n * 10)) --alerts $((n * 10)) >/dev/null

candidates="SELECT s.*, u.last_used, u.uses_90, u.logs,
  EXISTS (SELECT 1 FROM payment p WHERE p.subscription_id = s.subscription_id AND p.status IN ('paid','pending')),
  (SELECT max(a.alert_date) FROM alert a WHERE a.subscription_id = s.subscription_id AND a.alert_type = 'usage_limit')
  FROM subscription s LEFT JOIN category c ON c.id = s.category_id
  LEFT JOIN (SELECT subscription_id, max(usage_date) AS last_used,
             sum(CASE WHEN usage_date > '2026-08-28' THEN usage_count ELSE 0 END) AS uses_90, count(*) AS logs
             FROM usage WHERE usage_date <= '$SUBS_TODAY' GROUP BY subscription_id) u
    ON u.subscription_id = s.subscription_id
  WHERE s.status = 'active';"
# The run record as subs writes it: the day, and the time of the run, so
# that it changes every run (a record written again unchanged is no write
# at all for SQLite, and would spare the baseline its commit).
record="INSERT INTO generator_run (id, last_run_at, outcome, new_alerts, failed_deliveries)
  VALUES (1, '$SUBS_TODAY' || strftime('T%H:%M:%fZ', 'now'), 'ok', 0, 0)
  ON CONFLICT (id) DO UPDATE SET last_run_at = excluded.last_run_at, outcome = excluded.outcome,
  new_alerts = excluded.new_alerts, failed_deliveries = excluded.failed_deliveries;"

# Total wall and CPU (user + system) time of one command, in microseconds.
# The CPU time is the children's line of bash's `times` in a subshell that
# ran only the command: getrusage to the millisecond, where /usr/bin/time
# prints hundredths of a second (a quiet run takes a few milliseconds).
measure() {
  local start end
  start=$(date +%s%N)
  ("$@" >/dev/null 2>&1; times) >"$work/cpu"
  end=$(date +%s%N)
  echo "$(((end - start) / 1000)) $(awk 'NR == 2 {
    split($1, u, /[ms]/); split($2, s, /[ms]/)
    printf "%d", (u[1] * 60 + u[2] + s[1] * 60 + s[2]) * 1000000 }' "$work/cpu")"
}

# The first run, each on its own fresh copy; sqlite3 inserts the alerts
# subs raised (read from subs' result).
cp "$work/fresh.db" "$work/raised.db"
"$subs" --db "$work/raised.db" -q alerts generate >/dev/null
raised=$(sqlite3 "$work/raised.db" "SELECT count(*) FROM alert") 
first_sql="ATTACH '$work/raised.db' AS r; BEGIN IMMEDIATE; $candidates
  INSERT INTO alert SELECT * FROM r.alert WHERE id > (SELECT max(id) FROM main.alert); $record COMMIT;"
again_sql="BEGIN IMMEDIATE; $candidates $record COMMIT;"

sum_first=(0 0 0 0) sum_again=(0 0 0 0)
for ((i = 0; i < runs; i++)); do
  cp "$work/fresh.db" "$work/a.db"; cp "$work/fresh.db" "$work/b.db"
  read -r w c < <(measure "$subs" --db "$work/a.db" -q alerts generate)
  read -r qw qc < <(measure sqlite3 "$work/b.db" "$first_sql")
  sum_first=($((sum_first[0] + w)) $((sum_first[1] + c)) $((sum_first[2] + qw)) $((sum_first[3] + qc)))
  read -r w c < <(measure "$subs" --db "$work/a.db" -q alerts generate)
  read -r qw qc < <(measure sqlite3 "$work/b.db" "$again_sql")
  sum_again=($((sum_again[0] + w)) $((sum_again[1] + c)) $((sum_again[2] + qw)) $((sum_again[3] + qc)))
done

report() {
  local name=$1 sw=$2 sc=$3 qw=$4 qc=$5
  awk -v n="$name" -v sw="$sw" -v sc="$sc" -v qw="$qw" -v qc="$qc" -v r="$runs" 'BEGIN {
    if (qc <= 0) qc = 1
    printf "%-28s subs %7.2f ms (cpu %7.2f)  sqlite3 %7.2f ms (cpu %7.2f)  ratio %.2fx wall, %.2fx cpu\n",
      n, sw / r / 1000, sc / r / 1000, qw / r / 1000, qc / r / 1000, sw / qw, sc / qc }'
}
echo "alerts generate, $n subscriptions ($((raised - n * 10)) alerts raised by the first run), $runs paired runs:"
report "first run" "${sum_first[@]}"
report "nothing new" "${sum_again[@]}"

# Minor page faults (memory the process touched), one paired run each:
# what separates the two when instructions are close.
faults() { /usr/bin/time -f %R "$@" 2>&1 >/dev/null | tail -n 1; }
if [ -x /usr/bin/time ]; then
  cp "$work/fresh.db" "$work/a.db"; cp "$work/fresh.db" "$work/b.db"
  sf=$(faults "$subs" --db "$work/a.db" -q alerts generate)
  qf=$(faults sqlite3 "$work/b.db" "$first_sql")
  sf2=$(faults "$subs" --db "$work/a.db" -q alerts generate)
  qf2=$(faults sqlite3 "$work/b.db" "$again_sql")
  printf "%-28s subs %7d page faults          sqlite3 %7d\n" "first run" "$sf" "$qf" "nothing new" "$sf2" "$qf2"
fi

# Instructions executed, one paired run each: repeatable where times are not.
instructions() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    awk '/Collected :/ { print $NF }'
}
if [ "${CRON_INSTRUCTIONS:-1}" != 0 ] && command -v valgrind >/dev/null; then
  cp "$work/fresh.db" "$work/a.db"; cp "$work/fresh.db" "$work/b.db"
  si=$(instructions "$subs" --db "$work/a.db" -q alerts generate)
  qi=$(instructions sqlite3 "$work/b.db" "$first_sql")
  si2=$(instructions "$subs" --db "$work/a.db" -q alerts generate)
  qi2=$(instructions sqlite3 "$work/b.db" "$again_sql")
  awk -v a="$si" -v b="$qi" -v c="$si2" -v d="$qi2" 'BEGIN {
    printf "%-28s subs %7.1f M instructions  sqlite3 %7.1f M  ratio %.2fx\n", "first run", a / 1e6, b / 1e6, a / b
    printf "%-28s subs %7.1f M instructions  sqlite3 %7.1f M  ratio %.2fx\n", "nothing new", c / 1e6, d / 1e6, c / d }'
fi
