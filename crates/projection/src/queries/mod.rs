//! Queries over the live claims, written once against [`ClaimSource`] so that the in-memory
//! [`crate::Projection`] and the sled-backed [`crate::PersistedProjection`] answer identically.
//!
//! A source only has to hand out the live claims of one (actor, topic) pair in valid-time order
//! and list the pairs; periods, positions, shifts and comparisons are derived here. Not here: how
//! claims get into a source (`fold.rs`).

mod claims;
mod compare;
mod shifts;
mod timeline;

pub(crate) use claims::sort_rows;
pub(crate) use compare::compare;
pub(crate) use shifts::shifts;
pub(crate) use timeline::{position_at, timeline};

use std::ops::Range;

use stancelog_events::{ActorId, TopicId};

use crate::model::{ClaimFilter, ClaimRow, PositionPeriod};

/// What the queries need from a read model.
pub(crate) trait ClaimSource {
    /// `Infallible` in memory, [`crate::ProjectionError`] on disk.
    type Error;

    /// The live claims of one actor on one topic, by `said_on` then `seq`.
    fn series(&self, actor: &ActorId, topic: &TopicId) -> Result<Vec<ClaimRow>, Self::Error>;

    /// The (actor, topic) pairs with at least one live claim, sorted, restricted to the given
    /// actor and topic when set.
    fn pairs(
        &self,
        actor: Option<&ActorId>,
        topic: Option<&TopicId>,
    ) -> Result<Vec<(ActorId, TopicId)>, Self::Error>;

    /// The claims passing `filter`, in any order (the caller sorts).
    fn filtered(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>, Self::Error>;
}

/// Index ranges into a series, one per period: maximal runs of consecutive claims with the same
/// stance. A series is sorted by `said_on` then `seq`, so two claims on the same day with
/// different stances make a zero-length period (`from == to`) and two shifts that day: the
/// contradiction stays visible instead of being resolved by a guess.
pub(crate) fn runs(series: &[ClaimRow]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (i, row) in series.iter().enumerate() {
        match out.last_mut() {
            Some(run) if series[run.start].stance == row.stance => run.end = i + 1,
            _ => out.push(i..i + 1),
        }
    }
    out
}

/// The periods of a series (see [`runs`]): each runs from its first claim's day to the next
/// period's first day; the last one is open.
pub(crate) fn periods(series: &[ClaimRow]) -> Vec<PositionPeriod> {
    let runs = runs(series);
    runs.iter()
        .enumerate()
        .map(|(i, run)| PositionPeriod {
            from: series[run.start].said_on,
            to: runs.get(i + 1).map(|next| series[next.start].said_on),
            stance: series[run.start].stance,
            // A run longer than u32::MAX claims is not a thing; saturate rather than wrap.
            claims: u32::try_from(run.len()).unwrap_or(u32::MAX),
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod testutil {
    //! Building rows directly, for query tests that do not need events.

    use chrono::{DateTime, NaiveDate};
    use stancelog_events::{ActorId, ClaimId, Confidence, Seq, Stance, TopicId};
    use uuid::Uuid;

    use crate::model::{ClaimOrigin, ClaimRow};

    /// A day in 2024.
    pub(crate) fn day(month: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, month, d).unwrap()
    }

    /// A live extracted row.
    pub(crate) fn row(seq: u64, actor: &str, topic: &str, stance: Stance, said_on: NaiveDate) -> ClaimRow {
        ClaimRow {
            claim_id: ClaimId(Uuid::from_u128(u128::from(seq))),
            seq: Seq(seq),
            recorded_at: DateTime::from_timestamp(1_700_000_000 + seq as i64, 0).unwrap(),
            article_id: None,
            article_title: String::new(),
            article_url: String::new(),
            source: String::new(),
            published: None,
            actor: ActorId::new(actor),
            speaker: String::new(),
            topic: TopicId::new(topic),
            stance,
            said_on,
            evidence: format!("evidence {seq}"),
            confidence: Confidence::from_millis(900),
            extractor: "test@0".into(),
            channel: None,
            cue: String::new(),
            date_basis: "explicit".into(),
            origin: ClaimOrigin::Extracted,
            retracted: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use stancelog_events::Stance::{Open, Opposes, Supports};

    use super::testutil::{day, row};
    use super::*;

    #[test]
    fn periods_merge_equal_stances_and_end_where_the_next_begins() {
        let series = vec![
            row(1, "uk", "t", Opposes, day(1, 5)),
            row(2, "uk", "t", Opposes, day(2, 1)),
            row(3, "uk", "t", Open, day(3, 1)),
            row(4, "uk", "t", Supports, day(4, 1)),
            row(5, "uk", "t", Supports, day(4, 9)),
        ];
        let got = periods(&series);
        assert_eq!(got.len(), 3);
        assert_eq!((got[0].from, got[0].to, got[0].stance, got[0].claims), (day(1, 5), Some(day(3, 1)), Opposes, 2));
        assert_eq!((got[1].from, got[1].to, got[1].stance, got[1].claims), (day(3, 1), Some(day(4, 1)), Open, 1));
        assert_eq!((got[2].from, got[2].to, got[2].stance, got[2].claims), (day(4, 1), None, Supports, 2));
    }

    #[test]
    fn same_day_contradiction_is_a_zero_length_period() {
        let series = vec![
            row(1, "uk", "t", Opposes, day(1, 5)),
            row(2, "uk", "t", Supports, day(1, 5)),
        ];
        let got = periods(&series);
        assert_eq!(got[0].from, day(1, 5));
        assert_eq!(got[0].to, Some(day(1, 5)));
        assert_eq!(got[1].to, None);
    }

    #[test]
    fn empty_series_has_no_periods() {
        assert!(periods(&[]).is_empty());
    }
}
