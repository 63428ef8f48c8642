#!/usr/bin/env bash
# A benchmark, not a test: Lighthouse mobile (its default: moto g power, slow 4G, 4x CPU) on the
# start page in Dutch and Arabic, served from dist/ the way scripts/run.sh serves it
# (scripts/serve.mjs: the brotli copies, the headers of DEPLOY.md). Prints performance,
# accessibility and best practices with FCP, LCP, TBT and bytes; the reports go to
# target/lighthouse/. Build first (scripts/build.sh). Lighthouse 12.8.2 is installed outside the
# project (13.x needs Node >= 22.19), in $LH_PREFIX (default /tmp/lh), so package.json stays as it is.
#   RUNS=3 scripts/lighthouse.sh     # median of 3 runs per language (default 1)
#   DIST=/tmp/other-dist scripts/lighthouse.sh   # another build
set -eu
cd "$(dirname "$0")/.."
prefix=${LH_PREFIX:-/tmp/lh}
runs=${RUNS:-1}
port=${PORT:-8097}
lh="$prefix/node_modules/.bin/lighthouse"
[ -x "$lh" ] || npm i --prefix "$prefix" --no-audit --no-fund lighthouse@12.8.2
dist=${DIST:-dist}
[ -f "$dist/index.html" ] || { echo "no $dist/: run scripts/build.sh first" >&2; exit 1; }
out=target/lighthouse
mkdir -p "$out"
node scripts/serve.mjs --port "$port" --base / --dir "$dist" > "$out/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null' EXIT
for _ in $(seq 50); do
  if node -e "fetch('http://127.0.0.1:$port/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then break; fi
  sleep 0.1
done
for lang in nl ar; do
  for i in $(seq "$runs"); do
    # Lighthouse now and then fails to record the trace (NO_NAVSTART): such a run is repeated.
    for try in 1 2 3; do
      if CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} "$lh" "http://127.0.0.1:$port/?lang=$lang" \
        --quiet --output=json --output-path="$out/$lang-$i.json" \
        --only-categories=performance,accessibility,best-practices \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"; then
        break
      fi
      [ "$try" -lt 3 ] || exit 1
    done
  done
done
node - "$out" "$runs" <<'JS'
const fs = require("fs");
const [dir, runs] = process.argv.slice(2);
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log("lang  perf  a11y  bp   FCP ms  LCP ms  TBT ms  CLS    bytes   (median of " + runs + ")");
for (const lang of ["nl", "ar"]) {
  const rs = [];
  for (let i = 1; i <= +runs; i++) rs.push(JSON.parse(fs.readFileSync(`${dir}/${lang}-${i}.json`, "utf8")));
  const cat = (k) => median(rs.map((r) => Math.round(r.categories[k].score * 100)));
  const num = (k) => median(rs.map((r) => Math.round(r.audits[k].numericValue)));
  console.log([lang.padEnd(4), String(cat("performance")).padStart(4), String(cat("accessibility")).padStart(5),
    String(cat("best-practices")).padStart(4), String(num("first-contentful-paint")).padStart(7),
    String(num("largest-contentful-paint")).padStart(7), String(num("total-blocking-time")).padStart(7),
    median(rs.map((r) => r.audits["cumulative-layout-shift"].numericValue)).toFixed(3).padStart(6),
    String(num("total-byte-weight")).padStart(8)].join(" "));
  for (const r of rs) for (const k of ["accessibility", "best-practices"])
    for (const ref of r.categories[k].auditRefs)
      if (ref.weight > 0 && r.audits[ref.id].score !== null && r.audits[ref.id].score < 1)
        console.log(`  ${lang} ${k}: ${ref.id} (${r.audits[ref.id].title})`);
}
JS
