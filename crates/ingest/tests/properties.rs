//! Property tests of the public surface: the readers never panic on arbitrary input in any
//! format, and extraction over arbitrary article text never panics and keeps its promises:
//! every claim's evidence span lies inside the text on char boundaries, and the evidence is
//! exactly `text[span]`. The same over random slices of the repository's real articles, spliced
//! at arbitrary character boundaries: real prose reaches rules random pieces do not (a
//! kremlin.ru release once made a rule slice its text backwards).

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

/// Every article of the repository (the sample and the dev corpus), read once.
fn real_articles() -> &'static [String] {
    static TEXTS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    TEXTS.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut texts = Vec::new();
        for dir in ["data/articles", "data/eval/articles"] {
            let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
                .unwrap_or_else(|e| panic!("{dir}: {e}"))
                .map(|entry| entry.expect("directory entry").path())
                .collect();
            paths.sort();
            for path in paths {
                texts.push(std::fs::read_to_string(&path).expect("article reads"));
            }
        }
        assert!(texts.len() > 100, "the dev corpus is there");
        texts
    })
}

/// A slice of `text` from a fraction of its length, at most `len` bytes, on char boundaries.
fn slice(text: &str, from: f64, len: usize) -> &str {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = floor((text.len() as f64 * from) as usize);
    &text[start..floor(start + len).max(start)]
}

/// One or two slices of real articles, spliced.
fn real_texts() -> impl Strategy<Value = String> {
    let part = (any::<prop::sample::Index>(), 0.0..1.0f64, 0usize..4000);
    prop::collection::vec(part, 1..3).prop_map(|parts| {
        let texts = real_articles();
        parts
            .iter()
            .map(|(i, from, len)| slice(&texts[i.index(texts.len())], *from, *len))
            .collect()
    })
}

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
    fn extraction_never_panics_and_evidence_is_the_span(text in prop_oneof![texts(), real_texts()], source in prop::sample::select(vec!["", "kremlin.ru", "nato.int", "Wire"])) {
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
