//! Shared helpers for the integration tests: the default knowledge from `data/`, and a way to
//! extract claims from an inline article.
#![allow(dead_code)]

use std::sync::OnceLock;

use chrono::NaiveDate;
use stancelog_ingest::{
    prepare, read_str, ArticleOverrides, ClaimExtracted, Extractor, InputFormat, Knowledge,
    KnowledgeSources,
};

pub fn knowledge() -> &'static Knowledge {
    static K: OnceLock<Knowledge> = OnceLock::new();
    K.get_or_init(|| {
        Knowledge::from_sources(&KnowledgeSources {
            actors: include_str!("../../../../data/actors.toml"),
            officials: include_str!("../../../../data/officials.csv"),
            topics: include_str!("../../../../data/topics.toml"),
            cues: include_str!("../../../../data/cues.toml"),
        })
        .expect("default data loads")
    })
}

/// Claims of a Markdown article (front matter allowed).
pub fn claims_of(markdown: &str) -> Vec<ClaimExtracted> {
    let raw = read_str("test.md", markdown, InputFormat::Markdown)
        .unwrap()
        .remove(0);
    let article = prepare(raw, &ArticleOverrides::default()).unwrap();
    Extractor::new(knowledge()).extract(&article)
}

/// Claims of a plain text published on a day, from a source.
pub fn claims_on(text: &str, published: &str, source: &str) -> Vec<ClaimExtracted> {
    let raw = read_str("test.txt", text, InputFormat::Markdown)
        .unwrap()
        .remove(0);
    let overrides = ArticleOverrides {
        published: Some(NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap()),
        source: (!source.is_empty()).then(|| source.to_string()),
        url: None,
        title: None,
    };
    let article = prepare(raw, &overrides).unwrap();
    Extractor::new(knowledge()).extract(&article)
}

/// Claims of a sentence or passage set after a line that names the war ("The war in Ukraine
/// goes on."), as most named tests write them: the topics' context words are then in reach.
pub fn claims_in_war(text: &str, published: &str) -> Vec<ClaimExtracted> {
    claims_on(
        &format!("The war in Ukraine goes on.\n\n{text}"),
        published,
        "",
    )
}

/// `actor topic stance` triples, for compact assertions.
pub fn triples(claims: &[ClaimExtracted]) -> Vec<String> {
    claims
        .iter()
        .map(|c| format!("{} {} {}", c.actor, c.topic, c.stance))
        .collect()
}

pub fn has(claims: &[ClaimExtracted], actor: &str, topic: &str, stance: &str) -> bool {
    claims.iter().any(|c| {
        c.actor.as_str() == actor && c.topic.as_str() == topic && c.stance.as_str() == stance
    })
}

/// Asserts that every `"actor topic stance"` of `present` is among the claims and none of
/// `absent` is, printing all claims when not.
#[track_caller]
pub fn assert_claims(claims: &[ClaimExtracted], present: &[&str], absent: &[&str]) {
    let found = triples(claims);
    for want in present {
        assert!(
            found.iter().any(|t| t == want),
            "missing {want}:\n{}",
            dump(claims)
        );
    }
    for unwanted in absent {
        assert!(
            !found.iter().any(|t| t == unwanted),
            "unexpected {unwanted}:\n{}",
            dump(claims)
        );
    }
}

pub fn dump(claims: &[ClaimExtracted]) -> String {
    claims
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {} ({:?}) [{}] by {:?} via {:?}: {}",
                c.actor,
                c.topic,
                c.stance,
                c.said_on,
                c.date_basis,
                c.cue,
                c.speaker,
                c.channel,
                c.evidence
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The days of every claim of `actor` on `topic`, in the extractor's order.
pub fn days_of(claims: &[ClaimExtracted], actor: &str, topic: &str) -> Vec<String> {
    claims
        .iter()
        .filter(|x| x.actor.as_str() == actor && x.topic.as_str() == topic)
        .map(|x| x.said_on.to_string())
        .collect()
}

/// The day of the first claim of `actor` on `topic`, or "" when there is none.
pub fn first_day_of(claims: &[ClaimExtracted], actor: &str, topic: &str) -> String {
    days_of(claims, actor, topic)
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// The speakers of the claims for `actor`, in claim order.
pub fn speakers_of<'a>(claims: &'a [ClaimExtracted], actor: &str) -> Vec<&'a str> {
    claims
        .iter()
        .filter(|c| c.actor.as_str() == actor)
        .map(|c| c.speaker.as_str())
        .collect()
}
