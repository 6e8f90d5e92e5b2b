//! The other topics one cue's claim extends to, besides the topic chosen for it: terms
//! coordinated with it in a list ("weapons or soldiers", "long-range missiles, air defence and
//! drones"), topics that pay for one another ("the profits would buy weapons") and the topics
//! a topic's weapons are part of ("would send SCALP missiles" is military aid too).
//! Not here: choosing the cue's own topic (see `cue_topic`, `topic`).

use crate::knowledge::Knowledge;

use super::stance::CueHit;
use super::topic::TopicHit;
use super::words::{fold, word_after};

/// Every topic a claim of a cue that `supports` (or not) on `topic` extends to (the topic
/// itself first), each with whether it is one of the topic's weapons' other topics (`arms`:
/// such a claim stands only beside a supporting one on the weapon, see `assemble`).
pub(super) fn claim_topics(
    k: &Knowledge,
    topics: &[TopicHit],
    topic: TopicHit,
    from_context: bool,
    supports: bool,
    text: &str,
) -> Vec<(TopicHit, bool)> {
    let mut all = vec![topic];
    // A topic taken from the context extends to nothing in this sentence.
    if from_context {
        return vec![(topic, false)];
    }
    all.extend(coordinated(topics, &topic, text));
    if supports && !topic.inverse {
        for partner in funding_partners(k, topics, &topic) {
            if !all.iter().any(|t| t.topic == partner.topic) {
                all.push(partner);
            }
        }
    }
    let mut linked: Vec<(TopicHit, bool)> = all.into_iter().map(|t| (t, false)).collect();
    if supports && !topic.inverse {
        for armed in armed_topics(k, topics, &topic, text) {
            if !linked.iter().any(|(t, _)| t.topic == armed.topic) {
                linked.push((armed, true));
            }
        }
    }
    linked
}

/// The topics `hit`'s weapons are also part of (`arms` in topics.toml): "France would send
/// SCALP missiles" supports long-range weapons and military aid, unless the sentence names
/// their use ("to strike targets inside Russia"). The returned hits stand on `hit`'s span.
fn armed_topics(k: &Knowledge, topics: &[TopicHit], hit: &TopicHit, text: &str) -> Vec<TopicHit> {
    let Some(arms) = &k.topics[hit.topic].arms else {
        return Vec::new();
    };
    let only_weapons = topics
        .iter()
        .filter(|t| t.sentence == hit.sentence && t.topic == hit.topic)
        .all(|t| {
            let next = word_after(text, t.end).map(|(w, _)| w);
            arms.names_a_weapon(&text[t.start..t.end], next)
        });
    if !only_weapons {
        return Vec::new();
    }
    arms.topics
        .iter()
        .filter_map(|id| k.topics.iter().position(|t| t.id.as_str() == id))
        .map(|topic| TopicHit { topic, ..*hit })
        .collect()
}

/// Topic terms coordinated with `hit` in its sentence ("weapons or soldiers", "tanks and
/// troops"): another topic's term joined to it by "and", "or", "nor" or a comma, with at most
/// two words after the conjunction ("and thousands of drones").
fn coordinated(topics: &[TopicHit], hit: &TopicHit, text: &str) -> Vec<TopicHit> {
    let joined = |a: &TopicHit, b: &TopicHit| {
        a.end <= b.start && {
            let gap = text[a.end..b.start].trim();
            // A name may close the first term's noun phrase ("an invitation to join NATO and
            // for permission to strike …").
            let gap = match gap.split_once(' ') {
                Some((name, rest))
                    if name.len() > 1 && name.chars().all(|c| c.is_ascii_uppercase()) =>
                {
                    rest
                }
                _ => gap,
            };
            // So may its recipient or target ("new military aid for Ukraine and new sanctions
            // on Russia"): up to two words after "for", "to", "on" or "against".
            let gap = ["for ", "to ", "on ", "against "]
                .iter()
                .find_map(|p| gap.strip_prefix(p))
                .and_then(|rest| {
                    let words: Vec<&str> = rest.splitn(4, ' ').collect();
                    (1..words.len().min(3))
                        .find(|&i| matches!(words[i], "and" | "or"))
                        .map(|i| {
                            let skipped: usize = words[..i].iter().map(|w| w.len() + 1).sum();
                            &rest[skipped..]
                        })
                })
                // (Not a second verb: "sending troops to Ukraine and defended the sanctions".)
                .filter(|rest| {
                    !gap.contains([',', ';', '.', '"'])
                        && !rest
                            .split_whitespace()
                            .nth(1)
                            .is_some_and(|w| w.ends_with("ed"))
                })
                .unwrap_or(gap);
            // A quantity or an adjective may stand after the conjunction ("long-range
            // missiles, air defence and thousands of drones", "and more sanctions").
            let after_conjunction = ["and ", "or ", "nor ", ", and ", ", or "]
                .iter()
                .find_map(|c| gap.strip_prefix(c));
            matches!(
                gap,
                "and" | "or" | "nor" | "," | ", and" | ", or" | "as well as"
            ) || after_conjunction.is_some_and(|rest| {
                rest.split_whitespace().count() <= 2 && !rest.contains([',', ';', '.', '"'])
            })
        }
    };
    // Terms that touch ("long-range" + "missiles") are one noun phrase, and a list is joined
    // link by link ("long-range missiles, air defence and thousands of drones"): walk the
    // sentence's terms in order from the chosen one, both ways, while they stay linked.
    let touching = |a: &TopicHit, b: &TopicHit| {
        a.end <= b.start && text[a.end..b.start].trim_matches([' ', '-']).is_empty()
    };
    let linked = |a: &TopicHit, b: &TopicHit| touching(a, b) || joined(a, b);
    let mut in_sentence: Vec<&TopicHit> = topics
        .iter()
        .filter(|t| t.sentence == hit.sentence)
        .collect();
    in_sentence.sort_by_key(|t| t.start);
    let Some(at) = in_sentence
        .iter()
        .position(|t| t.start == hit.start && t.end == hit.end)
    else {
        return Vec::new();
    };
    // (A term touching another is part of its noun phrase, "longer-range weapons": it links the
    // list but brings no topic of its own.)
    // (After such a modifier a bare "and" stays in its scope: "longer-range artillery and
    // rocket systems" are all longer-range; a comma starts a new item.)
    let mut group = vec![in_sentence[at]];
    let mut last = in_sentence[at];
    let mut modified = false;
    for t in &in_sentence[at + 1..] {
        if !linked(last, t) {
            break;
        }
        if touching(last, t) {
            modified = true;
        } else if modified && !text[last.end..t.start].contains(',') {
            // still under the modifier
        } else {
            modified = false;
            group.push(t);
        }
        last = t;
    }
    let mut first = in_sentence[at];
    for t in in_sentence[..at].iter().rev() {
        if !linked(t, first) {
            break;
        }
        if !touching(t, first) {
            group.push(t);
        }
        first = t;
    }
    let mut out: Vec<TopicHit> = Vec::new();
    for t in group {
        if t.topic != hit.topic && !out.iter().any(|o| o.topic == t.topic) {
            out.push(*t);
        }
    }
    out
}

/// Terms in `hit`'s sentence of the topics it pays for or that pay for it (`funds` in
/// topics.toml): "the profits would be used to buy military equipment" supports both the use of
/// the assets and military aid. Only plain terms count, not inverse ones.
fn funding_partners(k: &Knowledge, topics: &[TopicHit], hit: &TopicHit) -> Vec<TopicHit> {
    let own = k.topics[hit.topic].id.as_str();
    let mut out: Vec<TopicHit> = Vec::new();
    for t in topics
        .iter()
        .filter(|t| t.sentence == hit.sentence && !t.inverse)
    {
        let other = &k.topics[t.topic];
        let pays = k.topics[hit.topic]
            .funds
            .iter()
            .any(|f| f == other.id.as_str())
            || other.funds.iter().any(|f| f == own);
        if pays && !out.iter().any(|o| o.topic == t.topic) {
            out.push(*t);
        }
    }
    out
}

/// For a cue whose topic is a purpose term ("for Ukraine's defence", `purposes` in
/// topics.toml) in a sentence that names what pays for it ("the assets must be used for
/// Ukraine's defence"), the paying topic's term: the cue is about the money, and a supporting
/// claim on it extends to the purpose (`funds`).
pub(super) fn paying_topic(
    k: &Knowledge,
    topics: &[TopicHit],
    hit: &TopicHit,
    text: &str,
) -> Option<TopicHit> {
    let own = &k.topics[hit.topic];
    // (Most topics have none: nothing is folded for them. The term may be written with the
    // typographic apostrophe, which `fold` reads as the plain one.)
    if own.purposes.is_empty() {
        return None;
    }
    let found = fold(&text[hit.start..hit.end]);
    if !own.purposes.iter().any(|p| *p == found) {
        return None;
    }
    topics
        .iter()
        .filter(|t| t.sentence == hit.sentence && t.topic != hit.topic)
        .find(|t| k.topics[t.topic].funds.iter().any(|f| f == own.id.as_str()))
        .copied()
}

/// For a cue that another topic owns (`owned_cues`: "called the decision on the assets
/// \"theft\"" after a sentence on the frozen assets), that topic's latest term in the cue's
/// sentence or the five before, when the cue's topic is another; with whether it lies before
/// the cue's sentence (taken from the context).
pub(super) fn owning_topic(
    k: &Knowledge,
    topics: &[TopicHit],
    hit: &TopicHit,
    cue: &CueHit,
    sentence: usize,
) -> Option<(TopicHit, bool)> {
    // (Without allocating: this runs for every cue that found a topic.)
    let owner = k.topics.iter().position(|t| {
        t.owned_cues
            .iter()
            .any(|c| c.eq_ignore_ascii_case(&cue.cue))
    })?;
    if owner == hit.topic {
        return None;
    }
    topics
        .iter()
        .rev()
        .find(|t| {
            t.topic == owner
                && !t.inverse
                && t.sentence <= sentence
                && t.sentence + 5 >= sentence
                && t.start < cue.start
        })
        .map(|t| (*t, t.sentence != sentence))
}
