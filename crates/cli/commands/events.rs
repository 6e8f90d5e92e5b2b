//! `stancelog events`: the raw log in order, once or following new appends.
//!
//! Table format shows one line an event; json, ndjson and csv carry the whole envelope (payload
//! as JSON text in CSV). `--follow` first catches up from `--from`, then waits for new events.
//! sled lets one process hold a database at a time, so the follower re-opens the log for each
//! poll and lets go in between: writers (who wait up to `--lock-timeout` for it) keep working.
//! A PostgreSQL log is shared, so the follower keeps one connection and waits on it
//! (LISTEN/NOTIFY, with a polling fallback); commit order is seq order there, so reading
//! `seq >= next` never skips an event another writer commits later.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, Result};
use serde::Serialize;
use stancelog_events::{Envelope, Seq, StreamId, StreamVersion};
use stancelog_store::EventLog;

use crate::args::Format;
use crate::backend::{Backend, DbLocation};
use crate::context::Context;
use crate::output::{clip, write_rows, TableRow};
use crate::rows::iso_instant;

/// One envelope as printed.
#[derive(Serialize)]
struct EventOut {
    seq: u64,
    id: String,
    stream: String,
    version: u64,
    kind: String,
    schema: u16,
    recorded_at: String,
    payload: serde_json::Value,
    prev_hash: String,
    hash: String,
}

impl From<&Envelope> for EventOut {
    fn from(envelope: &Envelope) -> EventOut {
        EventOut {
            seq: envelope.seq.0,
            id: envelope.id.to_string(),
            stream: envelope.stream.to_string(),
            version: envelope.version.0,
            kind: envelope.kind.clone(),
            schema: envelope.schema,
            recorded_at: iso_instant(envelope.recorded_at),
            payload: envelope.payload.clone(),
            prev_hash: envelope.prev_hash.to_hex(),
            hash: envelope.hash.to_hex(),
        }
    }
}

/// CSV cannot hold a nested object: the payload goes in as JSON text.
#[derive(Serialize)]
struct EventCsv<'a> {
    #[serde(flatten)]
    head: EventHead<'a>,
    payload: String,
}

#[derive(Serialize)]
struct EventHead<'a> {
    seq: u64,
    id: &'a str,
    stream: &'a str,
    version: u64,
    kind: &'a str,
    schema: u16,
    recorded_at: &'a str,
    prev_hash: &'a str,
    hash: &'a str,
}

impl TableRow for EventOut {
    const COLUMNS: &'static [&'static str] = &[
        "seq",
        "id",
        "stream",
        "version",
        "kind",
        "schema",
        "recorded_at",
        "payload",
        "prev_hash",
        "hash",
    ];
    fn table_headers() -> Vec<&'static str> {
        vec!["seq", "recorded at", "stream", "ver", "kind", "summary"]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.seq.to_string(),
            self.recorded_at.clone(),
            clip(&self.stream, 20),
            self.version.to_string(),
            self.kind.clone(),
            clip(&summary(&self.payload), 90),
        ]
    }
}

/// A one-line gist of a payload for the table view.
fn summary(payload: &serde_json::Value) -> String {
    let field = |name: &str| payload.get(name).and_then(|v| v.as_str()).unwrap_or("");
    if payload.get("text").is_some() {
        return format!("{} ({})", field("title"), field("published"));
    }
    if payload.get("reason").is_some() {
        return format!("retracts {}: {}", field("claim_id"), field("reason"));
    }
    format!(
        "{} {} {} ({})",
        field("actor"),
        field("stance"),
        field("topic"),
        field("said_on")
    )
}

/// Prints the log once.
pub fn list(ctx: &Context, from: u64, stream: Option<&str>, format: Format) -> Result<ExitCode> {
    let log = ctx.open_log()?;
    let envelopes = read(log.log(), Seq(from.max(1)), stream)?;
    print(&envelopes, format, true)?;
    Ok(ExitCode::SUCCESS)
}

fn read(log: &dyn EventLog, from: Seq, stream: Option<&str>) -> Result<Vec<Envelope>> {
    match stream {
        Some(stream) => {
            let envelopes = log.read_stream(&StreamId::new(stream), StreamVersion(1))?;
            Ok(envelopes.into_iter().filter(|e| e.seq >= from).collect())
        }
        None => log
            .read_all(from)
            .collect::<Result<Vec<_>, _>>()
            .context("reading the log"),
    }
}

fn print(envelopes: &[Envelope], format: Format, with_header: bool) -> Result<()> {
    use std::io::Write;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format {
        Format::Csv => {
            let mut writer = csv::WriterBuilder::new()
                .has_headers(with_header)
                .from_writer(&mut out);
            if envelopes.is_empty() && with_header {
                writer.write_record(EventOut::COLUMNS)?;
            }
            for envelope in envelopes {
                let row = EventOut::from(envelope);
                writer.serialize(EventCsv {
                    head: EventHead {
                        seq: row.seq,
                        id: &row.id,
                        stream: &row.stream,
                        version: row.version,
                        kind: &row.kind,
                        schema: row.schema,
                        recorded_at: &row.recorded_at,
                        prev_hash: &row.prev_hash,
                        hash: &row.hash,
                    },
                    payload: row.payload.to_string(),
                })?;
            }
            writer.flush()?;
        }
        Format::Table if !with_header => {
            // Following: one plain line an event, no table frame to redraw.
            for envelope in envelopes {
                let row = EventOut::from(envelope);
                writeln!(out, "{}", row.table_cells().join("  "))?;
            }
        }
        _ => {
            let rows: Vec<EventOut> = envelopes.iter().map(EventOut::from).collect();
            write_rows(&rows, format, &mut out)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Prints the log from `from`, then every new event as it is appended, until interrupted.
pub async fn follow(
    ctx: Context,
    from: u64,
    stream: Option<String>,
    format: Format,
) -> Result<ExitCode> {
    // A JSON array cannot be streamed and stay valid: following prints NDJSON instead.
    let format = if format == Format::Json {
        Format::Ndjson
    } else {
        format
    };
    // A server log is kept open on one connection and waited on (LISTEN/NOTIFY); sled is
    // re-opened for each poll so that writers can take it in between.
    // The synchronous PostgreSQL client runs its own runtime: open and drop it off this one.
    let shared = HeldLog(match &ctx.db {
        DbLocation::Postgres(_) => {
            let open_ctx = ctx.clone();
            let log = tokio::task::spawn_blocking(move || open_ctx.open_log())
                .await
                .context("the follower's worker thread failed")??;
            Some(Arc::new(log))
        }
        DbLocation::Sled(_) => None,
    });
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    let mut next = Seq(from.max(1));
    let mut first = true;
    loop {
        let poll_ctx = ctx.clone();
        let stream_filter = stream.clone();
        let held = shared.0.clone();
        let task = tokio::task::spawn_blocking(move || -> Result<Vec<Envelope>> {
            let (log, wait) = match held {
                Some(log) => (log, Duration::from_secs(1)),
                None => (Arc::new(poll_ctx.open_log()?), Duration::from_millis(200)),
            };
            let batch = read(log.log(), next, stream_filter.as_deref())?;
            if batch.is_empty() {
                // Wait inside the open log for new appends (sled: in-process only, then let go).
                log.wait_for_head_after(Seq(next.0 - 1), wait)?;
            }
            Ok(batch)
        });
        let batch = tokio::select! {
            _ = &mut ctrl_c => return Ok(ExitCode::SUCCESS),
            joined = task => joined.context("the follower's worker thread failed")??,
        };
        if let Some(last) = batch.last() {
            next = last.seq.next();
        }
        if !batch.is_empty() || first {
            print(&batch, format, first)?;
            first = false;
        }
        if shared.0.is_none() {
            tokio::select! {
                _ = &mut ctrl_c => return Ok(ExitCode::SUCCESS),
                _ = tokio::time::sleep(Duration::from_millis(300)) => {}
            }
        }
    }
}

/// A log kept open by the follower, closed off the async threads (the synchronous PostgreSQL
/// client blocks on its own runtime when it closes).
struct HeldLog(Option<Arc<Backend>>);

impl Drop for HeldLog {
    fn drop(&mut self) {
        if let Some(log) = self.0.take() {
            tokio::task::block_in_place(move || drop(log));
        }
    }
}
