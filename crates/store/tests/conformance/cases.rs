//! Single-writer cases: positions, chain, the order of checks, batches and reopening (the
//! crate doc's rules 3–6 for sled, rules 1–7 of `postgres` for PostgreSQL).

use stancelog_events::{Seq, StreamId, StreamVersion, ZERO_HASH};
use stancelog_store::{verify, AppendOutcome, ExpectedVersion, StoreError};

use crate::backends::Subject;
use crate::common::{event_id, request};

pub fn empty_log_has_zero_head_and_no_streams(subject: &Subject) {
    let log = subject.log();
    assert_eq!(log.head().unwrap(), Seq::ZERO);
    assert_eq!(log.head_hash().unwrap(), ZERO_HASH);
    assert_eq!(
        log.stream_version(&StreamId::new("a")).unwrap(),
        StreamVersion::NONE
    );
    assert!(log
        .read_stream(&StreamId::new("a"), StreamVersion(1))
        .unwrap()
        .is_empty());
    assert_eq!(log.read_all(Seq(1)).count(), 0);
    assert!(!log.contains_event(event_id(1)).unwrap());
    let report = verify(&*log, &mut |_| {}).unwrap();
    assert_eq!(
        (report.events, report.streams, report.head),
        (0, 0, Seq::ZERO)
    );
}

pub fn append_positions_chains_and_reads_back(subject: &Subject) {
    let log = subject.log();
    let first = log
        .append(request("a", ExpectedVersion::NoStream, &[1, 2, 3]))
        .unwrap();
    assert_eq!(
        first,
        AppendOutcome {
            first: Seq(1),
            last: Seq(3),
            version: StreamVersion(3),
            duplicate: false
        }
    );
    let second = log
        .append(request("b", ExpectedVersion::Any, &[4]))
        .unwrap();
    assert_eq!(
        (second.first, second.last, second.version),
        (Seq(4), Seq(4), StreamVersion(1))
    );
    let third = log
        .append(request("a", ExpectedVersion::Exact(StreamVersion(3)), &[5]))
        .unwrap();
    assert_eq!((third.first, third.version), (Seq(5), StreamVersion(4)));

    let all: Vec<_> = log.read_all(Seq(1)).map(Result::unwrap).collect();
    assert_eq!(
        all.iter().map(|e| e.seq.0).collect::<Vec<_>>(),
        vec![1, 2, 3, 4, 5]
    );
    assert_eq!(all[0].prev_hash, ZERO_HASH);
    for pair in all.windows(2) {
        assert_eq!(
            pair[1].prev_hash, pair[0].hash,
            "{}: the chain links",
            subject.name
        );
    }
    for envelope in &all {
        assert_eq!(
            envelope.compute_hash(),
            envelope.hash,
            "{}: hashes recompute",
            subject.name
        );
    }
    assert_eq!(log.head().unwrap(), Seq(5));
    assert_eq!(log.head_hash().unwrap(), all[4].hash);
    assert_eq!(log.read_all(Seq(4)).count(), 2);
    assert_eq!(log.read_all(Seq(6)).count(), 0);

    let a = log
        .read_stream(&StreamId::new("a"), StreamVersion(1))
        .unwrap();
    assert_eq!(
        a.iter().map(|e| (e.version.0, e.seq.0)).collect::<Vec<_>>(),
        vec![(1, 1), (2, 2), (3, 3), (4, 5)]
    );
    let tail = log
        .read_stream(&StreamId::new("a"), StreamVersion(3))
        .unwrap();
    assert_eq!(tail.iter().map(|e| e.seq.0).collect::<Vec<_>>(), vec![3, 5]);
    log.append(request("ab", ExpectedVersion::Any, &[6]))
        .unwrap();
    assert_eq!(
        log.read_stream(&StreamId::new("a"), StreamVersion(1))
            .unwrap()
            .len(),
        4
    );
    assert_eq!(
        log.stream_version(&StreamId::new("a")).unwrap(),
        StreamVersion(4)
    );
    assert!(log.contains_event(event_id(5)).unwrap());
    assert!(!log.contains_event(event_id(99)).unwrap());
    let report = verify(&*log, &mut |_| {}).unwrap();
    assert_eq!((report.events, report.streams), (6, 3));
}

pub fn recorded_at_is_the_store_clock_and_never_goes_back(subject: &Subject) {
    let log = subject.log();
    let before = chrono::Utc::now() - chrono::Duration::seconds(5);
    log.append(request("a", ExpectedVersion::Any, &[1, 2]))
        .unwrap();
    log.append(request("b", ExpectedVersion::Any, &[3]))
        .unwrap();
    let after = chrono::Utc::now() + chrono::Duration::seconds(5);
    let all: Vec<_> = log.read_all(Seq(1)).map(Result::unwrap).collect();
    assert!(all[0].recorded_at > before && all[2].recorded_at < after);
    assert_eq!(
        all[0].recorded_at, all[1].recorded_at,
        "one request, one instant"
    );
    assert!(all[2].recorded_at >= all[1].recorded_at);
    assert_eq!(
        all[0].recorded_at.timestamp_subsec_nanos() % 1000,
        0,
        "microseconds"
    );
}

pub fn expected_version_conflicts_are_typed_and_write_nothing(subject: &Subject) {
    let log = subject.log();
    log.append(request("a", ExpectedVersion::NoStream, &[1, 2]))
        .unwrap();
    let head_hash = log.head_hash().unwrap();
    for (expected, id) in [
        (ExpectedVersion::NoStream, 10),
        (ExpectedVersion::Exact(StreamVersion(1)), 11),
        (ExpectedVersion::Exact(StreamVersion::NONE), 12),
    ] {
        match log.append(request("a", expected, &[id])) {
            Err(StoreError::Conflict {
                stream,
                expected: e,
                actual,
            }) => {
                assert_eq!(stream, StreamId::new("a"));
                assert_eq!(e, expected);
                assert_eq!(actual, StreamVersion(2));
            }
            other => panic!("{}: expected a conflict, got {other:?}", subject.name),
        }
    }
    assert_eq!(
        log.append(request(
            "b",
            ExpectedVersion::Exact(StreamVersion(1)),
            &[13]
        ))
        .unwrap_err()
        .to_string(),
        "stream b: expected version 1, but the stream is at version 0"
    );
    assert_eq!(log.head().unwrap(), Seq(2));
    assert_eq!(log.head_hash().unwrap(), head_hash);
    assert!(!log.contains_event(event_id(10)).unwrap());
    let ok = log
        .append(request(
            "a",
            ExpectedVersion::Exact(StreamVersion(2)),
            &[14],
        ))
        .unwrap();
    assert_eq!((ok.first, ok.version), (Seq(3), StreamVersion(3)));
}

pub fn resending_is_a_duplicate_and_partial_resends_are_refused(subject: &Subject) {
    let log = subject.log();
    let stored = log
        .append(request("a", ExpectedVersion::NoStream, &[1, 2]))
        .unwrap();
    log.append(request("a", ExpectedVersion::Any, &[3]))
        .unwrap();
    // The same request again: a duplicate at the old positions, not a conflict.
    let again = log
        .append(request("a", ExpectedVersion::NoStream, &[1, 2]))
        .unwrap();
    assert_eq!(
        again,
        AppendOutcome {
            first: stored.first,
            last: stored.last,
            version: StreamVersion(3),
            duplicate: true
        }
    );
    match log.append(request("a", ExpectedVersion::Any, &[3, 4])) {
        Err(StoreError::PartialDuplicate { stream, id }) => {
            assert_eq!((stream, id), (StreamId::new("a"), event_id(3)));
        }
        other => panic!(
            "{}: expected a partial duplicate, got {other:?}",
            subject.name
        ),
    }
    assert!(!log.contains_event(event_id(4)).unwrap());
    // Ids are unique across streams too, for ever.
    let elsewhere = log
        .append(request("other", ExpectedVersion::Any, &[1]))
        .unwrap();
    assert!(elsewhere.duplicate);
    assert_eq!(log.head().unwrap(), Seq(3));
    verify(&*log, &mut |_| {}).unwrap();
}

pub fn malformed_requests_are_refused(subject: &Subject) {
    let log = subject.log();
    let cases = [
        request("a", ExpectedVersion::Any, &[]),
        request("a", ExpectedVersion::Any, &[1, 1]),
        request("", ExpectedVersion::Any, &[2]),
    ];
    for bad in cases {
        match log.append(bad) {
            Err(StoreError::InvalidRequest { .. }) => {}
            other => panic!(
                "{}: expected an invalid request, got {other:?}",
                subject.name
            ),
        }
    }
    assert_eq!(log.head().unwrap(), Seq::ZERO);
}

pub fn append_batch_keeps_each_request_atomic_and_in_order(subject: &Subject) {
    let log = subject.log();
    let results = log.append_batch(vec![
        request("a", ExpectedVersion::NoStream, &[1, 2]),
        request("a", ExpectedVersion::NoStream, &[3]),
        request("b", ExpectedVersion::Any, &[4]),
        request("a", ExpectedVersion::NoStream, &[1, 2]),
        request("", ExpectedVersion::Any, &[5]),
        request("a", ExpectedVersion::Exact(StreamVersion(2)), &[6]),
    ]);
    assert_eq!(results.len(), 6);
    assert_eq!(results[0].as_ref().unwrap().last, Seq(2));
    assert!(
        matches!(results[1], Err(StoreError::Conflict { .. })),
        "{:?}",
        results[1]
    );
    assert_eq!(results[2].as_ref().unwrap().first, Seq(3));
    assert!(
        results[3].as_ref().unwrap().duplicate,
        "a resend inside the same batch"
    );
    assert!(matches!(results[4], Err(StoreError::InvalidRequest { .. })));
    assert_eq!(results[5].as_ref().unwrap().first, Seq(4));
    assert!(!log.contains_event(event_id(3)).unwrap());
    assert_eq!(log.head().unwrap(), Seq(4));
    verify(&*log, &mut |_| {}).unwrap();
}

pub fn a_big_batch_spans_several_groups(subject: &Subject) {
    let log = subject.log();
    let requests = (0..150u128)
        .map(|i| {
            request(
                &format!("s{}", i % 7),
                ExpectedVersion::Any,
                &[2 * i + 1, 2 * i + 2],
            )
        })
        .collect();
    let results = log.append_batch(requests);
    for (i, result) in results.iter().enumerate() {
        let outcome = result.as_ref().unwrap();
        assert_eq!(
            outcome.first,
            Seq(2 * i as u64 + 1),
            "results come back in request order"
        );
    }
    assert_eq!(log.head().unwrap(), Seq(300));
    let report = verify(&*log, &mut |_| {}).unwrap();
    assert_eq!((report.events, report.streams), (300, 7));
}

pub fn a_second_handle_sees_everything_and_continues_the_chain(subject: &Subject) {
    subject
        .log()
        .append(request("a", ExpectedVersion::Any, &[1, 2]))
        .unwrap();
    let hash = subject.log().head_hash().unwrap();
    subject.reopen();
    let log = subject.log();
    assert_eq!(
        (log.head().unwrap(), log.head_hash().unwrap()),
        (Seq(2), hash)
    );
    let next = log
        .append(request("a", ExpectedVersion::Exact(StreamVersion(2)), &[3]))
        .unwrap();
    assert_eq!(next.first, Seq(3));
    assert_eq!(
        log.read_all(Seq(3)).next().unwrap().unwrap().prev_hash,
        hash
    );
    assert!(
        log.append(request("a", ExpectedVersion::Any, &[1, 2]))
            .unwrap()
            .duplicate
    );
    verify(&*log, &mut |_| {}).unwrap();
}
