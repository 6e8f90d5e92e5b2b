//! Building the read model a query runs on: the persisted projection caught up from its
//! checkpoint, or, for `--as-of`, a fresh fold of the log up to that transaction time.
//!
//! [`View`] answers the same questions either way, so each query is written once. The persisted
//! projection answers from its indexes without loading every claim, which keeps queries fast on
//! large logs. Not here: the output of the answers (`queries.rs`).

use crate::backend::Backend;
use anyhow::{Context as _, Result};
use chrono::NaiveDate;
use stancelog_events::{ActorId, Envelope, Seq, TopicId};
use stancelog_projection::{
    AsOf, ClaimFilter, ClaimRow, Comparison, DateRange, PersistedProjection, Position, Projection,
    Shift, ShiftFilter, Timeline,
};

use crate::context::Context;

/// How many events are applied to the persisted projection per atomic batch.
const CATCH_UP_BATCH: usize = 4096;

/// A read model to query: current (persisted) or as of a past transaction time (in memory).
pub enum View {
    /// The persisted projection, caught up to the log's head.
    Current(PersistedProjection),
    /// A fold of the log's prefix recorded by the `--as-of` bound.
    AsOf(Box<Projection>),
}

impl View {
    /// Claims matching a filter.
    pub fn claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>> {
        Ok(match self {
            View::Current(p) => p.claims(filter)?,
            View::AsOf(p) => p.claims(filter),
        })
    }

    /// An actor's timeline.
    pub fn timeline(
        &self,
        actor: &ActorId,
        topic: Option<&TopicId>,
        range: DateRange,
    ) -> Result<Timeline> {
        Ok(match self {
            View::Current(p) => p.timeline(actor, topic, range)?,
            View::AsOf(p) => p.timeline(actor, topic, range),
        })
    }

    /// The position in force on a day.
    pub fn position_at(
        &self,
        actor: &ActorId,
        topic: &TopicId,
        at: NaiveDate,
    ) -> Result<Option<Position>> {
        Ok(match self {
            View::Current(p) => p.position_at(actor, topic, at)?,
            View::AsOf(p) => p.position_at(actor, topic, at),
        })
    }

    /// Changes of stance.
    pub fn shifts(&self, filter: &ShiftFilter) -> Result<Vec<Shift>> {
        Ok(match self {
            View::Current(p) => p.shifts(filter)?,
            View::AsOf(p) => p.shifts(filter),
        })
    }

    /// Every actor's position on a topic.
    pub fn compare(&self, topic: &TopicId, at: Option<NaiveDate>) -> Result<Comparison> {
        Ok(match self {
            View::Current(p) => p.compare(topic, at)?,
            View::AsOf(p) => p.compare(topic, at),
        })
    }
}

/// The read model for a query: current (caught up) or as of a past transaction time.
pub fn load(ctx: &Context, as_of: Option<&str>) -> Result<View> {
    let log = ctx.open_log()?;
    load_with(&log, as_of)
}

/// [`load`] on a log the caller already holds open.
pub fn load_with(log: &Backend, as_of: Option<&str>) -> Result<View> {
    match as_of {
        Some(text) => {
            let as_of = AsOf::parse(text).with_context(|| format!("--as-of {text:?}"))?;
            Ok(View::AsOf(Box::new(fold_until(log, &as_of)?)))
        }
        None => Ok(View::Current(catch_up(log)?)),
    }
}

/// Folds the log from seq 1 into a fresh model, stopping at the first event past `as_of`.
/// The log is in transaction-time order (the single writer stamps `recorded_at` in seq order),
/// so the events recorded by then are exactly a prefix.
pub fn fold_until(log: &Backend, as_of: &AsOf) -> Result<Projection> {
    let mut projection = Projection::new();
    for envelope in log.read_all(Seq(1)) {
        let envelope = envelope.context("reading the log")?;
        if !as_of.includes(&envelope) {
            break;
        }
        projection.apply(&envelope)?;
    }
    Ok(projection)
}

/// Opens the persisted projection, rebuilding it if its format changed, and brings it up to the
/// log's head batch by batch from its checkpoint.
pub fn catch_up(log: &Backend) -> Result<PersistedProjection> {
    let (persisted, was_reset) = PersistedProjection::open_or_reset(log.projection_db()?)?;
    if was_reset {
        eprintln!(
            "note: the read model was written by another version; rebuilding it from the log"
        );
    }
    let from = persisted.checkpoint()?.next();
    let head = log.head()?;
    let bar = super::progress_bar(head.0.saturating_sub(from.0 - 1), "catching up");
    if from == Seq(1) {
        // An empty projection (first use, a reset, another format): build it in bulk.
        if head > Seq::ZERO {
            persisted
                .rebuild(log.read_all(from), &mut |seq| bar.set_position(seq.0))
                .context("building the read model")?;
        }
        bar.finish_and_clear();
        return Ok(persisted);
    }
    let mut batch: Vec<Envelope> = Vec::with_capacity(CATCH_UP_BATCH);
    for envelope in log.read_all(from) {
        batch.push(envelope.context("reading the log")?);
        if batch.len() == CATCH_UP_BATCH {
            persisted.apply_batch(&batch)?;
            bar.inc(batch.len() as u64);
            batch.clear();
        }
    }
    if !batch.is_empty() {
        persisted.apply_batch(&batch)?;
    }
    bar.finish_and_clear();
    Ok(persisted)
}
