#!/usr/bin/env bash
# binaryen's wasm-opt (npm, version 132; Debian's 108 cannot read this wasm) on a wasm in place,
# with the passes of the shipped build: scripts/build.sh and scripts/twiggy.sh (which adds -g to
# keep the names) both call this, so what twiggy shows is what residents download. These passes,
# not -Oz: measured with brotli, -Oz made the download larger and "-O1 --dae-optimizing -O1"
# 1.2 KB smaller (issue 18's note).
# Usage: scripts/wasm-opt.sh FILE.wasm [extra wasm-opt options]
set -eu
wasm=$1
shift
"$(dirname "$0")/../node_modules/.bin/wasm-opt" "$@" --enable-bulk-memory \
  --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  --enable-reference-types --enable-multivalue -O1 --dae-optimizing -O1 "$wasm" -o "$wasm"
