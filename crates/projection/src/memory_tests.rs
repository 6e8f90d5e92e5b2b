//! Tests of the in-memory projection, driven by sealed envelopes like the store writes.

use stancelog_events::Stance::{Open, Opposes, Supports};
use stancelog_events::{ActorId, ClaimId, Envelope, Seq, TopicId};

use super::*;
use crate::testkit::{day, Log};
use crate::{fold, AnomalyKind, AsOf, ClaimOrigin};

const TROOPS: &str = "troops-to-ukraine";

fn troops() -> TopicId {
    TopicId::new(TROOPS)
}

fn folded(log: &Log) -> Projection {
    let mut projection = Projection::new();
    for env in &log.envelopes {
        projection.apply(env).unwrap();
    }
    projection
}

/// The UK: opposes in January (twice), open in March, supports from May.
fn uk_story() -> (Log, Vec<ClaimId>) {
    let mut log = Log::new();
    let a = log.article("jan", day(1, 10));
    let c1 = log.claim(a, "uk", TROOPS, Opposes, day(1, 9));
    let c2 = log.claim(a, "uk", TROOPS, Opposes, day(1, 20));
    let b = log.article("mar", day(3, 2));
    let c3 = log.claim(b, "uk", TROOPS, Open, day(3, 1));
    let c4 = log.claim(b, "france", TROOPS, Open, day(2, 26));
    let c = log.article("may", day(5, 5));
    let c5 = log.claim(c, "uk", TROOPS, Supports, day(5, 5));
    (log, vec![c1, c2, c3, c4, c5])
}

#[test]
fn claims_are_joined_with_their_article_and_sorted_by_day() {
    let (log, ids) = uk_story();
    let p = folded(&log);
    let rows = p.claims(&ClaimFilter::default());
    let order: Vec<ClaimId> = rows.iter().map(|r| r.claim_id).collect();
    assert_eq!(order, vec![ids[0], ids[1], ids[3], ids[2], ids[4]]);
    let first = &rows[0];
    assert_eq!(first.article_title, "jan");
    assert_eq!(first.article_url, "https://example.com/jan");
    assert_eq!(first.source, "Reuters");
    assert_eq!(first.published, Some(day(1, 10)));
    assert_eq!(first.extractor, "stancelog-rules@0.1.0");
    assert_eq!(first.origin, ClaimOrigin::Extracted);
    assert_eq!(first.seq, Seq(2));
    let uk_march = p.claims(&ClaimFilter {
        actor: Some(ActorId::new("uk")),
        from: Some(day(2, 1)),
        to: Some(day(3, 31)),
        ..ClaimFilter::default()
    });
    assert_eq!(uk_march.len(), 1);
    assert_eq!(uk_march[0].claim_id, ids[2]);
    assert_eq!(
        p.stats(),
        Stats {
            events: 8,
            articles: 3,
            claims: 5,
            retracted: 0,
            anomalies: 0
        }
    );
    assert_eq!(p.actors(), vec![ActorId::new("france"), ActorId::new("uk")]);
}

#[test]
fn claim_row_serialises_contract_columns_first() {
    let (log, _) = uk_story();
    let row = folded(&log).claims(&ClaimFilter::default()).remove(0);
    let json = serde_json::to_value(&row).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let contract = [
        "claim_id",
        "seq",
        "recorded_at",
        "article_id",
        "article_title",
        "article_url",
        "source",
        "published",
        "actor",
        "speaker",
        "topic",
        "stance",
        "said_on",
        "evidence",
        "confidence",
        "extractor",
    ];
    // serde_json's map may sort keys; check presence here and order via a CSV-like walk below.
    for key in contract {
        assert!(keys.contains(&key), "missing {key}");
    }
    let text = serde_json::to_string(&row).unwrap();
    let positions: Vec<usize> = contract
        .iter()
        .map(|k| text.find(&format!("\"{k}\":")).unwrap())
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "contract columns out of order: {text}"
    );
    assert_eq!(json["stance"], "opposes");
    assert_eq!(json["said_on"], "2024-01-09");
    assert_eq!(json["origin"], "extracted");
}

#[test]
fn timeline_has_claims_and_periods() {
    let (log, _) = uk_story();
    let p = folded(&log);
    let t = p.timeline(&ActorId::new("uk"), None, DateRange::ALL);
    assert_eq!(t.topics.len(), 1);
    let topic = &t.topics[0];
    assert_eq!(topic.claims.len(), 4);
    let periods: Vec<_> = topic
        .periods
        .iter()
        .map(|p| (p.from, p.to, p.stance, p.claims))
        .collect();
    assert_eq!(
        periods,
        vec![
            (day(1, 9), Some(day(3, 1)), Opposes, 2),
            (day(3, 1), Some(day(5, 5)), Open, 1),
            (day(5, 5), None, Supports, 1),
        ]
    );
    // A range in April: no claims said then, but the period in force is shown with its start.
    let april = DateRange {
        from: Some(day(4, 1)),
        to: Some(day(4, 30)),
    };
    let t = p.timeline(&ActorId::new("uk"), Some(&troops()), april);
    assert_eq!(t.topics.len(), 1);
    assert!(t.topics[0].claims.is_empty());
    assert_eq!(t.topics[0].periods.len(), 1);
    assert_eq!(t.topics[0].periods[0].from, day(3, 1));
    // Before anything was said: nothing.
    let early = DateRange {
        from: None,
        to: Some(day(1, 1)),
    };
    assert!(p
        .timeline(&ActorId::new("uk"), None, early)
        .topics
        .is_empty());
    assert!(p
        .timeline(&ActorId::new("nobody"), None, DateRange::ALL)
        .topics
        .is_empty());
}

#[test]
fn position_at_a_day_is_the_stance_in_force() {
    let (log, ids) = uk_story();
    let p = folded(&log);
    let uk = ActorId::new("uk");
    assert!(p.position_at(&uk, &troops(), day(1, 8)).is_none());
    let feb = p.position_at(&uk, &troops(), day(2, 15)).unwrap();
    assert_eq!(
        (feb.stance, feb.since, feb.claim.claim_id),
        (Opposes, day(1, 9), ids[1])
    );
    let mar = p.position_at(&uk, &troops(), day(3, 1)).unwrap();
    assert_eq!(mar.stance, Open);
}

#[test]
fn shifts_carry_evidence_on_both_sides() {
    let (log, ids) = uk_story();
    let p = folded(&log);
    let all = p.shifts(&ShiftFilter::default());
    assert_eq!(all.len(), 2);
    assert_eq!(
        (all[0].on, all[0].from, all[0].to),
        (day(3, 1), Opposes, Open)
    );
    assert_eq!(all[0].before.claim_id, ids[1]);
    assert_eq!(all[0].after.claim_id, ids[2]);
    assert_eq!(
        (all[1].on, all[1].from, all[1].to),
        (day(5, 5), Open, Supports)
    );
    let since = p.shifts(&ShiftFilter {
        since: Some(day(4, 1)),
        ..ShiftFilter::default()
    });
    assert_eq!(since.len(), 1);
    let france = p.shifts(&ShiftFilter {
        actor: Some(ActorId::new("france")),
        ..ShiftFilter::default()
    });
    assert!(france.is_empty());
}

#[test]
fn compare_at_a_day_and_over_time() {
    let (log, _) = uk_story();
    let p = folded(&log);
    let at = p.compare(&troops(), Some(day(2, 27)));
    assert_eq!(at.actors, vec![ActorId::new("france"), ActorId::new("uk")]);
    assert_eq!(at.rows.len(), 1);
    let stances: Vec<_> = at.rows[0]
        .positions
        .iter()
        .map(|p| p.as_ref().map(|p| p.stance))
        .collect();
    assert_eq!(stances, vec![Some(Open), Some(Opposes)]);
    let early = p.compare(&troops(), Some(day(1, 15)));
    let stances: Vec<_> = early.rows[0]
        .positions
        .iter()
        .map(|p| p.as_ref().map(|p| p.stance))
        .collect();
    assert_eq!(stances, vec![None, Some(Opposes)]);
    let matrix = p.compare(&troops(), None);
    let days: Vec<_> = matrix.rows.iter().map(|r| r.on).collect();
    assert_eq!(days, vec![day(1, 9), day(2, 26), day(3, 1), day(5, 5)]);
    let last: Vec<_> = matrix.rows[3]
        .positions
        .iter()
        .map(|p| p.as_ref().map(|p| p.stance))
        .collect();
    assert_eq!(last, vec![Some(Open), Some(Supports)]);
    assert!(p
        .compare(&TopicId::new("sanctions"), None)
        .actors
        .is_empty());
}

#[test]
fn retraction_leaves_views_but_as_of_before_it_still_shows_it() {
    let (mut log, ids) = uk_story();
    log.retract(ids[2]); // the March "open"
    let p = folded(&log);
    let uk = ActorId::new("uk");
    assert!(p
        .claims(&ClaimFilter::default())
        .iter()
        .all(|r| r.claim_id != ids[2]));
    let audit = p.claims(&ClaimFilter {
        include_retracted: true,
        ..ClaimFilter::default()
    });
    assert!(audit.iter().any(|r| r.claim_id == ids[2] && r.retracted));
    let shifts = p.shifts(&ShiftFilter {
        actor: Some(uk.clone()),
        ..ShiftFilter::default()
    });
    assert_eq!(shifts.len(), 1);
    assert_eq!((shifts[0].from, shifts[0].to), (Opposes, Supports));
    assert_eq!(p.stats().retracted, 1);
    assert_eq!(p.stats().claims, 4);

    // As of the event before the retraction, the claim is there again.
    let before = AsOf::Seq(Seq(log.envelopes.len() as u64 - 1));
    let old = fold(
        log.envelopes.iter().cloned().map(Ok::<Envelope, ()>),
        Some(&before),
    )
    .unwrap();
    assert_eq!(old.shifts(&ShiftFilter::default()).len(), 2);
    assert!(old
        .claims(&ClaimFilter::default())
        .iter()
        .any(|r| r.claim_id == ids[2] && !r.retracted));
    // And by recorded time: the retraction was recorded at the last envelope's instant.
    let last_at = log.envelopes.last().unwrap().recorded_at;
    let by_time = AsOf::Time(last_at - chrono::Duration::seconds(1));
    let old = fold(
        log.envelopes.iter().cloned().map(Ok::<Envelope, ()>),
        Some(&by_time),
    )
    .unwrap();
    assert_eq!(old.checkpoint(), Seq(log.envelopes.len() as u64 - 1));
}

#[test]
fn asserted_claims_count_like_extracted_ones() {
    let (mut log, _) = uk_story();
    let asserted = log.assert("uk", TROOPS, Opposes, day(6, 1));
    let p = folded(&log);
    let row = p.claim(asserted).unwrap();
    assert_eq!(row.origin, ClaimOrigin::Asserted);
    assert_eq!(row.extractor, "analyst:ana");
    assert_eq!(row.source, "https://hansard.parliament.uk/x");
    assert_eq!(row.date_basis, "analyst");
    assert_eq!(row.confidence.millis(), 1000);
    let shifts = p.shifts(&ShiftFilter::default());
    assert_eq!(shifts.last().unwrap().after.claim_id, asserted);
    assert_eq!(shifts.last().unwrap().to, Opposes);
}

#[test]
fn reextraction_with_the_same_claim_id_replaces_the_row() {
    let (mut log, ids) = uk_story();
    let article = log.article("fix", day(7, 1));
    // Re-extracted with another stance and date: the later event wins.
    log.claim_with_id(article, ids[4], "uk", TROOPS, Open, day(5, 6));
    let p = folded(&log);
    assert_eq!(p.stats().claims, 5);
    let row = p.claim(ids[4]).unwrap();
    assert_eq!(
        (row.stance, row.said_on, row.article_title.as_str()),
        (Open, day(5, 6), "fix")
    );
    let t = p.timeline(&ActorId::new("uk"), None, DateRange::ALL);
    assert_eq!(t.topics[0].claims.len(), 4);
    assert_eq!(t.topics[0].periods.len(), 2);
    // A retracted claim stated again comes back.
    log.retract(ids[0]);
    log.claim_with_id(article, ids[0], "uk", TROOPS, Opposes, day(1, 9));
    let p = folded(&log);
    assert!(!p.claim(ids[0]).unwrap().retracted);
    assert_eq!((p.stats().claims, p.stats().retracted), (5, 0));
}

#[test]
fn gap_is_an_error_and_reapplying_is_idempotent() {
    let (log, _) = uk_story();
    let mut p = Projection::new();
    let err = p.apply(&log.envelopes[1]).unwrap_err();
    assert!(
        matches!(
            err,
            ProjectionError::Gap {
                expected: Seq(1),
                found: Seq(2)
            }
        ),
        "{err}"
    );
    assert_eq!(p.checkpoint(), Seq::ZERO);
    for env in &log.envelopes[..4] {
        p.apply(env).unwrap();
    }
    let snapshot = p.clone();
    for env in &log.envelopes[..4] {
        p.apply(env).unwrap();
    }
    assert_eq!(p, snapshot);
    for env in &log.envelopes[4..] {
        p.apply(env).unwrap();
    }
    assert_eq!(p, folded(&log));
    assert!(matches!(p.apply(&log.envelopes[0]), Ok(())));
}

#[test]
fn undecodable_payload_is_an_error_that_leaves_the_model_untouched() {
    let (mut log, _) = uk_story();
    let mut bad = log.envelopes.last().unwrap().clone();
    bad.seq = Seq(bad.seq.0 + 1);
    bad.kind = "ClaimInvented".into();
    log.envelopes.push(bad.clone());
    let mut p = Projection::new();
    for env in &log.envelopes[..log.envelopes.len() - 1] {
        p.apply(env).unwrap();
    }
    let before = p.clone();
    let err = p.apply(&bad).unwrap_err();
    assert!(matches!(err, ProjectionError::Decode { .. }), "{err}");
    assert_eq!(p, before);
}

#[test]
fn odd_but_well_formed_events_are_anomalies() {
    let (mut log, ids) = uk_story();
    let ghost = ClaimId(uuid::Uuid::from_u128(0xdead));
    log.retract(ghost);
    log.retract(ids[0]);
    log.retract(ids[0]);
    let unknown_article = stancelog_events::ArticleId(uuid::Uuid::from_u128(0xbeef));
    let orphan = log.claim(unknown_article, "uk", TROOPS, Opposes, day(8, 1));
    let p = folded(&log);
    let kinds: Vec<_> = p.anomalies().iter().map(|a| a.kind.clone()).collect();
    assert_eq!(
        kinds,
        vec![
            AnomalyKind::RetractedUnknownClaim { claim_id: ghost },
            AnomalyKind::RetractedTwice { claim_id: ids[0] },
            AnomalyKind::UnknownArticle {
                claim_id: orphan,
                article_id: unknown_article
            },
        ]
    );
    assert_eq!(p.stats().anomalies, 3);
    // The orphan claim is kept, without the article's columns.
    let row = p.claim(orphan).unwrap();
    assert_eq!((row.article_title.as_str(), row.published), ("", None));
    assert_eq!(
        p.anomalies()[0].to_string(),
        format!("seq 9: retraction of unknown claim {ghost}")
    );
}

#[test]
fn fold_reports_read_errors_and_catches_up_from_the_checkpoint() {
    let (log, _) = uk_story();
    let mut p = Projection::new();
    let partial = log.envelopes[..3]
        .iter()
        .cloned()
        .map(Ok::<Envelope, String>);
    assert_eq!(crate::fold_into(&mut p, partial, None).unwrap(), 3);
    // The caller may hand the whole log again: what is applied is skipped.
    let all = log.envelopes.iter().cloned().map(Ok::<Envelope, String>);
    assert_eq!(
        crate::fold_into(&mut p, all, None).unwrap(),
        log.envelopes.len() as u64 - 3
    );
    assert_eq!(p, folded(&log));
    let broken = vec![
        Ok(log.envelopes[0].clone()),
        Err("disk on fire".to_string()),
    ];
    let err = fold(broken, None).unwrap_err();
    assert!(
        matches!(err, crate::FoldError::Read(ref e) if e == "disk on fire"),
        "{err}"
    );
}

#[test]
fn topics_and_same_day_contradictions() {
    let mut log = Log::new();
    let a = log.article("a", day(3, 1));
    log.claim(a, "uk", TROOPS, Opposes, day(3, 1));
    log.claim(a, "uk", TROOPS, Supports, day(3, 1));
    log.claim(a, "uk", "sanctions", Supports, day(3, 1));
    let p = folded(&log);
    assert_eq!(p.topics(), vec![TopicId::new("sanctions"), troops()]);
    let shifts = p.shifts(&ShiftFilter {
        topic: Some(troops()),
        ..ShiftFilter::default()
    });
    assert_eq!(shifts.len(), 1);
    assert_eq!(
        (shifts[0].on, shifts[0].from, shifts[0].to),
        (day(3, 1), Opposes, Supports)
    );
    // At the end of that day the later claim is in force.
    assert_eq!(
        p.position_at(&ActorId::new("uk"), &troops(), day(3, 1))
            .unwrap()
            .stance,
        Supports
    );
    let matrix = p.compare(&troops(), None);
    assert_eq!(matrix.rows.len(), 1);
}
