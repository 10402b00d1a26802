#!/usr/bin/env bash
# Fault test: a device whose `subs sync` (and `add`) is killed with SIGKILL at
# random moments while two other devices add subscriptions and sync. After two
# clean rounds of `sync` on every device, every acknowledged add (its `add`
# and its device's `sync` exited 0) must be on every device exactly once, and
# the exports (local ids aside) must be equal.
# Usage: bench/sync-kill.sh [SEEDS] [ROUNDS]   (needs git and python3; builds
# the debug binary). Exits 1 at the first seed that fails, naming it.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${1:-20}
rounds=${2:-15}
cargo build --locked -q
bin=$PWD/target/debug/subs
export SUBS_SYNC_SECRET=kill-test-secret SUBS_TODAY=2026-11-27

canonical() { # the export without local ids, sorted (what every device shares)
  "$bin" --db "$1" export --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
for k in ("config", "alert_tally"):
    d.pop(k, None)
ids = {s: {r["id"]: r.get("uid") for r in d.get(s, []) if isinstance(r, dict) and "id" in r}
       for s in ("categories", "cards", "members")}
refs = [("subscriptions", "category_id", "categories"), ("subscriptions", "card_id", "cards"),
        ("subscriptions", "paid_by", "members"), ("shares", "member_id", "members"),
        ("budgets", "category_id", "categories")]
for sec, field, target in refs:
    for r in d.get(sec, []):
        if r.get(field) is not None:
            r[field] = ids[target].get(r[field])
for sec, rows in d.items():
    if isinstance(rows, list):
        for r in rows:
            if isinstance(r, dict):
                r.pop("id", None)
        print(sec)
        for line in sorted(json.dumps(r, sort_keys=True) for r in rows):
            print(line)
'
}

for seed in $(seq "$seeds"); do
  tmp=$(mktemp -d)
  RANDOM=$seed
  git init -q --bare -b main "$tmp/remote.git"
  a=$tmp/a.db b=$tmp/b.db c=$tmp/c.db
  "$bin" --db "$a" -q sync init "$tmp/remote.git"
  "$bin" --db "$b" -q sync join "$tmp/remote.git"
  "$bin" --db "$c" -q sync join "$tmp/remote.git"
  acked=()
  for r in $(seq "$rounds"); do
    for d in b c; do
      name="From-$d-$r"
      db=$tmp/$d.db
      if "$bin" --db "$db" -q add "$name" --amount 1 --cycle monthly >/dev/null &&
        "$bin" --db "$db" -q sync >/dev/null 2>&1; then
        acked+=("$name")
      fi
    done
    # Device a: a sync (or an add then a sync) killed after 0-400 ms.
    if ((RANDOM % 3 == 0)); then
      ("$bin" --db "$a" -q add "Here-$r" --amount 1 --cycle monthly >/dev/null 2>&1; "$bin" --db "$a" -q sync >/dev/null 2>&1) &
    else
      "$bin" --db "$a" -q sync >/dev/null 2>&1 &
    fi
    pid=$!
    sleep "0.$((RANDOM % 400))"
    pkill -KILL -P "$pid" 2>/dev/null || true
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  for _ in 1 2; do
    for d in a b c; do "$bin" --db "$tmp/$d.db" -q sync; done
  done
  want=$(canonical "$a")
  for d in b c; do
    if [[ $(canonical "$tmp/$d.db") != "$want" ]]; then
      echo "seed $seed: device $d differs from a ($tmp)"; exit 1
    fi
  done
  for name in "${acked[@]}"; do
    for d in a b c; do
      n=$("$bin" --db "$tmp/$d.db" --json list --status all | python3 -c "
import json, sys; print(sum(1 for s in json.load(sys.stdin) if s['name'] == '$name'))")
      if [[ $n != 1 ]]; then
        echo "seed $seed: $name is on device $d $n times ($tmp)"; exit 1
      fi
    done
  done
  echo "seed $seed: ${#acked[@]} acknowledged adds on every device once, exports equal"
  rm -rf "$tmp"
done
