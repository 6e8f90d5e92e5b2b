//! Where a date stands in the text, for resolving "the same day" against the date named last:
//! not a thing's name ("the decision of 12 May"), a flashback's day, a day inside a quotation, a
//! transcript turn or a reporter's question; and whether it heads a section (a short line, or
//! a bold heading after a label: "**Labour — Liverpool, Monday 29 September**"). Not here: the
//! date patterns themselves.

use chrono::NaiveDate;
use stancelog_events::DateBasis;

use super::DateHit;

/// Whether the date at `pos` names a thing rather than when it happened: "the application of
/// 30 September", "the decision of 12 May".
pub(super) fn names_a_thing(text: &str, pos: usize) -> bool {
    text[..pos].trim_end().rsplit(' ').next() == Some("of")
}

/// Whether a step in days at `span` counts from an event the text names, not from a date:
/// "two days before the summit" (`dir`, "before" or "after", with no stop after it), or "the
/// day before the meeting" set beside a day (`day_before`: "On Sunday, the day before the
/// meeting, …"). "Two days before, …" counts from the date named last.
pub(super) fn counts_from_an_event(
    text: &str,
    span: (usize, usize),
    dir: Option<&str>,
    day_before: bool,
) -> bool {
    let after = &text[span.1..];
    let beside_a_day = day_before
        && text[..span.0].ends_with(", ")
        && [" the ", " a ", " an "]
            .iter()
            .any(|d| after.starts_with(d));
    beside_a_day || (matches!(dir, Some("before" | "after")) && !after.starts_with([',', '.', ';']))
}

/// Whether the date at `date` stands in the sentence right before the one that `pos` opens
/// (at most one word before it: "On that day"), in the same paragraph.
pub(super) fn sentence_just_before(text: &str, date: usize, pos: usize) -> bool {
    let between = &text[date..pos];
    !between.contains('\n')
        && between.matches(". ").count() == 1
        && between
            .rsplit(". ")
            .next()
            .is_some_and(|opening| opening.split_whitespace().count() <= 1)
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

/// Whether the date at `at` opens a line of at most eight words, after emphasis marks ("April
/// 17, 2025", "**Wednesday 13 March**", "April 18, 2025, Paris-Le Bourget Airport").
/// So does a short bold run opening a paragraph of a timeline ("**Monday, 26 February — Élysée
/// Palace, 11.40 pm.** At the end of a conference …").
pub(super) fn opens_a_short_line(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let lead = &text[line_start..at];
    if !lead.trim_matches(['*', '_', '#', ' ']).is_empty() {
        return false;
    }
    let bold_run = lead.trim_start().starts_with("**")
        && text[at..line_end]
            .find("**")
            .is_some_and(|close| text[at..at + close].split_whitespace().count() <= 8);
    bold_run || text[line_start..line_end].split_whitespace().count() <= 8
}

/// Whether the explicit date at `at` stands in a heading line that opens with a short label,
/// set off by a comma or a dash: a bold run or a Markdown heading of at most twelve words, the
/// date inside it ("**Labour — Liverpool, Monday 29 September and Tuesday 30 September**").
pub(super) fn labelled_heading(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[line_start..line_end];
    // The label ends where the date begins, after a comma or a dash ("Labour — Liverpool,").
    let lead = text[line_start..at].trim_end();
    if !lead.ends_with([',', '\u{2014}', '\u{2013}', '-', ':']) {
        return false;
    }
    let run_end = if let Some(rest) = line.strip_prefix("**") {
        match rest.find("**") {
            Some(close) => line_start + 2 + close,
            None => return false,
        }
    } else if line.starts_with('#') {
        line_end
    } else {
        return false;
    };
    at < run_end
        && text[line_start..at].split_whitespace().count() <= 5
        && text[line_start..run_end].split_whitespace().count() <= 12
}

/// A text reproduced right under a standfirst that says when it was issued: the article opens
/// with a paragraph in italics that says a statement or release was issued ("*On Tuesday
/// evening, 11 July, … the Ministry of the Armed Forces published a short statement … Our
/// translation follows.*"), and headings in emphasis follow it ("**Ministry of the Armed Forces
/// — Press release**"). Its "today" is the day it was issued, up to the page's next heading.
/// Found once per text: every "today" asks for it.
pub(super) struct ReproducedText {
    /// The standfirst's span.
    standfirst: (usize, usize),
    /// From the standfirst's end to the first heading after the text's first paragraph.
    text: (usize, usize),
}

impl ReproducedText {
    pub(super) fn find(text: &str) -> Option<ReproducedText> {
        // (The cheap test first: most texts do not open in emphasis.)
        let body = text.trim_start();
        if !body.starts_with(['*', '_']) {
            return None;
        }
        let offset = text.len() - body.len();
        let first_end = offset + body.find("\n\n")?;
        let lower = text[offset..first_end].to_lowercase();
        let presents = ["statement", "press release", "communiqu", "declaration"]
            .iter()
            .any(|w| lower.contains(w))
            && ["published", "issued", "released", "adopted"]
                .iter()
                .any(|w| lower.contains(w));
        if !presents {
            return None;
        }
        // Headings in emphasis right after the standfirst, then the text, up to a heading.
        let mut headings = 0;
        let mut in_text = false;
        let mut at = first_end;
        let mut until = text.len();
        for para in text[first_end..].split("\n\n") {
            let start = at;
            at += para.len() + 2;
            let para = para.trim();
            if para.is_empty() {
                continue;
            }
            let heading = para.starts_with(['*', '_']) && para.ends_with(['*', '_']);
            match (heading, in_text) {
                (true, false) => headings += 1,
                (true, true) => {
                    until = start;
                    break;
                }
                (false, _) => in_text = true,
            }
        }
        (headings > 0).then_some(ReproducedText {
            standfirst: (offset, first_end),
            text: (first_end, until),
        })
    }

    /// The issue day for a "today" at `pos`: the standfirst's first date that is not itself
    /// relative, among `found`, the dates before `pos`.
    pub(super) fn day(&self, found: &[DateHit], pos: usize) -> Option<NaiveDate> {
        let (from, until) = self.text;
        if pos < from || pos >= until {
            return None;
        }
        let (start, end) = self.standfirst;
        found
            .iter()
            .find(|d| d.start >= start && d.end <= end && d.basis != DateBasis::Relative)
            .map(|d| d.date)
    }
}
