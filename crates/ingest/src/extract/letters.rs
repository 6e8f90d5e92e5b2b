//! Signed letters. A letter to the editor opens "Sir," (or "Dear Editor,", "Madam,") and ends
//! with its signature set in emphasis on a line of its own ("*Valerii Zaluzhnyi, Ambassador of
//! Ukraine to the United Kingdom, London*"): its signatory speaking, on the day the page is
//! published, like an op-ed's byline, or on the day the signature ends with ("…, Berlin, 11
//! March 2024*"). A formal letter (a minister's reply to a committee, an open letter) opens
//! "Dear …," and closes "Yours sincerely," over its signatory's name: its signatory speaking,
//! on the date line above the salutation if there is one.
//!
//! Not here: resolving the signatory (a reader, an MP or a former diplomat speaks for nobody).

use chrono::NaiveDate;
use stancelog_events::DateBasis;

use super::signatures::can_sign;
use super::speakers::Label;
use super::words::set_in_emphasis;
use super::Doc;

/// How far a letter to the editor may run, in paragraphs, before its signature.
const MAX_PARAGRAPHS: usize = 5;

/// How far a formal letter may run, in paragraphs, before its complimentary close: the close
/// is unmistakable, so a long reply still ends there.
const MAX_FORMAL_PARAGRAPHS: usize = 40;

/// The closes of a formal letter, as its own paragraph or line.
const CLOSES: &[&str] = &[
    "Yours sincerely",
    "Yours faithfully",
    "Yours ever",
    "Yours truly",
    "Sincerely",
    "Sincerely yours",
    "Kind regards",
    "With kind regards",
    "Best regards",
    "With best regards",
    "Respectfully",
    "Respectfully yours",
];

/// Marks the paragraphs of every signed letter with its signatory (`Label::Letter`); a letter
/// whose signature names nobody the gazetteer knows is `Label::Nobody`, so its text is no one's.
pub(super) fn signed_letters(doc: &Doc<'_>, labels: &mut [Label]) {
    let mut i = 0;
    while i < doc.paragraphs.len() {
        let (ps, pe) = doc.paragraphs[i];
        let opening = doc.text[ps..pe].trim_start_matches(['*', '_', ' ']);
        let found = if [
            "Sir,",
            "Sir -",
            "Madam,",
            "Dear Sir",
            "Dear Editor",
            "Dear editor",
        ]
        .iter()
        .any(|o| opening.starts_with(o))
        {
            editor_letter_end(doc, i).map(|(last, line)| (last, line, false))
        } else if salutation(opening) {
            formal_letter_end(doc, i).map(|(last, line)| (last, line, true))
        } else {
            None
        };
        let Some((last, line, formal)) = found else {
            i += 1;
            continue;
        };
        let signatory = doc
            .mentions
            .iter()
            .position(|m| m.start >= line.0 && m.end <= line.1 && can_sign(&m.kind));
        let day = if formal {
            date_line_before(doc, i)
        } else {
            signature_date(doc, line)
        };
        let label = signatory.map_or(Label::Nobody, |m| Label::Letter(m, day));
        for l in &mut labels[i..=last] {
            if *l == Label::None {
                *l = label;
            }
        }
        i = last + 1;
    }
}

/// A letter to the editor opening at paragraph `i`: its last paragraph and signature line.
fn editor_letter_end(doc: &Doc<'_>, i: usize) -> Option<(usize, (usize, usize))> {
    (i..doc.paragraphs.len().min(i + MAX_PARAGRAPHS))
        .find_map(|j| signature_line(doc, j).map(|line| (j, line)))
}

/// "Dear Chair,", "Dear Mr Secretary General,": a salutation of a few words ending in a comma,
/// alone on its line.
fn salutation(opening: &str) -> bool {
    let line = opening.lines().next().unwrap_or("").trim_end();
    line.starts_with("Dear ") && line.ends_with(',') && line.split_whitespace().count() <= 6
}

/// A formal letter opening at paragraph `i`: the paragraph that closes it ("Yours sincerely,"
/// then the name, on its lines or in the next short paragraph) and the signature's extent.
fn formal_letter_end(doc: &Doc<'_>, i: usize) -> Option<(usize, (usize, usize))> {
    let last = (i + 1..doc.paragraphs.len().min(i + MAX_FORMAL_PARAGRAPHS))
        .find(|&j| closes_formally(doc, j))?;
    let (ps, pe) = doc.paragraphs[last];
    let close_end = ps + doc.text[ps..pe].find(',').map_or(pe - ps, |c| c + 1);
    if doc.text[close_end..pe].trim().is_empty() {
        // The name in the next paragraph: "Yours sincerely,\n\nJames Cleverly".
        let (ns, ne) = *doc.paragraphs.get(last + 1)?;
        let short = doc.text[ns..ne].split_whitespace().count() <= 20;
        return short.then_some((last + 1, (ns, ne)));
    }
    Some((last, (close_end, pe)))
}

/// Whether paragraph `j` opens with a complimentary close ("Yours sincerely,").
fn closes_formally(doc: &Doc<'_>, j: usize) -> bool {
    let (ps, pe) = doc.paragraphs[j];
    let first = doc.text[ps..pe]
        .lines()
        .next()
        .unwrap_or("")
        .trim()
        .trim_matches(['*', '_'])
        .trim_end_matches([',', '.']);
    CLOSES.iter().any(|c| first.eq_ignore_ascii_case(c))
}

/// The day a letter to the editor's signature ends with ("*Oleksii Makeiev, Ambassador of
/// Ukraine to Germany, Berlin, 11 March 2024*"): the letter was written then, not on the day the
/// page prints it.
fn signature_date(doc: &Doc<'_>, line: (usize, usize)) -> Option<NaiveDate> {
    let at = doc
        .dates
        .iter()
        .find(|d| d.start >= line.0 && d.end <= line.1 && d.basis == DateBasis::Explicit)?;
    doc.text[at.end..line.1]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '.'))
        .is_empty()
        .then_some(at.date)
}

/// The date line set just above a salutation ("**13 June 2023**"): a paragraph of one explicit
/// date, among the two before it.
fn date_line_before(doc: &Doc<'_>, i: usize) -> Option<NaiveDate> {
    (i.saturating_sub(2)..i).rev().find_map(|j| {
        let (ps, pe) = doc.paragraphs[j];
        let bare = doc.text[ps..pe].trim().trim_matches(['*', '_']).trim();
        let at = doc
            .dates
            .iter()
            .find(|d| d.start >= ps && d.end <= pe && d.basis == DateBasis::Explicit)?;
        let date_text = doc.text[at.start..at.end].trim();
        (bare.len() <= date_text.len() + 12).then_some(at.date)
    })
}

/// The signature closing paragraph `j`: its last line, set wholly in emphasis (`*…*`, `_…_`).
fn signature_line(doc: &Doc<'_>, j: usize) -> Option<(usize, usize)> {
    let (ps, pe) = doc.paragraphs[j];
    let para = &doc.text[ps..pe];
    let start = para.trim_end().rfind('\n').map_or(0, |n| n + 1);
    let line = para[start..].trim();
    set_in_emphasis(line).then_some((ps + start, pe))
}
