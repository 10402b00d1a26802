#!/usr/bin/env bash
# Start-up of `subs mcp`: from spawning it to the `initialize` result on its
# stdout, against a whole run of `subs list --json`, on the same empty
# database, in the same run, interleaved: the figure is a ratio that holds
# on a shared, noisy machine. Plain JSON-RPC from Python's standard library
# (no SDK), so only the server is measured.
#
#   bench/mcp.sh [RUNS]        (default 200; needs python3)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}

command -v python3 >/dev/null || { echo "bench: python3 is required" >&2; exit 1; }
# SUBS_BIN=path measures that binary instead (e.g. an older build).
if [ -z "${SUBS_BIN:-}" ]; then cargo build --release --quiet; fi
subs=${SUBS_BIN:-$PWD/target/release/subs}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/bench.db
SUBS_DB=$db "$subs" config set base_currency USD >/dev/null   # create and migrate once

SUBS_DB=$db python3 - "$subs" "$runs" <<'EOF'
import json, os, statistics, subprocess, sys, time

subs, runs = sys.argv[1], int(sys.argv[2])
init = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
    "protocolVersion": "2025-06-18", "capabilities": {},
    "clientInfo": {"name": "bench", "version": "0"}}}) + "\n"

def mcp():
    start = time.perf_counter()
    p = subprocess.Popen([subs, "mcp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL)
    p.stdin.write(init.encode()); p.stdin.flush()
    line = p.stdout.readline()
    ready = time.perf_counter() - start
    assert b'"result"' in line, line
    p.stdin.close(); p.wait()
    return ready

def listing():
    start = time.perf_counter()
    subprocess.run([subs, "list", "--json"], stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start

a, b = [], []
for _ in range(runs):
    a.append(mcp())
    b.append(listing())
ms = lambda xs: statistics.median(xs) * 1000
print(f"subs mcp, spawn to initialize result: {ms(a):.2f} ms (median of {runs})")
print(f"subs list --json (empty db):          {ms(b):.2f} ms (median of {runs})")
print(f"ratio: {ms(a) / ms(b):.2f}x")
EOF
