//! What the words before a mention make of it: a delegate ("a spokesman for X"), an object or
//! a place after a preposition or a verb ("in Paris", "thanked Zelensky"), the subject of a
//! clause after a conjunction ("a day after the Pentagon said"), nobody after "former".
//!
//! Not here: finding the mentions (see `mentions`) or the roles they take in their sentence
//! (see `mention_roles`).

use std::borrow::Cow;

use crate::knowledge::Knowledge;

use super::mentions::{Mention, MentionKind};
use super::passives::introduces_passive_agent;
use super::words::{fold, word_after, words_before};

/// Delegates, prepositions and "former".
pub(super) fn apply_context(k: &Knowledge, text: &str, m: &mut Mention) {
    // "he" and "she" are nominative: never an object, whatever word stands before them ("At
    // the meeting he said" — "meeting" is also a verb that takes an object). ("his address"
    // is not: "In his evening address, Zelensky called …".)
    if m.kind == MentionKind::Pronoun && !m.label.contains(' ') {
        return;
    }
    let before = words_before(text, m.start, 4, true);
    let folded: Vec<Cow<'_, str>> = before.iter().map(|w| fold(w)).collect();
    // "a spokesman for X": the words before, read left to right, end with a delegate prefix.
    // The last `n` words read left to right are a suffix of the last four: join those once
    // (this runs for every mention) and try each suffix, shortest first.
    let last = folded.len().min(4);
    let mut joined = String::new();
    let mut starts = [0; 4];
    for (i, w) in folded[..last].iter().enumerate().rev() {
        if i + 1 < last {
            joined.push(' ');
        }
        starts[i] = joined.len();
        joined.push_str(w);
    }
    for n in 2..=last {
        let phrase = &joined[starts[n - 1]..];
        if k.cues.delegate_prefixes.iter().any(|p| p == phrase) {
            let start = start_of_words(text, m.start, n);
            m.label = text[start..m.end].trim().to_string();
            m.start = start;
            m.delegate = true;
            return;
        }
    }
    // Skip a leading article ("the", "a") and a group's adjective ("appealed to Western
    // allies", "called on fellow members", "in other partner countries"): the preposition
    // before them still governs.
    let mut i = 0;
    while i < folded.len()
        && (matches!(
            &*folded[i],
            "the"
                | "a"
                | "an"
                | "western"
                | "european"
                | "other"
                | "fellow"
                | "key"
                | "all"
                | "partner"
                | "allied"
                | "neighbouring"
                | "neighboring"
                | "member"
                // "would work with G7 partners to use the proceeds". (Not "NATO": "as NATO
                // secretary general" is a role, not a group after a preposition.)
                | "g7"
                | "g20"
        )
        // "met Minister Rustem Umerov", "received President Sauli Niinistö": an honorific (and
        // a nationality before it) is part of the object.
        || HONORIFICS.contains(&&*folded[i])
        || (i > 0
            && HONORIFICS.contains(&&*folded[i - 1])
            && before[i].starts_with(char::is_uppercase)
            && ["an", "ish", "ese", "ch"].iter().any(|e| folded[i].ends_with(e))))
    {
        i += 1;
    }
    if let Some(w) = folded.get(i) {
        let w = w.trim_end_matches('-');
        if k.cues.former.contains(w) || w.starts_with("ex-") || w.starts_with("former") {
            m.kind = MentionKind::Blocker;
        } else if w == "by" && introduces_passive_agent(text, start_of_words(text, m.start, i + 1))
        {
            // "was urged by Mark Rutte": the agent of a passive is its logical subject.
        } else if k.cues.prepositions.contains(w)
            // ("ANCHOR: And President Zelensky?": an "And" that opens its sentence joins no
            // name to another; what follows is the subject.)
            && before[i] != "And"
            // "At the meeting Trump said": after a determiner, "meeting" is the noun, not the
            // verb that takes an object ("after meeting Scholz").
            && !(w.ends_with("ing")
                && folded.get(i + 1).is_some_and(|d| {
                    matches!(
                        &**d,
                        "the"
                            | "a"
                            | "an"
                            | "this"
                            | "that"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            // "At the same meeting Germany's Defence Minister … announced".
                            | "same"
                            | "first"
                            | "last"
                            | "next"
                            | "weekly"
                            | "regular"
                    )
                }))
        {
            // "a number of NATO countries are against": after a quantity, "of" names the
            // subject itself.
            let quantity = w == "of"
                && folded.get(i + 1).is_some_and(|q| {
                    matches!(
                        &**q,
                        "number"
                            | "some"
                            | "many"
                            | "most"
                            | "several"
                            | "majority"
                            | "few"
                            | "handful"
                            | "group"
                            | "none"
                            | "all"
                            | "each"
                            | "both"
                    )
                });
            // "a day after the Pentagon said it would …": after a conjunction that is also a
            // preposition, a name followed by its speech verb is that clause's subject.
            // (Not "before Macron spoke, that Poland …": a verb with nothing after it in its
            // clause reports no statement of its own.)
            // ("a day after Foreign Minister Jean-Noël Barrot, in an interview published on
            // Wednesday, said": the verb may follow an aside between commas.)
            let clause_subject = matches!(w, "after" | "before" | "until" | "since")
                && word_after(text, after_an_aside(text, m.end)).is_some_and(|(next, end)| {
                    k.cues.say.iter().chain(&k.cues.tell).any(|v| v == next)
                        && text[end..].trim_start_matches(' ').starts_with(|c: char| {
                            c.is_alphanumeric() || c == '"' || c == '\u{201c}'
                        })
                });
            // "A spokesperson for the German defence ministry said": the one a spokesperson
            // speaks for is who speaks.
            let spokesperson_for = w == "for"
                && folded.get(i + 1).is_some_and(|q| {
                    matches!(
                        &**q,
                        "spokesperson" | "spokesman" | "spokeswoman" | "spokespeople"
                    )
                });
            m.oblique = !quantity && !clause_subject && !spokesperson_for;
        }
    }
    // "met his Ukrainian counterpart Dmytro Kuleba", "received her counterpart": the
    // counterpart of a verb's subject is its object (not after "and": "Séjourné and his Polish
    // counterpart Radosław Sikorski discussed …").
    if !m.oblique && counterpart_object(k, &folded, &before) {
        m.oblique = true;
    }
    if before.is_empty() {
        // "ex-NATO chief" is glued.
        let glued = &text[..m.start];
        if glued.ends_with("ex-") || glued.ends_with("Ex-") {
            m.kind = MentionKind::Blocker;
        }
    }
}

/// `pos`, or past an aside between commas that opens there (", in an interview published on
/// Wednesday,"): up to the next comma within twelve words, with no full stop between.
fn after_an_aside(text: &str, pos: usize) -> usize {
    let Some(rest) = text[pos..].strip_prefix(", ") else {
        return pos;
    };
    match rest.find(',') {
        Some(close)
            if !rest[..close].contains(['.', ';', ':'])
                && rest[..close].split_whitespace().count() <= 12 =>
        {
            pos + 2 + close + 1
        }
        _ => pos,
    }
}

/// The byte position where the `n` words before `pos` start.
fn start_of_words(text: &str, pos: usize, n: usize) -> usize {
    let words = words_before(text, pos, n, true);
    match words.last() {
        Some(w) => w.as_ptr() as usize - text.as_ptr() as usize,
        None => pos,
    }
}

/// Whether the word before `start` (after an article) is a verb taking an object ("Meeting the
/// High Representative", "thanked the chancellor") rather than a preposition.
pub(super) fn object_of_a_verb(text: &str, start: usize) -> bool {
    words_before(text, start, 2, true)
        .iter()
        .map(|w| fold(w))
        .find(|w| !matches!(&**w, "the" | "a" | "an"))
        .is_some_and(|w| {
            (w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")))
                || matches!(w.as_ref(), "meet" | "meets" | "thank" | "thanks" | "hosts")
        })
}

/// Words between a governing verb or preposition and a name that leave the name its object:
/// honorifics. ("counterpart" is not: "Séjourné and his Polish counterpart Radosław Sikorski
/// discussed …" is a subject.)
const HONORIFICS: [&str; 6] = ["minister", "mr", "mrs", "ms", "president", "secretary"];

/// Whether the words before a name (nearest first) are "counterpart", maybe a nationality, a
/// possessive and a verb or preposition other than "and"/"or".
fn counterpart_object(k: &Knowledge, folded: &[Cow<'_, str>], before: &[&str]) -> bool {
    if !folded
        .first()
        .is_some_and(|w| w == "counterpart" || w == "counterparts")
    {
        return false;
    }
    let mut j = 1;
    if before
        .get(j)
        .is_some_and(|w| w.starts_with(char::is_uppercase))
    {
        j += 1;
    }
    if !folded
        .get(j)
        .is_some_and(|w| matches!(&**w, "his" | "her" | "their" | "its"))
    {
        return false;
    }
    folded
        .get(j + 1)
        .is_some_and(|w| !matches!(&**w, "and" | "or") && k.cues.prepositions.contains(&**w))
}
