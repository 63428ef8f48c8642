#!/usr/bin/env bash
# Runs every test: format and lint, native tests (rules and the regelcheck command), component
# tests in headless Chromium, and the end-to-end suite against the release bundle. A failing
# step does not stop the others; the last line is "tests: N passed, M failed".
set -u
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

passed=0; failed=0; failed_steps=""
log=$(mktemp -d)

count_cargo() {  # sums "test result: ok. N passed; M failed" lines
  awk '/^test result:/ { for (i=1;i<=NF;i++) { if ($(i)=="passed;") p+=$(i-1); if ($(i)=="failed;") f+=$(i-1) } } END { print p+0, f+0 }' "$1"
}
count_node() {
  awk '/^# pass / { p+=$3 } /^# fail / { f+=$3 } END { print p+0, f+0 }' "$1"
}

step() {  # step NAME COUNTER COMMAND...
  local name=$1 counter=$2; shift 2
  local out="$log/$name.log"
  printf '== %s\n' "$name"
  "$@" >"$out" 2>&1
  local rc=$?
  local p=0 f=0
  case $counter in
    cargo) read -r p f < <(count_cargo "$out") ;;
    node) read -r p f < <(count_node "$out") ;;
    *) if [ $rc = 0 ]; then p=1; else f=1; fi ;;
  esac
  if [ $rc != 0 ] && [ "$f" = 0 ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  if [ $rc = 0 ]; then
    printf '   ok (%s passed)\n' "$p"
  else
    failed_steps="$failed_steps $name"
    printf '   FAILED (exit %s, %s passed, %s failed); last lines:\n' "$rc" "$p" "$f"
    tail -n 40 "$out" | sed 's/^/   | /'
  fi
}

step setup plain scripts/setup.sh
step fmt plain cargo fmt --all -- --check
step clippy plain cargo clippy --all-targets --locked -- -D warnings
# The UI compiles for the browser only; lint it there too.
step clippy-wasm plain cargo clippy --locked --target wasm32-unknown-unknown --no-default-features --lib --test component -- -D warnings
step native-tests cargo cargo test --locked
if [ -f tests/component.rs ] || [ -d tests/component ]; then
  step wasm-component-tests cargo cargo test --locked --target wasm32-unknown-unknown --no-default-features --test component
fi
if [ -d e2e ]; then
  step build plain scripts/build.sh
  step e2e node node --test --test-concurrency=2 e2e/
fi

[ -n "$failed_steps" ] && printf 'failed steps:%s\n' "$failed_steps"
printf 'tests: %s passed, %s failed\n' "$passed" "$failed"
[ -z "$failed_steps" ]
