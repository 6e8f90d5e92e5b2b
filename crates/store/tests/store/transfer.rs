//! Export and import (rule 11): a round trip is byte-identical, an edited line is refused with
//! its 1-based line number, and import only goes into an empty log.

use stancelog_events::{Envelope, Seq};
use stancelog_store::{export, import, verify, EventLog, ExpectedVersion, SledLog, StoreError};

use crate::common::{request, temp_log};

fn exported(log: &SledLog) -> String {
    let mut out = Vec::new();
    let mut seen = Vec::new();
    let count = export(log, &mut out, &mut |seq| seen.push(seq)).unwrap();
    assert_eq!(count as usize, seen.len());
    String::from_utf8(out).unwrap()
}

fn sample_log() -> (tempfile::TempDir, SledLog) {
    let (dir, log) = temp_log();
    log.append(request("a", ExpectedVersion::Any, &[1, 2]))
        .unwrap();
    log.append(request("b", ExpectedVersion::Any, &[3]))
        .unwrap();
    log.append(request("a", ExpectedVersion::Any, &[4, 5]))
        .unwrap();
    (dir, log)
}

fn import_text(text: &str) -> (tempfile::TempDir, SledLog, Result<u64, StoreError>) {
    let (dir, log) = temp_log();
    let result = import(&log, &mut text.as_bytes(), &mut |_| {});
    (dir, log, result)
}

#[test]
fn export_then_import_then_export_is_byte_identical() {
    let (_dir, log) = sample_log();
    let text = exported(&log);
    assert_eq!(text.lines().count(), 5);
    for line in text.lines() {
        let envelope: Envelope = serde_json::from_str(line).unwrap();
        assert_eq!(
            serde_json::to_string(&envelope).unwrap(),
            line,
            "one envelope a line, as serde_json writes it"
        );
    }
    let (_dir2, copy, result) = import_text(&text);
    assert_eq!(result.unwrap(), 5);
    assert_eq!(exported(&copy), text);
    assert_eq!(copy.head_hash().unwrap(), log.head_hash().unwrap());
    let report = verify(&copy, &mut |_| {}).unwrap();
    assert_eq!((report.events, report.streams), (5, 2));
    // The copy keeps appending on the same chain.
    let next = copy
        .append(request(
            "b",
            ExpectedVersion::Exact(stancelog_events::StreamVersion(1)),
            &[6],
        ))
        .unwrap();
    assert_eq!(next.first, Seq(6));
    verify(&copy, &mut |_| {}).unwrap();
}

#[test]
fn an_edited_line_is_refused_with_its_line_number() {
    let (_dir, log) = sample_log();
    let text = exported(&log);
    let edited = text.replacen("reason 3", "reason 9", 1);
    assert_ne!(edited, text);
    let (_dir2, copy, result) = import_text(&edited);
    match result {
        Err(StoreError::Import { line, problem }) => {
            assert_eq!(line, 3);
            assert!(problem.contains("hash mismatch"), "{problem}");
        }
        other => panic!("expected an import error, got {other:?}"),
    }
    // Nothing of the chunk holding the bad line was stored.
    assert_eq!(copy.head().unwrap(), Seq::ZERO);
}

#[test]
fn a_dropped_line_or_junk_is_refused_with_its_line_number() {
    let (_dir, log) = sample_log();
    let text = exported(&log);
    let lines: Vec<&str> = text.lines().collect();
    let without_second = format!("{}\n{}\n", lines[0], lines[2..].join("\n"));
    let (_d, _copy, result) = import_text(&without_second);
    assert!(
        matches!(result, Err(StoreError::Import { line: 2, .. })),
        "{result:?}"
    );

    let junk = format!("{}\nnot json\n", lines[0]);
    let (_d, _copy, result) = import_text(&junk);
    match result {
        Err(err @ StoreError::Import { line: 2, .. }) => {
            assert!(
                err.to_string()
                    .starts_with("import line 2: not an envelope"),
                "{err}"
            )
        }
        other => panic!("expected line 2 refused, got {other:?}"),
    }

    let blank_lines = format!("\n{}\n\n", lines.join("\n"));
    let (_d, copy, result) = import_text(&blank_lines);
    assert_eq!(result.unwrap(), 5);
    verify(&copy, &mut |_| {}).unwrap();
}

#[test]
fn import_only_goes_into_an_empty_log() {
    let (_dir, log) = sample_log();
    let text = exported(&log);
    let err = import(&log, &mut text.as_bytes(), &mut |_| {}).unwrap_err();
    assert!(
        matches!(err, StoreError::NotEmpty { head: Seq(5) }),
        "{err}"
    );
}

#[test]
fn the_backend_refuses_sealed_envelopes_that_do_not_continue_the_log() {
    let (_dir, log) = sample_log();
    let envelopes: Vec<Envelope> = log.read_all(Seq(1)).map(Result::unwrap).collect();
    let (_dir2, copy) = temp_log();
    let err = copy.append_sealed(envelopes[1..].to_vec()).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Corrupt {
                seq: Some(Seq(2)),
                ..
            }
        ),
        "{err}"
    );
    copy.append_sealed(envelopes[..2].to_vec()).unwrap();
    let err = copy.append_sealed(envelopes[..1].to_vec()).unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
    copy.append_sealed(envelopes[2..].to_vec()).unwrap();
    assert_eq!(copy.head_hash().unwrap(), log.head_hash().unwrap());
}

#[test]
fn import_handles_more_than_one_chunk() {
    let (_dir, log) = temp_log();
    let requests = (0..70u128)
        .map(|i| {
            request(
                &format!("s{}", i % 7),
                ExpectedVersion::Any,
                &[i * 10, i * 10 + 1, i * 10 + 2, i * 10 + 3],
            )
        })
        .collect();
    assert!(log.append_batch(requests).into_iter().all(|r| r.is_ok()));
    let text = exported(&log);
    let (_d, copy, result) = import_text(&text);
    assert_eq!(result.unwrap(), 280);
    assert_eq!(exported(&copy), text);
}

/// Seals a chain of small events at the given instants, as another store would have.
fn sealed_at(times: &[&str]) -> Vec<Envelope> {
    let mut prev = stancelog_events::ZERO_HASH;
    times
        .iter()
        .enumerate()
        .map(|(index, time)| {
            let at = chrono::DateTime::parse_from_rfc3339(time).unwrap().to_utc();
            let n = index as u64 + 1;
            let envelope = Envelope::seal(
                Seq(n),
                stancelog_events::StreamId::new("a"),
                stancelog_events::StreamVersion(n),
                crate::common::small(n as u128),
                at,
                prev,
            );
            prev = envelope.hash;
            envelope
        })
        .collect()
}

#[test]
fn recorded_at_never_goes_back() {
    // Rule 5: after events recorded "in the future" (another machine's clock), a new append is
    // recorded no earlier than they are.
    let (_dir, log) = temp_log();
    let future = sealed_at(&["2100-01-01T00:00:00Z", "2100-01-01T00:00:01.5Z"]);
    log.append_sealed(future.clone()).unwrap();
    let outcome = log
        .append(request("b", ExpectedVersion::Any, &[10, 11]))
        .unwrap();
    let appended: Vec<Envelope> = log.read_all(outcome.first).map(Result::unwrap).collect();
    assert!(appended
        .iter()
        .all(|e| e.recorded_at == future[1].recorded_at));
    verify(&log, &mut |_| {}).unwrap();
}

#[test]
fn an_import_going_back_in_time_is_refused() {
    let backwards = sealed_at(&["2024-01-02T00:00:00Z", "2024-01-01T00:00:00Z"]);
    let text: String = backwards
        .iter()
        .map(|e| serde_json::to_string(e).unwrap() + "\n")
        .collect();
    let (_d, _copy, result) = import_text(&text);
    match result {
        Err(StoreError::Import { line: 2, problem }) => {
            assert!(problem.contains("earlier"), "{problem}")
        }
        other => panic!("expected line 2 refused, got {other:?}"),
    }
    let (_d, copy) = temp_log();
    let err = copy.append_sealed(backwards).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Corrupt {
                seq: Some(Seq(2)),
                ..
            }
        ),
        "{err}"
    );
}
