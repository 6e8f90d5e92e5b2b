//! The article stancelog was designed around (data/articles/macron-troops-2024-02.md): the
//! claims it must yield, and the ones it must not.

mod common;

use common::{claims_of, dump, has};

const SAMPLE: &str = include_str!("../../../data/articles/macron-troops-2024-02.md");

#[test]
fn sample_article_yields_the_required_claims() {
    let claims = claims_of(SAMPLE);
    let all = dump(&claims);
    assert!(has(&claims, "france", "troops-to-ukraine", "open"), "{all}");
    for actor in ["germany", "nato", "uk", "russia"] {
        assert!(
            has(&claims, actor, "troops-to-ukraine", "opposes"),
            "{actor} missing:\n{all}"
        );
    }
    assert!(
        has(&claims, "france", "long-range-weapons", "supports"),
        "{all}"
    );
}

#[test]
fn sample_russia_said_on_is_tuesday_before_publication() {
    let claims = claims_of(SAMPLE);
    let russia: Vec<_> = claims
        .iter()
        .filter(|c| c.actor.as_str() == "russia")
        .collect();
    assert!(!russia.is_empty());
    for c in &russia {
        assert_eq!(c.said_on.to_string(), "2024-02-27", "{}", dump(&claims));
    }
}

#[test]
fn sample_has_no_claim_from_soldiers_leaders_group_or_narration() {
    let claims = claims_of(SAMPLE);
    let all = dump(&claims);
    for c in &claims {
        assert!(
            !c.evidence.starts_with("Ukrainian soldiers"),
            "soldiers spoke:\n{all}"
        );
        assert!(
            !c.evidence.starts_with("The French leader seems far"),
            "group/narration spoke:\n{all}"
        );
        assert!(
            !c.evidence.starts_with("So, for now"),
            "narration spoke:\n{all}"
        );
        assert!(
            !c.evidence.starts_with("Ukraine last week"),
            "narration spoke:\n{all}"
        );
        assert_ne!(c.actor.as_str(), "ukraine", "{all}");
        // No stance contradicting the required ones.
        if c.topic.as_str() == "troops-to-ukraine" {
            let want = if c.actor.as_str() == "france" {
                "open"
            } else {
                "opposes"
            };
            assert_eq!(c.stance.as_str(), want, "{all}");
        }
    }
}

#[test]
fn sample_claims_carry_evidence_spans_into_the_text() {
    let claims = claims_of(SAMPLE);
    let raw = stancelog_ingest::read_str("s.md", SAMPLE, stancelog_ingest::InputFormat::Markdown)
        .unwrap()
        .remove(0);
    for c in &claims {
        let span = &raw.text[c.evidence_span.start as usize..c.evidence_span.end as usize];
        assert_eq!(span, c.evidence);
        assert!(!c.cue.is_empty());
    }
}

#[test]
fn sample_extraction_is_deterministic() {
    let a = claims_of(SAMPLE);
    let b = claims_of(SAMPLE);
    assert_eq!(a, b);
}

#[test]
#[ignore = "prints the claims for reading"]
fn print_sample_claims() {
    println!("{}", dump(&claims_of(SAMPLE)));
}
