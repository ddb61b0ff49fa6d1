#!/usr/bin/env bash
# Fuzzes the public API with schemathesis (from PyPI) against its own OpenAPI document:
# every operation, generated and boundary inputs, with every check (`--checks all`): no
# 5xx; status, content type, headers and body as documented; invalid input refused and
# valid input accepted; other methods answered 405 with `Allow`. Uses the debug server
# `cargo leptos build` made, on a fresh seeded database, and a virtualenv under target/
# (created once).
#   scripts/fuzz-api.sh [max examples per operation, default 40]
set -euo pipefail
cd "$(dirname "$0")/.."
EXAMPLES=${1:-40}
VENV=target/fuzz-venv
PORT=3111

if ! "$VENV/bin/st" --version >/dev/null 2>&1; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "schemathesis>=4,<5"
fi

work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT
DATABASE_URL="sqlite://$work/fuzz.db" LEPTOS_SITE_ADDR="127.0.0.1:$PORT" LEPTOS_SITE_ROOT=target/site \
  LEPTOS_OUTPUT_NAME=quorum RUST_LOG=warn target/debug/server >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.1
done

status=0
"$VENV/bin/st" run "http://127.0.0.1:$PORT/api/v1/openapi.json" \
  --checks all \
  --max-examples "$EXAMPLES" --seed 20261130 --no-color || status=$?
if grep -q "panicked" "$work/server.log"; then
  echo "fuzz: the server logged a panic" >&2
  grep -m5 "panicked" "$work/server.log" >&2
  status=1
fi
exit $status
