#!/usr/bin/env bash
# What the browser's wasm is made of, by function: builds the release wasm as scripts/build.sh
# does, runs wasm-bindgen keeping the name section (the shipped copy drops it), and writes
# twiggy's top items and dominators to target/twiggy/ (top.txt, dominators.txt). Pass a label to
# keep runs side by side: `scripts/twiggy.sh before` writes target/twiggy/before-top.txt.
# Needs twiggy 0.8 (`cargo install twiggy --locked`). ROWS (default 15) sets the number of rows.
set -eu
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
name=regelingencheck
rows=${ROWS:-15}
label=${1:+$1-}

cargo_home=${CARGO_HOME:-$HOME/.cargo}
export RUSTFLAGS="${RUSTFLAGS:-} --remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$PWD=/$name"
cargo build --release --locked --lib --target wasm32-unknown-unknown
out=target/twiggy
mkdir -p "$out/named"
wasm-bindgen --target web --no-typescript --keep-debug --out-dir "$out/named" --out-name "$name" \
  "target/wasm32-unknown-unknown/release/$name.wasm"
wasm="$out/named/${name}_bg.wasm"
# The build's wasm-opt passes, keeping the names (-g).
scripts/wasm-opt.sh "$wasm" -g
twiggy top -n "$rows" "$wasm" > "$out/${label}top.txt"
twiggy dominators -d 3 -r "$rows" "$wasm" > "$out/${label}dominators.txt"
echo "raw $(wc -c < "$wasm") bytes with names; brotli of the shipped copy: see scripts/build.sh"
echo "== twiggy top -n $rows ($out/${label}top.txt)"
cat "$out/${label}top.txt"
echo "== twiggy dominators -d 3 -r $rows ($out/${label}dominators.txt)"
cat "$out/${label}dominators.txt"
