#!/usr/bin/env bash
# Load and fault tests of notification delivery, against a local receiver
# (127.0.0.1 only) that takes DELAY seconds per message and records every
# alert id it receives.
#
#   1. overlap: RUNS `alerts generate` started at once with a slow channel;
#      every alert must be received exactly once (the lease holds).
#   2. kill -9: ROUNDS times, a run is SIGKILLed at a random moment during
#      delivery, its leases are expired (as time would), and a clean run
#      follows; every alert must be received at least once, and a repeat is
#      counted (at-least-once: a kill between sending and recording).
#
#   bench/notify-faults.sh          (SUBS=path/to/subs to pick a binary)
# Needs python3 and sqlite3.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-12} RUNS=${RUNS:-4} ROUNDS=${ROUNDS:-5} DELAY=${DELAY:-0.5}
for tool in python3 sqlite3; do
  command -v "$tool" >/dev/null || { echo "notify-faults: $tool is required" >&2; exit 1; }
done
if [ -z "${SUBS:-}" ]; then
  cargo build --quiet --bin subs
  SUBS=$PWD/target/debug/subs
fi
work=$(mktemp -d)
receiver_pid=""
trap '[ -n "$receiver_pid" ] && kill "$receiver_pid" 2>/dev/null; rm -rf "$work"' EXIT

cat > "$work/receiver.py" <<'PY'
import http.server, json, sys, time, threading
delay, log, portfile = float(sys.argv[1]), sys.argv[2], sys.argv[3]
lock = threading.Lock()
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with lock, open(log, "a") as f:
            for a in json.loads(body).get("alerts", []):
                f.write(f"{a['uid']}\n")
        time.sleep(delay)
        self.send_response(200); self.send_header("Content-Length", "0"); self.end_headers()
    def log_message(self, *a): pass
s = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
open(portfile, "w").write(str(s.server_address[1]))
s.serve_forever()
PY
python3 "$work/receiver.py" "$DELAY" "$work/received" "$work/port" & receiver_pid=$!
while [ ! -s "$work/port" ]; do sleep 0.1; done
url="http://127.0.0.1:$(cat "$work/port")/hook"

# setup DB DAY: N subscriptions renewing the day after DAY, one channel.
setup() {
  local db=$1 day=$2 i
  next=$(date -d "$day + 1 day" +%F)
  for i in $(seq 1 "$N"); do
    SUBS_DB=$db SUBS_TODAY=$day "$SUBS" -q add "Service $i" --amount 5 --cycle monthly --start "$next"
  done
  SUBS_DB=$db "$SUBS" -q notify add hook webhook --url "$url"
}

# check DB: prints "alerts received duplicates missing" for DB's alerts.
check() {
  local db=$1
  sqlite3 "$db" "SELECT uid FROM alert" | sort > "$work/raised"
  sort "$work/received" > "$work/got"
  local raised dup missing
  raised=$(wc -l < "$work/raised")
  dup=$(uniq -d "$work/got" | grep -cFxf "$work/raised" || true)
  missing=$(comm -23 "$work/raised" <(sort -u "$work/got") | wc -l)
  echo "$raised $(grep -cFxf "$work/raised" "$work/got" || true) $dup $missing"
}

echo "== overlap: $RUNS runs at once, $N alerts, ${DELAY}s per message"
db=$work/overlap.db
setup "$db" 2026-11-26
start=$(date +%s%N)
pids=()
for _ in $(seq 1 "$RUNS"); do
  SUBS_DB=$db SUBS_TODAY=2026-11-26 "$SUBS" -q alerts generate 2>>"$work/stderr" &
  pids+=($!)
done
wait "${pids[@]}"
read -r raised got dup missing < <(check "$db")
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "alerts $raised, received $got, received twice $dup, missing $missing, ${elapsed_ms} ms"
[ "$dup" = 0 ] && [ "$missing" = 0 ] || { echo "FAIL: overlap"; exit 1; }

echo "== kill -9 during delivery: $ROUNDS rounds"
: > "$work/received"
repeats=0
for round in $(seq 1 "$ROUNDS"); do
  db=$work/kill-$round.db
  setup "$db" 2026-11-26
  SUBS_DB=$db SUBS_TODAY=2026-11-26 "$SUBS" -q alerts generate 2>/dev/null &
  victim=$!
  sleep "$(python3 -c "import random; print(round(random.uniform(0.2, $N * $DELAY), 2))")"
  kill -9 "$victim" 2>/dev/null || true
  wait "$victim" 2>/dev/null || true
  # As time would: the dead run's leases expire.
  sqlite3 "$db" "UPDATE delivery_lease SET lease_until = '2000-01-01T00:00:00Z'"
  SUBS_DB=$db SUBS_TODAY=2026-11-26 "$SUBS" -q alerts generate
  read -r raised got dup missing < <(check "$db")
  echo "round $round: alerts $raised, received $got, twice $dup, missing $missing"
  [ "$missing" = 0 ] || { echo "FAIL: an alert was never delivered"; exit 1; }
  repeats=$((repeats + dup))
done
echo "every alert delivered at least once; $repeats repeats (a kill between sending and recording)"
