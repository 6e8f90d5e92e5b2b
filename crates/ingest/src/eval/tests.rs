//! Unit tests of the scoring: de-duplication, the date-free keys, per-actor rows, misses and
//! false claims, and reading gold files.

use super::*;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn gold(article: &str, actor: &str, topic: &str, stance: Stance, said_on: &str) -> GoldClaim {
    GoldClaim {
        article: article.into(),
        actor: actor.into(),
        topic: topic.into(),
        stance,
        said_on: day(said_on),
        speaker: None,
        evidence: None,
    }
}

fn pred(
    article: &str,
    actor: &str,
    topic: &str,
    stance: Stance,
    said_on: &str,
    evidence: &str,
) -> PredictedClaim {
    PredictedClaim {
        article: article.into(),
        actor: actor.into(),
        topic: topic.into(),
        stance,
        said_on: day(said_on),
        evidence: evidence.into(),
    }
}

fn scores(tp: u64, fp: u64, fneg: u64) -> Scores {
    Scores {
        true_positives: tp,
        false_positives: fp,
        false_negatives: fneg,
    }
}

const T: &str = "troops-to-ukraine";

#[test]
fn exact_match_scores_one() {
    let g = [gold("a", "germany", T, Stance::Opposes, "2024-02-26")];
    let p = [pred(
        "a",
        "germany",
        T,
        Stance::Opposes,
        "2024-02-26",
        "no ground troops",
    )];
    let r = evaluate(&g, &p);
    assert_eq!(r.with_date, scores(1, 0, 0));
    assert_eq!(r.without_date, scores(1, 0, 0));
    assert_eq!(r.with_date.precision(), 1.0);
    assert_eq!(r.with_date.recall(), 1.0);
    assert_eq!(r.with_date.f1(), 1.0);
    assert!(r.misses.is_empty() && r.false_claims.is_empty());
}

#[test]
fn any_field_differing_is_a_miss_and_a_false_claim() {
    let g = [gold("a", "germany", T, Stance::Opposes, "2024-02-26")];
    for p in [
        pred("b", "germany", T, Stance::Opposes, "2024-02-26", ""),
        pred("a", "france", T, Stance::Opposes, "2024-02-26", ""),
        pred(
            "a",
            "germany",
            "sanctions",
            Stance::Opposes,
            "2024-02-26",
            "",
        ),
        pred("a", "germany", T, Stance::Open, "2024-02-26", ""),
    ] {
        let r = evaluate(&g, std::slice::from_ref(&p));
        assert_eq!(r.with_date, scores(0, 1, 1), "{p:?}");
        assert_eq!(r.without_date, scores(0, 1, 1), "{p:?}");
        assert_eq!(r.misses, g.to_vec());
        assert_eq!(r.false_claims, vec![p]);
    }
}

#[test]
fn duplicate_predictions_count_once_and_keep_the_first_evidence() {
    let g = [gold("a", "russia", T, Stance::Opposes, "2024-02-27")];
    let p = [
        pred("a", "russia", T, Stance::Opposes, "2024-02-27", "first"),
        pred("a", "russia", T, Stance::Opposes, "2024-02-27", "second"),
        pred("a", "uk", T, Stance::Opposes, "2024-02-27", "wrong one"),
        pred("a", "uk", T, Stance::Opposes, "2024-02-27", "wrong again"),
    ];
    let r = evaluate(&g, &p);
    assert_eq!(r.with_date, scores(1, 1, 0));
    assert_eq!(r.false_claims.len(), 1);
    assert_eq!(r.false_claims[0].evidence, "wrong one");
}

#[test]
fn duplicate_gold_rows_count_once() {
    let g = [
        gold("a", "russia", T, Stance::Opposes, "2024-02-27"),
        gold("a", "russia", T, Stance::Opposes, "2024-02-27"),
    ];
    let r = evaluate(&g, &[]);
    assert_eq!(r.with_date, scores(0, 0, 1));
    assert_eq!(r.misses.len(), 1);
}

#[test]
fn wrong_date_is_right_without_date() {
    let g = [gold("a", "france", T, Stance::Open, "2024-02-26")];
    let p = [pred(
        "a",
        "france",
        T,
        Stance::Open,
        "2024-02-28",
        "nothing ruled out",
    )];
    let r = evaluate(&g, &p);
    assert_eq!(r.with_date, scores(0, 1, 1));
    assert_eq!(r.without_date, scores(1, 0, 0));
    assert_eq!(r.misses.len(), 1);
    assert_eq!(r.false_claims.len(), 1);
}

#[test]
fn without_date_deduplicates_again() {
    // Two gold days collapse into one undated tuple; so do two predicted days.
    let g = [
        gold(
            "a",
            "nato",
            "long-range-weapons",
            Stance::Supports,
            "2024-05-24",
        ),
        gold(
            "a",
            "nato",
            "long-range-weapons",
            Stance::Supports,
            "2024-05-30",
        ),
    ];
    let p = [
        pred(
            "a",
            "nato",
            "long-range-weapons",
            Stance::Supports,
            "2024-05-30",
            "x",
        ),
        pred(
            "a",
            "nato",
            "long-range-weapons",
            Stance::Supports,
            "2024-05-31",
            "y",
        ),
    ];
    let r = evaluate(&g, &p);
    assert_eq!(r.with_date, scores(1, 1, 1));
    assert_eq!(r.without_date, scores(1, 0, 0));
}

#[test]
fn per_actor_split_sums_to_the_total() {
    let g = [
        gold("a", "germany", T, Stance::Opposes, "2024-02-27"),
        gold("a", "uk", T, Stance::Opposes, "2024-02-27"),
        gold("b", "russia", "sanctions", Stance::Opposes, "2022-02-25"),
    ];
    let p = [
        pred("a", "germany", T, Stance::Opposes, "2024-02-27", ""),
        pred("a", "france", T, Stance::Opposes, "2024-02-27", ""),
        pred(
            "b",
            "russia",
            "sanctions",
            Stance::Opposes,
            "2022-02-24",
            "",
        ),
    ];
    let r = evaluate(&g, &p);
    assert_eq!(r.with_date, scores(1, 2, 2));
    assert_eq!(r.per_actor["germany"], scores(1, 0, 0));
    assert_eq!(r.per_actor["uk"], scores(0, 0, 1));
    assert_eq!(r.per_actor["france"], scores(0, 1, 0));
    assert_eq!(r.per_actor["russia"], scores(0, 1, 1));
    assert_eq!(r.per_actor.len(), 4);
    let mut sum = Scores::default();
    r.per_actor.values().for_each(|s| sum.add(*s));
    assert_eq!(sum, r.with_date);
}

#[test]
fn predictions_on_articles_without_gold_are_false_claims() {
    let g = [gold("a", "germany", T, Stance::Opposes, "2024-02-27")];
    let p = [
        pred("a", "germany", T, Stance::Opposes, "2024-02-27", ""),
        pred(
            "negative",
            "france",
            T,
            Stance::Opposes,
            "2024-03-05",
            "Le Pen said",
        ),
    ];
    let r = evaluate(&g, &p);
    assert_eq!(r.with_date, scores(1, 1, 0));
    assert_eq!(r.false_claims[0].article, "negative");
}

#[test]
fn empty_cases_are_defined() {
    let empty = evaluate(&[], &[]);
    assert_eq!(empty, EvalReport::default());
    assert_eq!(empty.with_date.precision(), 1.0);
    assert_eq!(empty.with_date.recall(), 1.0);
    assert_eq!(empty.with_date.f1(), 1.0);

    let g = [gold("a", "uk", T, Stance::Opposes, "2024-02-27")];
    let nothing_predicted = evaluate(&g, &[]);
    assert_eq!(nothing_predicted.with_date, scores(0, 0, 1));
    assert_eq!(nothing_predicted.with_date.precision(), 1.0);
    assert_eq!(nothing_predicted.with_date.recall(), 0.0);
    assert_eq!(nothing_predicted.with_date.f1(), 0.0);

    let p = [pred("a", "uk", T, Stance::Opposes, "2024-02-27", "")];
    let no_gold = evaluate(&[], &p);
    assert_eq!(no_gold.with_date, scores(0, 1, 0));
    assert_eq!(no_gold.with_date.precision(), 0.0);
    assert_eq!(no_gold.with_date.recall(), 1.0);
    assert_eq!(no_gold.with_date.f1(), 0.0);
}

#[test]
fn scores_arithmetic() {
    let s = scores(3, 1, 2);
    assert!((s.precision() - 0.75).abs() < 1e-12);
    assert!((s.recall() - 0.6).abs() < 1e-12);
    assert!((s.f1() - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-12);
}

#[test]
fn read_gold_skips_blanks_and_comments() {
    let text = "# gold for tests\n\n{\"article\":\"a\",\"actor\":\"germany\",\"topic\":\"troops-to-ukraine\",\"stance\":\"opposes\",\"said_on\":\"2024-02-26\",\"speaker\":\"Olaf Scholz\",\"evidence\":\"no ground troops\"}\n   \n{\"article\":\"b\",\"actor\":\"nato\",\"topic\":\"military-aid\",\"stance\":\"supports\",\"said_on\":\"2023-07-11\"}\n";
    let claims = read_gold("gold.ndjson", text).unwrap();
    assert_eq!(claims.len(), 2);
    assert_eq!(claims[0].speaker.as_deref(), Some("Olaf Scholz"));
    assert_eq!(claims[0].stance, Stance::Opposes);
    assert_eq!(claims[1].speaker, None);
    assert_eq!(claims[1].evidence, None);
    assert_eq!(claims[1].said_on, day("2023-07-11"));
}

#[test]
fn read_gold_errors_name_origin_and_line() {
    let ok = r#"{"article":"a","actor":"uk","topic":"sanctions","stance":"supports","said_on":"2022-02-24"}"#;
    let cases = [
        (format!("{ok}\n\n{{not json\n"), 3),
        (
            format!("# c\n{ok}\n{}\n", ok.replace("supports", "maybe")),
            3,
        ),
        (format!("{}\n", ok.replace("2022-02-24", "24/02/2022")), 1),
        (format!("{ok}\n{}\n", ok.replace(r#""actor":"uk","#, "")), 2),
    ];
    for (text, line) in cases {
        let err = read_gold("data/eval/gold.ndjson", &text).unwrap_err();
        let GoldError::Line {
            origin, line: got, ..
        } = &err;
        assert_eq!(origin, "data/eval/gold.ndjson");
        assert_eq!(*got, line, "{text}");
        assert!(
            err.to_string()
                .starts_with(&format!("data/eval/gold.ndjson:{line}: ")),
            "{err}"
        );
    }
}

#[test]
fn gold_round_trips_through_json() {
    let g = gold("a", "eu", "frozen-assets", Stance::Supports, "2025-10-23");
    let text = serde_json::to_string(&g).unwrap();
    assert_eq!(read_gold("-", &text).unwrap(), vec![g]);
}
#[test]
fn the_shipped_gold_corpus_reads_and_scores_perfectly_against_itself() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/eval/gold.ndjson");
    let text = std::fs::read_to_string(path).unwrap();
    let gold = read_gold(path, &text).unwrap();
    assert!(gold.len() >= 130, "{} gold claims", gold.len());
    let predicted: Vec<PredictedClaim> = gold
        .iter()
        .map(|g| PredictedClaim {
            article: g.article.clone(),
            actor: g.actor.clone(),
            topic: g.topic.clone(),
            stance: g.stance,
            said_on: g.said_on,
            evidence: g.evidence.clone().unwrap_or_default(),
        })
        .collect();
    let r = evaluate(&gold, &predicted);
    assert_eq!(r.with_date.f1(), 1.0);
    assert_eq!(
        r.with_date.true_positives,
        gold.len() as u64,
        "gold rows must be unique"
    );
}
