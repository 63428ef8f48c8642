#!/usr/bin/env bash
# Sets up what is missing, builds the release bundle, and serves dist/ on http://127.0.0.1:PORT
# (8080 unless PORT is set) the way DEPLOY.md tells a host to: compressed copies, the security
# headers, caching by name (scripts/serve.mjs). BASE=/regelingencheck/ serves it under a sub-path.
# Stop with Ctrl+C.
set -eu
cd "$(dirname "$0")/.."
port=${PORT:-8080}
scripts/setup.sh
scripts/build.sh
echo
exec node scripts/serve.mjs --port "$port" --base "${BASE:-/}" --dir dist
