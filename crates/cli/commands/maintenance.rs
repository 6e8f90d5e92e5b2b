//! Commands that look after the log itself: `replay`, `retract`, `verify`, `export`, `import`.
//!
//! Not here: queries over claims (`queries.rs`) or ingesting articles (`ingest.rs`).

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context as _, Result};
use stancelog_events::{ClaimId, ClaimRetracted, Event, EventId, NewEvent, Seq, StreamId};
use stancelog_projection::{ClaimFilter, PersistedProjection};
use stancelog_store::{AppendRequest, ExpectedVersion};

use crate::context::Context;

/// Rebuilds the persisted projection from seq 1 (up to `to` when given).
pub fn replay(ctx: &Context, to: Option<u64>) -> Result<ExitCode> {
    let log = ctx.open_log()?;
    let head = log.head()?;
    let last = to.map_or(head, |to| Seq(to.min(head.0)));
    let (persisted, _) = PersistedProjection::open_or_reset(log.projection_db()?)?;
    let bar = super::progress_bar(last.0, "replaying");
    // The bulk path: folds in memory, writes the trees without transactions, checkpoint last.
    let envelopes = log
        .read_all(Seq(1))
        .take_while(|envelope| !matches!(envelope, Ok(e) if e.seq > last));
    let applied = persisted
        .rebuild(envelopes, &mut |seq| bar.set_position(seq.0))
        .context("replaying the log")?;
    bar.finish_and_clear();
    let stats = persisted.stats()?;
    eprintln!(
        "replayed {applied} events (seq 1..={last}): {} articles, {} claims, {} retracted",
        stats.articles, stats.claims, stats.retracted
    );
    if last < head {
        eprintln!("note: the log goes on to seq {head}; the next query catches up to it");
    }
    Ok(ExitCode::SUCCESS)
}

/// Appends a `ClaimRetracted` for a claim that is in the current view.
pub fn retract(ctx: &Context, claim_id: &str, reason: &str, by: &str) -> Result<ExitCode> {
    if reason.trim().is_empty() {
        bail!("--reason must say why the claim is withdrawn");
    }
    // One open for the whole command: sled lets a process hold a database once at a time.
    let log = ctx.open_log()?;
    let projection = super::view::load_with(&log, None)?;
    let rows = projection.claims(&ClaimFilter {
        include_retracted: true,
        ..ClaimFilter::default()
    })?;
    let matches: Vec<_> = rows
        .iter()
        .filter(|row| row.claim_id.to_string().starts_with(claim_id))
        .collect();
    let row = match matches.as_slice() {
        [] => bail!("no claim {claim_id:?} in the log (see `stancelog claims`)"),
        [row] => *row,
        _ => bail!(
            "{claim_id:?} matches {} claims: give more of the id",
            matches.len()
        ),
    };
    if row.retracted {
        bail!("claim {} is already retracted", row.claim_id);
    }
    let claim_id: ClaimId = row.claim_id;
    let stream = match row.article_id {
        Some(article) => StreamId::for_article(article),
        None => StreamId::new(format!("claim-{claim_id}")),
    };
    let event = Event::ClaimRetracted(ClaimRetracted {
        claim_id,
        reason: reason.trim().to_string(),
        by: by.to_string(),
    });
    let version = log.stream_version(&stream)?;
    let outcome = log.append(AppendRequest {
        stream,
        // A concurrent change to the same article makes this fail rather than interleave.
        expected: ExpectedVersion::Exact(version),
        events: vec![NewEvent::new(EventId(uuid::Uuid::new_v4()), &event)],
    })?;
    eprintln!("retracted claim {claim_id} (seq {})", outcome.last);
    Ok(ExitCode::SUCCESS)
}

/// Walks the whole log and checks it.
pub fn verify(ctx: &Context) -> Result<ExitCode> {
    let log = ctx.open_log()?;
    let bar = super::progress_bar(log.head()?.0, "verifying");
    let result = stancelog_store::verify(log.log(), &mut |seq| bar.set_position(seq.0));
    bar.finish_and_clear();
    match result {
        Ok(report) => {
            println!(
                "ok: {} events in {} streams; seq 1..={} contiguous, hash chain intact, \
                 stream versions contiguous, indexes consistent; head hash {}",
                report.events, report.streams, report.head, report.head_hash
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(fault) => {
            eprintln!("verify failed: {fault}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Writes every envelope as NDJSON; a file is written whole or not at all.
pub fn export(ctx: &Context, file: &Path) -> Result<ExitCode> {
    let log = ctx.open_log()?;
    let bar = super::progress_bar(log.head()?.0, "exporting");
    let mut progress = |seq: Seq| bar.set_position(seq.0);
    let count = if file.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        let count = stancelog_store::export(log.log(), &mut out, &mut progress)?;
        out.flush()?;
        count
    } else {
        // Write beside the target and rename, so a crash never leaves half an export.
        let partial = file.with_extension("partial");
        let mut out = BufWriter::new(
            File::create(&partial).with_context(|| format!("creating {}", partial.display()))?,
        );
        let count = stancelog_store::export(log.log(), &mut out, &mut progress)?;
        out.into_inner()
            .map_err(|e| e.into_error())
            .and_then(|f| f.sync_all())
            .with_context(|| format!("writing {}", partial.display()))?;
        std::fs::rename(&partial, file)
            .with_context(|| format!("renaming {} to {}", partial.display(), file.display()))?;
        count
    };
    bar.finish_and_clear();
    eprintln!("exported {count} events to {}", file.display());
    Ok(ExitCode::SUCCESS)
}

/// Loads an export into an empty database, checking every hash.
pub fn import(ctx: &Context, file: &Path) -> Result<ExitCode> {
    let log = ctx.open_log()?;
    if log.head()? != Seq::ZERO {
        bail!(
            "{} already holds {} events: import only into an empty database",
            ctx.db.display(),
            log.head()?
        );
    }
    let bar = super::progress_bar(0, "importing");
    let mut progress = |seq: Seq| bar.set_position(seq.0);
    let count = if file.as_os_str() == "-" {
        let stdin = std::io::stdin();
        let mut input = stdin.lock();
        stancelog_store::import(log.log(), &mut input, &mut progress)
    } else {
        let mut input = BufReader::new(
            File::open(file).with_context(|| format!("opening {}", file.display()))?,
        );
        stancelog_store::import(log.log(), &mut input, &mut progress)
    }
    .with_context(|| format!("importing {}", file.display()))?;
    bar.finish_and_clear();
    eprintln!(
        "imported {count} events from {}; every hash checked",
        file.display()
    );
    Ok(ExitCode::SUCCESS)
}
