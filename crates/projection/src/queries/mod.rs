//! Queries over the live claims, written once against [`ClaimSource`] so that the in-memory
//! [`crate::Projection`] and the sled-backed [`crate::PersistedProjection`] answer identically.
//!
//! A source hands out the live index of one (actor, topic) pair in valid-time order as light
//! [`Entry`]s (day, seq, stance, id: enough for periods and shifts), lists the pairs, and decodes a
//! full row only when a query shows it; periods, positions, shifts and comparisons are derived
//! here. So a timeline over a short range of a long series decodes only the rows in the range.
//! Not here: how claims get into a source (`fold.rs`).

mod claims;
mod compare;
mod shifts;
mod timeline;

pub(crate) use claims::sort_rows;
pub(crate) use compare::compare;
pub(crate) use shifts::shifts;
pub(crate) use timeline::{position_at, timeline};

use std::ops::Range;

use chrono::NaiveDate;
use stancelog_events::{ActorId, ClaimId, Seq, Stance, TopicId};

use crate::model::{ClaimFilter, ClaimRow, DateRange, PositionPeriod};

/// One live claim's place in its series: what the live index holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Valid time.
    pub(crate) said_on: NaiveDate,
    /// The seq of the event that stated it.
    pub(crate) seq: Seq,
    /// The stance.
    pub(crate) stance: Stance,
    /// Which claim.
    pub(crate) claim_id: ClaimId,
}

/// What the queries need from a read model.
pub(crate) trait ClaimSource {
    /// `Infallible` in memory, [`crate::ProjectionError`] on disk.
    type Error;

    /// The live index of one actor on one topic, by `said_on` then `seq`.
    fn entries(&self, actor: &ActorId, topic: &TopicId) -> Result<Vec<Entry>, Self::Error>;

    /// The full row of a claim named by an [`Entry`].
    fn row(&self, id: ClaimId) -> Result<ClaimRow, Self::Error>;

    /// The live index of one actor on one topic, with the full rows of the entries said within
    /// `range` (in the same order). The persisted source reads both in one scan.
    fn entries_and_rows(
        &self,
        actor: &ActorId,
        topic: &TopicId,
        range: DateRange,
    ) -> Result<(Vec<Entry>, Vec<ClaimRow>), Self::Error> {
        let entries = self.entries(actor, topic)?;
        let rows = entries
            .iter()
            .filter(|entry| range.contains(entry.said_on))
            .map(|entry| self.row(entry.claim_id))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((entries, rows))
    }

    /// The claim in force on `at` for one pair (the latest said on or before it, ties by seq)
    /// and the first day of its period; `None` before the pair's first claim. The persisted
    /// source seeks to it instead of reading the series.
    fn in_force(
        &self,
        actor: &ActorId,
        topic: &TopicId,
        at: NaiveDate,
    ) -> Result<Option<(ClaimRow, NaiveDate)>, Self::Error> {
        let entries = self.entries(actor, topic)?;
        match timeline::locate(&entries, at) {
            None => Ok(None),
            Some((last, since)) => Ok(Some((self.row(entries[last].claim_id)?, since))),
        }
    }

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
pub(crate) fn runs(series: &[Entry]) -> Vec<Range<usize>> {
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
pub(crate) fn periods(series: &[Entry]) -> Vec<PositionPeriod> {
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
    //! Building index entries directly, for query tests that do not need events.

    use chrono::NaiveDate;
    use stancelog_events::{ClaimId, Seq, Stance};
    use uuid::Uuid;

    /// A day in 2024.
    pub(crate) fn day(month: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, month, d).unwrap()
    }

    /// An index entry.
    pub(crate) fn entry(seq: u64, stance: Stance, said_on: NaiveDate) -> super::Entry {
        super::Entry {
            said_on,
            seq: Seq(seq),
            stance,
            claim_id: ClaimId(Uuid::from_u128(u128::from(seq))),
        }
    }
}

#[cfg(test)]
mod tests {
    use stancelog_events::Stance::{Open, Opposes, Supports};

    use super::testutil::{day, entry};
    use super::*;

    #[test]
    fn periods_merge_equal_stances_and_end_where_the_next_begins() {
        let series = vec![
            entry(1, Opposes, day(1, 5)),
            entry(2, Opposes, day(2, 1)),
            entry(3, Open, day(3, 1)),
            entry(4, Supports, day(4, 1)),
            entry(5, Supports, day(4, 9)),
        ];
        let got = periods(&series);
        assert_eq!(got.len(), 3);
        assert_eq!(
            (got[0].from, got[0].to, got[0].stance, got[0].claims),
            (day(1, 5), Some(day(3, 1)), Opposes, 2)
        );
        assert_eq!(
            (got[1].from, got[1].to, got[1].stance, got[1].claims),
            (day(3, 1), Some(day(4, 1)), Open, 1)
        );
        assert_eq!(
            (got[2].from, got[2].to, got[2].stance, got[2].claims),
            (day(4, 1), None, Supports, 2)
        );
    }

    #[test]
    fn same_day_contradiction_is_a_zero_length_period() {
        let series = vec![entry(1, Opposes, day(1, 5)), entry(2, Supports, day(1, 5))];
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
