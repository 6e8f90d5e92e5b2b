//! Objects a cue leaves implicit: a pronoun that points back to the topic in focus ("would
//! never accept it", "would contribute to it", "The Netherlands backs it") and an "against" whose
//! object is left out ("Rome is against."). Not here: which topic is in focus (see `cue_topic`).

use super::stance::CueHit;
use super::words::words_before;

/// Whether the word right after a cue is a pronoun standing for its object ("looking at it",
/// "offer it", "asked for them"), ending the clause or followed by a preposition.
pub(super) fn object_is_pronoun(text: &str, cue_end: usize) -> bool {
    let rest = text[cue_end..].trim_start_matches([' ', '"', '\u{201c}', '\u{201d}']);
    let word_end = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    let (mut word, mut after) = rest.split_at(word_end);
    // "would contribute to it", "go ahead with it": a preposition before the pronoun.
    // ("needed more of them": a share of the things in focus; not "more of it", which is
    // more of an activity.)
    let of_them = word == "of" && after.starts_with(" them");
    if (matches!(word, "to" | "with" | "against" | "behind" | "into" | "in") || of_them)
        && after.starts_with(' ')
    {
        let rest = &after[1..];
        let end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        (word, after) = rest.split_at(end);
    }
    // "in favour of using them for Ukraine": a gerund between the cue and the pronoun.
    if word.len() > 5 && word.ends_with("ing") && after.starts_with(' ') {
        let rest = &after[1..];
        let end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        (word, after) = rest.split_at(end);
    }
    matches!(word, "it" | "them" | "that" | "this")
        && (after.starts_with(['.', ',', ';', '!', '?', '"', '\u{201d}'])
            || after.is_empty()
            // ("would back it \"in full\"": a scare quote opens the next word.)
            || after.split_whitespace().next().is_some_and(|w| {
                let w = w.trim_start_matches(['"', '\u{201c}']);
                matches!(
                    w,
                    "for"
                        | "to"
                        | "in"
                        | "at"
                        | "now"
                        | "yet"
                        | "soon"
                        | "after"
                        | "until"
                        | "unless"
                        | "because"
                        | "once"
                        | "provided"
                        | "if"
                        | "when"
                        | "and"
                        | "but"
                )
            }))
}

/// Whether a supporting cue is a verb of backing or contributing, whose pronoun object is the
/// thing in focus ("would contribute to it", "The Netherlands backs it", "Ukraine deserves
/// it"). Other verbs of support take a pronoun for too many things ("were ready for it").
pub(super) fn backs_its_object(cue: &str) -> bool {
    let verb = cue.rsplit(' ').next().unwrap_or("").to_lowercase();
    verb.starts_with("contribut")
        || matches!(
            verb.as_str(),
            "back"
                | "backs"
                | "backed"
                | "backing"
                | "deserve"
                | "deserves"
                | "deserved"
                | "endorse"
                | "endorses"
                | "endorsed"
                | "welcome"
                | "welcomes"
                | "welcomed"
                | "support"
                | "supports"
                | "supported"
                // ("would no longer block it": the lifted veto is the thing in focus.)
                | "block"
                | "veto"
        )
}

/// Whether `cue` is a bare "against" after a copula, or "stand in the way" with no "of", its
/// object left out ("Berlin is against,", "would no longer stand in the way after …",
/// "Rome is against.").
pub(super) fn leaves_its_object_out(text: &str, cue: &CueHit) -> bool {
    let phrase = &text[cue.start..cue.end];
    // So is "would no longer stand in the way" with no "of" after it.
    if phrase.ends_with("stand in the way") {
        return !text[cue.end..].trim_start().starts_with("of ");
    }
    if !phrase.eq_ignore_ascii_case("against") {
        return false;
    }
    let after = text[cue.end..].trim_start_matches([' ', '"', '\u{201d}']);
    after.is_empty()
        || after.starts_with(['.', ',', ';', '!', '\n'])
            && words_before(text, cue.start, 2, true)
                .iter()
                .any(|w| matches!(&*w.to_lowercase(), "is" | "are" | "was" | "were"))
}

/// Whether a clause lead (from the sentence start to the cue) opens with a plural pronoun
/// subject: "They must", "All of them should".
pub(super) fn starts_with_pronoun_subject(lead: &str) -> bool {
    let lead = lead.trim_start();
    ["They ", "All of them ", "Both of them ", "These ", "Those "]
        .iter()
        .any(|p| lead.starts_with(p))
        && lead.split_whitespace().count() <= 4
}
