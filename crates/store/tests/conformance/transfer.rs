//! Export and import through the trait (rules 11–12 of the crate doc): the committed fixture
//! round-trips byte-identically on every backend, and the import path re-checks the chain.

use std::path::PathBuf;

use stancelog_events::{Envelope, Seq};
use stancelog_store::{export, import, verify, ExpectedVersion, StoreError};

use crate::backends::Subject;
use crate::common::request;

pub fn fixture_text() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/log-v1.ndjson");
    std::fs::read_to_string(path).expect("the committed fixture is readable")
}

pub fn the_fixture_imports_verifies_and_re_exports_byte_identically(subject: &Subject) {
    let text = fixture_text();
    let log = subject.log();
    let count = import(&*log, &mut text.as_bytes(), &mut |_| {}).unwrap();
    assert_eq!(count, text.lines().count() as u64);
    let report = verify(&*log, &mut |_| {}).unwrap();
    assert_eq!(report.events, count);
    let mut out = Vec::new();
    export(&*log, &mut out, &mut |_| {}).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        text,
        "{}: byte-identical",
        subject.name
    );
    // Appends continue the imported chain.
    let next = log
        .append(request("after-import", ExpectedVersion::NoStream, &[77]))
        .unwrap();
    assert_eq!(next.first, Seq(count + 1));
    verify(&*log, &mut |_| {}).unwrap();
}

pub fn import_refuses_a_non_empty_log_and_an_edited_line(subject: &Subject) {
    let text = fixture_text();
    let log = subject.log();
    log.append(request("a", ExpectedVersion::Any, &[1]))
        .unwrap();
    assert!(matches!(
        import(&*log, &mut text.as_bytes(), &mut |_| {}),
        Err(StoreError::NotEmpty { head: Seq(1) })
    ));
    let fresh = subject.sibling();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let original = lines[2].clone();
    lines[2] = lines[2].replacen("\"content_hash\":\"0", "\"content_hash\":\"1", 1);
    assert_ne!(lines[2], original, "the edit changed one byte");
    let edited = lines.join("\n") + "\n";
    match import(&*fresh.log(), &mut edited.as_bytes(), &mut |_| {}) {
        Err(StoreError::Import { line, .. }) => assert_eq!(line, 3),
        other => panic!(
            "{}: expected an import error at line 3, got {other:?}",
            subject.name
        ),
    }
}

pub fn append_sealed_refuses_what_does_not_continue_the_log(subject: &Subject) {
    let text = fixture_text();
    let envelopes: Vec<Envelope> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let log = subject.log();
    // Starting at seq 2 does not continue an empty log.
    assert!(matches!(
        log.append_sealed(envelopes[1..3].to_vec()),
        Err(StoreError::Corrupt {
            seq: Some(Seq(2)),
            ..
        })
    ));
    let mut tampered = envelopes[..2].to_vec();
    tampered[1].payload["tampered"] = true.into();
    assert!(matches!(
        log.append_sealed(tampered),
        Err(StoreError::Corrupt {
            seq: Some(Seq(2)),
            ..
        })
    ));
    assert_eq!(
        log.head().unwrap(),
        Seq::ZERO,
        "a refused group writes nothing"
    );
    log.append_sealed(envelopes[..2].to_vec()).unwrap();
    assert!(
        log.append_sealed(envelopes[..1].to_vec()).is_err(),
        "seq 1 again"
    );
    assert_eq!(log.head_hash().unwrap(), envelopes[1].hash);
}
