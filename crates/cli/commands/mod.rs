//! One module a command family; `run` dispatches the parsed command line to them.
//!
//! Each command is synchronous work on the synchronous libraries, so it runs on tokio's blocking
//! pool (`spawn_blocking`); only `events --follow` is a long-lived async loop.

mod catalog;
mod compare;
mod corrections;
mod eval;
mod events;
mod extraction;
mod ingest;
mod maintenance;
mod queries;
mod report;
mod view;

use std::process::ExitCode;

use anyhow::{Context as _, Result};

use crate::args::{Cli, Command};
use crate::context::Context;

/// Runs the command the user asked for.
pub async fn run(cli: Cli) -> Result<ExitCode> {
    let ctx = Context::from_cli(&cli)?;
    if let Command::Events {
        from,
        stream,
        follow: true,
        format,
    } = cli.command
    {
        return events::follow(ctx, from, stream, format).await;
    }
    tokio::task::spawn_blocking(move || run_blocking(&ctx, cli.command))
        .await
        .context("the command's worker thread failed")?
}

fn run_blocking(ctx: &Context, command: Command) -> Result<ExitCode> {
    match command {
        Command::Ingest {
            paths,
            published,
            source,
            url,
            title,
            input_format,
            columns,
        } => {
            let overrides = ingest::overrides(published, source, url, title)?;
            let mapping = ingest::csv_mapping(&columns)?;
            ingest::run(ctx, &paths, &overrides, input_format, &mapping)
        }
        Command::Claims { filter, view } => queries::claims(ctx, &filter, &view),
        Command::Timeline {
            actor,
            topic,
            from,
            to,
            view,
        } => queries::timeline(
            ctx,
            &actor,
            topic.as_deref(),
            from.as_deref(),
            to.as_deref(),
            &view,
        ),
        Command::Shifts {
            actor,
            topic,
            since,
            view,
        } => queries::shifts(
            ctx,
            actor.as_deref(),
            topic.as_deref(),
            since.as_deref(),
            &view,
        ),
        Command::Compare { topic, view } => compare::run(ctx, &topic, &view),
        Command::Events {
            from,
            stream,
            follow: _,
            format,
        } => events::list(ctx, from, stream.as_deref(), format),
        Command::Replay { to } => maintenance::replay(ctx, to),
        Command::Retract {
            claim_id,
            reason,
            by,
        } => maintenance::retract(ctx, &claim_id, &reason, &by),
        Command::Assert {
            actor,
            topic,
            stance,
            said_on,
            speaker,
            evidence,
            source,
            article,
            by,
        } => corrections::assert(
            ctx,
            corrections::Assertion {
                actor,
                topic,
                stance,
                said_on,
                speaker,
                evidence,
                source,
                article,
                by,
            },
        ),
        Command::Reextract { dry_run } => corrections::reextract(ctx, dry_run),
        Command::Report { html, topic, as_of } => report::run(ctx, &html, &topic, as_of.as_deref()),
        Command::Verify => maintenance::verify(ctx),
        Command::Export { file } => maintenance::export(ctx, &file),
        Command::Import { file } => maintenance::import(ctx, &file),
        Command::Eval {
            gold,
            articles,
            details,
            format,
        } => eval::run(ctx, &gold, &articles, details, format),
        Command::Actors { format } => catalog::actors(ctx, format),
        Command::Topics { format } => catalog::topics(ctx, format),
    }
}

/// Parses a `YYYY-MM-DD` flag value, naming the flag in the error.
pub fn parse_day(text: &str, flag: &str) -> Result<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .with_context(|| format!("{flag} {text:?}: expected a date as YYYY-MM-DD"))
}

/// Parses an optional `YYYY-MM-DD` flag value.
pub fn parse_day_opt(text: Option<&str>, flag: &str) -> Result<Option<chrono::NaiveDate>> {
    text.map(|t| parse_day(t, flag)).transpose()
}

/// A progress bar on standard error, drawn only when it is a terminal.
pub fn progress_bar(len: u64, what: &str) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    if !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        return ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    let template =
        format!("{{spinner}} {what} [{{bar:40}}] {{pos}}/{{len}} ({{per_sec}}, {{eta}})");
    if let Ok(style) = ProgressStyle::with_template(&template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}
