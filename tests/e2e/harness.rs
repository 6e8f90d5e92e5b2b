//! A sandbox per test: a temp directory with its own database, and helpers to run the binary.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// The sample article the project was designed around.
pub fn sample_article() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/articles/macron-troops-2024-02.md")
}

/// A temp directory holding one database.
pub struct Sandbox {
    pub dir: TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// The database path inside the sandbox.
    pub fn db(&self) -> PathBuf {
        self.dir.path().join("log.sled")
    }

    /// A path inside the sandbox.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file into the sandbox and returns its path.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, text).unwrap();
        path
    }

    /// The binary, pointed at this sandbox's database, with no environment leaking in.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("stancelog").expect("binary built");
        cmd.env_remove("STANCELOG_DB")
            .env_remove("STANCELOG_DATA")
            .env("NO_COLOR", "1")
            .arg("--db")
            .arg(self.db());
        cmd
    }

    /// Runs with `args`, expects success, returns the output.
    pub fn ok(&self, args: &[&str]) -> Output {
        let output = self.cmd().args(args).output().unwrap();
        assert!(
            output.status.success(),
            "stancelog {args:?} failed with {:?}\nstdout:\n{}\nstderr:\n{}",
            output.status.code(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    /// Runs with `args`, expects failure, returns the output.
    pub fn fails(&self, args: &[&str]) -> Output {
        let output = self.cmd().args(args).output().unwrap();
        assert!(
            !output.status.success(),
            "stancelog {args:?} should have failed\nstdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    /// Runs a query with `--format json` and parses stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--format", "json"]);
        let output = self.ok(&all);
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout of {all:?} is not JSON ({e}):\n{}",
                String::from_utf8_lossy(&output.stdout)
            )
        })
    }

    /// Ingests the sample article.
    pub fn ingest_sample(&self) -> Output {
        self.ok(&["ingest", sample_article().to_str().unwrap()])
    }
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The (actor, topic, stance) triples of a JSON claim array, sorted.
pub fn triples(claims: &Value) -> Vec<(String, String, String)> {
    let mut out: Vec<_> = claims
        .as_array()
        .expect("a JSON array")
        .iter()
        .map(|c| {
            (
                c["actor"].as_str().unwrap().to_string(),
                c["topic"].as_str().unwrap().to_string(),
                c["stance"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Writes articles `range` as files into `dir` (same text for the same number in every dir).
pub fn write_articles(dir: &Path, range: impl Iterator<Item = usize>) {
    std::fs::create_dir_all(dir).unwrap();
    for i in range {
        let text = format!(
            "---\ntitle: \"Dispatch {i}\"\npublished: 2024-03-{day:02}\n---\n\
             German Chancellor Olaf Scholz said on Monday that Germany would not send ground \
             troops to Ukraine. Kremlin spokesman Dmitry Peskov said a deployment of Western \
             troops in Ukraine would make a conflict inevitable. This is dispatch number {i}.\n",
            day = 1 + i % 28
        );
        std::fs::write(dir.join(format!("dispatch-{i:04}.md")), text).unwrap();
    }
}

/// Events per stream from `events --format ndjson` output, checking seqs run 1, 2, 3…
pub fn events_per_stream(ndjson: &str) -> BTreeMap<String, u64> {
    let mut counts = BTreeMap::new();
    for (expected_seq, line) in (1u64..).zip(ndjson.lines()) {
        let event: Value = serde_json::from_str(line).unwrap();
        assert_eq!(event["seq"], expected_seq, "seq gap or reorder");
        *counts
            .entry(event["stream"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    counts
}
