#!/usr/bin/env bash
# Benchmarks at scale: a deterministic database (10,000 subscriptions in four
# currencies, 1,000,000 payments, 1,000,000 usage logs, 100,000 alerts) and,
# for each subs command, the sqlite3 shell running the equivalent SQL on the
# same file in the same run. Prints wall time (best of 3), the ratio, and
# peak memory. Needs sqlite3 and GNU time (/usr/bin/time).
#
#   bench/run.sh            (data is generated once into bench/data/)
set -euo pipefail
cd "$(dirname "$0")/.."
export SUBS_TODAY=2026-11-26

for tool in sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is required" >&2; exit 1; }
done
cargo build --release --quiet --bin subs --example bench-gen
subs=$PWD/target/release/subs
data=bench/data
mkdir -p "$data"
db=$data/bench.db
if [ ! -f "$db" ]; then
  target/release/examples/bench-gen "$db"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# best_of CMD...: best wall time of 5 runs in ms (two decimals), and the
# peak RSS in MB of one more run under GNU time.
best_of() {
  local best="" start end t rss
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
    end=$(date +%s%N)
    t=$(((end - start) / 10000))
    if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
  done
  /usr/bin/time -f "%M" -o "$work/time" "$@" >/dev/null 2>&1
  read -r rss <"$work/time"
  printf '%d.%02d %d\n' $((best / 100)) $((best % 100)) $((rss / 1024))
}

printf '%-34s %9s %9s %7s %8s\n' "command" "subs ms" "sqlite ms" "ratio" "peak MB"
row() {
  local name=$1 subs_ms subs_mb sql_ms
  read -r subs_ms subs_mb <<<"$2"
  read -r sql_ms _ <<<"$3"
  local ratio
  ratio=$(awk -v a="$subs_ms" -v b="$sql_ms" 'BEGIN { if (b <= 0) b = 0.01; printf "%.2f", a / b }')
  printf '%-34s %9s %9s %6sx %8s\n' "$name" "$subs_ms" "$sql_ms" "$ratio" "$subs_mb"
}

# list: every subscription to JSON, against sqlite3 -json over the same join.
row "subs list --json --status all" \
  "$(best_of "$subs" --db "$db" list --json --status all)" \
  "$(best_of sqlite3 -json "$db" "SELECT s.*, c.name AS category FROM subscription s LEFT JOIN category c ON c.id = s.category_id ORDER BY s.next_billing_date")"

# dashboard: the same aggregate queries subs runs, in the sqlite3 shell.
dashboard_sql="SELECT count(*), sum(status = 'active') FROM subscription;
SELECT count(*) FROM subscription WHERE status = 'active' AND next_billing_date BETWEEN '$SUBS_TODAY' AND date('$SUBS_TODAY', '+7 days');
SELECT currency, billing_cycle, custom_cycle_days, count(*), sum(amount) FROM subscription WHERE status = 'active' GROUP BY currency, billing_cycle, custom_cycle_days;
SELECT c.name, g.* FROM (SELECT category_id, currency, billing_cycle, custom_cycle_days, count(*), sum(amount) FROM subscription WHERE status = 'active' GROUP BY category_id, currency, billing_cycle, custom_cycle_days) g LEFT JOIN category c ON c.id = g.category_id;
SELECT s.*, c.name FROM subscription s LEFT JOIN category c ON c.id = s.category_id ORDER BY s.created_at DESC LIMIT 5;
SELECT * FROM rate;"
row "subs dashboard --json" \
  "$(best_of "$subs" --db "$db" dashboard --json)" \
  "$(best_of sqlite3 "$db" "$dashboard_sql")"

# analytics: six months of payments, the schedule of every subscription,
# breakdowns, growth and alert reads.
analytics_sql="SELECT substr(payment_date, 1, 7), currency, count(*), sum(CASE status WHEN 'paid' THEN amount ELSE -amount END) FROM payment WHERE status IN ('paid', 'refunded') AND payment_date BETWEEN '2026-06-01' AND '2026-11-30' GROUP BY 1, 2;
SELECT billing_anchor, start_date, end_date, billing_cycle, custom_cycle_days, currency, amount FROM subscription WHERE status <> 'paused';
SELECT c.name, g.* FROM (SELECT category_id, currency, billing_cycle, custom_cycle_days, count(*), sum(amount) FROM subscription WHERE status = 'active' GROUP BY category_id, currency, billing_cycle, custom_cycle_days) g LEFT JOIN category c ON c.id = g.category_id;
SELECT payment_method, currency, billing_cycle, custom_cycle_days, count(*), sum(amount) FROM subscription WHERE status = 'active' GROUP BY payment_method, currency, billing_cycle, custom_cycle_days;
SELECT substr(created_at, 1, 7), currency, count(*), sum(amount) FROM subscription WHERE created_at >= '2026-06-01' AND created_at < '2026-12-01' GROUP BY 1, 2;
SELECT alert_type, count(*), sum(is_read) FROM alert GROUP BY alert_type;
SELECT * FROM rate;"
row "subs analytics --json" \
  "$(best_of "$subs" --db "$db" analytics --json)" \
  "$(best_of sqlite3 "$db" "$analytics_sql")"

# alerts generate: renewal processing and every rule, first on a fresh copy
# (a real backlog), then again (the every-minute cron case). The baseline is
# the generator's candidate query in the sqlite3 shell.
candidates="SELECT s.*, u.last_used, u.uses_90, u.logs,
  EXISTS (SELECT 1 FROM payment p WHERE p.subscription_id = s.subscription_id AND p.status IN ('paid','pending'))
  FROM subscription s LEFT JOIN category c ON c.id = s.category_id
  LEFT JOIN (SELECT subscription_id, max(usage_date) AS last_used,
             sum(CASE WHEN usage_date > '2026-08-28' THEN usage_count ELSE 0 END) AS uses_90, count(*) AS logs
             FROM usage WHERE usage_date <= '$SUBS_TODAY' GROUP BY subscription_id) u
    ON u.subscription_id = s.subscription_id
  WHERE s.status = 'active'"
cp "$db" "$work/gen.db"
start=$(date +%s%N)
/usr/bin/time -f "%M" -o "$work/time" "$subs" --db "$work/gen.db" -q alerts generate
end=$(date +%s%N)
read -r rss <"$work/time"
first_ms=$(awk -v n="$((end - start))" 'BEGIN { printf "%.2f", n / 1000000 }')
sql=$(best_of sqlite3 "$db" "$candidates")
row "subs alerts generate (first run)" "$first_ms $((rss / 1024))" "$sql"
row "subs alerts generate (again)" "$(best_of "$subs" --db "$work/gen.db" -q alerts generate)" "$sql"

# import: the whole benchmark database as a JSON backup (1,000,000 payments,
# 1,000,000 usage logs, 100,000 alerts) into an empty file, against sqlite3
# copying the same rows from the same database (ATTACH + INSERT ... SELECT).
"$subs" --db "$db" -q export -o "$work/backup.json"
# An empty, migrated file (reading commands create nothing; a change does).
"$subs" --db "$work/empty.db" -q config set base_currency USD
"$subs" --db "$work/empty.db" -q config unset base_currency
cp "$work/empty.db" "$work/import.db"
start=$(date +%s%N)
/usr/bin/time -f "%M" -o "$work/time" "$subs" --db "$work/import.db" -q import "$work/backup.json" >/dev/null
end=$(date +%s%N)
read -r rss <"$work/time"
import_ms=$(awk -v n="$((end - start))" 'BEGIN { printf "%.2f", n / 1000000 }')
cp "$work/empty.db" "$work/copy.db"
start=$(date +%s%N)
sqlite3 "$work/copy.db" "ATTACH '$db' AS b; PRAGMA foreign_keys = ON; BEGIN;
  INSERT INTO category SELECT * FROM b.category; INSERT INTO subscription SELECT * FROM b.subscription;
  INSERT INTO payment SELECT * FROM b.payment; INSERT INTO usage SELECT * FROM b.usage;
  INSERT INTO alert SELECT * FROM b.alert; COMMIT;"
end=$(date +%s%N)
copy_ms=$(awk -v n="$((end - start))" 'BEGIN { printf "%.2f", n / 1000000 }')
row "subs import (2.1M rows of JSON)" "$import_ms $((rss / 1024))" "$copy_ms"
