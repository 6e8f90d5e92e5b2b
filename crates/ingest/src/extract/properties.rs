//! Property tests of the text passes: paragraphs, sentences, quotations, dates and word
//! look-around never panic on arbitrary text, and every span they return lies inside the text,
//! on char boundaries, in order. Texts are drawn both from arbitrary Unicode and from a
//! vocabulary of the characters the passes react to (stops, quotes, line breaks, abbreviations,
//! multi-byte letters), so boundary cases come up often.

use std::collections::HashSet;

use chrono::NaiveDate;
use proptest::prelude::*;

use super::dates::DatePatterns;
use super::quotes::{find_quotes, quote_at};
use super::sentences::{paragraphs, sentences};
use super::words::{word_after, words_before};

/// Pieces that exercise every branch of the splitters.
const PIECES: &[&str] = &[
    "Scholz",
    " said",
    " ",
    "  ",
    ".",
    ". ",
    "!",
    "?",
    "\u{2026}",
    "\n",
    "\n\n",
    "\r\n",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "\u{2019}",
    "'",
    "\u{ab}",
    "\u{bb}",
    "\u{201e}",
    "(",
    ")",
    "Mr.",
    "U.S.",
    "J.",
    "Feb.",
    " 26",
    " 2024",
    "on Tuesday",
    "yesterday",
    "the same day",
    "26.02.2024",
    "2024-02-26",
    "**",
    "Q:",
    ":",
    ",",
    ";",
    "\u{2014}",
    "-",
    "é",
    "\u{00a0}",
    "\u{1f600}",
    "Ж",
    "ground troops",
    " Ukraine",
    "# ",
    "* ",
    "> ",
    "3.5",
    "\t",
];

fn texts() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat()),
    ]
}

fn abbreviations() -> HashSet<String> {
    ["Mr", "Feb", "U.S", "Dr"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

fn check_span(text: &str, start: usize, end: usize) -> Result<(), TestCaseError> {
    prop_assert!(
        start <= end && end <= text.len(),
        "{start}..{end} of {}",
        text.len()
    );
    prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn paragraphs_are_ordered_trimmed_spans(text in texts()) {
        let paras = paragraphs(&text);
        let mut last = 0;
        for &(s, e) in &paras {
            check_span(&text, s, e)?;
            prop_assert!(s >= last && s < e, "paragraphs overlap or are empty");
            prop_assert_eq!(text[s..e].trim(), &text[s..e]);
            last = e;
        }
    }

    #[test]
    fn sentences_lie_inside_their_paragraphs(text in texts()) {
        let paras = paragraphs(&text);
        let mut last = 0;
        for s in sentences(&text, &paras, &abbreviations()) {
            check_span(&text, s.start, s.end)?;
            let (ps, pe) = paras[s.paragraph];
            prop_assert!(ps <= s.start && s.end <= pe, "sentence outside its paragraph");
            prop_assert!(s.start >= last && s.start < s.end);
            last = s.end;
        }
    }

    #[test]
    fn quotes_are_ordered_spans_found_by_quote_at(text in texts()) {
        let quotes = find_quotes(&text, &paragraphs(&text));
        let mut last = 0;
        for (i, q) in quotes.iter().enumerate() {
            check_span(&text, q.start, q.end)?;
            prop_assert!(q.start >= last && q.start < q.end);
            prop_assert_eq!(quote_at(&quotes, q.start), Some(i));
            last = q.end;
        }
    }

    #[test]
    fn dates_are_spans_on_or_before_publication(text in texts()) {
        let published = NaiveDate::from_ymd_opt(2024, 2, 28).unwrap();
        for d in DatePatterns::new().find(&text, published) {
            check_span(&text, d.start, d.end)?;
            prop_assert!(d.date <= published);
        }
    }

    #[test]
    fn word_look_around_stays_on_char_boundaries(text in texts(), at in any::<prop::sample::Index>()) {
        let mut pos = at.index(text.len() + 1);
        while !text.is_char_boundary(pos) {
            pos -= 1;
        }
        for w in words_before(&text, pos, 4, true) {
            let start = w.as_ptr() as usize - text.as_ptr() as usize;
            check_span(&text, start, start + w.len())?;
        }
        if let Some((w, end)) = word_after(&text, pos) {
            check_span(&text, end - w.len(), end)?;
        }
    }
}
