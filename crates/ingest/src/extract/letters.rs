//! Letters to the editor: a letter opens "Sir," (or "Dear Editor,", "Madam,") and ends with its
//! signature set in emphasis on a line of its own ("*Valerii Zaluzhnyi, Ambassador of Ukraine to
//! the United Kingdom, London*"). The letter is its signatory speaking, on the day the page is
//! published, like an op-ed's byline.
//!
//! Not here: resolving the signatory (a reader, an MP or a former diplomat speaks for nobody).

use super::mentions::MentionKind;
use super::speakers::Label;
use super::Doc;

/// How far a letter may run, in paragraphs, before its signature.
const MAX_PARAGRAPHS: usize = 5;

/// Marks the paragraphs of every signed letter with its signatory (`Label::Letter`); a letter
/// whose signature names nobody the gazetteer knows is `Label::Nobody`, so its text is no one's.
pub(super) fn signed_letters(doc: &Doc<'_>, labels: &mut [Label]) {
    let mut i = 0;
    while i < doc.paragraphs.len() {
        let (ps, pe) = doc.paragraphs[i];
        let opening = doc.text[ps..pe].trim_start_matches(['*', '_', ' ']);
        if ![
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
            i += 1;
            continue;
        }
        let Some((last, line)) = (i..doc.paragraphs.len().min(i + MAX_PARAGRAPHS))
            .find_map(|j| signature_line(doc, j).map(|line| (j, line)))
        else {
            i += 1;
            continue;
        };
        let signatory = doc.mentions.iter().position(|m| {
            m.start >= line.0
                && m.end <= line.1
                && matches!(
                    m.kind,
                    MentionKind::Person(_) | MentionKind::Title { .. } | MentionKind::Actor(_)
                )
        });
        let label = signatory.map_or(Label::Nobody, Label::Letter);
        for l in &mut labels[i..=last] {
            if *l == Label::None {
                *l = label;
            }
        }
        i = last + 1;
    }
}

/// The signature closing paragraph `j`: its last line, set wholly in emphasis (`*…*`, `_…_`).
fn signature_line(doc: &Doc<'_>, j: usize) -> Option<(usize, usize)> {
    let (ps, pe) = doc.paragraphs[j];
    let para = &doc.text[ps..pe];
    let start = para.trim_end().rfind('\n').map_or(0, |n| n + 1);
    let line = para[start..].trim();
    let emphasised = line.len() > 2
        && ((line.starts_with('*') && line.ends_with('*'))
            || (line.starts_with('_') && line.ends_with('_')));
    emphasised.then_some((ps + start, pe))
}
