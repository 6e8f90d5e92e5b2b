//! Measure 3, queries on the persisted projection after a replay: `timeline ACTOR --topic T`,
//! `compare --topic T --at DATE` and `timeline --as-of SEQ`, with p50/p99 over repeated runs.
//!
//! The as-of query does what `stancelog`'s `view::fold_until` does: a fresh in-memory
//! [`Projection`] folded from seq 1 up to the bound (half the log here), then the timeline on it.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use chrono::NaiveDate;
use stancelog_events::{ActorId, Seq, TopicId};
use stancelog_projection::{AsOf, DateRange, PersistedProjection, Projection};
use stancelog_store::{EventLog, SledLog};

use crate::util::percentiles_ms;

/// The actor and topic of the timeline query (the headline question of the sample article).
pub const ACTOR: &str = "france";
/// See [`ACTOR`].
pub const TOPIC: &str = "troops-to-ukraine";

/// Latencies at one scale.
#[derive(Clone, Copy, Debug, Default)]
pub struct Latencies {
    /// Live claims in the timeline's series.
    pub series: usize,
    /// timeline p50, p99 (ms).
    pub timeline: (f64, f64),
    /// compare --at p50, p99 (ms).
    pub compare: (f64, f64),
    /// as-of p50, p99 (ms).
    pub as_of: (f64, f64),
    /// Events folded by one as-of query.
    pub as_of_events: u64,
}

/// Runs the three queries `iterations` times (the as-of one `as_of_iterations` times).
pub fn measure(path: &Path, iterations: usize, as_of_iterations: usize) -> Result<Latencies> {
    let log = SledLog::open_with_lock_wait(path, Duration::from_secs(30))?;
    let projection = PersistedProjection::open(log.db())?;
    anyhow::ensure!(
        projection.checkpoint()? == log.head()?,
        "the projection is not caught up"
    );
    let actor = ActorId::new(ACTOR);
    let topic = TopicId::new(TOPIC);
    let at = NaiveDate::from_ymd_opt(2024, 6, 30).context("date")?;
    let mut out = Latencies::default();

    let mut samples = Vec::with_capacity(iterations);
    for _ in 0..iterations {
        let started = Instant::now();
        let timeline = projection.timeline(&actor, Some(&topic), DateRange::ALL)?;
        samples.push(started.elapsed());
        out.series = timeline.topics.iter().map(|t| t.claims.len()).sum();
    }
    out.timeline = percentiles_ms(&mut samples);

    samples.clear();
    for _ in 0..iterations {
        let started = Instant::now();
        let comparison = projection.compare(&topic, Some(at))?;
        samples.push(started.elapsed());
        std::hint::black_box(comparison);
    }
    out.compare = percentiles_ms(&mut samples);

    let bound = AsOf::Seq(Seq(log.head()?.0 / 2));
    samples.clear();
    for _ in 0..as_of_iterations {
        let started = Instant::now();
        let mut model = Projection::new();
        let mut folded = 0;
        for envelope in log.read_all(Seq(1)) {
            let envelope = envelope?;
            if !bound.includes(&envelope) {
                break;
            }
            model.apply(&envelope)?;
            folded += 1;
        }
        let timeline = model.timeline(&actor, Some(&topic), DateRange::ALL);
        samples.push(started.elapsed());
        std::hint::black_box(timeline);
        out.as_of_events = folded;
    }
    out.as_of = percentiles_ms(&mut samples);
    Ok(out)
}
