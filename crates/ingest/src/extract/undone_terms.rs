//! A topic term stated as undone outside any modal: the subject of a passive that undoes it
//! ("demanded that all Western sanctions against Russia be lifted") or the object of a noun
//! that does ("the lifting of Western sanctions would have to be part of any settlement"). Such
//! a term names the inverse proposition, as the `inverse` phrases of `topics.toml` do.
//! Not here: a modal cue whose subject is the term ("the sanctions must be lifted"), which
//! `cue_topic` reads with the cue; fixed inverse phrases ("lift sanctions"), which are data.

use std::collections::HashSet;

use super::modal_subjects::limit_precedes;
use super::words::words_before;
use crate::knowledge::Knowledge;

/// Nouns of undoing before "of" and the term ("the lifting of", "the removal of all").
const UNDOING_NOUNS: [&str; 7] = [
    "lifting",
    "removal",
    "easing",
    "relaxation",
    "scrapping",
    "abolition",
    "ending",
];

/// Words that open another clause between the term and its passive: the passive is then not
/// the term's ("sanctions that Hungary wanted lifted", "sanctions, and the ban was lifted").
const CLAUSE_WORDS: [&str; 14] = [
    "that", "which", "who", "and", "but", "or", "because", "if", "when", "while", "said", "says",
    "after", "until",
];

/// Modals before the passive: `cue_topic` reads "must be lifted" with the modal cue.
const MODALS: [&str; 11] = [
    "must", "should", "would", "could", "will", "can", "may", "might", "shall", "to", "need",
];

/// Whether the term at `start..end` of `topic` is stated as undone (see the module doc). A
/// term that names a limit on the proposition ("range restrictions", "restrictions on
/// long-range strikes") is left alone: undoing a limit states the proposition.
pub(super) fn stated_undone(
    k: &Knowledge,
    topic: usize,
    text: &str,
    start: usize,
    end: usize,
) -> bool {
    // (This runs for every topic term: the rare undoing is looked for before the limits.)
    if !(undone_by_noun(text, start) || undone_by_passive(text, end, &k.cues.undoing)) {
        return false;
    }
    let term = &text[start..end];
    !(k.topics[topic]
        .limits
        .iter()
        .any(|l| term.eq_ignore_ascii_case(l))
        || limit_precedes(text, start))
}

/// "the lifting of Western sanctions": a noun of undoing, "of" and at most two modifiers.
fn undone_by_noun(text: &str, start: usize) -> bool {
    let before = words_before(text, start, 4, true);
    // `words_before` lists the nearest word first.
    let Some(of) = before.iter().position(|w| w.eq_ignore_ascii_case("of")) else {
        return false;
    };
    of <= 2
        && before[..of]
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && before
            .get(of + 1)
            .is_some_and(|w| UNDOING_NOUNS.contains(&w.to_lowercase().as_str()))
}

/// "sanctions against Russia be lifted", "the sanctions on its banks were eased": at most four
/// words of the same clause, then a form of "be" and a verb of undoing.
fn undone_by_passive(text: &str, end: usize, undoing: &HashSet<String>) -> bool {
    let rest = &text[end..];
    let clause = &rest[..rest
        .find([',', ';', ':', '.', '"', '\u{201c}', '\u{201d}', '('])
        .unwrap_or(rest.len())];
    // (This runs for every topic term: the words are compared in place, and only the verb
    // after a form of "be" is lower-cased to look it up.)
    let is = |w: &str, set: &[&str]| set.iter().any(|s| s.eq_ignore_ascii_case(w));
    let mut words = clause.split_whitespace().take(7);
    for (i, w) in words.by_ref().enumerate() {
        if is(w, &["be", "are", "were", "is", "was", "been"]) {
            return i <= 4
                && words
                    .next()
                    .is_some_and(|verb| undoing.contains(&verb.to_lowercase()));
        }
        if is(w, &CLAUSE_WORDS) || is(w, &MODALS) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn undoing() -> HashSet<String> {
        ["lifted", "eased", "halted"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn a_passive_of_undoing_after_the_term() {
        let text = "demanded that all Western sanctions against Russia be lifted as part of it";
        let end = text.find("sanctions").unwrap() + "sanctions".len();
        assert!(undone_by_passive(text, end, &undoing()));
        // Another clause's passive, a modal's, or none at all.
        for text in [
            "the sanctions that Hungary said were lifted",
            "the sanctions must be lifted",
            "the sanctions against Russia were extended",
            "the sanctions, and the ban was lifted",
        ] {
            let end = text.find("sanctions").unwrap() + "sanctions".len();
            assert!(!undone_by_passive(text, end, &undoing()), "{text}");
        }
    }

    #[test]
    fn a_noun_of_undoing_before_the_term() {
        for (text, undone) in [
            (
                "the lifting of Western sanctions would have to be part of it",
                true,
            ),
            ("the removal of all the sanctions", true),
            ("the lifting of the first round of sanctions", false),
            ("the impact of Western sanctions", false),
        ] {
            let start = text.find("sanctions").unwrap();
            assert_eq!(undone_by_noun(text, start), undone, "{text}");
        }
    }
}
