//! The noun after an actor or an office that makes it a speaker: "Russia's foreign ministry",
//! "a NATO official", "the Prime Minister's official spokesperson".
//! Not here: finding the names and titles themselves (see `mentions`).

use crate::knowledge::Knowledge;

use super::words::{fold, word_after};

/// The end of a speaker noun (possibly two words) starting after `pos`.
pub(super) fn speaker_noun_at(k: &Knowledge, text: &str, pos: usize) -> Option<usize> {
    let (w1, e1) = word_after(text, pos)?;
    let w1 = fold(w1);
    if let Some((w2, e2)) = word_after(text, e1) {
        let two = format!("{w1} {}", fold(w2));
        if k.cues.speaker_nouns.contains(&two) {
            return Some(e2);
        }
    }
    k.cues.speaker_nouns.iter().any(|n| *n == w1).then_some(e1)
}

pub(super) fn extend_over_speaker_noun(k: &Knowledge, text: &str, end: usize) -> Option<usize> {
    let after = &text[end..];
    let noun_at = if after.starts_with("'s") || after.starts_with("\u{2019}s") {
        end + after.find('s').unwrap_or(0) + 1
    } else {
        end
    };
    speaker_noun_at(k, text, noun_at)
}

/// A spokesperson noun after a possessive ("'s official spokesperson", "'s spokesman"): the
/// end of the noun phrase. Only spokespeople: "the chancellor's party" or "Putin's allies" are
/// no delegates.
pub(super) fn possessive_speaker_noun(k: &Knowledge, text: &str, end: usize) -> Option<usize> {
    let after = &text[end..];
    if !(after.starts_with("'s ") || after.starts_with("\u{2019}s ")) {
        return None;
    }
    // "Prime Minister Mario Draghi's office had said", "President Biden's administration
    // announced": an office holder's office, administration or government speaks for them
    // ("office" alone is no speaker noun: "the Kremlin's office supplies").
    let noun_at = end + after.find(' ').unwrap_or(0);
    match word_after(text, noun_at) {
        Some(("office" | "administration" | "government" | "cabinet", e)) => return Some(e),
        Some(("press", e)) => {
            if let Some(("office", e)) = word_after(text, e) {
                return Some(e);
            }
        }
        _ => {}
    }
    let mut e = extend_over_speaker_noun(k, text, end)?;
    // "official spokesperson": the adjective reads as a noun of its own.
    if text[end..e].to_lowercase().ends_with("official") {
        if let Some(next) = speaker_noun_at(k, text, e) {
            e = next;
        }
    }
    let noun = text[end..e].to_lowercase();
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "press secretary",
    ]
    .iter()
    .any(|n| noun.ends_with(n))
    .then_some(e)
}
