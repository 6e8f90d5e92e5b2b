//! The antecedent of "he" and "she": the last subject named, unless an embedded clause's
//! subject, a source named after it or, after a line break, the person the piece is about
//! stands for it rather (a title named again and again counts as one person).
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
    // (A title is one referent per role: "The President of the Republic condemned …", "…
    // recalled …" on the Élysée's page names one person five times, and a pronoun after it
    // is that person's, not the guest's named twice. A name named as often wins the tie: "the
    // minister" after "Mr Sébastien Lecornu, Minister for the Armed Forces, said".)
    let referent = Referent::of(&mentions[nearest].kind);
    let times = (0..m)
        .filter(person)
        .filter(|&j| !mentions[j].oblique && Referent::of(&mentions[j].kind) == referent)
        .count();
    let title = matches!(mentions[nearest].kind, MentionKind::Title { .. });
    counts
        .values()
        .max_by_key(|(n, last)| (*n, *last))
        .filter(|(n, _)| *n > times || (title && *n == times))
        .map_or(Some(nearest), |(_, last)| Some(*last))
}

/// Who a person or title mention names, for counting how often a piece names someone.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Referent<'a> {
    Person(&'a [usize]),
    Title(Option<usize>, &'a [String]),
}

impl<'a> Referent<'a> {
    fn of(kind: &'a MentionKind) -> Option<Self> {
        match kind {
            MentionKind::Person(ids) => Some(Referent::Person(ids)),
            MentionKind::Title { actor, roles, .. } => Some(Referent::Title(*actor, roles)),
            _ => None,
        }
    }
}
