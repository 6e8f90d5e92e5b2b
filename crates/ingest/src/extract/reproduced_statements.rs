//! Statements reproduced in full inside a page: under their own heading ("*Statement of the
//! Ministry of Foreign Affairs of Ukraine*"), or after a news page's note that introduces them
//! ("The Ministry of the Armed Forces issued the statement below on Thursday evening"). Each
//! paragraph of the block is the issuing actor speaking.
//!
//! Not here: transcript labels and their turns (see `speakers`).

use super::document_voice::kind_before_by;
use super::mentions::MentionKind;
use super::speakers::Label;
use super::Doc;

/// What a news page says before a statement it reproduces in full.
const INTRODUCERS: &[&str] = &[
    "the statement below",
    "the following statement",
    "the text below",
    "the release below",
    "the press release below",
    "the following press release",
    "the communique below",
    "the communiqu\u{e9} below",
    "the statement in full",
    "the full text of the statement",
    // A speech given in excerpts under a note that names who gave it ("Volodymyr Zelensky spoke
    // to the Munich Security Conference on Saturday, 17 February 2024 … Below are the main
    // passages").
    "below are the main passages",
    "below are the passages",
    "below are excerpts",
    "below are extracts",
    "the passages below",
    "the excerpts below",
    "the extracts below",
    "the following passages",
    "the following excerpts",
    "the following extracts",
];

/// A statement reproduced in full is the issuing actor speaking, paragraph by paragraph:
/// - under its own heading, a paragraph set in emphasis that opens with "Statement" or "Joint
///   statement" and names an actor ("*Statement of the Ministry of Foreign Affairs of
///   Ukraine*"), until "End of statement" or the end of the article;
/// - after a note that introduces it ("The Ministry of the Armed Forces issued the statement
///   below on Thursday evening"), the actor named before the introducing words, until a
///   paragraph in emphasis that opens with "End of" ("*End of press release.*") or, once the
///   block has a paragraph of text, the next heading in emphasis ("**Reactions**"): the
///   page's own reporting follows.
pub(super) fn statement_blocks(doc: &Doc<'_>, labels: &mut [Label]) {
    let mut voice: Option<usize> = None;
    // Whether the block was introduced by the page (it ends at the page's next heading), and
    // whether it has had a paragraph of text yet.
    let mut introduced = false;
    let mut has_text = false;
    for (i, &(ps, pe)) in doc.paragraphs.iter().enumerate() {
        let para = doc.text[ps..pe].trim();
        let emphasised = para.starts_with(['*', '_']) && para.ends_with(['*', '_']);
        let inner = para.trim_matches(['*', '_', ' ']);
        let ends = |words: &str| {
            inner
                .get(..words.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(words))
        };
        if emphasised && (ends("end of statement") || (introduced && (ends("end of") || has_text)))
        {
            voice = None;
            introduced = false;
            continue;
        }
        if emphasised
            && (inner.starts_with("Statement ") || inner.starts_with("Joint statement "))
            && inner.split_whitespace().count() <= 16
        {
            voice = doc.mentions.iter().position(|m| {
                m.start >= ps && m.end <= pe && matches!(m.kind, MentionKind::Actor(_))
            });
            introduced = false;
            continue;
        }
        // "**Remarks by High Representative Kaja Kallas at the press conference …, Monday 23
        // February 2026** (excerpt)" below a declaration: the remarks are hers, to the next
        // heading.
        if let Some(author) = authored_heading(doc, ps, pe) {
            voice = Some(author);
            introduced = true;
            has_text = false;
            continue;
        }
        if voice.is_none() {
            if let Some(issuer) = introducing_note(doc, ps, pe) {
                voice = Some(issuer);
                introduced = true;
                has_text = false;
                continue;
            }
        }
        // ("[Editor's note: …]" between the passages is the page's own voice.)
        if para.starts_with('[') {
            continue;
        }
        if let Some(m) = voice {
            if labels[i] == Label::None {
                labels[i] = Label::Speaker(m);
                has_text |= !emphasised;
            }
        }
    }
}

/// The author a heading in emphasis names for the text under it ("**Remarks by High
/// Representative Kaja Kallas at the press conference following the Foreign Affairs Council,
/// Monday 23 February 2026** (excerpt)"): a kind of official text in its first four words,
/// then "by" and a person (or a title that speaks for an actor); after the emphasis, at most a
/// note in brackets.
fn authored_heading(doc: &Doc<'_>, ps: usize, pe: usize) -> Option<usize> {
    let para = doc.text[ps..pe].trim_end();
    let inner = para
        .strip_prefix("**")
        .or_else(|| para.strip_prefix("__"))?;
    let close = inner.find(['*', '_'])?;
    let after = inner[close..].trim_start_matches(['*', '_']).trim();
    if !(after.is_empty() || (after.starts_with('(') && after.ends_with(')'))) {
        return None;
    }
    let by = kind_before_by(&inner[..close], 4)?;
    let from = ps + 2 + by;
    let to = ps + 2 + close;
    doc.mentions.iter().position(|m| {
        m.start >= from
            && m.end <= to
            && !m.in_quote
            && matches!(
                m.kind,
                MentionKind::Person(_) | MentionKind::Title { actor: Some(_), .. }
            )
    })
}

/// The actor a paragraph says issued the statement that follows ("The Ministry of the Armed
/// Forces issued the statement below …"): the first actor named, outside quotations and not
/// after a preposition, before the introducing words. A speech's passages are the person who
/// gave it ("Volodymyr Zelensky spoke to … Below are the main passages").
fn introducing_note(doc: &Doc<'_>, ps: usize, pe: usize) -> Option<usize> {
    let para = &doc.text[ps..pe];
    // (Every introducer has one of these words: most paragraphs are passed over without a
    // lower-case copy.)
    if ![
        "below",
        "following",
        "in full",
        "full text",
        "passages",
        "excerpts",
        "extracts",
    ]
    .iter()
    .any(|w| para.contains(w))
    {
        return None;
    }
    let lower = para.to_ascii_lowercase();
    let (at, introducer) = INTRODUCERS
        .iter()
        .filter_map(|w| lower.find(w).map(|i| (ps + i, *w)))
        .min()?;
    let passages = ["passages", "excerpts", "extracts"]
        .iter()
        .any(|w| introducer.contains(w));
    doc.mentions.iter().position(|m| {
        m.start >= ps
            && m.end <= at
            && !m.in_quote
            && !m.oblique
            && (matches!(
                m.kind,
                MentionKind::Actor(_) | MentionKind::Title { actor: Some(_), .. }
            ) || (passages && matches!(m.kind, MentionKind::Person(_))))
    })
}
