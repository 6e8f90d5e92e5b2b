//! Shifts: each change of an actor's stance on a topic, with the evidence on both sides.

use super::{runs, ClaimSource};
use crate::model::{Shift, ShiftFilter};

/// Every boundary between consecutive periods of the selected (actor, topic) pairs, on or after
/// `filter.since`, sorted by day, then by the seq of the claim that made the shift.
pub(crate) fn shifts<S: ClaimSource>(
    source: &S,
    filter: &ShiftFilter,
) -> Result<Vec<Shift>, S::Error> {
    let mut out = Vec::new();
    for (actor, topic) in source.pairs(filter.actor.as_ref(), filter.topic.as_ref())? {
        let entries = source.entries(&actor, &topic)?;
        let runs = runs(&entries);
        for pair in runs.windows(2) {
            let before = entries[pair[0].end - 1];
            let after = entries[pair[1].start];
            if filter.since.is_some_and(|since| after.said_on < since) {
                continue;
            }
            out.push(Shift {
                actor: actor.clone(),
                topic: topic.clone(),
                on: after.said_on,
                from: before.stance,
                to: after.stance,
                before: source.row(before.claim_id)?,
                after: source.row(after.claim_id)?,
            });
        }
    }
    out.sort_by_key(|shift| (shift.on, shift.after.seq));
    Ok(out)
}
