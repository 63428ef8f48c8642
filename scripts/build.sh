#!/usr/bin/env bash
# Writes the deployable static bundle to dist/ from a release build, and prints its size table.
set -eu
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
name=regelingencheck

cargo build --release --locked --lib --target wasm32-unknown-unknown
rm -rf dist && mkdir -p dist
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
  --out-dir dist --out-name "$name" "target/wasm32-unknown-unknown/release/$name.wasm"
cp index.html dist/
cp static/* dist/

python3 - <<'PY'
import gzip, os
try:
    import brotli
except ImportError:
    brotli = None
rows, tot = [], [0, 0, 0]
for f in sorted(os.listdir("dist")):
    b = open(os.path.join("dist", f), "rb").read()
    g = len(gzip.compress(b, 9))
    r = len(brotli.compress(b, quality=11)) if brotli else None
    rows.append((f, len(b), g, r))
    tot[0] += len(b); tot[1] += g; tot[2] += r or 0
kb = lambda n: "-" if n is None else f"{n/1024:8.1f}"
print(f"{'file':<28}{'raw KB':>9}{'gzip KB':>9}{'brotli KB':>10}")
for f, raw, g, r in rows:
    print(f"{f:<28}{kb(raw)}{kb(g):>9}{kb(r):>10}")
print(f"{'total':<28}{kb(tot[0])}{kb(tot[1]):>9}{kb(tot[2] if brotli else None):>10}")
PY
