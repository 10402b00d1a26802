#!/usr/bin/env bash
# Detection at scale: a 50,000-row statement (ten years of a busy business
# account, seeded, with known truth) in CSV and OFX; the time and peak memory
# of `subs detect --json FILE` (or, until that command exists, the
# `statements` example's `detect FILE`, the same read + detect) against the
# plain Python baseline (bench/detect_baseline.py) on the same CSV, in the
# same run, min and median of several runs, and the ratio. Then both are
# scored against the truth: precision, recall, F1, cadence accuracy.
#
#   bench/detect.sh [RUNS]        (default 5; needs python3; GNU time optional)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

command -v python3 >/dev/null || { echo "bench: python3 is required" >&2; exit 1; }
cargo build --release --quiet --bin subs --example statements
target=${CARGO_TARGET_DIR:-$PWD/target}
subs=$target/release/subs
statements=$target/release/examples/statements
data=bench/data/detect
mkdir -p "$data"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for format in csv-us ofx1; do
  if [ ! -f "$data/$format/truth.json" ]; then
    "$statements" gen --seed 24 --months 120 --rows 50000 --business --locale us \
      --format "$format" --out "$data/$format"
  fi
done
csv=$data/csv-us/statement.csv
ofx=$data/ofx1/statement.ofx

# Prefer the real command once it exists.
if "$subs" detect --help >/dev/null 2>&1; then
  detect=("$subs" detect --json)
  detect_name="subs detect --json"
else
  detect=("$statements" detect)
  detect_name="statements detect (read + detect)"
fi

# timed CMD...: "min median" wall time in ms over $runs runs, and the peak
# RSS in MB of one more run when GNU time is there ("-" otherwise).
timed() {
  local start end times=() rss="-"
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$@" >/dev/null 2>"$work/time"
    rss=$(awk -F: '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$work/time")
  fi
  printf '%s\n' "${times[@]}" | sort -n | awk -v rss="$rss" '
    { t[NR] = $1 }
    END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
          printf "%.1f %.1f %s\n", t[1] / 1000, m / 1000, rss }'
}

printf '%-40s %10s %10s %8s\n' "run (50,000 rows)" "min ms" "median ms" "peak MB"
row() { printf '%-40s %10s %10s %8s\n' "$1" $2; }
read -r subs_csv_min subs_csv_median subs_csv_rss < <(timed "${detect[@]}" "$csv")
row "$detect_name, CSV" "$subs_csv_min $subs_csv_median $subs_csv_rss"
read -r subs_ofx_min subs_ofx_median subs_ofx_rss < <(timed "${detect[@]}" "$ofx")
row "$detect_name, OFX" "$subs_ofx_min $subs_ofx_median $subs_ofx_rss"
read -r py_min py_median py_rss < <(timed python3 bench/detect_baseline.py "$csv")
row "python baseline, CSV" "$py_min $py_median $py_rss"
awk -v a="$py_median" -v b="$subs_csv_median" \
  'BEGIN { if (b <= 0) b = 0.01; printf "subs is %.1fx the speed of the baseline (median, CSV)\n", a / b }'

echo
echo "quality against the truth:"
"$statements" score "$data/csv-us" "$data/ofx1" 2>/dev/null | sed 's/^/  subs     /'
python3 bench/detect_baseline.py "$csv" >"$work/baseline.json"
"$statements" score --candidates "$work/baseline.json" "$data/csv-us" 2>/dev/null | sed 's/^/  baseline /'
