//! Tampering with stored bytes is found by `verify` (rule 10), at the right seq.
//! These tests open the store's trees directly through `SledLog::db`, as an attacker or a bad
//! disk would change them; the tree names and key layout are rule 1.

use stancelog_events::Seq;
use stancelog_store::{verify, EventLog, ExpectedVersion, SledLog, VerifyFault};

use crate::common::{event_id, request, temp_log};

fn three_events() -> (tempfile::TempDir, SledLog) {
    let (dir, log) = temp_log();
    log.append(request("a", ExpectedVersion::Any, &[1, 2]))
        .unwrap();
    log.append(request("b", ExpectedVersion::Any, &[3]))
        .unwrap();
    (dir, log)
}

fn verify_fault(log: &SledLog) -> VerifyFault {
    verify(log, &mut |_| {}).expect_err("verify must find the damage")
}

/// Rewrites one stored log value in place.
fn edit_log_value(log: &SledLog, seq: u64, edit: impl FnOnce(&mut Vec<u8>)) {
    let tree = log.db().open_tree("log").unwrap();
    let key = seq.to_be_bytes();
    let mut value = tree.get(key).unwrap().unwrap().to_vec();
    edit(&mut value);
    tree.insert(key, value).unwrap();
}

#[test]
fn one_flipped_byte_in_a_payload_is_a_hash_mismatch_at_that_seq() {
    let (_dir, log) = three_events();
    edit_log_value(&log, 2, |value| {
        let at = value
            .windows(8)
            .position(|w| w == b"reason 2")
            .expect("payload text");
        value[at] ^= 0x20; // 'r' → 'R': still valid JSON, different content
    });
    let fault = verify_fault(&log);
    assert_eq!(fault.seq, Some(Seq(2)));
    assert!(
        fault.problem.starts_with("hash mismatch: stored "),
        "{fault}"
    );
    assert!(
        fault
            .to_string()
            .starts_with("seq 2: hash mismatch: stored "),
        "{fault}"
    );
    assert!(fault.problem.contains(" computed "), "{fault}");
}

#[test]
fn a_value_that_no_longer_parses_is_reported_at_its_seq() {
    let (_dir, log) = three_events();
    edit_log_value(&log, 3, |value| value[0] ^= 0xff);
    let fault = verify_fault(&log);
    assert_eq!(fault.seq, Some(Seq(3)), "{fault}");
    assert!(fault.problem.contains("not an envelope"), "{fault}");
}

#[test]
fn a_removed_event_is_a_seq_gap() {
    let (_dir, log) = three_events();
    log.db()
        .open_tree("log")
        .unwrap()
        .remove(2u64.to_be_bytes())
        .unwrap();
    let fault = verify_fault(&log);
    assert_eq!(fault.seq, Some(Seq(3)), "{fault}");
    assert!(fault.problem.contains("seq gap"), "{fault}");
}

#[test]
fn a_missing_event_id_entry_is_found() {
    let (_dir, log) = three_events();
    log.db()
        .open_tree("event_ids")
        .unwrap()
        .remove(event_id(2).0.as_bytes())
        .unwrap();
    let fault = verify_fault(&log);
    assert_eq!(fault.seq, Some(Seq(2)), "{fault}");
    assert!(fault.problem.contains("event-id index"), "{fault}");
}

#[test]
fn a_stray_event_id_entry_is_found_by_the_backend_check() {
    let (_dir, log) = three_events();
    // An id the log never stored, pointing at seq 1.
    log.db()
        .open_tree("event_ids")
        .unwrap()
        .insert(event_id(77).0.as_bytes(), &1u64.to_be_bytes())
        .unwrap();
    let fault = verify_fault(&log);
    assert_eq!(fault.seq, Some(Seq(1)), "{fault}");
    assert!(fault.problem.contains("event-id index"), "{fault}");
}

#[test]
fn a_wrong_stream_head_or_index_entry_is_found() {
    let (_dir, log) = three_events();
    log.db()
        .open_tree("stream_heads")
        .unwrap()
        .insert("a", &5u64.to_be_bytes())
        .unwrap();
    let fault = verify_fault(&log);
    assert!(fault.problem.contains("stream a"), "{fault}");

    let (_dir, log) = three_events();
    let mut key = b"a\0".to_vec();
    key.extend_from_slice(&2u64.to_be_bytes());
    log.db()
        .open_tree("streams")
        .unwrap()
        .insert(key, &3u64.to_be_bytes())
        .unwrap();
    let fault = verify_fault(&log);
    assert!(fault.problem.contains("stream index"), "{fault}");
}

#[test]
fn a_wrong_head_is_found() {
    let (_dir, log) = three_events();
    log.db()
        .open_tree("meta")
        .unwrap()
        .insert("head_seq", &2u64.to_be_bytes())
        .unwrap();
    let fault = verify_fault(&log);
    assert!(fault.problem.contains("head is seq 2"), "{fault}");
    assert_eq!(log.head().unwrap(), Seq(2));
}
