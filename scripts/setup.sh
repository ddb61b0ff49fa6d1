#!/usr/bin/env bash
# Installs whatever Quorum's build and tests need and is missing on this machine.
# Safe to run repeatedly: every step checks first and skips what is already there.
#   scripts/setup.sh          build tools only (wasm target, cargo-leptos, wasm-bindgen, wasm-opt)
#   scripts/setup.sh --test   also chromium, chromedriver, CJK fonts and PostgreSQL
#   scripts/setup.sh --bench  also wrk, nginx, brotli and time (for `make bench`)
#   scripts/setup.sh --security  also wapiti and sqlmap (for `make security`)
#   scripts/setup.sh --lighthouse  also chromium and Lighthouse 12.2.3 from npm (for `make lighthouse`)
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_LEPTOS_VERSION=0.3.11
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock 2>/dev/null | sed -n 's/^version = "\(.*\)"/\1/p' | head -1)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.100}
BINARYEN_NPM_VERSION=132.0.0
WANT_TEST=0
WANT_BENCH=0
WANT_SECURITY=0
WANT_LIGHTHOUSE=0
[ "${1:-}" = "--test" ] && WANT_TEST=1
[ "${1:-}" = "--bench" ] && WANT_BENCH=1
[ "${1:-}" = "--security" ] && WANT_SECURITY=1
[ "${1:-}" = "--lighthouse" ] && WANT_LIGHTHOUSE=1

# cargo-leptos and wasm-bindgen only drive the build: their own release profiles (LTO,
# one codegen unit) took 15 of a fresh machine's 30 minutes to the first page. Built
# without optimisation or LTO, in parallel codegen units (the release profile's other
# settings: no debug assertions, no debug info), cargo-leptos installs in under 4 minutes
# instead of 8 at opt-level 1, and its own work in a build (the JS glue, precompressing)
# still takes seconds: the time goes to rustc and wasm-opt, which it only waits on.
quick_install() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256 CARGO_PROFILE_RELEASE_OPT_LEVEL=0 \
    CARGO_PROFILE_RELEASE_DEBUG=false cargo install "$@"
}

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
  fi
}

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (once)"
  quick_install --locked --ignore-rust-version cargo-leptos --version "$CARGO_LEPTOS_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (must match Cargo.lock)"
  quick_install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Debian's binaryen (wasm-opt 108) silently breaks hydration: use npm's binaryen,
# installed into ~/.cargo/bin so cargo-leptos finds it first on PATH.
if ! "$HOME/.cargo/bin/wasm-opt" --version 2>/dev/null | grep -q "version 1[1-9][0-9]"; then
  say "installing wasm-opt (binaryen $BINARYEN_NPM_VERSION from npm)"
  command -v npm >/dev/null || apt_install nodejs npm
  mkdir -p "$HOME/.local/share/quorum-binaryen"
  npm install --silent --prefix "$HOME/.local/share/quorum-binaryen" "binaryen@$BINARYEN_NPM_VERSION"
  ln -sf "$HOME/.local/share/quorum-binaryen/node_modules/.bin/wasm-opt" "$HOME/.cargo/bin/wasm-opt"
fi

if [ "$WANT_TEST" = 1 ]; then
  apt_install chromium chromium-driver fonts-wqy-microhei postgresql
  # The API fuzz run (scripts/fuzz-api.sh) installs schemathesis into a virtualenv.
  python3 -m venv --help >/dev/null 2>&1 || apt_install python3-venv
  # aiosmtpd: the real SMTP server the mail tests start (tests/smtp_sink.py).
  if ! target/mail-venv/bin/python -c 'import aiosmtpd' 2>/dev/null; then
    say "installing aiosmtpd for the mail tests"
    python3 -m venv target/mail-venv
    target/mail-venv/bin/pip install -q "aiosmtpd==1.4.6"
  fi
  # axe-core for the accessibility tests (injected into Chromium through WebDriver).
  if [ ! -f target/axe/node_modules/axe-core/axe.min.js ]; then
    say "installing axe-core from npm"
    command -v npm >/dev/null || apt_install nodejs npm
    mkdir -p target/axe
    npm install --silent --prefix target/axe axe-core@4.14.1
  fi
fi
if [ "$WANT_BENCH" = 1 ]; then
  apt_install wrk nginx brotli time
fi
if [ "$WANT_LIGHTHOUSE" = 1 ]; then
  apt_install chromium
  if [ ! -x target/lighthouse/node_modules/.bin/lighthouse ]; then
    say "installing Lighthouse 12.2.3 from npm"
    command -v npm >/dev/null || apt_install nodejs npm
    mkdir -p target/lighthouse
    npm install --silent --no-audit --no-fund --prefix target/lighthouse lighthouse@12.2.3
  fi
fi
if [ "$WANT_SECURITY" = 1 ]; then
  apt_install wapiti sqlmap
fi
say "ready"
