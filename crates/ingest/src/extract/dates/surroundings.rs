//! Where a date stands in the text, for resolving "the same day" against the date named last:
//! not a thing's name ("the decision of 12 May"), a flashback's day, a day inside a quotation, a
//! transcript turn or a reporter's question. Not here: the date patterns themselves.

/// Whether the date at `pos` names a thing rather than when it happened: "the application of
/// 30 September", "the decision of 12 May".
pub(super) fn names_a_thing(text: &str, pos: usize) -> bool {
    text[..pos].trim_end().rsplit(' ').next() == Some("of")
}

/// Whether the clause before `pos` (back to a comma or the sentence's start) holds "had".
pub(super) fn in_past_perfect_clause(text: &str, pos: usize) -> bool {
    let before = &text[..pos];
    let from = before
        .rfind([',', '.', ';', ':', '\n'])
        .map_or(0, |i| i + 1);
    before[from..]
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("had"))
}

/// Whether `pos` is inside a quotation opened earlier in its paragraph ("\"I commit to
/// nothing today,\" Merz replied" names the day of the words, not of the story).
pub(super) fn in_quotation(text: &str, pos: usize) -> bool {
    let before = &text[..pos];
    let para = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let straight = para.matches('"').count();
    straight % 2 == 1 || para.matches('\u{201c}').count() > para.matches('\u{201d}').count()
}

/// Whether the line holding `pos` is a transcript's turn ("MACRON: Not today."): its days
/// are the speaker's, not the story's.
pub(super) fn in_labelled_turn(text: &str, pos: usize) -> bool {
    let line = &text[text[..pos].rfind('\n').map_or(0, |i| i + 1)..pos];
    line.split_once(':').is_some_and(|(label, _)| {
        let label = label.trim_matches(['*', ' ']);
        label.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !label.chars().any(|c| c.is_lowercase())
    })
}

/// Whether the line holding `pos` is a question (it ends with "?", after closing emphasis and
/// quotation marks).
pub(super) fn in_question_line(text: &str, pos: usize) -> bool {
    let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
    text[..end]
        .trim_end_matches(['*', '_', '"', '\u{201d}', ')', ' '])
        .ends_with('?')
}
