//! Many writers at once: one total, gap-free order, and readers that never see a gap (rules 1–3
//! and 8 of `postgres`; rules 5 and 7 of the crate doc for sled, whose handle is shared).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use stancelog_events::{Seq, StreamId, StreamVersion};
use stancelog_store::{verify, ExpectedVersion};

use crate::backends::Subject;
use crate::common::request;

const WRITERS: u128 = 4;
const APPENDS: u128 = 25;

/// Each writer appends `APPENDS` requests of two events, alternating its own stream and a shared
/// one, some through `append_batch`.
fn spawn_writers(subject: &Subject) -> Vec<thread::JoinHandle<()>> {
    (0..WRITERS)
        .map(|w| {
            let log = subject.handle();
            thread::spawn(move || {
                let mut i = 0;
                while i < APPENDS {
                    let id = |k: u128| 1000 * (w + 1) + 2 * k;
                    let stream = |k: u128| {
                        if k % 2 == 0 {
                            format!("w{w}")
                        } else {
                            "shared".into()
                        }
                    };
                    if i % 5 == 0 && i + 1 < APPENDS {
                        let results = log.append_batch(vec![
                            request(&stream(i), ExpectedVersion::Any, &[id(i), id(i) + 1]),
                            request(
                                &stream(i + 1),
                                ExpectedVersion::Any,
                                &[id(i + 1), id(i + 1) + 1],
                            ),
                        ]);
                        assert!(results.iter().all(Result::is_ok), "{results:?}");
                        i += 2;
                    } else {
                        log.append(request(
                            &stream(i),
                            ExpectedVersion::Any,
                            &[id(i), id(i) + 1],
                        ))
                        .unwrap();
                        i += 1;
                    }
                }
            })
        })
        .collect()
}

const TOTAL: u64 = (WRITERS * APPENDS * 2) as u64;

pub fn concurrent_writers_get_a_total_gap_free_order(subject: &Subject) {
    for writer in spawn_writers(subject) {
        writer.join().unwrap();
    }
    let log = subject.log();
    assert_eq!(log.head().unwrap(), Seq(TOTAL));
    let mut versions: HashMap<StreamId, u64> = HashMap::new();
    for (index, envelope) in log.read_all(Seq(1)).enumerate() {
        let envelope = envelope.unwrap();
        assert_eq!(envelope.seq, Seq(index as u64 + 1));
        let version = versions.entry(envelope.stream.clone()).or_default();
        *version += 1;
        assert_eq!(
            envelope.version,
            StreamVersion(*version),
            "versions contiguous"
        );
    }
    assert_eq!(
        versions[&StreamId::new("shared")],
        (WRITERS * (APPENDS / 2) * 2) as u64
    );
    let report = verify(&*log, &mut |_| {}).unwrap();
    assert_eq!(report.events, TOTAL);
}

pub fn a_reader_never_sees_a_gap_while_writers_commit(subject: &Subject) {
    let done = Arc::new(AtomicBool::new(false));
    let reader_log = subject.handle();
    let reader_done = Arc::clone(&done);
    let reader = thread::spawn(move || {
        let mut next = Seq(1);
        let mut prev_hash = stancelog_events::ZERO_HASH;
        let deadline = Instant::now() + Duration::from_secs(120);
        let mut polls = 0u64;
        while next.0 <= TOTAL {
            assert!(
                Instant::now() < deadline,
                "the reader timed out at seq {next}"
            );
            let finished = reader_done.load(Ordering::SeqCst);
            for envelope in reader_log.read_all(next) {
                let envelope = envelope.unwrap();
                assert_eq!(
                    envelope.seq,
                    next,
                    "a reader checkpointing at {} saw a gap",
                    next.0 - 1
                );
                assert_eq!(envelope.prev_hash, prev_hash);
                prev_hash = envelope.hash;
                next = envelope.seq.next();
            }
            polls += 1;
            if finished && next.0 <= TOTAL {
                panic!("writers finished but the reader stopped at seq {next}");
            }
        }
        polls
    });
    for writer in spawn_writers(subject) {
        writer.join().unwrap();
    }
    done.store(true, Ordering::SeqCst);
    let polls = reader.join().unwrap();
    assert!(polls >= 1);
    verify(&*subject.log(), &mut |_| {}).unwrap();
}

pub fn wait_for_head_after_wakes_on_append_and_times_out(subject: &Subject) {
    let log = subject.log();
    log.append(request("a", ExpectedVersion::Any, &[1]))
        .unwrap();
    let waiter = subject.handle();
    // Nothing new: the wait lasts the timeout and returns the head as it is.
    let started = Instant::now();
    assert_eq!(
        waiter
            .wait_for_head_after(Seq(1), Duration::from_millis(300))
            .unwrap(),
        Seq(1)
    );
    assert!(started.elapsed() >= Duration::from_millis(290));
    // Already past: returns at once.
    let started = Instant::now();
    assert_eq!(
        waiter
            .wait_for_head_after(Seq::ZERO, Duration::from_secs(10))
            .unwrap(),
        Seq(1)
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    // An append from another handle wakes the waiter long before the timeout.
    let writer = subject.handle();
    let appender = thread::spawn(move || {
        thread::sleep(Duration::from_millis(200));
        writer
            .append(request("a", ExpectedVersion::Any, &[2, 3]))
            .unwrap();
    });
    let started = Instant::now();
    let head = waiter
        .wait_for_head_after(Seq(1), Duration::from_secs(20))
        .unwrap();
    appender.join().unwrap();
    assert_eq!(head, Seq(3));
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{}: woke late",
        subject.name
    );
}
