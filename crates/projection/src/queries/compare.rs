//! Comparison: every actor's position on one topic side by side, at a day or over time.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use stancelog_events::{ClaimId, TopicId};

use super::timeline::locate;
use super::ClaimSource;
use crate::model::{ClaimRow, Comparison, ComparisonRow, Position};

/// With `at`: one row for that day. Without: one row per day on which some actor's period
/// starts (its position changed, or it spoke for the first time), each cell the position in force
/// that day. Columns are the actors with a live claim on the topic, sorted by id.
pub(crate) fn compare<S: ClaimSource>(
    source: &S,
    topic: &TopicId,
    at: Option<NaiveDate>,
) -> Result<Comparison, S::Error> {
    if let Some(at) = at {
        // One day: each actor's position is a seek, whatever the length of its series.
        let mut actors = Vec::new();
        let mut positions = Vec::new();
        for (actor, topic) in source.pairs(None, Some(topic))? {
            positions.push(super::position_at(source, &actor, &topic, at)?);
            actors.push(actor);
        }
        return Ok(Comparison {
            topic: topic.clone(),
            at: Some(at),
            actors,
            rows: vec![ComparisonRow { on: at, positions }],
        });
    }
    let mut actors = Vec::new();
    let mut all_entries = Vec::new();
    for (actor, topic) in source.pairs(None, Some(topic))? {
        all_entries.push(source.entries(&actor, &topic)?);
        actors.push(actor);
    }
    let days: Vec<NaiveDate> = all_entries
        .iter()
        .flat_map(|entries| super::periods(entries).into_iter().map(|p| p.from))
        .collect::<BTreeSet<NaiveDate>>()
        .into_iter()
        .collect();
    // A claim stays in force over many rows of the matrix: decode each row once.
    let mut rows_by_id: HashMap<ClaimId, ClaimRow> = HashMap::new();
    let mut rows = Vec::with_capacity(days.len());
    for on in days {
        let mut positions = Vec::with_capacity(actors.len());
        for (actor, entries) in actors.iter().zip(&all_entries) {
            let position = match locate(entries, on) {
                None => None,
                Some((last, since)) => {
                    let id = entries[last].claim_id;
                    let claim = match rows_by_id.get(&id) {
                        Some(row) => row.clone(),
                        None => {
                            let row = source.row(id)?;
                            rows_by_id.insert(id, row.clone());
                            row
                        }
                    };
                    Some(Position {
                        actor: actor.clone(),
                        topic: topic.clone(),
                        stance: claim.stance,
                        since,
                        claim,
                    })
                }
            };
            positions.push(position);
        }
        rows.push(ComparisonRow { on, positions });
    }
    Ok(Comparison {
        topic: topic.clone(),
        at: None,
        actors,
        rows,
    })
}
