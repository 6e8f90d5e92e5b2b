//! The committed fixture `tests/fixtures/log-v1.ndjson` (rule 12): an export of a small log
//! written once by this code. It must keep decoding, verifying, importing and re-exporting
//! byte-identically forever. `regenerate_fixture` (ignored) is how it was made; never rerun it
//! to make a failing test pass.

use std::path::PathBuf;

use stancelog_events::{Envelope, Event, NewEvent, Seq, Stance, StreamId, ZERO_HASH};
use stancelog_store::{export, import, verify, AppendRequest, EventLog, ExpectedVersion};

use crate::common::{
    article_event, assertion_event, claim_event, day, event_id, retraction_event, temp_log,
};

fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/log-v1.ndjson")
}

fn fixture_text() -> String {
    std::fs::read_to_string(fixture_path()).expect("the committed fixture is readable")
}

#[test]
fn every_line_decodes_and_the_chain_verifies() {
    let text = fixture_text();
    let mut prev = ZERO_HASH;
    let mut kinds = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let envelope: Envelope =
            serde_json::from_str(line).unwrap_or_else(|err| panic!("line {}: {err}", index + 1));
        assert_eq!(envelope.seq, Seq(index as u64 + 1));
        assert_eq!(envelope.prev_hash, prev, "line {}", index + 1);
        assert_eq!(envelope.compute_hash(), envelope.hash, "line {}", index + 1);
        let event = envelope
            .event()
            .unwrap_or_else(|err| panic!("line {}: {err}", index + 1));
        assert_eq!(event.kind().as_str(), envelope.kind);
        kinds.push(envelope.kind.clone());
        prev = envelope.hash;
    }
    for kind in [
        "ArticleIngested",
        "ClaimExtracted",
        "ClaimRetracted",
        "ClaimAsserted",
    ] {
        assert!(
            kinds.iter().any(|k| k == kind),
            "the fixture holds a {kind}"
        );
    }
}

#[test]
fn it_imports_verifies_and_re_exports_byte_identically() {
    let text = fixture_text();
    let (_dir, log) = temp_log();
    let count = import(&log, &mut text.as_bytes(), &mut |_| {}).unwrap();
    assert_eq!(count, text.lines().count() as u64);
    let report = verify(&log, &mut |_| {}).unwrap();
    assert_eq!(report.events, count);
    let mut out = Vec::new();
    export(&log, &mut out, &mut |_| {}).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), text);
}

/// The requests the fixture was built from: three articles, each with its claims, one
/// retraction and one analyst assertion.
fn fixture_requests() -> Vec<AppendRequest> {
    let new = |n: u128, event: Event| NewEvent::new(event_id(n), &event);
    let stream = |article: u128| StreamId::for_article(crate::common::article_id(article));
    let macron_text = "PARIS, Feb 26 (Reuters) - French President Emmanuel Macron said on Monday that sending Western troops to Ukraine could not be ruled out. \"Nothing should be ruled out,\" Macron told reporters after a meeting of European leaders in Paris.";
    let kremlin_text = "Kremlin spokesman Dmitry Peskov said on Tuesday that a conflict between Russia and NATO would be inevitable if European NATO members sent troops to fight in Ukraine. German Chancellor Olaf Scholz said there would be no ground troops sent by European states or NATO.";
    let nato_text = "NATO Secretary General Jens Stoltenberg said on Tuesday that the alliance had no plans to deploy combat troops on the ground in Ukraine.";
    vec![
        AppendRequest::new(
            stream(1),
            ExpectedVersion::NoStream,
            vec![
                new(1, article_event(1, "Macron says sending troops to Ukraine not ruled out", "Reuters", day(2024, 2, 26), macron_text)),
                new(2, claim_event(1, 1, "france", "Emmanuel Macron", "troops-to-ukraine", Stance::Open, day(2024, 2, 26), "\"Nothing should be ruled out,\" Macron told reporters after a meeting of European leaders in Paris.", "nothing should be ruled out")),
            ],
        ),
        AppendRequest::new(
            stream(2),
            ExpectedVersion::NoStream,
            vec![
                new(3, article_event(2, "Kremlin warns of NATO-Russia conflict over troops", "Reuters", day(2024, 2, 27), kremlin_text)),
                new(4, claim_event(2, 2, "russia", "Dmitry Peskov", "troops-to-ukraine", Stance::Opposes, day(2024, 2, 27), "Kremlin spokesman Dmitry Peskov said on Tuesday that a conflict between Russia and NATO would be inevitable if European NATO members sent troops to fight in Ukraine.", "would be inevitable")),
                new(5, claim_event(3, 2, "germany", "Olaf Scholz", "troops-to-ukraine", Stance::Opposes, day(2024, 2, 27), "German Chancellor Olaf Scholz said there would be no ground troops sent by European states or NATO.", "no ground troops")),
            ],
        ),
        AppendRequest::new(
            stream(3),
            ExpectedVersion::NoStream,
            vec![
                new(6, article_event(3, "NATO has no plans for combat troops in Ukraine", "AP", day(2024, 2, 27), nato_text)),
                new(7, claim_event(4, 3, "nato", "Jens Stoltenberg", "troops-to-ukraine", Stance::Opposes, day(2024, 2, 27), nato_text, "no plans")),
                new(8, claim_event(5, 3, "nato", "Jens Stoltenberg", "military-aid", Stance::Supports, day(2024, 2, 27), nato_text, "no plans")),
            ],
        ),
        AppendRequest::new(stream(3), ExpectedVersion::Exact(stancelog_events::StreamVersion(3)), vec![new(9, retraction_event(5, "the sentence is about troops, not aid"))]),
        AppendRequest::new(stream(2), ExpectedVersion::Any, vec![new(10, assertion_event(6, Some(2)))]),
    ]
}

#[test]
#[ignore = "writes tests/fixtures/log-v1.ndjson; run once by hand, never to fix a failing test"]
fn regenerate_fixture() {
    let (_dir, log) = temp_log();
    for result in log.append_batch(fixture_requests()) {
        result.unwrap();
    }
    verify(&log, &mut |_| {}).unwrap();
    let mut out = Vec::new();
    export(&log, &mut out, &mut |_| {}).unwrap();
    std::fs::write(fixture_path(), out).unwrap();
}

#[test]
fn the_fixture_requests_still_append_cleanly() {
    // Guards the builder above: if the domain types change so it no longer builds or appends,
    // the fixture (which is independent of it) still has to pass the tests above.
    let (_dir, log) = temp_log();
    let results = log.append_batch(fixture_requests());
    assert!(results.iter().all(Result::is_ok));
    assert_eq!(log.head().unwrap(), Seq(10));
}
