#!/usr/bin/env bash
# Sets up what is missing, builds the release bundle, and serves dist/ on http://127.0.0.1:PORT
# (8080 unless PORT is set). Stop with Ctrl+C.
set -eu
cd "$(dirname "$0")/.."
port=${PORT:-8080}
scripts/setup.sh
scripts/build.sh
echo
echo "Regelingencheck runs at http://127.0.0.1:$port/  (Ctrl+C stops it)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
