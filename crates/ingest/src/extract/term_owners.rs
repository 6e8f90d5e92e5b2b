//! Whose a topic term names, where that decides whether it is the tracked question: "Russian
//! troops" and "withdraw its troops" are the other side's (a topic's `exclude_before` words),
//! "our military support to Ukraine" is still the aid, and "Sweden's accession" is another
//! country's membership, not Ukraine's; "a new package of 350 million dollars in weapons" is
//! the weapons' package, not a sanctions package, and so is "the new package" named before in
//! a sentence on drones.
//! A topic's excluding phrase ("membership in the European Union") takes its own clause off the
//! topic, not the other side of a contrast ("…, while it supports …").
//!
//! Not here: finding the terms or choosing a cue's topic (see `topic`).

use std::collections::HashMap;

use crate::knowledge::Knowledge;

use super::sentences::Sentence;
use super::topic::TopicHit;
use super::words::{fold, words_before};

/// Whether the term at `start..end` of `topic` follows one of its `exclude_before` words (one
/// of the two words before it, or the pair): "Russian troops", "withdraw its troops".
pub(super) fn owned_by_the_other_side(
    k: &Knowledge,
    topic: usize,
    text: &str,
    start: usize,
    end: usize,
) -> bool {
    let before = words_before(text, start, 2, true);
    let exclude = &k.topics[topic].exclude_before;
    // Two-word entries ("air defence missiles") match the pair in text order.
    let pair = (before.len() == 2).then(|| format!("{} {}", fold(before[1]), fold(before[0])));
    // ("our military support to Ukraine": the speaker's own aid, not "our weapons" of the army
    // speaking.)
    before.iter().any(|w| {
        let w = fold(w);
        exclude.iter().any(|e| *e == w) && !(w == "our" && given_to_recipient(k, topic, text, end))
    }) || pair.is_some_and(|p| exclude.contains(&p))
        || leaves_after(exclude, text, end)
}

/// Whether the term ending at `end` is the subject of a verb of leaving, for a topic whose
/// terms are excluded after "withdraw": "no talks with Russia until its troops leave our land"
/// are troops of the other side, as "the withdrawal of troops" is.
fn leaves_after(exclude: &[String], text: &str, end: usize) -> bool {
    exclude.iter().any(|e| e == "withdraw")
        && text[end..].split_whitespace().next().is_some_and(|w| {
            matches!(
                w.trim_end_matches(|c: char| !c.is_alphanumeric()),
                "leave"
                    | "leaves"
                    | "left"
                    | "withdraw"
                    | "withdraws"
                    | "withdrew"
                    | "retreat"
                    | "retreats"
                    | "retreated"
            )
        })
}

/// Whether the term ending at `end` is followed by "to" or "for" and one of its topic's
/// delivery recipients ("our military support to Ukraine", "for Kyiv").
fn given_to_recipient(k: &Knowledge, topic: usize, text: &str, end: usize) -> bool {
    let after = text[end..].trim_start();
    let Some(rest) = after
        .strip_prefix("to ")
        .or_else(|| after.strip_prefix("for "))
    else {
        return false;
    };
    k.topics[topic]
        .deliveries
        .as_ref()
        .is_some_and(|d| d.recipients.iter().any(|r| rest.starts_with(r.as_str())))
}

/// Whether the word before `at` is a capitalised possessive other than Ukraine's, its
/// capital's or the alliance's ("Sweden's accession", "Finland's membership"): the membership
/// is another country's ("NATO's invitation" is still the one in focus).
pub(super) fn owned_by_another_country(text: &str, at: usize) -> bool {
    words_before(text, at, 1, true).first().is_some_and(|w| {
        let owner = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"));
        owner.is_some_and(|o| {
            o.starts_with(char::is_uppercase)
                && !matches!(
                    o,
                    "Ukraine" | "Kyiv" | "Kiev" | "NATO" | "Nato" | "Alliance"
                )
        })
    })
}

/// Whether a topic term names a package ("ninth package", "the new packages").
fn names_a_package(text: &str, t: &TopicHit) -> bool {
    let found = &text[t.start..t.end];
    found.ends_with("package") || found.ends_with("packages")
}

/// Whether the package term `t` is the package of another topic's term that follows its "of"
/// or "worth" within a few words ("a twelfth package of military aid", "a new package of 350
/// million dollars in weapons"): then it is that package, not the sanctions package an ordinal
/// names when nothing follows. Only package terms are looked at, so the check costs nothing in
/// almost every sentence.
pub(super) fn package_of_another(text: &str, t: &TopicHit, terms: &[TopicHit]) -> bool {
    if !names_a_package(text, t) {
        return false;
    }
    let rest = &text[t.end..];
    let Some(link) = [" of ", " worth "].iter().find(|l| rest.starts_with(**l)) else {
        return false;
    };
    let from = t.end + link.len();
    terms.iter().any(|o| {
        o.topic != t.topic && o.start >= from && {
            let between = &text[from..o.start];
            // A few words of amount ("350 million dollars in"), no clause break.
            between.split_whitespace().count() <= 5 && !between.contains([',', ';', ':'])
        }
    })
}

/// Whether a package anaphor `a`, resolved from an earlier sentence, yields to its own
/// sentence: another topic's term is there and none of its own ("Umerov thanked the UK for the
/// new package and said the drones would protect the cities" after a sanctions package).
pub(super) fn package_of_its_sentence(text: &str, a: &TopicHit, terms: &[TopicHit]) -> bool {
    let here = |same: bool| {
        terms
            .iter()
            .any(|t| t.sentence == a.sentence && (t.topic == a.topic) == same)
    };
    names_a_package(text, a) && !here(true) && here(false)
}

/// Drops the terms a sentence's excluding phrase takes off their topic (see
/// [`excluded_in_its_clause`]). Each sentence is lower-cased once, however many terms it
/// holds; in ASCII only, so that its offsets are the text's.
pub(super) fn drop_excluded_in_their_clause(
    k: &Knowledge,
    text: &str,
    sentences: &[Sentence],
    terms: &mut Vec<TopicHit>,
) {
    let mut lowered: HashMap<usize, String> = HashMap::new();
    terms.retain(|t| {
        let phrases = &k.topics[t.topic].exclude_in_sentence;
        phrases.is_empty() || {
            let sentence = sentences[t.sentence];
            let lower = lowered
                .entry(t.sentence)
                .or_insert_with(|| text[sentence.start..sentence.end].to_ascii_lowercase());
            !excluded_in_its_clause(lower, sentence.start, t, phrases, &k.cues.contrastive)
        }
    });
}

/// Whether one of a topic's `exclude_in_sentence` phrases (lower-cased) takes the term `t` off
/// its topic: it stands in `lower`, the sentence starting at `sentence_start` lower-cased in
/// ASCII, with none of the `contrastive` boundaries of `cues.toml` between it and the term (a
/// contrast divides the sentence into clauses on different questions: "would not support
/// Ukraine's membership in NATO …, while it supports Ukraine's membership in the European
/// Union").
fn excluded_in_its_clause(
    lower: &str,
    sentence_start: usize,
    t: &TopicHit,
    phrases: &[String],
    contrastive: &[String],
) -> bool {
    let (start, end) = (t.start - sentence_start, t.end - sentence_start);
    phrases.iter().any(|p| {
        // (A term that holds the phrase is the more precise of the two: "no \"Minsk-3\"
        // deal" is this war's talks, though "Minsk" alone names the 2014-22 ones.)
        lower
            .match_indices(p.as_str())
            .filter(|&(at, m)| at < start || at + m.len() > end)
            .any(|(at, _)| {
                let between = if at < start {
                    &lower[at..start]
                } else {
                    &lower[end.min(at)..at]
                };
                !contrastive.iter().any(|c| between.contains(c.as_str()))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::{excluded_in_its_clause, owned_by_another_country};
    use crate::extract::topic::TopicHit;

    #[test]
    fn an_excluding_phrase_takes_only_its_own_clause() {
        let t = "fico would not support ukraine's membership in nato, while it supports its membership in the eu.";
        let at = t.find("membership in nato").unwrap();
        let hit = TopicHit {
            start: at,
            end: at + "membership in nato".len(),
            topic: 0,
            inverse: false,
            sentence: 0,
        };
        let phrases = ["membership in the eu".to_string()];
        let contrastive = [", while".to_string()];
        assert!(!excluded_in_its_clause(t, 0, &hit, &phrases, &contrastive));
        let t = "fico would not support ukraine's membership in nato and its membership in the eu.";
        assert!(excluded_in_its_clause(t, 0, &hit, &phrases, &contrastive));
    }

    #[test]
    fn another_country_s_accession_is_not_ukraine_s() {
        let t = "Stoltenberg welcomed Sweden's accession";
        assert!(owned_by_another_country(t, t.find("accession").unwrap()));
        let t = "Stoltenberg welcomed Ukraine's accession";
        assert!(!owned_by_another_country(t, t.find("accession").unwrap()));
        let t = "Kyiv awaited NATO's invitation";
        assert!(!owned_by_another_country(t, t.find("invitation").unwrap()));
        let t = "Kyiv awaited the country's accession";
        assert!(!owned_by_another_country(t, t.find("accession").unwrap()));
    }
}
