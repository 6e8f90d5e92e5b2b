//! An actor's timeline per topic, and the valid-time position on one day (`--at`).

use chrono::NaiveDate;
use stancelog_events::{ActorId, TopicId};

use super::{periods, runs, ClaimSource};
use crate::model::{DateRange, Position, Timeline, TopicTimeline};

/// Per topic (sorted by id): the live claims said within `range` and the periods overlapping it.
/// Periods are computed from every claim, so the one in force when the range opens keeps its true
/// start and claim count. Topics with nothing in the range are left out.
pub(crate) fn timeline<S: ClaimSource>(
    source: &S,
    actor: &ActorId,
    topic: Option<&TopicId>,
    range: DateRange,
) -> Result<Timeline, S::Error> {
    let mut topics = Vec::new();
    for (_, topic) in source.pairs(Some(actor), topic)? {
        let series = source.series(actor, &topic)?;
        let periods: Vec<_> =
            periods(&series).into_iter().filter(|p| range.overlaps(p.from, p.to)).collect();
        let claims: Vec<_> = series.into_iter().filter(|row| range.contains(row.said_on)).collect();
        if !claims.is_empty() || !periods.is_empty() {
            topics.push(TopicTimeline { topic, claims, periods });
        }
    }
    Ok(Timeline { actor: actor.clone(), topics })
}

/// The stance in force on `at`: that of the latest live claim said on or before it (ties by
/// seq), with that claim as evidence and the start of its period as `since`.
pub(crate) fn position_at<S: ClaimSource>(
    source: &S,
    actor: &ActorId,
    topic: &TopicId,
    at: NaiveDate,
) -> Result<Option<Position>, S::Error> {
    let series = source.series(actor, topic)?;
    Ok(position_in(&series, at))
}

/// [`position_at`] over a series already read.
pub(crate) fn position_in(series: &[crate::ClaimRow], at: NaiveDate) -> Option<Position> {
    // The series is sorted by said_on, so the claims on or before `at` are a prefix.
    let upto = series.partition_point(|row| row.said_on <= at);
    let last = upto.checked_sub(1)?;
    let run = runs(series).into_iter().find(|run| run.contains(&last))?;
    let claim = series[last].clone();
    Some(Position {
        actor: claim.actor.clone(),
        topic: claim.topic.clone(),
        stance: claim.stance,
        since: series[run.start].said_on,
        claim,
    })
}

#[cfg(test)]
mod tests {
    use stancelog_events::Stance::{Open, Opposes, Supports};

    use super::*;
    use crate::queries::testutil::{day, row};
    use crate::ClaimRow;

    fn series() -> Vec<ClaimRow> {
        vec![
            row(1, "uk", "t", Opposes, day(1, 5)),
            row(2, "uk", "t", Opposes, day(2, 1)),
            row(3, "uk", "t", Open, day(3, 1)),
            row(4, "uk", "t", Supports, day(3, 1)),
        ]
    }

    #[test]
    fn position_is_the_latest_claim_on_or_before_the_day() {
        let s = series();
        assert_eq!(position_in(&s, day(1, 4)), None);
        let p = position_in(&s, day(1, 5)).unwrap();
        assert_eq!((p.stance, p.since, p.claim.seq.0), (Opposes, day(1, 5), 1));
        let p = position_in(&s, day(2, 28)).unwrap();
        assert_eq!((p.stance, p.since, p.claim.seq.0), (Opposes, day(1, 5), 2));
        // Two claims on 1 March: the later seq is in force at the end of that day.
        let p = position_in(&s, day(3, 1)).unwrap();
        assert_eq!((p.stance, p.since, p.claim.seq.0), (Supports, day(3, 1), 4));
        let p = position_in(&s, day(12, 31)).unwrap();
        assert_eq!(p.stance, Supports);
    }
}
