//! Appending and reading back: rules 3–7 and 9 of the crate doc (atomic append, the order of
//! checks, positions, chain, group commit, one process) and rule 2 (format version).

use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use stancelog_events::{Seq, StreamId, StreamVersion, ZERO_HASH};
use stancelog_store::{
    verify, AppendOutcome, EventLog, ExpectedVersion, SledLog, StoreError, FORMAT_VERSION,
};

use crate::common::{request, small, temp_log};

fn no_progress() -> impl FnMut(Seq) {
    |_| {}
}

#[test]
fn empty_log_has_zero_head_and_no_streams() {
    let (_dir, log) = temp_log();
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
    let report = verify(&log, &mut no_progress()).unwrap();
    assert_eq!(
        (report.events, report.streams, report.head),
        (0, 0, Seq::ZERO)
    );
}

#[test]
fn append_positions_chains_and_reads_back() {
    let (_dir, log) = temp_log();
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
            "rule 6: each envelope links to the previous one"
        );
    }
    assert_eq!(log.head_hash().unwrap(), all[4].hash);
    assert_eq!(log.read_all(Seq(4)).count(), 2);

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
    // "a" must not pick up a stream whose name merely starts with "a".
    log.append(request("ab", ExpectedVersion::Any, &[6]))
        .unwrap();
    assert_eq!(
        log.read_stream(&StreamId::new("a"), StreamVersion(1))
            .unwrap()
            .len(),
        4
    );
    assert!(log.contains_event(crate::common::event_id(5)).unwrap());
    assert!(!log.contains_event(crate::common::event_id(99)).unwrap());
    verify(&log, &mut no_progress()).unwrap();
}

#[test]
fn recorded_at_is_the_store_clock() {
    let (_dir, log) = temp_log();
    let before = chrono::Utc::now() - chrono::Duration::seconds(1);
    log.append(request("a", ExpectedVersion::Any, &[1]))
        .unwrap();
    let after = chrono::Utc::now() + chrono::Duration::seconds(1);
    let stored = log.read_all(Seq(1)).next().unwrap().unwrap();
    assert!(stored.recorded_at > before && stored.recorded_at < after);
    assert_eq!(
        stored.recorded_at.timestamp_subsec_nanos() % 1000,
        0,
        "microsecond precision"
    );
}

#[test]
fn expected_version_conflicts_are_typed_and_write_nothing() {
    let (_dir, log) = temp_log();
    log.append(request("a", ExpectedVersion::NoStream, &[1]))
        .unwrap();
    let err = log
        .append(request("a", ExpectedVersion::NoStream, &[2]))
        .unwrap_err();
    match err {
        StoreError::Conflict {
            stream,
            expected,
            actual,
        } => {
            assert_eq!(stream, StreamId::new("a"));
            assert_eq!(expected, ExpectedVersion::NoStream);
            assert_eq!(actual, StreamVersion(1));
        }
        other => panic!("expected a conflict, got {other}"),
    }
    let err = log
        .append(request("a", ExpectedVersion::Exact(StreamVersion(5)), &[2]))
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Conflict {
                actual: StreamVersion(1),
                ..
            }
        ),
        "{err}"
    );
    let err = log
        .append(request(
            "new",
            ExpectedVersion::Exact(StreamVersion(1)),
            &[2],
        ))
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Conflict {
                actual: StreamVersion::NONE,
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(log.head().unwrap(), Seq(1));
    assert!(!log.contains_event(crate::common::event_id(2)).unwrap());
}

#[test]
fn resending_a_stored_batch_is_a_duplicate_even_when_the_version_moved() {
    let (_dir, log) = temp_log();
    let stored = log
        .append(request("a", ExpectedVersion::NoStream, &[1, 2]))
        .unwrap();
    log.append(request("a", ExpectedVersion::Any, &[3]))
        .unwrap();
    // Rule 4: idempotency before the version check, so the retry is not a conflict.
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
    assert_eq!(log.head().unwrap(), Seq(3));

    let err = log
        .append(request("a", ExpectedVersion::Any, &[3, 4]))
        .unwrap_err();
    match err {
        StoreError::PartialDuplicate { stream, id } => {
            assert_eq!(stream, StreamId::new("a"));
            assert_eq!(id, crate::common::event_id(3));
        }
        other => panic!("expected a partial duplicate, got {other}"),
    }
    assert!(
        !log.contains_event(crate::common::event_id(4)).unwrap(),
        "nothing of a partial duplicate is written"
    );
    verify(&log, &mut no_progress()).unwrap();
}

#[test]
fn malformed_requests_are_refused() {
    let (_dir, log) = temp_log();
    let empty = log
        .append(request("a", ExpectedVersion::Any, &[]))
        .unwrap_err();
    assert!(
        matches!(empty, StoreError::InvalidRequest { .. }),
        "{empty}"
    );
    let twice = log
        .append(request("a", ExpectedVersion::Any, &[1, 1]))
        .unwrap_err();
    assert!(twice.to_string().contains("appears twice"), "{twice}");
    let nul = log
        .append(request("a\0b", ExpectedVersion::Any, &[1]))
        .unwrap_err();
    assert!(matches!(nul, StoreError::InvalidRequest { .. }), "{nul}");
    let unnamed = log
        .append(request("", ExpectedVersion::Any, &[1]))
        .unwrap_err();
    assert!(
        matches!(unnamed, StoreError::InvalidRequest { .. }),
        "{unnamed}"
    );
    assert_eq!(log.head().unwrap(), Seq::ZERO);
}

#[test]
fn append_batch_keeps_each_request_atomic_and_in_order() {
    let (_dir, log) = temp_log();
    let results = log.append_batch(vec![
        request("a", ExpectedVersion::NoStream, &[1, 2]),
        request("a", ExpectedVersion::NoStream, &[3]), // conflicts with the first
        request("b", ExpectedVersion::Any, &[4, 5]),
        request("c", ExpectedVersion::Any, &[1, 6]), // partial duplicate of the first
        request("a", ExpectedVersion::Any, &[1, 2]), // duplicate of the first
    ]);
    assert_eq!(results.len(), 5);
    assert_eq!(results[0].as_ref().unwrap().last, Seq(2));
    assert!(matches!(results[1], Err(StoreError::Conflict { .. })));
    assert_eq!(results[2].as_ref().unwrap().first, Seq(3));
    assert!(matches!(
        results[3],
        Err(StoreError::PartialDuplicate { .. })
    ));
    assert!(results[4].as_ref().unwrap().duplicate);
    assert_eq!(log.head().unwrap(), Seq(4));
    assert!(log.append_batch(Vec::new()).is_empty());
    verify(&log, &mut no_progress()).unwrap();
}

#[test]
fn concurrent_appenders_get_a_total_gap_free_order() {
    let (_dir, log) = temp_log();
    let log = Arc::new(log);
    let threads: Vec<_> = (0..8u128)
        .map(|t| {
            let log = Arc::clone(&log);
            thread::spawn(move || {
                let mut outcomes = Vec::new();
                for i in 0..20u128 {
                    let id = t * 1000 + i;
                    let name = format!("stream-{t}");
                    outcomes.push(
                        log.append(request(&name, ExpectedVersion::Any, &[id]))
                            .unwrap(),
                    );
                }
                outcomes
            })
        })
        .collect();
    let mut seqs: Vec<u64> = Vec::new();
    for handle in threads {
        let outcomes = handle.join().unwrap();
        // Each thread's own appends are ordered, and its stream versions run 1..=20.
        assert!(outcomes.windows(2).all(|w| w[0].last < w[1].first));
        assert_eq!(
            outcomes.iter().map(|o| o.version.0).collect::<Vec<_>>(),
            (1..=20).collect::<Vec<_>>()
        );
        seqs.extend(outcomes.iter().map(|o| o.first.0));
    }
    seqs.sort_unstable();
    assert_eq!(seqs, (1..=160).collect::<Vec<_>>());
    let report = verify(&*log, &mut no_progress()).unwrap();
    assert_eq!((report.events, report.streams), (160, 8));
}

#[test]
fn wait_for_head_after_wakes_on_append_and_times_out() {
    let (_dir, log) = temp_log();
    let log = Arc::new(log);
    let started = Instant::now();
    assert_eq!(
        log.wait_for_head_after(Seq::ZERO, Duration::from_millis(100))
            .unwrap(),
        Seq::ZERO
    );
    assert!(started.elapsed() >= Duration::from_millis(100));

    let waiter = {
        let log = Arc::clone(&log);
        thread::spawn(move || {
            log.wait_for_head_after(Seq::ZERO, Duration::from_secs(30))
                .unwrap()
        })
    };
    thread::sleep(Duration::from_millis(50));
    log.append(request("a", ExpectedVersion::Any, &[1, 2]))
        .unwrap();
    assert_eq!(waiter.join().unwrap(), Seq(2));
    // Already past: returns at once.
    let started = Instant::now();
    assert_eq!(
        log.wait_for_head_after(Seq(1), Duration::from_secs(30))
            .unwrap(),
        Seq(2)
    );
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn reopening_keeps_everything_and_continues_the_chain() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    {
        let log = SledLog::open(&path).unwrap();
        log.append(request("a", ExpectedVersion::Any, &[1, 2]))
            .unwrap();
    }
    let log = SledLog::open_with_lock_wait(&path, Duration::from_secs(10)).unwrap();
    assert_eq!(log.head().unwrap(), Seq(2));
    assert_eq!(
        *log.wait_for_head_after(Seq(1), Duration::ZERO)
            .as_ref()
            .unwrap(),
        Seq(2)
    );
    let next = log
        .append(request("a", ExpectedVersion::Exact(StreamVersion(2)), &[3]))
        .unwrap();
    assert_eq!((next.first, next.version), (Seq(3), StreamVersion(3)));
    verify(&log, &mut no_progress()).unwrap();
    assert_eq!(log.path(), path.as_path());
}

#[test]
fn a_second_open_in_the_same_process_is_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let _first = SledLog::open(&path).unwrap();
    match SledLog::open(&path) {
        Err(StoreError::InUse { path: reported }) => assert_eq!(reported, path),
        Err(other) => panic!("expected InUse, got {other}"),
        Ok(_) => panic!("a second open of a held database succeeded"),
    }
    let started = Instant::now();
    let err = SledLog::open_with_lock_wait(&path, Duration::from_millis(200)).unwrap_err();
    assert!(matches!(err, StoreError::InUse { .. }), "{err}");
    assert!(started.elapsed() >= Duration::from_millis(200));
    assert!(err
        .to_string()
        .ends_with("is in use by another stancelog process"));
}

#[test]
fn a_newer_format_is_refused_and_a_new_db_gets_the_current_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    {
        let log = SledLog::open(&path).unwrap();
        let meta = log.db().open_tree("meta").unwrap();
        let stored = meta.get("format_version").unwrap().unwrap();
        assert_eq!(
            &stored[..],
            &FORMAT_VERSION.to_be_bytes(),
            "rule 2: a new db gets the current version"
        );
        meta.insert("format_version", &(FORMAT_VERSION + 1).to_be_bytes())
            .unwrap();
        for tree in ["log", "streams", "stream_heads", "event_ids"] {
            assert!(log.db().drop_tree(tree).unwrap());
        }
        log.db().flush().unwrap();
    }
    match SledLog::open_with_lock_wait(&path, Duration::from_secs(10)) {
        Err(StoreError::FutureFormat {
            path: reported,
            found,
            supported,
        }) => {
            assert_eq!(reported, path);
            assert_eq!((found, supported), (FORMAT_VERSION + 1, FORMAT_VERSION));
        }
        Err(other) => panic!("expected FutureFormat, got {other}"),
        Ok(_) => panic!("a newer format was opened"),
    }
    // Refusing it left the newer database as it was: no tree of ours was created in it.
    let db = sled::open(&path).unwrap();
    assert!(!db.tree_names().iter().any(|name| &name[..] == b"streams"));
}

#[test]
fn other_trees_in_the_same_db_do_not_disturb_the_log() {
    let (_dir, log) = temp_log();
    let projection = log.db().open_tree("projection/timelines").unwrap();
    projection.insert("k", "v").unwrap();
    log.append(request("a", ExpectedVersion::Any, &[1]))
        .unwrap();
    verify(&log, &mut no_progress()).unwrap();
    let _ = small(0);
}
