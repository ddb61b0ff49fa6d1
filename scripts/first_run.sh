#!/usr/bin/env bash
# Measures what a newcomer waits for: a fresh clone, an empty cargo home (no cargo-leptos,
# no wasm-bindgen, no crates downloaded, no build), `make run` until the first page
# answers 200 on http://127.0.0.1:3000. Reuses only the Rust toolchain (rustup's) and
# the Debian packages already installed. Prints the minutes; leaves /tmp/quorum-first-run*.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=/tmp/quorum-first-run
rm -rf "$WORK" "$WORK-home"
git clone -q . "$WORK"
mkdir -p "$WORK-home/.cargo/bin"
TOOLCHAIN=$(dirname "$(rustup which cargo)")
# rustup itself (adds the wasm32 target), and the toolchain's cargo and rustc directly.
ln -s "$(command -v rustup)" "$WORK-home/.cargo/bin/rustup"
export HOME="$WORK-home" CARGO_HOME="$WORK-home/.cargo" RUSTUP_HOME="${RUSTUP_HOME:-/root/.rustup}"
export PATH="$WORK-home/.cargo/bin:$TOOLCHAIN:/usr/local/bin:/usr/bin:/bin"
cd "$WORK"
started=$(date +%s)
(make run > "$WORK/make-run.log" 2>&1) &
runner=$!
seen=""
until curl -fsS -o /dev/null http://127.0.0.1:3000/ 2>/dev/null; do
  # When each step began, as `make run` reaches it.
  for marker in "installing cargo-leptos" "installing wasm-bindgen" "installing wasm-opt" \
      "cargo leptos build" "generating JS/WASM" "Precompression" "import-iso-open-data"; do
    if [[ "$seen" != *"$marker"* ]] && grep -qF "$marker" "$WORK/make-run.log" 2>/dev/null; then
      seen="$seen|$marker"
      echo "$(( ($(date +%s) - started) / 60 )) min $(( ($(date +%s) - started) % 60 )) s: $marker"
    fi
  done
  if ! kill -0 "$runner" 2>/dev/null; then
    echo "make run stopped before serving; see $WORK/make-run.log" >&2
    exit 1
  fi
  sleep 5
done
ended=$(date +%s)
echo "first page after $(( (ended - started) / 60 )) min $(( (ended - started) % 60 )) s"
pkill -f "$WORK/target/release/server" || true
kill "$runner" 2>/dev/null || true
