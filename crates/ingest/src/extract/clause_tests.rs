//! Small tests on the clause a cue stands in, for deciding whose stance it is: a subject other
//! than the publication's own voice, a condition (closed before the cue, or on another party),
//! a wish for another's act, and "they" that names things in the passive.
//!
//! Not here: finding the reported person (see `reported`).

use super::stance::CueHit;
use super::words::words_before;

/// Whether the words right before a cue name a subject other than the publication's own voice:
/// a third-person pronoun ("They will supply weapons") or a capitalised name the gazetteer
/// does not know ("Xavier Bettel supported the idea"), not at the start of the sentence.
pub(super) fn third_party_subject(text: &str, cue_start: usize) -> bool {
    let before = words_before(text, cue_start, 3, true);
    before.iter().enumerate().any(|(i, w)| {
        let lower = w.to_lowercase();
        if matches!(lower.as_str(), "they" | "he" | "she") {
            return true;
        }
        // A capitalised word with another word before it in the clause is a name, except the
        // publisher's own institution ("The Government calls for an immediate ceasefire" on a
        // government's site, "The Embassy thanks the Italian people" on an embassy's).
        i == 0
            && w.chars().next().is_some_and(char::is_uppercase)
            && before.len() > 1
            && !matches!(
                lower.as_str(),
                "russia"
                    | "we"
                    | "i"
                    | "government"
                    | "ministry"
                    | "administration"
                    | "cabinet"
                    | "commission"
                    | "embassy"
                    | "mission"
                    | "presidency"
                    | "secretariat"
            )
    })
}

/// Whether the name at `name` stands in a conditional or temporal clause ("if …", "unless …",
/// "until Putin accepts it, we will …") opened after `floor` and closed by a comma before the
/// cue at `cue`.
pub(super) fn in_closed_condition(text: &str, floor: usize, name: usize, cue: usize) -> bool {
    let opened = words_before(text, name, 6, true)
        .iter()
        .take_while(|w| !w.ends_with(','))
        .any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "if" | "unless" | "until" | "till" | "once" | "when" | "whenever"
            )
        });
    opened && name > floor && text[name..cue].contains(',')
}

/// Whether "they" followed by these two words is the subject of a passive ("they were being
/// looked at", "they would be sent"): things acted on, not people speaking.
pub(super) fn things_in_the_passive(auxiliary: &str, next: &str) -> bool {
    let next = next.to_ascii_lowercase();
    matches!(
        &*auxiliary.to_ascii_lowercase(),
        "were" | "are" | "would" | "will" | "could" | "should" | "had" | "have"
    ) && (matches!(&*next, "being" | "be" | "been")
        || (auxiliary.eq_ignore_ascii_case("were") || auxiliary.eq_ignore_ascii_case("are"))
            && next.len() > 3
            && next.ends_with("ed"))
}

/// Verbs of hoping and expecting: the clause after them is the speaker's wish.
pub(super) const WISHING: [&str; 8] = [
    "hoped", "hopes", "hope", "hoping", "expected", "expects", "wished", "wishes",
];

/// Whether a cue stands in a condition whose own subject is named ("and said that, if Moscow
/// refused, they would tighten sanctions"): what another may do is the condition, not the
/// speaker's stance. The "if" opens the clause a few words before the cue, with a capitalised
/// subject, and a comma closes it soon after.
pub(super) fn conditions_another(text: &str, sentence_start: usize, cue: &CueHit) -> bool {
    let lead = &text[sentence_start..cue.start];
    let Some(at) = lead
        .rfind("if ")
        .filter(|&i| i == 0 || lead[..i].ends_with([' ', ',']))
    else {
        return false;
    };
    let condition = &lead[at + 3..];
    let words: Vec<&str> = condition.split_whitespace().collect();
    let after = &text[cue.end..];
    let closes = after
        .find([',', '.', ';'])
        .is_some_and(|i| after[i..].starts_with(',') && after[..i].split_whitespace().count() <= 6);
    !condition.contains(',')
        && (1..=4).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && closes
}
