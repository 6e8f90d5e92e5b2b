//! Integration tests of `stancelog-store` through its public API, in one binary (one link step
//! on a busy machine). Each module names the crate-doc rules it checks.
//!
//! Not here: unit tests of private helpers (next to the code) and the CLI's end-to-end tests.

mod append;
mod common;
mod corruption;
mod fixture;
mod group;
mod model;
mod process;
mod transfer;
