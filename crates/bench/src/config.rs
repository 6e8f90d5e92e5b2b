//! What a run measures and where: the full run (10k/100k/1M events, under ten minutes on two
//! cores) or `BENCH_QUICK=1` (2k/10k events, fewer repetitions, under a minute); the workspace
//! root (from this crate's manifest, not `CARGO_TARGET_DIR`), the Kremlin corpus
//! and the scratch directory under `target/`; the PostgreSQL rows' event count.

use std::path::PathBuf;

/// The parameters of one run.
#[derive(Clone, Debug)]
pub struct Config {
    /// `BENCH_QUICK` was set.
    pub quick: bool,
    /// Event counts for the scale measures (the last one is "at 1M").
    pub scales: Vec<u64>,
    /// Generated articles appended one durable `append` each.
    pub per_article: usize,
    /// Generated articles bulk-ingested 64 per flush.
    pub bulk_articles: usize,
    /// Repetitions of the timeline and compare queries.
    pub query_iterations: usize,
    /// Repetitions of the as-of query (a fold of half the log; once at 1M, where it takes ~10 s).
    pub as_of_iterations: usize,
    /// Passes over each extraction corpus.
    pub extract_passes: usize,
    /// Events of each PostgreSQL bulk row (and of its replay): a sled scale, so the rows sit
    /// beside sled's at the same count; 100k in the full run, not 1M, to stay under ten minutes.
    pub pg_events: u64,
    /// The workspace root.
    pub root: PathBuf,
}

impl Config {
    /// Reads `BENCH_QUICK` from the environment.
    pub fn from_env() -> Config {
        let quick = std::env::var("BENCH_QUICK").is_ok_and(|v| !v.is_empty() && v != "0");
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        let root = root.canonicalize().unwrap_or(root);
        if quick {
            Config {
                quick,
                scales: vec![2_000, 10_000],
                per_article: 30,
                bulk_articles: 4 * 64,
                query_iterations: 20,
                as_of_iterations: 3,
                extract_passes: 1,
                pg_events: 10_000,
                root,
            }
        } else {
            Config {
                quick,
                scales: vec![10_000, 100_000, 1_000_000],
                per_article: 150,
                bulk_articles: 16 * 64,
                query_iterations: 30,
                as_of_iterations: 3,
                extract_passes: 1,
                pg_events: 100_000,
                root,
            }
        }
    }

    /// `../shared/corpora/kremlin-2021-2022.csv`, beside the repository.
    pub fn kremlin(&self) -> PathBuf {
        self.root.join("../shared/corpora/kremlin-2021-2022.csv")
    }

    /// `target/`, where the report and the scratch directories go.
    pub fn target_dir(&self) -> PathBuf {
        self.root.join("target")
    }
}
