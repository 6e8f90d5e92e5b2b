//! Read models folded from the stancelog event log: timelines, position periods, shifts,
//! comparisons, and their as-of (transaction time) and at (valid time) views.
//!
//! This crate is synchronous and does no I/O of its own apart from its sled trees. It does not
//! read the log: the caller hands it [`Envelope`](stancelog_events::Envelope)s in seq order
//! (from `stancelog-store`'s `read_all`), either to an in-memory [`Projection`] or, in batches,
//! to a [`PersistedProjection`] kept in the same sled db as the log. Not here: reading articles,
//! extracting claims (`stancelog-ingest`), storing events (`stancelog-store`), output formats
//! (the CLI).
//!
//! # Two kinds of time
//!
//! * **Valid time** is when something was said: a claim's `said_on`. `--at DATE` asks for the
//!   position in force that day ([`Projection::position_at`], [`Projection::compare`]).
//! * **Transaction time** is when the log recorded it: an envelope's `seq` and `recorded_at`.
//!   `--as-of` ([`AsOf`]) builds the view from a prefix of the log only, by folding a fresh
//!   [`Projection`] up to the bound ([`fold`]). So a claim retracted later still shows in a view
//!   as of before the retraction.
//!
//! # Semantics
//!
//! * **Order.** Envelopes must be applied in seq order. One at or below the checkpoint is skipped
//!   (re-applying is idempotent); one beyond `checkpoint + 1` is [`ProjectionError::Gap`].
//! * **Claims.** `ClaimExtracted` and `ClaimAsserted` both make a claim row; asserted rows have
//!   `origin = asserted`, `extractor = "analyst:<name>"`, confidence 1.0, `date_basis = analyst`,
//!   an empty cue, and the analyst's reference in `source`. A claim from an article is joined
//!   with that article's `ArticleIngested` (title, url, source, published) when it is applied;
//!   the article precedes its claims in its stream.
//! * **The same claim id twice** (a re-extraction, a re-assertion): the later event wins whole —
//!   its row replaces the earlier one, with its own seq, and a retraction of the earlier one is
//!   lifted. The later event is the latest word on that claim.
//! * **Retraction.** A retracted claim leaves every view (claims, timelines, periods, shifts,
//!   comparisons, actors). It is kept for audits: [`ClaimFilter::include_retracted`] returns it
//!   with `retracted: true`.
//! * **Periods.** A series is an actor's live claims on one topic sorted by `said_on`, then `seq`.
//!   Maximal runs of consecutive claims with the same stance are the periods; a period runs from
//!   its first claim's day to the next period's first day (exclusive end, `to`), the last one is
//!   open (`to: None`). Two contradicting claims on one day make a zero-length period
//!   (`from == to`) and two shifts that day, on purpose: the contradiction stays visible.
//! * **Position at a day**: the stance of the latest claim said on or before it (ties: highest
//!   seq), that claim as evidence, `since` = its period's start.
//! * **Shift**: the boundary between two consecutive periods, `on` the new period's first day,
//!   `before` the last claim of the old period and `after` the first claim of the new one.
//! * **Errors vs anomalies.** What a later event could never repair is an error and leaves the
//!   model and checkpoint untouched: an undecodable payload (unknown kind, newer schema: upgrade,
//!   then catch up), a gap, a storage failure. Well-formed events that do not fit — a retraction
//!   of an unknown or already retracted claim, a claim naming an unknown article (kept, without
//!   the article columns), an id with a NUL byte (left out) — are recorded as [`Anomaly`]s and
//!   counted in [`Stats::anomalies`]: the log is immutable, so failing on them would wedge every
//!   view for good.
//!
//! # Persisted layout (format version [`FORMAT_VERSION`])
//!
//! Rules: every tree name starts with `projection/`; integers on disk are unsigned big-endian
//! (`u64` for seqs, days, counters; `u32` for the format version), so byte order is numeric
//! order; no floats and no `usize` anywhere (confidence is stored in thousandths); values are
//! compact JSON of the public row types, except the compact binary row in `projection/series`
//! (documented in `persist/row.rs`: strings as `u32` BE length and UTF-8, options as a 0/1 byte,
//! days as in the keys, `recorded_at` as seconds + 2^63 and nanoseconds).
//!
//! | tree | key | value |
//! | --- | --- | --- |
//! | `projection/meta` | `format` | `u32` BE: [`FORMAT_VERSION`] |
//! | | `checkpoint` | `u64` BE: last seq applied (absent = 0) |
//! | | `articles`, `claims`, `retracted`, `anomalies` | `u64` BE counters of [`Stats`] |
//! | | `resetting` | present only while a [`PersistedProjection::reset`] or [`PersistedProjection::rebuild`] is under way |
//! | `projection/articles` | article uuid (16 bytes) | JSON [`ArticleInfo`] (no text) |
//! | `projection/claims` | claim uuid (16 bytes) | JSON [`ClaimRow`], retracted ones included |
//! | `projection/series` | `actor ‖ 0x00 ‖ topic ‖ 0x00 ‖ day u64 BE ‖ 0x00 ‖ seq u64 BE` | claim uuid (16 bytes) ‖ stance (1 byte: 0 supports, 1 open, 2 opposes) ‖ compact row (the [`ClaimRow`] fields the key and this head do not hold); live claims only |
//! | `projection/anomalies` | ordinal `u64` BE (from 1) | JSON [`Anomaly`] |
//!
//! `day` is the number of days from the common era (0001-01-01 = 1) plus 2^31. One actor's
//! series on one topic is the prefix `actor ‖ 0x00 ‖ topic ‖ 0x00`, already in period order, and
//! its entries carry the stance and the row, so a timeline is one sequential prefix scan whatever
//! the log's size, with no lookup in `projection/claims`, and only the rows it shows are decoded
//! (a live claim's row is thus stored twice: JSON by id, compact in its series). The position
//! on a day (`position_at`, `compare --at`) is a backward seek from
//! `actor ‖ 0x00 ‖ topic ‖ 0x00 ‖ day ‖ 0x00 ‖ u64::MAX`, then a walk back over its period to find
//! `since`. The list of actors and topics is found by seeking past each id (`id ‖ 0x01`), one
//! seek per id. Actor and topic ids must not contain NUL.
//!
//! Each [`PersistedProjection::apply_batch`] is one sled transaction over all these trees that
//! also moves the checkpoint, so the trees always equal a fold of the log up to the checkpoint.
//! [`PersistedProjection::rebuild`] (replay, catch-up from checkpoint 0) writes the trees without
//! transactions instead: under the `resetting` marker, the checkpoint and counters last, so a
//! crash mid-rebuild leaves the marker and the next open drops the trees back to checkpoint 0.
//! **The projection is derived data: it can always be rebuilt from the log.** A change of this
//! layout bumps [`FORMAT_VERSION`]; [`PersistedProjection::open`] then refuses the old trees and
//! [`PersistedProjection::open_or_reset`] drops them, after which catching up from seq 1 rebuilds
//! them (`stancelog replay` does the same on request).

mod asof;
mod error;
mod fold;
mod memory;
mod model;
mod persist;
mod queries;
#[cfg(test)]
mod testkit;

pub use asof::AsOf;
pub use error::ProjectionError;
pub use fold::{fold, fold_into, FoldError};
pub use memory::Projection;
pub use model::{
    Anomaly, AnomalyKind, ArticleInfo, ClaimFilter, ClaimOrigin, ClaimRow, Comparison,
    ComparisonRow, DateRange, Position, PositionPeriod, Shift, ShiftFilter, Stats, Timeline,
    TopicTimeline,
};
pub use persist::keys::FORMAT_VERSION;
pub use persist::PersistedProjection;
