//! Measure 2, replay, and the memory half of measure 5.
//!
//! Each replay runs in its own child process (this binary, `child-replay KIND PATH`), so its
//! peak resident memory (VmHWM) is its own and not the generator's, and so one replay's caches
//! do not help the next beyond the OS page cache they all share. Kinds:
//! * `sled-persisted`: what `stancelog replay` does — `read_all` from seq 1 into
//!   `PersistedProjection::rebuild` (fold in memory, write the trees, checkpoint last);
//! * `sled-memory`: `read_all` into the in-memory `Projection` (diagnostic: splits the cost of
//!   reading the log from the cost of writing the persisted trees);
//! * `ndjson`: serde_json decode of every line into an `Envelope`, then the same in-memory fold
//!   (the near-limit);
//! * `sqlite`: `SELECT envelope … ORDER BY seq`, decode, the same in-memory fold.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context as _, Result};
use stancelog_events::Seq;
use stancelog_projection::{PersistedProjection, Projection};
use stancelog_store::{EventLog, SledLog};

use crate::baselines::{ndjson, sqlite};
use crate::util::peak_rss_bytes;

/// What one replay measured.
#[derive(Clone, Copy, Debug, Default)]
pub struct Replayed {
    /// Events folded.
    pub events: u64,
    /// Wall time of the replay alone (not the process start).
    pub secs: f64,
    /// Peak resident memory of the process, bytes.
    pub peak: u64,
}

impl Replayed {
    /// Events per second.
    pub fn rate(&self) -> f64 {
        self.events as f64 / self.secs.max(1e-9)
    }
}

/// Runs one replay in a child process and reads its result.
pub fn run(kind: &str, path: &Path) -> Result<Replayed> {
    let exe = std::env::current_exe().context("finding this binary")?;
    let output = Command::new(exe)
        .arg("child-replay")
        .arg(kind)
        .arg(path)
        .output()
        .context("starting the replay child")?;
    if !output.status.success() {
        bail!(
            "replay child {kind} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let value: serde_json::Value =
        serde_json::from_str(text.trim()).with_context(|| format!("child said {text:?}"))?;
    let field = |name: &str| value[name].as_f64().unwrap_or(0.0);
    Ok(Replayed {
        events: field("events") as u64,
        secs: field("secs"),
        peak: field("peak") as u64,
    })
}

/// The child's side: replays and prints `{"events":…,"secs":…,"peak":…}` on stdout.
pub fn child(kind: &str, path: &Path) -> Result<()> {
    let started = Instant::now();
    let events = match kind {
        "sled-persisted" => persisted(path)?,
        "sled-memory" => {
            let log = SledLog::open(path)?;
            let mut model = Projection::new();
            let mut n = 0;
            for envelope in log.read_all(Seq(1)) {
                model.apply(&envelope?)?;
                n += 1;
            }
            n
        }
        "ndjson" => {
            let mut model = Projection::new();
            ndjson::replay(path, |envelope| Ok(model.apply(&envelope)?))?
        }
        "sqlite" => {
            let conn = sqlite::SqliteLog::open(path)?;
            let mut model = Projection::new();
            sqlite::replay(&conn, |envelope| Ok(model.apply(&envelope)?))?
        }
        other => bail!("unknown replay kind {other:?}"),
    };
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{}",
        serde_json::json!({"events": events, "secs": secs, "peak": peak_rss_bytes()})
    );
    Ok(())
}

/// `stancelog replay`: rebuild the persisted projection from seq 1.
fn persisted(path: &Path) -> Result<u64> {
    let log = SledLog::open(path)?;
    let (projection, _) = PersistedProjection::open_or_reset(log.db())?;
    let n = projection
        .rebuild(log.read_all(Seq(1)), &mut |_| {})
        .map_err(|error| anyhow::anyhow!("rebuilding the projection: {error}"))?;
    anyhow::ensure!(
        projection.checkpoint()? == log.head()?,
        "replay stopped short"
    );
    Ok(n)
}
