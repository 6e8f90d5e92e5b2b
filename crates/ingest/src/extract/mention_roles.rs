//! The roles mentions play for resolving a later "he" or "she": a pronoun after a line break,
//! a subject embedded in a reported clause or the object of a verb (not the sentence's own
//! subject), and a source named after a preposition ("according to Jens Stoltenberg"). Not
//! here: finding the mentions (see `mentions`) or resolving pronouns (see `attribution`).

use super::mentions::{Mention, MentionKind};
use super::words::{floor_char_boundary, words_before};

/// Marks `after_break`, `embedded` and `source` on mentions in text order.
pub(super) fn mark_roles(text: &str, mentions: &mut [Mention]) {
    let mut last_person_end: Option<usize> = None;
    let mut last_subject_end: Option<usize> = None;
    for m in mentions.iter_mut() {
        match m.kind {
            MentionKind::Pronoun => {
                // (Not in a list: "- Italy's weapons could not be used …, she repeated" is the
                // person of the item before, not the one the piece names most.)
                m.after_break = last_person_end.is_some_and(|e| {
                    text[e..m.start].rfind('\n').is_some_and(|nl| {
                        let line = text[e + nl + 1..m.start].trim_start();
                        // (Nor in a transcript's turn: "FERRER: He also promised …" goes on
                        // from the line before.)
                        !(line.starts_with("- ")
                            || line.starts_with("* ")
                            || line.starts_with('•')
                            || line.trim_end().ends_with(':'))
                    })
                });
                // "He said Slovakia had lost transit fees and that President Zelensky had
                // acted …": a pronoun subject embeds the clauses it reports as a name does.
                if !m.oblique && !m.in_quote {
                    last_subject_end = Some(m.end);
                }
            }
            MentionKind::Person(_) | MentionKind::Title { .. } if !m.in_quote => {
                last_person_end = Some(m.end);
                if !m.oblique {
                    // (Also the object of a verb after that subject: "Boris Johnson called
                    // Volodymyr Zelensky. … he had assured" is Johnson.)
                    m.embedded = last_subject_end.is_some_and(|e| {
                        !crosses_sentence(&text[e..m.start])
                            && words_before(text, m.start, 1, true)
                                .first()
                                .is_some_and(|w| *w == "that" || takes_a_person(w))
                    });
                    last_subject_end = Some(m.end);
                } else {
                    m.source = (last_subject_end
                        .is_none_or(|e| crosses_sentence(&text[e..m.start]))
                        && names_a_source(text, m.start))
                        || in_bold_lead(text, m.start);
                }
            }
            _ => {}
        }
    }
}

/// Whether `word` is a verb whose object is a person ("called", "met", "thanked").
fn takes_a_person(word: &str) -> bool {
    matches!(
        word,
        "called" | "phoned" | "met" | "thanked" | "visited" | "hosted" | "received" | "invited"
    )
}

/// Whether the words before `start` make what follows a source ("according to"), the agent
/// of a participle ("given by", "announced by") or a first-person speaker's interlocutor ("I
/// spoke with", "we met").
fn names_a_source(text: &str, start: usize) -> bool {
    // (Words come nearest first; one look-up serves every form.)
    let words = words_before(text, start, 3, true);
    // "I spoke with President Zelensky yesterday. He told me …": the person a first-person
    // speaker spoke with or met is who a "he" after it stands for.
    let first_person = |w: &str| w == "I" || w == "We";
    match words.as_slice() {
        [with, verb, i, ..]
            if first_person(i)
                && with.eq_ignore_ascii_case("with")
                && matches!(*verb, "spoke" | "talked" | "met") =>
        {
            true
        }
        [verb, i, ..] if first_person(i) && takes_a_person(verb) => true,
        [by, participle, ..] if by.eq_ignore_ascii_case("by") => {
            let p = participle.to_ascii_lowercase();
            p.len() > 3 && (p.ends_with("ed") || p.ends_with("en") || p == "made" || p == "sent")
        }
        [to, according, ..] => {
            to.eq_ignore_ascii_case("to") && according.eq_ignore_ascii_case("according")
        }
        _ => false,
    }
}

/// Whether `start` lies in a paragraph's bold run-in heading ("**M is for Merz.** As
/// chancellor, he told reporters …"): the person it names is who the paragraph is about.
fn in_bold_lead(text: &str, start: usize) -> bool {
    // (A heading is short: only the 120 bytes before are read, so a release printed as one
    // long paragraph is not scanned back to its start for every name.)
    let from = floor_char_boundary(text, start.saturating_sub(120));
    let Some(line) = text[from..start].rfind('\n').map(|i| from + i + 1) else {
        return from == 0 && text.starts_with("**") && !text[2..start].contains("**");
    };
    let lead = &text[line..start];
    lead.starts_with("**") && !lead[2..].contains("**")
}

/// Whether a stretch between two mentions ends a sentence or a paragraph.
fn crosses_sentence(between: &str) -> bool {
    between.contains('\n')
        || [". ", "? ", "! ", ".\u{201d} ", ".\" "]
            .iter()
            .any(|e| between.contains(e))
}
