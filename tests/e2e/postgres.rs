//! The same commands on a PostgreSQL log (`--db postgres://…`), when `STANCELOG_TEST_PG` names
//! a server where the test may create throwaway databases (`make test-pg` starts one); without
//! it each test prints `skipped: set STANCELOG_TEST_PG (make test-pg)` and passes.
//!
//! Covers: sled → PostgreSQL → sled with identical hashes and the same answers; four concurrent
//! `ingest` processes with overlapping batches while `events --follow` reads (every article once,
//! no gap, the follower saw every seq in order); a writer killed with SIGKILL; the local read
//! model cache noticing another log behind the same URL; clear errors for an unreachable
//! server, a wrong password and a newer format.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;
use stancelog_store::postgres::ThrowawayDatabase;
use tempfile::TempDir;

use crate::harness::{
    events_per_stream, sample_article, stderr, stdout, triples, write_articles, Sandbox,
};

/// A throwaway database plus a local directory for the read-model cache and files.
struct PgSandbox {
    db: ThrowawayDatabase,
    dir: TempDir,
}

impl PgSandbox {
    /// `None` (after printing the skip line) when no server is configured.
    fn new(test: &str) -> Option<PgSandbox> {
        let admin = match std::env::var("STANCELOG_TEST_PG") {
            Ok(url) if !url.trim().is_empty() => url,
            _ => {
                println!("postgres::{test}: skipped: set STANCELOG_TEST_PG (make test-pg)");
                return None;
            }
        };
        Some(PgSandbox {
            db: ThrowawayDatabase::create(&admin, "stancelog_e2e").expect("create a database"),
            dir: tempfile::tempdir().unwrap(),
        })
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The binary on this database, with its cache in the sandbox.
    fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_stancelog"));
        cmd.env_remove("STANCELOG_DB")
            .env_remove("STANCELOG_DATA")
            .env_remove("STANCELOG_CACHE")
            .env("NO_COLOR", "1")
            .args(["--db", self.db.url(), "--cache"])
            .arg(self.path("cache"));
        cmd
    }

    fn ok(&self, args: &[&str]) -> Output {
        let output = self.command().args(args).output().unwrap();
        assert!(
            output.status.success(),
            "stancelog {args:?} failed: {}\n{}",
            stderr(&output),
            stdout(&output)
        );
        output
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        serde_json::from_slice(&self.ok(&all).stdout).unwrap()
    }
}

/// Claim ids and (actor, topic, stance) of a claims JSON array, sorted.
fn claim_keys(claims: &Value) -> Vec<(String, String, String, String)> {
    let mut keys: Vec<_> = claims
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let text = |k: &str| c[k].as_str().unwrap_or_default().to_string();
            (
                text("claim_id"),
                text("actor"),
                text("topic"),
                text("stance"),
            )
        })
        .collect();
    keys.sort();
    keys
}

#[test]
fn sled_to_postgres_to_sled_keeps_hashes_and_answers() {
    let Some(pg) = PgSandbox::new("sled_to_postgres_to_sled_keeps_hashes_and_answers") else {
        return;
    };
    let sled = Sandbox::new();
    let articles = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles");
    sled.ok(&["ingest", articles.to_str().unwrap()]);
    let sled_claims = sled.json(&["claims"]);
    let export = sled.path("from-sled.ndjson");
    sled.ok(&["export", export.to_str().unwrap()]);

    pg.ok(&["import", export.to_str().unwrap()]);
    let verified = stdout(&pg.ok(&["verify"]));
    assert!(verified.starts_with("ok:"), "{verified}");
    assert_eq!(claim_keys(&pg.json(&["claims"])), claim_keys(&sled_claims));
    let timeline = |out: Output| stdout(&out);
    assert_eq!(
        timeline(pg.ok(&["timeline", "germany", "--format", "json"])),
        timeline(sled.ok(&["timeline", "germany", "--format", "json"])),
        "the same events give the same timeline on both backends"
    );
    let back = pg.path("from-pg.ndjson");
    pg.ok(&["export", back.to_str().unwrap()]);
    assert_eq!(
        std::fs::read(&back).unwrap(),
        std::fs::read(&export).unwrap()
    );

    let again = Sandbox::new();
    again.ok(&["import", back.to_str().unwrap()]);
    again.ok(&["verify"]);
    let last = again.path("again.ndjson");
    again.ok(&["export", last.to_str().unwrap()]);
    assert_eq!(
        std::fs::read(&last).unwrap(),
        std::fs::read(&export).unwrap()
    );

    // Ingesting straight into PostgreSQL finds the same claims as sled did.
    let direct = PgSandbox::new("direct").unwrap();
    direct.ok(&["ingest", articles.to_str().unwrap()]);
    assert_eq!(triples(&direct.json(&["claims"])), triples(&sled_claims));
}

#[test]
fn four_concurrent_ingests_and_a_follower_see_one_gap_free_log() {
    let Some(pg) = PgSandbox::new("four_concurrent_ingests_and_a_follower_see_one_gap_free_log")
    else {
        return;
    };
    const ARTICLES: usize = 120;
    const WRITERS: usize = 4;
    // Writer k gets articles [30k, 30k + 60) mod 120: every article is in two batches.
    let batches: Vec<PathBuf> = (0..WRITERS)
        .map(|k| {
            let dir = pg.path(&format!("batch-{k}"));
            write_articles(&dir, (30 * k..30 * k + 60).map(|i| i % ARTICLES));
            dir
        })
        .collect();
    // What each article's stream must hold: a sled run of all of them.
    let reference = Sandbox::new();
    let all = pg.path("all");
    write_articles(&all, 0..ARTICLES);
    reference.ok(&["ingest", all.to_str().unwrap()]);
    let expected = events_per_stream(&stdout(&reference.ok(&["events", "--format", "ndjson"])));
    assert_eq!(expected.len(), ARTICLES);
    let total: u64 = expected.values().sum();

    pg.ok(&["verify"]); // creates the schema before the crowd arrives
    let mut follower = pg
        .command()
        .args(["events", "--follow", "--format", "ndjson"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let seen = Arc::new(Mutex::new(Vec::<Value>::new()));
    let sink = Arc::clone(&seen);
    let pipe = follower.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(pipe).lines().map_while(Result::ok) {
            sink.lock()
                .unwrap()
                .push(serde_json::from_str(&line).unwrap());
        }
    });

    let writers: Vec<_> = batches
        .iter()
        .map(|dir| {
            pg.command()
                .args(["ingest", dir.to_str().unwrap()])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for writer in writers {
        let output = writer.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "a writer failed: {}",
            stderr(&output)
        );
    }

    let deadline = Instant::now() + Duration::from_secs(60);
    while (seen.lock().unwrap().len() as u64) < total && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = follower.kill();
    let _ = follower.wait();
    let _ = reader.join();

    let stored = events_per_stream(&stdout(&pg.ok(&["events", "--format", "ndjson"])));
    assert_eq!(
        stored, expected,
        "every article exactly once, with all its claims"
    );
    let seqs: Vec<u64> = seen
        .lock()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_u64().unwrap())
        .collect();
    assert_eq!(
        seqs,
        (1..=total).collect::<Vec<_>>(),
        "the follower missed or reordered"
    );
    let verified = stdout(&pg.ok(&["verify"]));
    assert!(verified.starts_with("ok:"), "{verified}");
}

#[test]
fn a_writer_killed_mid_batch_leaves_no_half_article() {
    let Some(pg) = PgSandbox::new("a_writer_killed_mid_batch_leaves_no_half_article") else {
        return;
    };
    const ARTICLES: usize = 400;
    let batch = pg.path("batch");
    write_articles(&batch, 0..ARTICLES);
    let reference = Sandbox::new();
    reference.ok(&["ingest", batch.to_str().unwrap()]);
    let expected = events_per_stream(&stdout(&reference.ok(&["events", "--format", "ndjson"])));

    let mut killed_mid_batch = false;
    for delay_ms in [300u64, 700, 1200] {
        let mut child = pg
            .command()
            .args(["ingest", batch.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let stored = events_per_stream(&stdout(&pg.ok(&["events", "--format", "ndjson"])));
        for (stream, count) in &stored {
            assert_eq!(
                Some(count),
                expected.get(stream),
                "half an article in {stream}"
            );
        }
        killed_mid_batch |= !stored.is_empty() && stored.len() < ARTICLES;
        pg.ok(&["verify"]);
    }
    let output = pg.ok(&["ingest", batch.to_str().unwrap()]);
    assert!(stderr(&output).contains("0 failed"), "{}", stderr(&output));
    let stored = events_per_stream(&stdout(&pg.ok(&["events", "--format", "ndjson"])));
    assert_eq!(
        stored, expected,
        "after resuming, the log equals a clean run"
    );
    pg.ok(&["verify"]);
    if !killed_mid_batch {
        println!("note: no kill landed between two articles this time");
    }
}

#[test]
fn the_cache_notices_another_log_behind_the_same_url() {
    let Some(pg) = PgSandbox::new("the_cache_notices_another_log_behind_the_same_url") else {
        return;
    };
    pg.ok(&["ingest", sample_article().to_str().unwrap()]);
    assert!(!pg.json(&["claims"]).as_array().unwrap().is_empty());
    // Same URL, a new log: the schema is dropped and created again.
    pg.db.execute("DROP SCHEMA stancelog CASCADE").unwrap();
    let other = pg.path("other");
    write_articles(&other, 0..1);
    pg.ok(&["ingest", other.to_str().unwrap()]);
    let claims = pg.json(&["claims"]);
    let titles: Vec<&str> = claims
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["article_title"].as_str().unwrap())
        .collect();
    assert!(
        !titles.is_empty() && titles.iter().all(|t| *t == "Dispatch 0"),
        "{titles:?}"
    );
}

#[test]
fn unreachable_server_wrong_password_and_newer_format_are_clear_errors() {
    let output = Command::new(env!("CARGO_BIN_EXE_stancelog"))
        .env_remove("STANCELOG_DB")
        .args(["--db", "postgres://ann:s3cret@127.0.0.1:1/log", "claims"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("cannot reach the server"), "{message}");
    assert!(
        message.contains("127.0.0.1:1/log") && !message.contains("s3cret"),
        "{message}"
    );

    let Some(pg) = PgSandbox::new("unreachable_server_wrong_password_and_newer_format") else {
        return;
    };
    let url = pg.db.url();
    let (scheme, rest) = url.split_once("://").unwrap();
    let (userinfo, host) = rest.rsplit_once('@').unwrap();
    let user = userinfo.split(':').next().unwrap();
    let wrong = format!("{scheme}://{user}:wrong-pass-42@{host}");
    let output = Command::new(env!("CARGO_BIN_EXE_stancelog"))
        .env_remove("STANCELOG_DB")
        .args(["--db", &wrong, "verify"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("refused the login"), "{message}");
    assert!(
        message.contains(pg.db.name()) && !message.contains("wrong-pass-42"),
        "{message}"
    );

    pg.ok(&["verify"]);
    pg.db
        .execute("UPDATE stancelog.meta SET value = '7' WHERE key = 'format_version'")
        .unwrap();
    let output = pg.command().arg("verify").output().unwrap();
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(
        message.contains("format version 7") && message.contains("newer"),
        "{message}"
    );
}
