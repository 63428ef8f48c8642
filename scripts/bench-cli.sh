#!/usr/bin/env bash
# Throughput of `regelcheck` on one core, in households a second, for the three outputs: the full
# JSON line, --compact and --csv. Goals: full at least 300,000 a second, compact and CSV at least
# 1,000,000. A measurement, not a test: it prints numbers and judges nothing.
#
#   scripts/bench-cli.sh                      # 5 timed runs per output after 1 warm-up, 1,000,000 households
#   RUNS=9 COUNT=200000 CPU=1 scripts/bench-cli.sh
#   BIN=/path/to/other/regelcheck scripts/bench-cli.sh   # time another build on the same data
#
# 1. generates the households once (scripts/gen_households.py, fixed seed) into
#    target/bench-cli-data/ as JSON Lines, and the same households as CSV; again only when the
#    generator or COUNT changes;
# 2. builds with the cli profile (opt-level 3, LTO; see Cargo.toml), as the README says to;
# 3. runs the command pinned to one core (taskset), output to /dev/null, and prints households
#    per second from the wall time and from the CPU time (user + sys), as min, median and max.
# The machine's speed drifts (a shared virtual machine): compare builds by running this script
# for each in turn, or by the ratio of their CPU times, not by one number on its own.
# Needs bash, python3, cargo, taskset (util-linux) and awk; nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
COUNT=${COUNT:-1000000}
CPU=${CPU:-0}

data_dir=target/bench-cli-data
jsonl="$data_dir/households-$COUNT.jsonl"
csv="$data_dir/households-$COUNT.csv"
mkdir -p "$data_dir"
if [ ! -s "$jsonl" ] || [ scripts/gen_households.py -nt "$jsonl" ]; then
  echo "bench-cli: generating $COUNT households into $jsonl" >&2
  python3 scripts/gen_households.py "$COUNT" >"$jsonl.tmp"
  mv "$jsonl.tmp" "$jsonl"
fi
if [ ! -s "$csv" ] || [ "$jsonl" -nt "$csv" ]; then
  echo "bench-cli: writing the same households as CSV into $csv" >&2
  python3 - "$jsonl" "$csv.tmp" <<'PY'
import csv, json, sys
columns = ["id", "date", "age", "partner_age", "aow", "partner_aow", "children", "income", "period",
           "holiday_pay_included", "assets_above_limit", "low_income_3_years", "student", "debt_help"]
def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, list):
        return ";".join(map(str, v))
    return str(v)
with open(sys.argv[1], encoding="utf-8") as lines, open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(columns)
    for line in lines:
        try:
            h = json.loads(line)
        except ValueError:
            h = {}  # the generator's few bad lines become rows without age and income
        h = h if isinstance(h, dict) else {}
        w.writerow([cell(h.get(c)) for c in columns])
PY
  mv "$csv.tmp" "$csv"
fi

if [ -z "${BIN:-}" ]; then
  cargo build --quiet --profile cli --bin regelcheck
  BIN="${CARGO_TARGET_DIR:-target}/cli/regelcheck"
fi
echo "bench-cli: $BIN, $COUNT households, cpu $CPU, $RUNS runs per output after 1 warm-up" >&2

# One run: prints "wall_seconds cpu_seconds" (bash's own `time`, so no other tool is needed).
# Exit status 2 (some lines bad, about 0.1% on purpose) is expected; anything else stops here.
one_run() {
  local TIMEFORMAT='%R %U %S' t status
  t=$({ time taskset -c "$CPU" "$BIN" "$@" >/dev/null 2>&1; } 2>&1) && status=0 || status=$?
  if [ "$status" != 0 ] && [ "$status" != 2 ]; then
    echo "bench-cli: regelcheck $* exited with status $status" >&2
    exit 1
  fi
  local real user sys
  read -r real user sys <<<"$t"
  echo "$real $(echo "$user $sys" | awk '{print $1 + $2}')"
}

bench() {
  local name=$1
  shift
  one_run "$@" >/dev/null # warm-up: the file into the page cache, the binary loaded
  local results=() i
  for i in $(seq "$RUNS"); do
    results+=("$(one_run "$@")")
  done
  printf '%s\n' "${results[@]}" | awk -v n="$COUNT" -v name="$name" '
    { wall[NR] = $1; cpu[NR] = $2 }
    function sort(a, k,   i, j, t) { for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t } }
    function median(a, k) { return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
    END {
      k = NR; sort(wall, k); sort(cpu, k)
      # The slowest run gives the smallest number of households a second.
      printf "%-8s households/s by wall time: min %8d, median %8d, max %8d\n", name, n / wall[k], n / median(wall, k), n / wall[1]
      printf "%-8s households/s by cpu time:  min %8d, median %8d, max %8d\n", name, n / cpu[k], n / median(cpu, k), n / cpu[1]
    }'
}

bench full --input "$jsonl"
bench compact --compact --input "$jsonl"
bench csv --csv --input "$csv"
