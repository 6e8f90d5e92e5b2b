//! The antecedent of "he" and "she": the last subject named, unless an embedded clause's
//! subject, a source named after it or, after a line break, the person the piece is about
//! stands for it rather.
//!
//! Not here: resolving a mention to an actor (see `attribution`).

use std::collections::HashMap;

use super::mentions::{Mention, MentionKind};

/// The last person or title before a pronoun, outside quotations.
pub(super) fn pronoun_antecedent(mentions: &[Mention], m: usize) -> Option<usize> {
    let person = |j: &usize| {
        let c = &mentions[*j];
        !c.in_quote && matches!(c.kind, MentionKind::Person(_) | MentionKind::Title { .. })
    };
    // "Zelensky said he had a call with Donald Trump. '…,' he wrote": the last subject, not
    // the last name after a preposition.
    let mut nearest = (0..m)
        .rev()
        .filter(person)
        .find(|&j| !mentions[j].oblique)
        .or_else(|| (0..m).rev().find(person))?;
    // "Healey was on the round hours after reports that President Joe Biden had allowed …":
    // the subject of the sentence, not of the clause it reports.
    if mentions[nearest].embedded {
        if let Some(host) = (0..nearest)
            .rev()
            .filter(person)
            .find(|&j| !mentions[j].oblique && !mentions[j].embedded)
        {
            nearest = host;
        }
    }
    // "Interview given by Vladimir Putin to state media. He said …": a source named in a
    // sentence without a subject of its own, after the last subject.
    if let Some(source) = (nearest + 1..m)
        .rev()
        .filter(person)
        .find(|&j| mentions[j].source)
    {
        return Some(source);
    }
    if !mentions[m].after_break {
        return Some(nearest);
    }
    // A pronoun opening a paragraph of a profile ("**The fund.** On 3 April he proposed …",
    // after a paragraph that ended on his successor): the person the piece has named most as a
    // subject, when that is more often than the last one named.
    let mut counts: HashMap<&[usize], (usize, usize)> = HashMap::new();
    for j in (0..m).filter(person).filter(|&j| !mentions[j].oblique) {
        if let MentionKind::Person(ids) = &mentions[j].kind {
            let e = counts.entry(ids.as_slice()).or_insert((0, j));
            *e = (e.0 + 1, j);
        }
    }
    let times = |j: usize| match &mentions[j].kind {
        MentionKind::Person(ids) => counts.get(ids.as_slice()).map_or(0, |c| c.0),
        _ => 0,
    };
    counts
        .values()
        .max_by_key(|(n, last)| (*n, *last))
        .filter(|(n, _)| *n > times(nearest))
        .map_or(Some(nearest), |(_, last)| Some(*last))
}
