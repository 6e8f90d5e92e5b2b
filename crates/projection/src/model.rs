//! The read model's row and result types: what the queries return and what the CLI prints.
//!
//! Plain data only. How rows are built from events lives in `fold.rs`, how they are kept on disk in
//! `persist.rs`, and how periods, shifts and comparisons are derived from them in `queries/`.
//! Field order of [`ClaimRow`] is the output column order of DESIGN.md §4, so the CLI can hand a row
//! straight to serde for JSON, NDJSON and CSV.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use stancelog_events::{ActorId, ArticleId, ClaimId, Confidence, Seq, Stance, TopicId};

/// Where a claim came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimOrigin {
    /// Found by the extractor in an article (`ClaimExtracted`).
    Extracted,
    /// Entered by an analyst (`ClaimAsserted`).
    Asserted,
}

impl ClaimOrigin {
    /// The output spelling (`extracted`, `asserted`).
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimOrigin::Extracted => "extracted",
            ClaimOrigin::Asserted => "asserted",
        }
    }
}

impl fmt::Display for ClaimOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One claim as the views show it: the claim joined with the article it was found in.
///
/// The first sixteen fields are the contract columns of DESIGN.md §4, in order; the rest extend it.
/// `seq` and `recorded_at` are those of the event that (last) stated the claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimRow {
    /// Identity of the claim.
    pub claim_id: ClaimId,
    /// Log position of the event that stated the claim (the later one after a re-extraction).
    pub seq: Seq,
    /// When that event was recorded (transaction time).
    pub recorded_at: DateTime<Utc>,
    /// The article, if the claim came from one.
    pub article_id: Option<ArticleId>,
    /// The article's headline; empty without an article.
    pub article_title: String,
    /// The article's URL; empty when unknown.
    pub article_url: String,
    /// For extracted claims the article's publisher; for asserted claims the analyst's source
    /// (URL, document, archive reference), since that is where the evidence can be checked.
    pub source: String,
    /// The article's publication day.
    pub published: Option<NaiveDate>,
    /// Who holds the stance.
    pub actor: ActorId,
    /// Who voiced it.
    pub speaker: String,
    /// The question.
    pub topic: TopicId,
    /// The position.
    pub stance: Stance,
    /// The day it was said (valid time).
    pub said_on: NaiveDate,
    /// The sentence that carries the stance.
    pub evidence: String,
    /// How sure the extractor is, in thousandths (analysts' claims are certain).
    pub confidence: Confidence,
    /// `name@version` of the extractor, or `analyst:<name>` for an asserted claim.
    pub extractor: String,
    /// Through whom it was reported, when the article cites another outlet.
    pub channel: Option<String>,
    /// The words that decided the stance; empty for asserted claims.
    pub cue: String,
    /// How `said_on` was found (`explicit`, `weekday`, `relative`, `published`, `analyst`).
    pub date_basis: String,
    /// `extracted` or `asserted`.
    pub origin: ClaimOrigin,
    /// Withdrawn by a `ClaimRetracted`. Only rows of audit views (`include_retracted`) carry `true`.
    pub retracted: bool,
}

/// What an article contributes to its claims' rows (the full text is not kept).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleInfo {
    /// Headline.
    pub title: String,
    /// Where it was read; empty when unknown.
    pub url: String,
    /// Publisher.
    pub source: String,
    /// Publication day.
    pub published: NaiveDate,
}

/// Which claims [`crate::Projection::claims`] returns. The default selects every live claim.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClaimFilter {
    /// Only this actor.
    pub actor: Option<ActorId>,
    /// Only this topic.
    pub topic: Option<TopicId>,
    /// Only claims said on or after this day.
    pub from: Option<NaiveDate>,
    /// Only claims said on or before this day.
    pub to: Option<NaiveDate>,
    /// Also return retracted claims (with `retracted: true`), for audits.
    pub include_retracted: bool,
}

impl ClaimFilter {
    /// Whether a row passes every criterion.
    pub fn matches(&self, row: &ClaimRow) -> bool {
        (self.include_retracted || !row.retracted)
            && self.actor.as_ref().is_none_or(|a| *a == row.actor)
            && self.topic.as_ref().is_none_or(|t| *t == row.topic)
            && DateRange {
                from: self.from,
                to: self.to,
            }
            .contains(row.said_on)
    }
}

/// A range of valid-time days, both ends inclusive; `None` is unbounded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DateRange {
    /// First day, inclusive.
    pub from: Option<NaiveDate>,
    /// Last day, inclusive.
    pub to: Option<NaiveDate>,
}

impl DateRange {
    /// Every day.
    pub const ALL: DateRange = DateRange {
        from: None,
        to: None,
    };

    /// Whether `day` lies in the range.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|from| day >= from) && self.to.is_none_or(|to| day <= to)
    }

    /// Whether a period `[from, to)` (open when `to` is `None`) shares a day with the range.
    pub fn overlaps(&self, from: NaiveDate, to: Option<NaiveDate>) -> bool {
        // The period's last day is the day before `to`; a zero-length period (from == to) still
        // counts as touching its day so same-day contradictions stay visible.
        let starts_before_end = self.to.is_none_or(|end| from <= end);
        let ends_after_start = match (to, self.from) {
            (Some(to), Some(start)) => to > start || (to == from && from >= start),
            _ => true,
        };
        starts_before_end && ends_after_start
    }
}

/// A stretch of time during which an actor held one stance on a topic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PositionPeriod {
    /// The `said_on` of the period's first claim.
    pub from: NaiveDate,
    /// The start of the next period (exclusive end); `None` while it is still in force.
    pub to: Option<NaiveDate>,
    /// The stance held.
    pub stance: Stance,
    /// How many claims make up the period.
    pub claims: u32,
}

/// One topic of an actor's timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicTimeline {
    /// The question.
    pub topic: TopicId,
    /// The live claims said within the range, by `said_on` then `seq`.
    pub claims: Vec<ClaimRow>,
    /// The periods that overlap the range, computed from all claims (so the position in force
    /// when the range starts is shown with its true start).
    pub periods: Vec<PositionPeriod>,
}

/// How an actor's positions developed, per topic (topics sorted by id).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    /// Whose timeline.
    pub actor: ActorId,
    /// One entry per topic with claims or periods in the range.
    pub topics: Vec<TopicTimeline>,
}

/// The stance an actor held on a topic on a given day, with the evidence for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// Who.
    pub actor: ActorId,
    /// On what.
    pub topic: TopicId,
    /// The stance in force.
    pub stance: Stance,
    /// Since when (the start of the period in force).
    pub since: NaiveDate,
    /// The latest claim said on or before the day: the evidence.
    pub claim: ClaimRow,
}

/// Which shifts [`crate::Projection::shifts`] returns.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShiftFilter {
    /// Only this actor.
    pub actor: Option<ActorId>,
    /// Only this topic.
    pub topic: Option<TopicId>,
    /// Only shifts on or after this day.
    pub since: Option<NaiveDate>,
}

/// A change of an actor's stance on a topic: the boundary between two consecutive periods.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shift {
    /// Who.
    pub actor: ActorId,
    /// On what.
    pub topic: TopicId,
    /// The day the new stance was first stated.
    pub on: NaiveDate,
    /// The stance before.
    pub from: Stance,
    /// The stance after.
    pub to: Stance,
    /// The last claim of the earlier period.
    pub before: ClaimRow,
    /// The first claim of the new period.
    pub after: ClaimRow,
}

/// Every actor's position on one topic, side by side.
///
/// With a date: one row, for that day. Without: one row per day on which any actor's position
/// changed (a period started), each cell the position in force that day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    /// The question.
    pub topic: TopicId,
    /// The day asked for, if any.
    pub at: Option<NaiveDate>,
    /// The columns: every actor with a live claim on the topic, sorted by id.
    pub actors: Vec<ActorId>,
    /// The rows, by date.
    pub rows: Vec<ComparisonRow>,
}

/// One date of a [`Comparison`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComparisonRow {
    /// The day.
    pub on: NaiveDate,
    /// One cell per entry of [`Comparison::actors`], in that order; `None` before the actor's
    /// first claim on the topic.
    pub positions: Vec<Option<Position>>,
}

/// Counts over the read model.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Events applied (the checkpoint, as the log is gap-free from 1).
    pub events: u64,
    /// Distinct articles.
    pub articles: u64,
    /// Live (not retracted) claims.
    pub claims: u64,
    /// Retracted claims.
    pub retracted: u64,
    /// Events recorded as anomalies (see [`Anomaly`]).
    pub anomalies: u64,
}

/// An event that is well formed but does not fit the model, kept instead of failing.
///
/// Such events are in the immutable log for good; failing on them would wedge every view
/// forever, whereas a later event (an assertion, a retraction) can still put things right.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anomaly {
    /// The event's position.
    pub seq: Seq,
    /// What is wrong with it.
    pub kind: AnomalyKind,
}

/// What kind of [`Anomaly`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "anomaly", rename_all = "kebab-case")]
pub enum AnomalyKind {
    /// A retraction names a claim the log never stated: ignored.
    RetractedUnknownClaim {
        /// The claim named.
        claim_id: ClaimId,
    },
    /// A retraction names a claim already retracted: ignored.
    RetractedTwice {
        /// The claim named.
        claim_id: ClaimId,
    },
    /// A claim names an article not (yet) in the log: kept, without the article's columns.
    UnknownArticle {
        /// The claim.
        claim_id: ClaimId,
        /// The article named.
        article_id: ArticleId,
    },
    /// An actor or topic id contains a NUL byte, which the persisted keys use as separator: the
    /// claim is left out.
    InvalidId {
        /// The claim.
        claim_id: ClaimId,
    },
}

impl fmt::Display for Anomaly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            AnomalyKind::RetractedUnknownClaim { claim_id } => {
                write!(
                    f,
                    "seq {}: retraction of unknown claim {claim_id}",
                    self.seq
                )
            }
            AnomalyKind::RetractedTwice { claim_id } => {
                write!(
                    f,
                    "seq {}: claim {claim_id} was already retracted",
                    self.seq
                )
            }
            AnomalyKind::UnknownArticle {
                claim_id,
                article_id,
            } => {
                write!(
                    f,
                    "seq {}: claim {claim_id} names unknown article {article_id}",
                    self.seq
                )
            }
            AnomalyKind::InvalidId { claim_id } => {
                write!(
                    f,
                    "seq {}: claim {claim_id} has an actor or topic id with a NUL byte",
                    self.seq
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, m, d).unwrap()
    }

    #[test]
    fn range_overlap_treats_period_end_as_exclusive() {
        let march = DateRange {
            from: Some(day(3, 1)),
            to: Some(day(3, 31)),
        };
        // Ended the day March starts: not in force in March.
        assert!(!march.overlaps(day(1, 1), Some(day(3, 1))));
        // Ended the day after: in force on 1 March.
        assert!(march.overlaps(day(1, 1), Some(day(3, 2))));
        // Starts on the last day, or open and started before.
        assert!(march.overlaps(day(3, 31), None));
        assert!(march.overlaps(day(1, 1), None));
        // Starts after the range.
        assert!(!march.overlaps(day(4, 1), None));
        // A zero-length period (same-day contradiction) is shown on its day only.
        assert!(march.overlaps(day(3, 1), Some(day(3, 1))));
        assert!(!march.overlaps(day(2, 28), Some(day(2, 28))));
        assert!(DateRange::ALL.overlaps(day(1, 1), Some(day(1, 1))));
    }

    #[test]
    fn range_contains_both_ends() {
        let r = DateRange {
            from: Some(day(3, 1)),
            to: Some(day(3, 31)),
        };
        assert!(r.contains(day(3, 1)) && r.contains(day(3, 31)));
        assert!(!r.contains(day(2, 29)) && !r.contains(day(4, 1)));
    }
}
