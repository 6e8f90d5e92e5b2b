//! End-to-end tests: the real `stancelog` binary on a real sled database in a temp directory.
//!
//! One test binary (ripgrep's pattern), one module a topic. Unit tests live beside the code in
//! each crate; these only check what a user sees: exit codes, stdout, stderr, and that the log
//! holds what it should.

mod corrections;
mod durability;
mod harness;
mod ingest;
mod log;
mod postgres;
mod queries;
mod views;
