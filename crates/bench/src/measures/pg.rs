//! The PostgreSQL rows (issue 8 item 7), beside sled's from the same run: durable ingest with
//! one writer (one article per transaction, and `append_batch` of 64 articles) and with four
//! concurrent writers (threads, each its own [`PgLog`] connection, 64 articles per
//! transaction), replay, and the timeline query.
//!
//! Every ingest row writes into a fresh database ([`ThrowawayDatabase`], dropped afterwards),
//! so rows do not see each other's data. Replay is what the CLI does for a PostgreSQL log:
//! `read_all` from the server and `PersistedProjection::apply_batch` in batches of 4096 into a
//! local sled database; the timeline query then runs on that projection. Requests are
//! generated before the clock starts; only the store calls are timed.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use stancelog_events::{ActorId, Envelope, Seq, TopicId};
use stancelog_projection::{DateRange, PersistedProjection};
use stancelog_store::postgres::ThrowawayDatabase;
use stancelog_store::{AppendRequest, EventLog, PgLog, SledLog};

use crate::generator::Generator;
use crate::measures::append::ARTICLES_PER_BATCH;
use crate::measures::query;
use crate::report::{Row, Value};
use crate::util::{percentiles_ms, progress, rate};

/// How many envelopes one persisted batch holds, as in the CLI's catch-up and `replay`.
const REPLAY_BATCH: usize = 4096;

/// Concurrent writers of the four-writer row.
pub const WRITERS: usize = 4;

/// What the PostgreSQL rows measured.
#[derive(Clone, Copy, Debug, Default)]
pub struct PgResult {
    /// Articles appended one transaction each.
    pub per_article_articles: usize,
    /// Events/s, one article per transaction, one writer.
    pub per_article: f64,
    /// Events stored by each bulk row.
    pub events: u64,
    /// Events/s, 64 articles per transaction, one writer.
    pub bulk_one: f64,
    /// Events/s, 64 articles per transaction, [`WRITERS`] writers together.
    pub bulk_four: f64,
    /// Events/s of `read_all` + persisted fold into local sled.
    pub replay: f64,
    /// Events replayed.
    pub replayed: u64,
    /// timeline p50, p99 (ms) on the replayed projection.
    pub timeline: (f64, f64),
    /// Live claims in the timeline's series.
    pub series: usize,
}

/// Runs every PostgreSQL measure on the server of `admin_url`: `per_article` requests one
/// transaction each, then `events` fabricated events in groups of 64 with one writer and with
/// [`WRITERS`], replay of the one-writer database into a sled db under `scratch`, and the
/// timeline query `iterations` times.
pub fn measure(
    admin_url: &str,
    scratch: &Path,
    generator: &Generator,
    per_article: Vec<AppendRequest>,
    events: u64,
    iterations: usize,
    started: Instant,
) -> Result<PgResult> {
    let mut out = PgResult {
        per_article_articles: per_article.len(),
        ..PgResult::default()
    };

    progress(started, "PostgreSQL: per-article appends, 1 writer");
    let db = fresh(admin_url, "bench_pg_per_article")?;
    let log = PgLog::connect(db.url()).context("connecting to PostgreSQL")?;
    let sent: u64 = per_article.iter().map(|r| r.events.len() as u64).sum();
    let clock = Instant::now();
    for request in per_article {
        log.append(request).context("PostgreSQL append")?;
    }
    out.per_article = rate(sent, clock.elapsed());
    ensure_head(&log, sent)?;
    drop(log);
    drop(db);

    progress(
        started,
        &format!("PostgreSQL: bulk ingest of {events} events, 1 writer"),
    );
    let single = fresh(admin_url, "bench_pg_bulk_1")?;
    let (stored, per_s) = ingest(single.url(), generator, events, 1)?;
    out.events = stored;
    out.bulk_one = per_s;

    progress(
        started,
        &format!("PostgreSQL: bulk ingest of {events} events, {WRITERS} writers"),
    );
    let db = fresh(admin_url, "bench_pg_bulk_4")?;
    let (_, per_s) = ingest(db.url(), generator, events, WRITERS)?;
    out.bulk_four = per_s;
    drop(db);

    progress(
        started,
        "PostgreSQL: replay into a local persisted projection, timeline query",
    );
    let log = PgLog::connect(single.url()).context("connecting to PostgreSQL")?;
    let local = SledLog::open(&scratch.join("pg-projection")).context("opening local sled")?;
    let projection = PersistedProjection::open(local.db())?;
    let clock = Instant::now();
    let mut batch: Vec<Envelope> = Vec::with_capacity(REPLAY_BATCH);
    for envelope in log.read_all(Seq(1)) {
        batch.push(envelope.context("PostgreSQL read_all")?);
        if batch.len() == REPLAY_BATCH {
            projection.apply_batch(&batch)?;
            out.replayed += batch.len() as u64;
            batch.clear();
        }
    }
    projection.apply_batch(&batch)?;
    out.replayed += batch.len() as u64;
    out.replay = rate(out.replayed, clock.elapsed());
    anyhow::ensure!(
        projection.checkpoint()? == log.head()?,
        "the PostgreSQL replay stopped short"
    );

    let actor = ActorId::new(query::ACTOR);
    let topic = TopicId::new(query::TOPIC);
    let mut samples: Vec<Duration> = Vec::with_capacity(iterations);
    for _ in 0..iterations {
        let clock = Instant::now();
        let timeline = projection.timeline(&actor, Some(&topic), DateRange::ALL)?;
        samples.push(clock.elapsed());
        out.series = timeline.topics.iter().map(|t| t.claims.len()).sum();
    }
    out.timeline = percentiles_ms(&mut samples);
    Ok(out)
}

/// A fresh database for one row.
fn fresh(admin_url: &str, prefix: &str) -> Result<ThrowawayDatabase> {
    ThrowawayDatabase::create(admin_url, prefix)
        .context("creating a scratch database (the role must be allowed to CREATE DATABASE)")
}

/// Appends at least `target` fabricated events to the log at `url` with `writers` threads,
/// each its own connection and its own articles, 64 articles per `append_batch`; returns the
/// events stored and events/s over the wall time from the first append to the last commit.
fn ingest(url: &str, generator: &Generator, target: u64, writers: usize) -> Result<(u64, f64)> {
    let share = target.div_ceil(writers as u64);
    let mut work = Vec::with_capacity(writers);
    for writer in 0..writers {
        let log = PgLog::connect(url).context("connecting to PostgreSQL")?;
        let mut first = writer as u64 * 1_000_000_000;
        let (mut batches, mut events) = (Vec::new(), 0u64);
        while events < share {
            let batch = generator.fabricated_batch(first, ARTICLES_PER_BATCH);
            first += ARTICLES_PER_BATCH as u64;
            events += batch.iter().map(|r| r.events.len() as u64).sum::<u64>();
            batches.push(batch);
        }
        work.push((log, batches, events));
    }
    let sent: u64 = work.iter().map(|(_, _, events)| events).sum();
    let clock = Instant::now();
    std::thread::scope(|scope| -> Result<()> {
        let handles: Vec<_> = work
            .iter_mut()
            .map(|(log, batches, _)| {
                let (log, batches) = (&*log, std::mem::take(batches));
                scope.spawn(move || -> Result<()> {
                    for batch in batches {
                        for result in log.append_batch(batch) {
                            result.context("PostgreSQL append_batch")?;
                        }
                    }
                    Ok(())
                })
            })
            .collect();
        for handle in handles {
            handle
                .join()
                .map_err(|_| anyhow::anyhow!("a PostgreSQL writer thread panicked"))??;
        }
        Ok(())
    })?;
    let per_s = rate(sent, clock.elapsed());
    ensure_head(&work[0].0, sent)?;
    Ok((sent, per_s))
}

/// The log holds exactly `events` events.
fn ensure_head(log: &PgLog, events: u64) -> Result<()> {
    let head = log.head()?.0;
    anyhow::ensure!(
        head == events,
        "PostgreSQL stored {head} events, {events} were sent"
    );
    Ok(())
}

/// The PostgreSQL rows, each beside sled's figure for the same work in this run: `[append,
/// replay, query]`. `sled_per_article` is sled's per-article rate on the same articles;
/// `sled` the sled scale with the same event count (if the run has one); `scale` the event
/// count in words for the labels.
pub fn rows(
    pg: &PgResult,
    sled_per_article: f64,
    sled: Option<&crate::scale::ScaleResult>,
    scale: &str,
) -> [Vec<Row>; 3] {
    let beside = |row: Row, figure: Option<Value>| match figure {
        Some(value) => row.vs("sled, same run", value),
        None => row,
    };
    let append = vec![
        Row::new(
            "1 append",
            format!(
                "PostgreSQL per-article `append`, {} generated articles, 1 writer (1 commit each)",
                pg.per_article_articles
            ),
            Value::Rate(pg.per_article),
        )
        .vs("sled, same run", Value::Rate(sled_per_article)),
        beside(
            Row::new(
                "1 append",
                format!("PostgreSQL bulk ingest {scale}, 1 writer, 64 articles/commit"),
                Value::Rate(pg.bulk_one),
            ),
            sled.map(|s| Value::Rate(s.ingest.sled)),
        ),
        beside(
            Row::new(
                "1 append",
                format!(
                    "PostgreSQL bulk ingest {scale}, {WRITERS} writers (own connections), 64 articles/commit"
                ),
                Value::Rate(pg.bulk_four),
            ),
            sled.map(|s| Value::Rate(s.ingest.sled)),
        ),
    ];
    let replay = vec![beside(
        Row::new(
            "2 replay",
            format!("PostgreSQL replay {scale}: read_all → persisted projection in local sled"),
            Value::Rate(pg.replay),
        ),
        sled.map(|s| Value::Rate(s.sled.rate())),
    )];
    let series = format!("{}/{} ({} claims)", query::ACTOR, query::TOPIC, pg.series);
    let query = vec![
        beside(
            Row::new(
                "3 query",
                format!("timeline {series} p50, projection replayed from PostgreSQL {scale}"),
                Value::Ms(pg.timeline.0),
            ),
            sled.map(|s| Value::Ms(s.queries.timeline.0)),
        )
        .target("< 10 ms", pg.timeline.0 < 10.0),
        beside(
            Row::new(
                "3 query",
                format!("timeline p99, projection replayed from PostgreSQL {scale}"),
                Value::Ms(pg.timeline.1),
            ),
            sled.map(|s| Value::Ms(s.queries.timeline.1)),
        ),
    ];
    [append, replay, query]
}
