//! One flush group applied in one transaction (rules 3–5 and 7): each request of an
//! `append_batch` is checked against the log as the requests before it in the same group left
//! it, only the accepted ones are written, and the outcomes are per request.

use stancelog_events::{Seq, StreamId, StreamVersion};
use stancelog_store::{verify, EventLog, ExpectedVersion, StoreError};

use crate::common::{request, temp_log};

#[test]
fn versions_chain_across_requests_of_one_group() {
    let (_dir, log) = temp_log();
    let results = log.append_batch(vec![
        request("a", ExpectedVersion::NoStream, &[1, 2]),
        request("a", ExpectedVersion::Exact(StreamVersion(2)), &[3]),
        request("a", ExpectedVersion::Exact(StreamVersion(2)), &[4]), // stale: a is at 3 now
        request("a", ExpectedVersion::Exact(StreamVersion(3)), &[5]),
    ]);
    let outcome = |i: usize| results[i].as_ref().unwrap();
    assert_eq!((outcome(0).first, outcome(0).last), (Seq(1), Seq(2)));
    assert_eq!(
        (outcome(1).first, outcome(1).version),
        (Seq(3), StreamVersion(3))
    );
    match &results[2] {
        Err(StoreError::Conflict { actual, .. }) => assert_eq!(*actual, StreamVersion(3)),
        other => panic!("expected a conflict, got {other:?}"),
    }
    // The refused request took no seq: the next accepted one follows without a gap.
    assert_eq!(
        (outcome(3).first, outcome(3).version),
        (Seq(4), StreamVersion(4))
    );
    let stream = log
        .read_stream(&StreamId::new("a"), StreamVersion(1))
        .unwrap();
    let seqs: Vec<u64> = stream.iter().map(|e| e.seq.0).collect();
    assert_eq!(seqs, vec![1, 2, 3, 4]);
    assert!(!log.contains_event(crate::common::event_id(4)).unwrap());
    verify(&log, &mut |_| {}).unwrap();
}

#[test]
fn an_id_written_earlier_in_the_group_is_a_duplicate_or_partial_duplicate() {
    let (_dir, log) = temp_log();
    let results = log.append_batch(vec![
        request("a", ExpectedVersion::Any, &[1, 2]),
        request("b", ExpectedVersion::Any, &[2, 1]), // all stored (in stream a): duplicate
        request("c", ExpectedVersion::Any, &[3, 2]), // one stored: refused whole
        request("c", ExpectedVersion::NoStream, &[3]), // c untouched by the refusal
    ]);
    let dup = results[1].as_ref().unwrap();
    assert!(dup.duplicate);
    assert_eq!((dup.first, dup.last), (Seq(1), Seq(2)));
    assert_eq!(
        dup.version,
        StreamVersion::NONE,
        "b's own version, still absent"
    );
    assert!(matches!(
        results[2],
        Err(StoreError::PartialDuplicate { .. })
    ));
    let c = results[3].as_ref().unwrap();
    assert_eq!((c.first, c.version), (Seq(3), StreamVersion(1)));
    assert_eq!(log.head().unwrap(), Seq(3));
    verify(&log, &mut |_| {}).unwrap();
}

#[test]
fn malformed_requests_in_a_group_leave_the_others_alone() {
    let (_dir, log) = temp_log();
    let results = log.append_batch(vec![
        request("a", ExpectedVersion::Any, &[1]),
        request("", ExpectedVersion::Any, &[2]),
        request("b", ExpectedVersion::Any, &[]),
        request("b", ExpectedVersion::Any, &[3, 3]),
        request("b", ExpectedVersion::Any, &[4]),
    ]);
    assert_eq!(results[0].as_ref().unwrap().first, Seq(1));
    for refused in &results[1..4] {
        assert!(matches!(refused, Err(StoreError::InvalidRequest { .. })));
    }
    assert_eq!(results[4].as_ref().unwrap().first, Seq(2));
    // One group shares one instant, and it never goes back.
    let all: Vec<_> = log.read_all(Seq(1)).collect::<Result<_, _>>().unwrap();
    assert_eq!(all[0].recorded_at, all[1].recorded_at);
    verify(&log, &mut |_| {}).unwrap();
}

#[test]
fn a_group_larger_than_one_transaction_stays_in_order_and_verifies() {
    let (_dir, log) = temp_log();
    // 600 requests of 10 events: more than one transaction's worth, still one call.
    let requests = (0..600u128)
        .map(|r| {
            let ids: Vec<u128> = (r * 10 + 1..=r * 10 + 10).collect();
            request(&format!("s{}", r % 7), ExpectedVersion::Any, &ids)
        })
        .collect();
    let results = log.append_batch(requests);
    for (r, result) in results.iter().enumerate() {
        let outcome = result.as_ref().unwrap();
        assert_eq!(outcome.first, Seq(r as u64 * 10 + 1));
        assert_eq!(outcome.last, Seq(r as u64 * 10 + 10));
    }
    assert_eq!(log.head().unwrap(), Seq(6000));
    verify(&log, &mut |_| {}).unwrap();
}
