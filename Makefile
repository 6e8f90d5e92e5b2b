# stancelog — the two commands a fresh machine needs are `make demo` and `make test`.
# Everything builds with the toolchain on PATH and the versions pinned in Cargo.lock.

CARGO    ?= cargo
BIN      := target/release/stancelog
DEMO_DB  ?= target/demo.sled
ACTORS   := france germany nato uk russia

.PHONY: all build demo test check lint fmt doc bench clean

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
