//! The `stancelog` binary: command-line parsing, wiring of the libraries, output and exit codes.
//!
//! This file only sets up logging and the tokio runtime and maps errors to exit codes; each
//! command lives in `commands/`. The libraries (`stancelog-ingest`, `-store`, `-projection`) are
//! synchronous: sled blocks, so async code here calls them through `spawn_blocking`.
//!
//! Exit codes: 0 success; 1 a failure (a bad input file in a batch, a fault found by `verify`,
//! a database in use, any other error); 2 a usage error (from clap).

mod args;
mod backend;
mod commands;
mod context;
mod data;
mod html_report;
mod output;
mod rows;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("STANCELOG_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();

    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(commands::run(cli)) {
        Ok(code) => code,
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// `stancelog claims | head` closes the pipe early; that is not an error worth reporting.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
