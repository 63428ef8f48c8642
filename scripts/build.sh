#!/usr/bin/env bash
# Writes the deployable static bundle to dist/ from a release build, and prints its size table.
# dist/ then holds what DEPLOY.md tells a host to serve: index.html, sw.js and embed.js under
# fixed names, everything else under content-hashed names, each with .br and .gz copies.
set -eu
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
name=regelingencheck
# wasm-opt (binaryen) and terser, which minifies the scripts in dist.mjs, are npm dev dependencies.
if [ ! -d node_modules/terser ] || [ ! -x node_modules/.bin/wasm-opt ]; then
  echo "build.sh: node_modules/ lacks terser or binaryen: run scripts/setup.sh first (it runs npm ci)" >&2
  exit 1
fi

# Panic messages carry source paths: name them from the crate, not from this machine's folders.
cargo_home=${CARGO_HOME:-$HOME/.cargo}
export RUSTFLAGS="${RUSTFLAGS:-} --remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$PWD=/$name"
cargo build --release --locked --lib --target wasm32-unknown-unknown
# Built beside dist/ and moved in at the end, so a server or test reading dist/ never sees half.
out=$(mktemp -d "$PWD/target/dist.XXXXXX")
trap 'rm -rf "$out"' EXIT
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
  --out-dir "$out" --out-name "$name" "target/wasm32-unknown-unknown/release/$name.wasm"
scripts/wasm-opt.sh "$out/${name}_bg.wasm"
cp index.html "$out/"
cp static/* "$out/"
# Hashed names, rewritten references, compressed copies, the size table.
node scripts/dist.mjs "$out"
chmod 755 "$out"
rm -rf dist && mv "$out" dist
