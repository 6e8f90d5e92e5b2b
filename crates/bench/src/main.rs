//! `stancelog-bench` (`make bench`): how fast and how big stancelog is, each figure beside what
//! a user would pick instead — SQLite, or NDJSON files — measured in the same run, as one
//! Markdown table printed on stdout and written to `target/bench-report.md`.
//!
//! Measures (issue 6): 1 durable append, 2 replay, 3 queries, 4 extraction, 5 disk and memory,
//! 6 scaling from 10k to 1M events. `BENCH_QUICK=1` runs 2k/10k events with fewer repetitions.
//! PostgreSQL rows (issue 8) sit beside sled's when a server is found (see `pg_server`): durable
//! ingest with one and four writers, replay and the timeline query, at 10k events (quick) or
//! 100k (full); without a server they are skipped with a note.
//! Progress goes to stderr. Scratch data lives in a temporary directory under `target/` and is
//! removed at the end.
//!
//! `stancelog-bench child-replay KIND PATH` is the internal child mode of the replay measure;
//! with `profile-ingest PATH EVENTS` (bulk-load a sled log only) it is also what to run under
//! `perf record` or `valgrind --tool=callgrind` to see where ingest and replay spend their time.

mod baselines;
mod config;
mod generator;
mod measures;
mod pg_server;
mod report;
mod scale;
mod util;

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context as _, Result};
use stancelog_events::StreamId;
use stancelog_ingest::{Extractor, Knowledge, KnowledgeSources};
use stancelog_store::{AppendRequest, ExpectedVersion};

use crate::config::Config;
use crate::generator::Generator;
use crate::measures::{append, extract};
use crate::report::{Report, Row, Value};
use crate::util::progress;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [mode, kind, path] if mode == "child-replay" => {
            measures::replay::child(kind, Path::new(path))
        }
        [mode, path, events] if mode == "profile-ingest" => profile_ingest(path, events),
        [] => run(),
        _ => Err(anyhow::anyhow!(
            "usage: stancelog-bench (set BENCH_QUICK=1 for the quick mode)"
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<()> {
    let started = Instant::now();
    let config = Config::from_env();
    std::fs::create_dir_all(config.target_dir())?;
    let scratch = tempfile::Builder::new()
        .prefix("bench-")
        .tempdir_in(config.target_dir())
        .context("creating the scratch directory under target/")?;
    let report = measure_all(&config, scratch.path(), started)?;
    let markdown = report.markdown(started.elapsed().as_secs_f64());
    let out = config.target_dir().join("bench-report.md");
    std::fs::write(&out, &markdown).with_context(|| format!("writing {}", out.display()))?;
    println!("{markdown}");
    progress(started, &format!("report written to {}", out.display()));
    Ok(())
}

fn measure_all(config: &Config, scratch: &Path, started: Instant) -> Result<Report> {
    let knowledge = built_in_knowledge()?;
    let extractor = Extractor::new(&knowledge);
    let generator = Generator::new(&knowledge);
    let mut notes = Vec::new();

    progress(started, "generating articles and extracting their claims");
    let count = config.per_article + config.bulk_articles;
    let articles = extract::prepare((0..count as u64).map(|i| generator.article(i)).collect())?;
    let requests: Vec<AppendRequest> = articles
        .iter()
        .map(|article| {
            let claims = extractor.extract(article);
            AppendRequest::new(
                StreamId::for_article(article.article_id),
                ExpectedVersion::NoStream,
                stancelog_ingest::article_events(article, &claims),
            )
        })
        .collect();
    let events: usize = requests.iter().map(|r| r.events.len()).sum();
    notes.push(format!(
        "Generated articles: {} articles, {:.1} claims each on average found by the real extractor, {:.0} bytes of text each.",
        articles.len(),
        (events - articles.len()) as f64 / articles.len() as f64,
        articles.iter().map(|a| a.text.len()).sum::<usize>() as f64 / articles.len() as f64
    ));

    let mut appends = Vec::new();
    progress(started, "measure 1: per-article durable appends");
    let dir = scratch.join("per-article");
    let (rates, _) = append::append_all(&dir, &requests[..config.per_article], 1)?;
    let sled_per_article = rates.sled;
    appends.extend(append::rows(
        &format!(
            "per-article `append`, {} generated articles (1 flush each)",
            config.per_article
        ),
        rates,
        false,
    ));
    remove(&dir);
    progress(started, "measure 1: bulk ingest of generated articles");
    let dir = scratch.join("bulk");
    let (rates, _) = append::append_all(
        &dir,
        &requests[config.per_article..],
        append::ARTICLES_PER_BATCH,
    )?;
    appends.extend(append::rows(
        &format!(
            "bulk `append_batch`, {} generated articles, 64/flush",
            config.bulk_articles
        ),
        rates,
        true,
    ));
    remove(&dir);

    progress(started, "measure 4: extraction");
    let extraction = extraction_rows(config, &extractor, &articles, &mut notes)?;
    let pg_per_article = requests[..config.per_article].to_vec();
    drop(requests);

    let mut results = Vec::new();
    for &target in &config.scales {
        let dir = scratch.join(format!("scale-{target}"));
        std::fs::create_dir_all(&dir)?;
        let result = scale::run(config, &generator, &dir, target, started)?;
        remove(&dir);
        results.push((target, result));
    }
    let [pg_appends, pg_replays, pg_queries] = postgres_rows(
        config,
        &generator,
        scratch,
        (pg_per_article, sled_per_article),
        &results,
        started,
        &mut notes,
    );
    let [ingest, replays, queries, disk] = scale::rows(&results);
    appends.extend(ingest);
    appends.extend(pg_appends);
    let mut rows = appends;
    rows.extend(replays);
    rows.extend(pg_replays);
    rows.extend(queries);
    rows.extend(pg_queries);
    rows.extend(extraction);
    rows.extend(disk);
    rows.extend(scale::scaling_rows(&results));
    notes.extend(standing_notes(config));
    Ok(Report {
        rows,
        notes,
        setup: format!(
            "Mode: {}. Machine: {} cores (shared), rayon pool {} threads. Scales: {}.",
            if config.quick { "BENCH_QUICK" } else { "full" },
            std::thread::available_parallelism().map_or(1, |n| n.get()),
            rayon::current_num_threads(),
            config
                .scales
                .iter()
                .map(|&n| scale::label(n))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    })
}

/// The PostgreSQL rows `[append, replay, query]`, or none with a note saying why.
/// `per_article` is the generated articles of sled's per-article row and sled's rate on them;
/// a cluster this run starts is stopped before this returns (or unwinds).
fn postgres_rows(
    config: &Config,
    generator: &Generator,
    scratch: &Path,
    per_article: (Vec<AppendRequest>, f64),
    results: &[(u64, scale::ScaleResult)],
    started: Instant,
    notes: &mut Vec<String>,
) -> [Vec<Row>; 3] {
    progress(started, "PostgreSQL: finding a server");
    let server = match pg_server::locate(config) {
        Ok(server) => server,
        Err(reason) => {
            progress(started, &format!("PostgreSQL rows skipped: {reason}"));
            notes.push(format!("PostgreSQL rows skipped: {reason}."));
            return Default::default();
        }
    };
    let measured = measures::pg::measure(
        &server.url,
        scratch,
        generator,
        per_article.0,
        config.pg_events,
        config.query_iterations,
        started,
    );
    let pg = match measured {
        Ok(pg) => pg,
        Err(error) => {
            progress(started, &format!("PostgreSQL rows skipped: {error:#}"));
            notes.push(format!("PostgreSQL rows skipped: {error:#}."));
            return Default::default();
        }
    };
    let largest = config.scales.last().copied().unwrap_or(config.pg_events);
    let scale = if largest > config.pg_events {
        format!(
            "{} events (scaled down from {})",
            scale::label(pg.events),
            scale::label(largest)
        )
    } else {
        format!("{} events", scale::label(pg.events))
    };
    let sled = results
        .iter()
        .find(|(target, _)| *target == config.pg_events)
        .map(|(_, r)| r);
    notes.push(format!(
        "PostgreSQL rows: {}; a fresh database per row; each beside sled's figure for the same work in this run. Durability: PostgreSQL returns after COMMIT with synchronous_commit=on (WAL flushed). The {}-writer row's writers are threads with their own connections, sharing the log's single head lock.",
        server.origin(),
        measures::pg::WRITERS
    ));
    measures::pg::rows(&pg, per_article.1, sled, &scale)
}

/// Bulk-loads only a sled log with fabricated events, for a profiler.
fn profile_ingest(path: &str, events: &str) -> Result<()> {
    let knowledge = built_in_knowledge()?;
    let generator = Generator::new(&knowledge);
    let events: u64 = events.parse().context("EVENTS must be a number")?;
    let (rate, took) = util::timed(|| append::load_sled(Path::new(path), &generator, events));
    eprintln!("{:.0} events/s in {:.1}s", rate?, took.as_secs_f64());
    Ok(())
}

/// Measure 4 on the Kremlin corpus (when present) and on the generated articles.
fn extraction_rows(
    config: &Config,
    extractor: &Extractor<'_>,
    generated: &[stancelog_events::ArticleIngested],
    notes: &mut Vec<String>,
) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    let mut corpora = Vec::new();
    match extract::kremlin(&config.kremlin())? {
        Some(articles) => corpora.push(("Kremlin corpus", articles)),
        None => notes.push(format!(
            "{} is absent: the Kremlin corpus extraction rows are skipped.",
            config.kremlin().display()
        )),
    }
    corpora.push(("generated articles", generated.to_vec()));
    for (name, articles) in &corpora {
        let speed = extract::measure(extractor, articles, config.extract_passes);
        let what = format!(
            "{name} ({} articles, {:.1} MB, {} claims)",
            speed.articles,
            speed.bytes as f64 / 1e6,
            speed.claims
        );
        rows.push(
            Row::new(
                "4 extract",
                format!("{what}, one thread"),
                Value::MbPerS(speed.single),
            )
            .target("≥ 5 MB/s per core", speed.single >= 5.0),
        );
        rows.push(
            Row::new(
                "4 extract",
                format!("{what}, all cores ({} threads)", speed.threads),
                Value::MbPerS(speed.all_cores),
            )
            .vs("one thread", Value::MbPerS(speed.single)),
        );
    }
    Ok(rows)
}

/// How to read the table.
fn standing_notes(config: &Config) -> Vec<String> {
    let mut notes = vec![
        "Every ratio is ours ÷ baseline: above 1 is better for rates, below 1 is better for latency and size.".to_string(),
        "Durability is the same on every side: sled returns after `db.flush()`, SQLite commits in WAL mode with synchronous=FULL, the NDJSON file is fdatasync'ed per batch (per article in the per-article rows). All store the same envelope JSON, sealed with the same SHA-256 chain.".to_string(),
        "Replays run in child processes (peak RSS is the child's VmHWM). The persisted replay is what `stancelog replay` does (read_all into PersistedProjection::rebuild); the baselines fold into the in-memory Projection.".to_string(),
        "The as-of query is what `--as-of` does today: a fresh in-memory fold of the log prefix, so it grows with the log.".to_string(),
        "The machine has 2 cores shared with other work: figures are noisy (±20% between runs is normal); ratios from the same run are the figures to trust.".to_string(),
    ];
    if config.quick {
        notes.push("BENCH_QUICK: small scales and few repetitions; the targets are meant for the full run.".to_string());
    }
    notes
}

/// The knowledge from the data files as they were when this binary was built (so a data file
/// being edited in the work tree cannot disagree with the compiled extractor).
fn built_in_knowledge() -> Result<Knowledge> {
    Knowledge::from_sources(&KnowledgeSources {
        actors: include_str!("../../../data/actors.toml"),
        officials: include_str!("../../../data/officials.csv"),
        topics: include_str!("../../../data/topics.toml"),
        cues: include_str!("../../../data/cues.toml"),
    })
    .context("loading the data files built in from data/")
}

/// Removes a scratch directory, ignoring errors (the temp dir is removed at exit anyway).
fn remove(dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
}
