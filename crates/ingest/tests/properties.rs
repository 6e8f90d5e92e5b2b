//! Property tests of the public surface: the readers never panic on arbitrary input in any
//! format, and extraction over arbitrary article text never panics and keeps its promises:
//! every claim's evidence span lies inside the text on char boundaries, and the evidence is
//! exactly `text[span]`.

mod common;

use chrono::NaiveDate;
use proptest::prelude::*;
use stancelog_ingest::{prepare, read_str, ArticleOverrides, Extractor, InputFormat, RawArticle};

/// Fragments of real article grammar, so random texts produce mentions, cues and quotes.
const PIECES: &[&str] = &[
    "German Chancellor Olaf Scholz",
    "Kremlin spokesman Dmitry Peskov",
    "Macron",
    "he",
    "She",
    " said",
    " told reporters",
    " on Tuesday",
    " yesterday",
    " that",
    " no",
    " not",
    " ground troops",
    " to Ukraine",
    " sanctions",
    " Taurus",
    " the assets",
    " ruled out",
    " nothing should be ruled out",
    " will send",
    " dangerous",
    " ready to",
    " negotiations",
    ".",
    ". ",
    "\n\n",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "\u{2019}s",
    ",",
    ":",
    "**",
    "?",
    " ",
    "é",
    "\u{1f600}",
    "Q: ",
    "Scholz: ",
    ", who",
    " whether",
    " the same day",
    "---\n",
];

fn texts() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat()),
    ]
}

fn formats() -> impl Strategy<Value = InputFormat> {
    prop::sample::select(vec![
        InputFormat::Auto,
        InputFormat::Markdown,
        InputFormat::Json,
        InputFormat::Ndjson,
        InputFormat::Csv,
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn readers_never_panic(text in texts(), format in formats()) {
        // Errors are fine; a panic is not. Whatever is read keeps the text it was given.
        if let Ok(articles) = read_str("prop", &text, format) {
            for a in articles {
                prop_assert!(a.text.len() <= text.len() + 1);
            }
        }
    }

    #[test]
    fn front_matter_with_arbitrary_body_reads_the_body(body in texts()) {
        let doc = format!("---\ntitle: t\npublished: 2024-02-28\n---\n{body}");
        let read = read_str("prop.md", &doc, InputFormat::Markdown);
        prop_assert!(read.is_ok(), "{read:?}");
    }

    #[test]
    fn extraction_never_panics_and_evidence_is_the_span(text in texts(), source in prop::sample::select(vec!["", "kremlin.ru", "Wire"])) {
        let mut raw = RawArticle::new("prop", text);
        raw.published = NaiveDate::from_ymd_opt(2024, 2, 28);
        raw.source = Some(source.to_string());
        let Ok(article) = prepare(raw, &ArticleOverrides::default()) else {
            return Ok(());
        };
        for c in Extractor::new(common::knowledge()).extract(&article) {
            let (s, e) = (c.evidence_span.start as usize, c.evidence_span.end as usize);
            prop_assert!(s <= e && e <= article.text.len());
            prop_assert!(article.text.is_char_boundary(s) && article.text.is_char_boundary(e));
            prop_assert_eq!(&article.text[s..e], c.evidence.as_str());
            prop_assert!(c.said_on <= article.published);
        }
    }
}
