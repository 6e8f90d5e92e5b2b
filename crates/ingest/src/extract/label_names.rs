//! Which person a transcript label names when the label is no full name: initials ("KK:" after
//! "Kaja Kallas … spoke to us") or a bare surname ("SMITH:" after "SMITH is Julianne Smith").
//!
//! Not here: reading the label off its paragraph ([`super::sentences::label_at`]) or the other
//! kinds of label (see `speakers`).

use super::mentions::MentionKind;
use super::speakers::Label;
use super::words::floor_char_boundary;
use super::Doc;

/// A label of initials ("KK", "BRW") ending at `end`: the person named before `before` whose
/// last words have those initials speaks; other initials (the outlet, the interviewer) are
/// nobody's. `None` when the label is not initials.
pub(super) fn initials_label(
    doc: &Doc<'_>,
    label: &str,
    before: usize,
    end: usize,
) -> Option<Label> {
    // "A.S." and "AS" are the same initials.
    let label: String = label.chars().filter(|&c| c != '.').collect();
    let label = label.as_str();
    let n = label.chars().count();
    if !(2..=4).contains(&n) || !label.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    // "TUSK:" is a name in capitals, not initials.
    if doc
        .mentions
        .iter()
        .any(|m| m.start >= before && m.end <= end)
    {
        return None;
    }
    let upto = doc.mentions.partition_point(|m| m.start < before);
    let speaker = (0..upto).rev().find(|&j| {
        let m = &doc.mentions[j];
        if !matches!(m.kind, MentionKind::Person(_)) {
            return false;
        }
        let words: Vec<&str> = doc.text[m.start..m.end]
            .split([' ', '-'])
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        words.len() >= n
            && words[words.len() - n..]
                .iter()
                .zip(label.chars())
                .all(|(w, c)| w.starts_with(c))
    });
    Some(speaker.map_or(Label::Nobody, Label::Speaker))
}

/// Whether a one-word label in capitals ("ARSLAN") is the surname of a journalist the text
/// introduced before `before` as the programme's own ("Correspondent in Istanbul: Deniz
/// Arslan", "our reporter, Anna Berg,"): the turn is the programme's narration, not a guest's.
pub(super) fn journalist_label(doc: &Doc<'_>, label: &str, before: usize) -> bool {
    // (Not "editor" or "columnist": a paper's editor on a panel gives views of their own. As
    // the text writes the word, not a label in capitals: "PRESENTER: With me is …".)
    const JOURNALISTS: [&str; 12] = [
        "correspondent",
        "Correspondent",
        "reporter",
        "Reporter",
        "presenter",
        "Presenter",
        "host",
        "Host",
        "anchor",
        "Anchor",
        "newsreader",
        "Newsreader",
    ];
    let mut chars = label.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    // "ARSLAN" as the text spells it: "Arslan".
    let surname: String = std::iter::once(first)
        .chain(chars.flat_map(char::to_lowercase))
        .collect();
    let text = &doc.text[..before];
    text.match_indices(surname.as_str()).any(|(at, _)| {
        let from = floor_char_boundary(text, at.saturating_sub(64));
        let to = floor_char_boundary(text, (at + surname.len() + 40).min(text.len()));
        let near = &text[from..to];
        JOURNALISTS.iter().any(|j| near.contains(j))
    })
}

/// The last person named before `before`, outside quotations, whose name ends in the one-word
/// label `label` ("SMITH" for "Julianne Smith", "Johnson" for "Boris Johnson").
pub(super) fn surname_label(doc: &Doc<'_>, label: &str, before: usize) -> Option<usize> {
    if label.split_whitespace().count() != 1 || label.chars().count() < 3 {
        return None;
    }
    let end = doc.mentions.partition_point(|m| m.start < before);
    (0..end).rev().find(|&j| {
        let m = &doc.mentions[j];
        !m.in_quote
            && matches!(m.kind, MentionKind::Person(_))
            && doc.text[m.start..m.end]
                .split_whitespace()
                .next_back()
                .is_some_and(|last| last.to_lowercase() == label.to_lowercase())
    })
}
