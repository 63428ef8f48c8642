#!/usr/bin/env bash
# Installs what is missing, and nothing else: fast on a machine that has it all.
# Only package registries are reachable here (crates.io, npm, Debian apt), so every tool
# comes from one of those; nothing is downloaded from GitHub or a CDN.
set -eu
cd "$(dirname "$0")/.."

log() { printf 'setup: %s\n' "$*" >&2; }

# 1. The wasm32 target for the browser build.
if [ -z "$(rustup target list --installed | grep '^wasm32-unknown-unknown$')" ]; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli at exactly the library version in Cargo.lock (they must match).
want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock 2>/dev/null || true)
want=${want:-0.2.130}
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  log "installing wasm-bindgen-cli $want (about 2.5 minutes, once)"
  cargo install --locked wasm-bindgen-cli --version "$want" 2>/dev/null \
    || cargo install wasm-bindgen-cli --version "$want"
fi

# 3. Debian's Chromium, its driver and the Noto fonts for Arabic and Persian (tests, screenshots).
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/bin/chromedriver ] || missing="$missing chromium-driver"
[ -n "$(fc-list 2>/dev/null | grep 'Noto Sans Arabic UI')" ] || missing="$missing fonts-noto-ui-core"
if [ -n "$missing" ]; then
  log "installing Debian packages:$missing"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing fontconfig >/dev/null
fi

# 4. npm packages for the build (terser minifies the scripts) and the end-to-end tests, exactly
#    as locked.
if [ -f package-lock.json ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
log "all tools present"
