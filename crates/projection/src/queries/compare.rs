//! Comparison: every actor's position on one topic side by side, at a day or over time.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use stancelog_events::TopicId;

use super::timeline::position_in;
use super::ClaimSource;
use crate::model::{Comparison, ComparisonRow};

/// With `at`: one row for that day. Without: one row per day on which some actor's period
/// starts (its position changed, or it spoke for the first time), each cell the position in force
/// that day. Columns are the actors with a live claim on the topic, sorted by id.
pub(crate) fn compare<S: ClaimSource>(
    source: &S,
    topic: &TopicId,
    at: Option<NaiveDate>,
) -> Result<Comparison, S::Error> {
    let mut actors = Vec::new();
    let mut all_series = Vec::new();
    for (actor, topic) in source.pairs(None, Some(topic))? {
        all_series.push(source.series(&actor, &topic)?);
        actors.push(actor);
    }
    let days: Vec<NaiveDate> = match at {
        Some(at) => vec![at],
        None => {
            let starts: BTreeSet<NaiveDate> = all_series
                .iter()
                .flat_map(|series| super::periods(series).into_iter().map(|p| p.from))
                .collect();
            starts.into_iter().collect()
        }
    };
    let rows = days
        .into_iter()
        .map(|on| ComparisonRow {
            on,
            positions: all_series.iter().map(|series| position_in(series, on)).collect(),
        })
        .collect();
    Ok(Comparison { topic: topic.clone(), at, actors, rows })
}
