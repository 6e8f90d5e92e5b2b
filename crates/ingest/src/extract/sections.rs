//! The sections an article's bold headings open, as far as dating needs them: a background
//! section ("**Background: the Kyiv visit**") tells what came before the story, and its days do
//! not date the statements under the next heading.
//!
//! Not here: headings that name a day (see `dates`) or an official text's author (see
//! `document_voice`).

use super::words::set_in_bold;
use super::Doc;

/// Headings of a section that tells what came before the story ("**Background: the Kyiv
/// visit**").
const BACKGROUND_HEADINGS: [&str; 4] = [
    "background",
    "context",
    "the story so far",
    "how we got here",
];

/// Whether `pos` lies in a background section that a later heading closed before `until`:
/// "**Background**: Carney travelled to Kyiv on 24 August …" does not date the statements under
/// "**The exchanges**" that follow it.
pub(super) fn in_closed_background_section(doc: &Doc<'_>, pos: usize, until: usize) -> bool {
    let own = doc.paragraphs.partition_point(|&(_, end)| end <= pos);
    // (A line wholly in bold, not two bold runs: "**Background**" but not "**A** and **B**".)
    let is_heading = |&(a, b): &(usize, usize)| {
        let line = doc.text[a..b].trim();
        set_in_bold(line) && !line[2..line.len() - 2].contains("**")
    };
    let Some(heading) = doc.paragraphs[..own.min(doc.paragraphs.len())]
        .iter()
        .rev()
        .find(|p| is_heading(p))
    else {
        return false;
    };
    let title = doc.text[heading.0..heading.1]
        .trim()
        .trim_matches('*')
        .to_lowercase();
    BACKGROUND_HEADINGS.iter().any(|h| title.starts_with(h))
        && doc.paragraphs[own..]
            .iter()
            .take_while(|&&(a, _)| a < until)
            .any(is_heading)
}
