//! Groups named by their count ("the four leaders", "both presidents"): the people named just
//! before the sentence, when that many distinct speakers stand there. A summit report's "the
//! four leaders called on Russia to accept a ceasefire" after "Macron, Merz, Starmer and Tusk
//! arrived" is each of the four speaking.
//! Not here: uncounted groups ("European leaders", "21 countries"), which never speak.

use chrono::NaiveDate;

use crate::knowledge::Knowledge;

use super::attribution::{resolve, Speaker};
use super::mentions::{Mention, MentionKind};
use super::words::words_before;
use super::Doc;

/// The members of the counted group at mention `m`, or nothing when it is no counted group or
/// fewer distinct speakers than its count were named before `sentence_start`.
pub(super) fn counted_group_members(
    k: &Knowledge,
    text: &str,
    mentions: &[Mention],
    m: usize,
    sentence_start: usize,
    day: NaiveDate,
) -> Vec<Speaker> {
    // The group's label may hold its count ("both presidents") or follow it ("the four" +
    // "leaders").
    let count_word = words_before(text, mentions[m].start, 1, true)
        .first()
        .map(|w| w.to_string())
        .unwrap_or_default();
    let Some(count) = group_count(&mentions[m].label)
        .or_else(|| group_count(&format!("{count_word} {}", mentions[m].label)))
    else {
        return Vec::new();
    };
    let mut members: Vec<Speaker> = Vec::with_capacity(count);
    for j in (0..m).rev() {
        if members.len() == count {
            break;
        }
        let mention = &mentions[j];
        if mention.start >= sentence_start
            || mention.in_quote
            || !matches!(mention.kind, MentionKind::Person(_))
        {
            continue;
        }
        if let Some(sp) = resolve(k, mentions, j, day, 0) {
            if !members.iter().any(|x| x.name == sp.name) {
                members.push(sp);
            }
        }
    }
    if members.len() == count {
        members
    } else {
        Vec::new()
    }
}

/// "the four leaders" → 4; "both presidents" → 2; anything else → `None`.
fn group_count(label: &str) -> Option<usize> {
    let lower = label.to_lowercase();
    let mut words = lower.split_whitespace().peekable();
    if words.peek() == Some(&"the") {
        words.next();
    }
    let count = match words.next()? {
        "two" | "both" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        _ => return None,
    };
    let noun: Vec<&str> = words.collect();
    matches!(
        noun.join(" ").as_str(),
        "leaders"
            | "presidents"
            | "prime ministers"
            | "heads of state"
            | "heads of government"
            | "ministers"
            | "foreign ministers"
            | "defence ministers"
            | "chancellors"
    )
    .then_some(count)
}

/// The organisation a members' group mention stands for ("allies" → NATO), when an official of
/// that organisation is named before it in the same sentence: "Mark Rutte, who attended as
/// NATO's Secretary General, said allies had pledged more than twenty billion euros".
pub(super) fn members_speaker(
    k: &Knowledge,
    doc: &Doc<'_>,
    m: usize,
    sentence_start: usize,
    day: NaiveDate,
) -> Option<Speaker> {
    let label = doc.mentions[m].label.to_lowercase();
    let (_, actor) = k
        .cues
        .member_groups
        .iter()
        .find(|(group, _)| label.ends_with(group.as_str()))?;
    (0..m)
        .rev()
        .take_while(|&i| doc.mentions[i].start >= sentence_start)
        .filter(|&i| !doc.mentions[i].in_quote)
        .filter(|&i| {
            matches!(
                doc.mentions[i].kind,
                MentionKind::Person(_) | MentionKind::Title { .. }
            )
        })
        .find_map(|i| {
            resolve(k, &doc.mentions, i, day, 0).filter(|s| k.actors[s.actor].id.as_str() == actor)
        })
        .or_else(|| collective_text_speaker(k, doc, m, sentence_start, actor))
}

/// "In the declaration adopted on Wednesday, 10 July, the allies wrote that …": the members
/// writing their collective text together are their organisation. (Not at the G7 or G20,
/// whose communiqués have allies too.)
fn collective_text_speaker(
    k: &Knowledge,
    doc: &Doc<'_>,
    m: usize,
    sentence_start: usize,
    actor: &str,
) -> Option<Speaker> {
    // (The sentences are in text order: a binary search finds this one.)
    let sentence = doc
        .sentences
        .get(doc.sentences.partition_point(|x| x.start < sentence_start))
        .filter(|x| x.start == sentence_start)?;
    let text = &doc.text[sentence.start..sentence.end];
    let collective = ["declaration", "communiqué", "communique", "conclusions"]
        .iter()
        .any(|w| text.contains(w));
    if !collective || text.contains("G7") || text.contains("G20") || doc.mentions[m].in_quote {
        return None;
    }
    let actor = k.actors.iter().position(|a| a.id.as_str() == actor)?;
    Some(Speaker {
        actor,
        name: doc.mentions[m].label.clone(),
        certainty: 700,
    })
}

#[cfg(test)]
mod tests {
    use super::group_count;

    #[test]
    fn counted_groups_are_recognised() {
        assert_eq!(group_count("the four leaders"), Some(4));
        assert_eq!(group_count("both presidents"), Some(2));
        assert_eq!(group_count("The two foreign ministers"), Some(2));
        assert_eq!(group_count("European leaders"), None);
        assert_eq!(group_count("the four countries"), None);
    }
}
