//! Crash safety and live reading: `ingest` killed with SIGKILL mid-batch leaves whole articles
//! or none, and `events --follow` sees every appended event once, in order.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{self, stderr, stdout, Sandbox};

/// Writes `count` distinct short articles, each with claims the extractor finds.
fn write_batch(dir: &Path, count: usize) {
    harness::write_articles(dir, 0..count);
}

/// Events per stream of a sandbox's log, checking seqs run 1, 2, 3…
fn events_per_stream(sandbox: &Sandbox) -> BTreeMap<String, u64> {
    harness::events_per_stream(&stdout(&sandbox.ok(&["events", "--format", "ndjson"])))
}

#[test]
fn ingest_killed_mid_batch_leaves_whole_articles_and_resumes_without_duplicates() {
    let articles = tempfile::tempdir().unwrap();
    write_batch(articles.path(), 640);
    let batch = articles.path().to_str().unwrap();

    let reference = Sandbox::new();
    reference.ok(&["ingest", batch]);
    let expected = events_per_stream(&reference);
    assert_eq!(expected.len(), 640);
    assert!(
        expected.values().all(|&n| n >= 2),
        "every dispatch should yield claims"
    );

    let sandbox = Sandbox::new();
    // Each round kills the writer a varied moment after it reported a durable group (its
    // STANCELOG_LOG=info line), so the kill lands in the middle of the batch whatever the
    // machine's speed: while the next group is extracted or being appended.
    for (round, (groups_seen, delay_ms)) in [(1, 0u64), (2, 10), (3, 20)].into_iter().enumerate() {
        let mut child = Command::new(env!("CARGO_BIN_EXE_stancelog"))
            .args(["--db", sandbox.db().to_str().unwrap(), "ingest", batch])
            .env("STANCELOG_LOG", "info")
            .env("NO_COLOR", "1")
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr_pipe = BufReader::new(child.stderr.take().unwrap());
        let mut seen = 0;
        for line in stderr_pipe.lines().map_while(Result::ok) {
            if line.contains("group appended") {
                seen += 1;
                if seen == groups_seen {
                    break;
                }
            }
        }
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();

        let verify = sandbox.ok(&["verify"]);
        assert!(
            stdout(&verify).starts_with("ok:"),
            "round {round}: {}",
            stdout(&verify)
        );
        let present = events_per_stream(&sandbox);
        eprintln!(
            "round {round}: killed {delay_ms} ms after group {groups_seen}, {} of 640 stored",
            present.len()
        );
        assert!(
            !present.is_empty() && present.len() < expected.len(),
            "round {round}: the kill should land mid-batch ({} stored)",
            present.len()
        );
        for (stream, count) in present {
            assert_eq!(
                Some(&count),
                expected.get(&stream),
                "round {round}: {stream} holds part of an article"
            );
        }
    }

    let output = sandbox.ok(&["ingest", batch]);
    assert!(stderr(&output).contains("0 failed"), "{}", stderr(&output));
    assert_eq!(
        events_per_stream(&sandbox),
        expected,
        "after resuming, the log equals a clean run"
    );
    sandbox.ok(&["verify"]);
}

#[test]
fn follow_prints_existing_then_new_events_in_order() {
    let sandbox = Sandbox::new();
    sandbox.ingest_sample();
    let mut follower = Command::new(env!("CARGO_BIN_EXE_stancelog"))
        .args([
            "--db",
            sandbox.db().to_str().unwrap(),
            "events",
            "--follow",
            "--format",
            "ndjson",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let lines = std::sync::Arc::new(std::sync::Mutex::new(Vec::<Value>::new()));
    let reader_lines = lines.clone();
    let stdout_pipe = follower.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout_pipe).lines().map_while(Result::ok) {
            reader_lines
                .lock()
                .unwrap()
                .push(serde_json::from_str(&line).unwrap());
        }
    });

    let dir = tempfile::tempdir().unwrap();
    write_batch(dir.path(), 3);
    sandbox.ok(&["ingest", dir.path().to_str().unwrap()]);
    let total = events_per_stream(&sandbox).values().sum::<u64>() as usize;

    let deadline = Instant::now() + Duration::from_secs(30);
    while lines.lock().unwrap().len() < total && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = follower.kill();
    let _ = follower.wait();
    let _ = reader.join();
    let seen = lines.lock().unwrap();
    let seqs: Vec<u64> = seen.iter().map(|e| e["seq"].as_u64().unwrap()).collect();
    assert_eq!(
        seqs,
        (1..=total as u64).collect::<Vec<_>>(),
        "follower missed or reordered"
    );
}
