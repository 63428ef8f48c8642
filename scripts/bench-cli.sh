#!/usr/bin/env bash
# Throughput of `regelcheck`, JSON Lines in and out, on one core. The goal is 1,000,000 households
# a second.
#
#   scripts/bench-cli.sh            # 5 timed runs after 1 warm-up, 1,000,000 households
#   RUNS=9 COUNT=200000 CPU=1 scripts/bench-cli.sh
#
# 1. generates the households once (scripts/gen_households.py, fixed seed) into target/bench-cli-data/;
#    again only when the generator or COUNT changes;
# 2. builds with the cli profile (opt-level 3, LTO; see Cargo.toml), as the README says to;
# 3. runs the command pinned to one core (taskset), output to /dev/null, and prints households
#    per second from the wall time and from the CPU time, as min and median over the runs.
# Needs bash, python3, cargo, taskset (util-linux); nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
COUNT=${COUNT:-1000000}
CPU=${CPU:-0}

data_dir=target/bench-cli-data
input="$data_dir/households-$COUNT.jsonl"
mkdir -p "$data_dir"
if [ ! -s "$input" ] || [ scripts/gen_households.py -nt "$input" ]; then
  echo "bench-cli: generating $COUNT households into $input" >&2
  python3 scripts/gen_households.py "$COUNT" >"$input.tmp"
  mv "$input.tmp" "$input"
fi

cargo build --quiet --profile cli --bin regelcheck
bin=target/cli/regelcheck

lines=$(wc -l <"$input")
bytes=$(wc -c <"$input")
echo "bench-cli: $lines lines ($((bytes / 1000000)) MB) from $input, cpu $CPU, $RUNS runs after 1 warm-up" >&2

# One run: prints "wall_seconds cpu_seconds" (bash's own `time`, so no other tool is needed).
# Exit status 2 (some lines bad, about 0.1% on purpose) is expected; anything else stops here.
one_run() {
  local TIMEFORMAT='%R %U %S' t status
  t=$({ time taskset -c "$CPU" "$bin" --input "$input" >/dev/null 2>&1; } 2>&1) && status=0 || status=$?
  # `time` prints after the command; its status is the command's.
  if [ "$status" != 0 ] && [ "$status" != 2 ]; then
    echo "bench-cli: regelcheck exited with status $status" >&2
    exit 1
  fi
  local real user sys
  read -r real user sys <<<"$t"
  echo "$real $(echo "$user + $sys" | awk '{print $1 + $3}')"
}

one_run >/dev/null # warm-up: the file into the page cache, the binary loaded
results=()
for i in $(seq "$RUNS"); do
  r=$(one_run)
  results+=("$r")
  printf 'run %d: wall %s s, cpu %s s\n' "$i" ${r}
done

printf '%s\n' "${results[@]}" | awk -v n="$lines" '
  { wall[NR] = $1; cpu[NR] = $2 }
  function sort(a, k,   i, j, t) { for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t } }
  function median(a, k) { return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
  END {
    k = NR; sort(wall, k); sort(cpu, k)
    # The fastest run has the smallest time: min households/s comes from the largest time.
    printf "households/s by wall time: min %d, median %d, max %d\n", n / wall[k], n / median(wall, k), n / wall[1]
    printf "households/s by cpu time:  min %d, median %d, max %d\n", n / cpu[k], n / median(cpu, k), n / cpu[1]
  }'
