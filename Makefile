# stancelog — the two commands a fresh machine needs are `make demo` and `make test`.
# Everything builds with the toolchain on PATH and the versions pinned in Cargo.lock.

CARGO    ?= cargo
BIN      := target/release/stancelog
DEMO_DB  ?= target/demo.sled
ACTORS   := france germany nato uk russia

.PHONY: all build demo test test-pg check lint fmt doc bench clean

all: build

build:
	$(CARGO) build --release --locked --bin stancelog

## demo: ingest data/articles/ into a fresh demo database and print the five timelines.
demo: build
	rm -rf $(DEMO_DB)
	$(BIN) --db $(DEMO_DB) ingest data/articles/
	@for actor in $(ACTORS); do \
		echo; echo "=== $$actor ==="; \
		$(BIN) --db $(DEMO_DB) timeline $$actor || exit 1; \
	done

## test: formatting, lints, docs, then every unit, property and end-to-end test.
test: check
	$(CARGO) test --workspace --locked
	@[ -n "$$STANCELOG_TEST_PG" ] || echo "note: the PostgreSQL suites were skipped (STANCELOG_TEST_PG is not set); run them with: make test-pg"

## test-pg: the PostgreSQL suites (store conformance, e2e postgres) on a throwaway cluster
## started on 127.0.0.1 and stopped again (needs PostgreSQL installed: scripts/pg-throwaway.sh install).
test-pg:
	@dir=$$(mktemp -d /tmp/stancelog-pg.XXXXXX); \
	trap 'scripts/pg-throwaway.sh stop "'"$$dir"'"' EXIT; \
	url=$$(scripts/pg-throwaway.sh start "$$dir") || exit 1; \
	STANCELOG_TEST_PG="$$url" $(CARGO) test --locked -p stancelog-store --test conformance && \
	STANCELOG_TEST_PG="$$url" $(CARGO) test --locked --test e2e postgres

check: fmt lint doc

fmt:
	$(CARGO) fmt --all -- --check

lint:
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

doc:
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --workspace --no-deps --locked

## bench: throughput, latency, size and memory beside SQLite and NDJSON, measured in the same run;
## prints one table and writes target/bench-report.md. BENCH_QUICK=1 for a run under a minute.
BENCH_QUICK ?=
bench:
	BENCH_QUICK=$(BENCH_QUICK) $(CARGO) run --release --locked -p stancelog-bench

clean:
	$(CARGO) clean
	rm -rf $(DEMO_DB)
