# Quorum: the two commands a newcomer needs are `make run` and `make test`.
# Both install what is missing first (scripts/setup.sh skips what is there).
SHELL := /bin/bash
export LEPTOS_OUTPUT_NAME := quorum
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: run test setup setup-test setup-bench setup-lighthouse setup-security lint fmt watch bench lighthouse reliability security fuzz

## Build the release site and server, then serve on http://127.0.0.1:3000
## (embedded SQLite database in data/quorum.db, seeded on first start, with ISO's
## committees file shipped in seed/ imported; an unchanged file writes nothing).
run: setup
	cargo leptos build --release --precompress
	target/release/server import-iso-open-data --as-of 2026-05-02 \
		--committees seed/iso-open-data/iso_technical_committees-2026-05-02.csv.gz
	cargo leptos serve --release --precompress

## Every test: formatting, unit, integration (SQLite and a throwaway PostgreSQL),
## browser (Chromium, JavaScript off and on), a schemathesis fuzz run of the API, then
## clippy for server and browser code.
test: setup-test
	cargo fmt --all --check
	cargo leptos build
	cargo test --workspace --no-fail-fast
	scripts/fuzz-api.sh
	$(MAKE) lint

## The API fuzz run alone (schemathesis; part of `make test`).
fuzz: setup-test
	cargo leptos build
	scripts/fuzz-api.sh 200

## Development server that rebuilds on change.
watch: setup
	cargo leptos watch

## Speed and size budgets: release build, seeded database, wrk against Quorum and
## nginx serving the same bytes; prints a table with pass/fail per budget.
bench: setup-bench
	cargo leptos build --release --precompress
	python3 scripts/bench.py

## Lighthouse 12.2.3 (mobile emulation, Debian's Chromium) on every kind of public page,
## English and Arabic: performance ≥ 95, accessibility, best practices and SEO 100.
lighthouse: setup-lighthouse
	cargo leptos build --release --precompress
	python3 scripts/lighthouse.py

## 60 s of read load with 20 coordinator writes a second, then a kill -9 during writes:
## no error, no lost acknowledged write, database intact.
reliability: setup-bench
	cargo leptos build --release --precompress
	python3 scripts/reliability.py

## Security check against a throwaway server (not part of `make test`): a burst of 200
## wrong sign-ins (limits, memory), wapiti as the admin and sqlmap on public endpoints;
## findings fail unless scripts/security-allowlist.json excuses them with a reason.
security: setup-security
	cargo leptos build --release --precompress
	python3 scripts/security.py

setup:
	scripts/setup.sh

setup-test:
	scripts/setup.sh --test

setup-bench:
	scripts/setup.sh --bench

setup-security:
	scripts/setup.sh --security

setup-lighthouse:
	scripts/setup.sh --lighthouse

lint:
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p app --lib --target wasm32-unknown-unknown --no-default-features --features hydrate -- -D warnings

fmt:
	cargo fmt --all
