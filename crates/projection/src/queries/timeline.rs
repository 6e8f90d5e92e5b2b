//! An actor's timeline per topic, and the valid-time position on one day (`--at`).

use chrono::NaiveDate;
use stancelog_events::{ActorId, TopicId};

use super::{periods, runs, ClaimSource, Entry};
use crate::model::{DateRange, Position, Timeline, TopicTimeline};

/// Per topic (sorted by id): the live claims said within `range` and the periods overlapping it.
/// Periods are computed from every claim, so the one in force when the range opens keeps its true
/// start and claim count. Topics with nothing in the range are left out. Only the rows shown are
/// decoded, read with the index in one pass.
pub(crate) fn timeline<S: ClaimSource>(
    source: &S,
    actor: &ActorId,
    topic: Option<&TopicId>,
    range: DateRange,
) -> Result<Timeline, S::Error> {
    let mut topics = Vec::new();
    for (_, topic) in source.pairs(Some(actor), topic)? {
        let (entries, claims) = source.entries_and_rows(actor, &topic, range)?;
        let periods: Vec<_> = periods(&entries)
            .into_iter()
            .filter(|p| range.overlaps(p.from, p.to))
            .collect();
        if !claims.is_empty() || !periods.is_empty() {
            topics.push(TopicTimeline {
                topic,
                claims,
                periods,
            });
        }
    }
    Ok(Timeline {
        actor: actor.clone(),
        topics,
    })
}

/// The stance in force on `at`: that of the latest live claim said on or before it (ties by
/// seq), with that claim as evidence and the start of its period as `since`.
pub(crate) fn position_at<S: ClaimSource>(
    source: &S,
    actor: &ActorId,
    topic: &TopicId,
    at: NaiveDate,
) -> Result<Option<Position>, S::Error> {
    Ok(source
        .in_force(actor, topic, at)?
        .map(|(claim, since)| Position {
            actor: actor.clone(),
            topic: topic.clone(),
            stance: claim.stance,
            since,
            claim,
        }))
}

/// Where `at` falls in a series: the index of the latest entry said on or before it, and the
/// first day of that entry's period. `None` before the first entry.
pub(crate) fn locate(entries: &[Entry], at: NaiveDate) -> Option<(usize, NaiveDate)> {
    // The series is sorted by said_on, so the entries on or before `at` are a prefix.
    let upto = entries.partition_point(|entry| entry.said_on <= at);
    let last = upto.checked_sub(1)?;
    let run = runs(entries).into_iter().find(|run| run.contains(&last))?;
    Some((last, entries[run.start].said_on))
}

#[cfg(test)]
mod tests {
    use stancelog_events::Stance::{Open, Opposes, Supports};

    use super::*;
    use crate::queries::testutil::{day, entry};

    fn series() -> Vec<Entry> {
        vec![
            entry(1, Opposes, day(1, 5)),
            entry(2, Opposes, day(2, 1)),
            entry(3, Open, day(3, 1)),
            entry(4, Supports, day(3, 1)),
        ]
    }

    #[test]
    fn position_is_the_latest_claim_on_or_before_the_day() {
        let s = series();
        assert_eq!(locate(&s, day(1, 4)), None);
        assert_eq!(locate(&s, day(1, 5)), Some((0, day(1, 5))));
        assert_eq!(locate(&s, day(2, 28)), Some((1, day(1, 5))));
        // Two claims on 1 March: the later seq is in force at the end of that day.
        assert_eq!(locate(&s, day(3, 1)), Some((3, day(3, 1))));
        assert_eq!(locate(&s, day(12, 31)), Some((3, day(3, 1))));
    }
}
