//! Tests that need a second process: the directory lock across processes (rule 9) and a crash
//! (SIGKILL) in the middle of appending (rules 7–8). The test binary re-runs itself with
//! `STANCELOG_STORE_CHILD` set; `child_process_entry` then plays the child and is a no-op in a
//! normal run.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use stancelog_events::Seq;
use stancelog_store::{verify, EventLog, ExpectedVersion, SledLog, StoreError};

use crate::common::{event_id, request};

const CHILD_ROLE: &str = "STANCELOG_STORE_CHILD";
const CHILD_DB: &str = "STANCELOG_STORE_CHILD_DB";
const OPEN_MARKER: &str = "child-has-the-db-open";
const ACK_MARKER: &str = "acked ";

/// The ids on an acknowledgement line, wherever the marker starts on it.
fn acked_ids(line: &str) -> Vec<u128> {
    match line.find(ACK_MARKER) {
        Some(at) => line[at + ACK_MARKER.len()..]
            .split_whitespace()
            .map(|id| id.parse::<u128>().expect("an acknowledged id"))
            .collect(),
        None => Vec::new(),
    }
}

fn spawn_child(role: &str, db: &Path) -> Child {
    Command::new(std::env::current_exe().expect("the test binary's path"))
        .args([
            "--exact",
            "process::child_process_entry",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env(CHILD_ROLE, role)
        .env(CHILD_DB, db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("re-run the test binary as a child")
}

/// The child's side. `hold`: open the db, say so, keep it until stdin closes. `append`: append
/// forever from two threads, printing every acknowledged event id, until killed.
#[test]
fn child_process_entry() {
    let Ok(role) = std::env::var(CHILD_ROLE) else {
        return;
    };
    let db = std::env::var(CHILD_DB).expect("child db path");
    let log = Arc::new(SledLog::open(Path::new(&db)).expect("child opens the db"));
    match role.as_str() {
        "hold" => {
            println!("{OPEN_MARKER}");
            std::io::stdout().flush().unwrap();
            let mut sink = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut sink);
        }
        "append" => {
            let workers: Vec<_> = (0..2u128)
                .map(|worker| {
                    let log = Arc::clone(&log);
                    std::thread::spawn(move || {
                        for i in 0u128.. {
                            let base = worker * 1_000_000 + i * 3;
                            let name = format!("article-{worker}-{}", i % 5);
                            log.append(request(
                                &name,
                                ExpectedVersion::Any,
                                &[base, base + 1, base + 2],
                            ))
                            .unwrap();
                            let mut out = std::io::stdout().lock();
                            writeln!(out, "{ACK_MARKER}{base} {} {}", base + 1, base + 2).unwrap();
                            out.flush().unwrap();
                        }
                    })
                })
                .collect();
            for worker in workers {
                let _ = worker.join();
            }
        }
        other => panic!("unknown child role {other}"),
    }
}

#[test]
fn another_process_holding_the_db_gives_in_use_until_it_lets_go() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let mut child = spawn_child("hold", &path);
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    // The harness may print "test … ... " before the child's own output on the same line.
    assert!(
        lines.any(|line| line.unwrap().ends_with(OPEN_MARKER)),
        "the child opened the db"
    );

    match SledLog::open(&path) {
        Err(StoreError::InUse { path: reported }) => assert_eq!(reported, path),
        Err(other) => panic!("expected InUse, got {other}"),
        Ok(_) => panic!("opened a database another process holds"),
    }
    let err = SledLog::open_with_lock_wait(&path, Duration::from_millis(300)).unwrap_err();
    assert!(matches!(err, StoreError::InUse { .. }), "{err}");

    drop(child.stdin.take()); // the child lets go when its stdin closes
    let log = SledLog::open_with_lock_wait(&path, Duration::from_secs(30)).unwrap();
    assert!(child.wait().unwrap().success());
    assert_eq!(log.head().unwrap(), Seq::ZERO);
}

#[test]
fn a_crash_loses_no_acknowledged_event_and_leaves_a_valid_log() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let mut child = spawn_child("append", &path);
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut acked: Vec<u128> = Vec::new();
    let mut line = String::new();
    while acked.len() < 150 {
        line.clear();
        if reader.read_line(&mut line).unwrap() == 0 {
            panic!("the child stopped before being killed");
        }
        acked.extend(acked_ids(&line));
    }
    child.kill().unwrap(); // SIGKILL: no destructor, no final flush
    child.wait().unwrap();
    // Acknowledgements already in the pipe were acknowledged before the kill too.
    let mut rest = String::new();
    reader.read_to_string(&mut rest).unwrap();
    for line in rest.lines() {
        acked.extend(acked_ids(line));
    }

    let log = SledLog::open_with_lock_wait(&path, Duration::from_secs(30)).unwrap();
    let report = verify(&log, &mut |_| {}).expect("the log after a crash verifies");
    for id in &acked {
        assert!(
            log.contains_event(event_id(*id)).unwrap(),
            "acknowledged event {id} was lost"
        );
    }
    assert!(report.events >= acked.len() as u64);
    // Every request is whole: the crash cannot have kept part of one. A request's ids are
    // base, base+1, base+2 with base a multiple of 3 within its worker's range.
    let stored: std::collections::HashSet<_> = log
        .read_all(Seq(1))
        .map(|envelope| envelope.unwrap().id)
        .collect();
    for id in &stored {
        let n = id.0.as_u128() - event_id(0).0.as_u128();
        let base = n - (n % 1_000_000) % 3;
        for member in base..base + 3 {
            assert!(
                stored.contains(&event_id(member)),
                "request at {base} was stored in part"
            );
        }
    }
}
