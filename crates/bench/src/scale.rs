//! One scale (10k, 100k or 1M events): bulk-load the three stores with fabricated events, measure
//! their sizes, replay each in a child process, then query the persisted projection; and the
//! rows of measures 2, 3, 5 and 6 that compare the scales.

use std::path::Path;
use std::time::Instant;

use anyhow::Result;

use crate::config::Config;
use crate::generator::Generator;
use crate::measures::append::{self, Rates};
use crate::measures::disk::{self, Sizes};
use crate::measures::query::{self, Latencies};
use crate::measures::replay::{self, Replayed};
use crate::report::{Row, Value};
use crate::util::{disk_bytes, progress};

/// Everything measured at one scale.
#[derive(Clone, Debug, Default)]
pub struct ScaleResult {
    /// Events stored.
    pub events: u64,
    /// Bulk ingest rates.
    pub ingest: Rates,
    /// `stancelog replay` on sled.
    pub sled: Replayed,
    /// sled `read_all` into the in-memory fold.
    pub sled_memory: Replayed,
    /// NDJSON decode + in-memory fold.
    pub ndjson: Replayed,
    /// SQLite read + decode + in-memory fold.
    pub sqlite: Replayed,
    /// Sizes.
    pub sizes: Sizes,
    /// Query latencies.
    pub queries: Latencies,
}

/// Runs one scale in `dir` (left for the caller to delete).
pub fn run(
    config: &Config,
    generator: &Generator,
    dir: &Path,
    target: u64,
    started: Instant,
) -> Result<ScaleResult> {
    progress(
        started,
        &format!("scale {target}: bulk-loading sled, SQLite and NDJSON"),
    );
    let loaded = append::load_scale(dir, generator, target)?;
    let mut out = ScaleResult {
        events: loaded.events,
        ingest: loaded.rates,
        ..ScaleResult::default()
    };
    out.sizes.sled_log = disk_bytes(&loaded.sled);
    out.sizes.ndjson = disk_bytes(&loaded.ndjson);
    out.sizes.sqlite = disk::sqlite_bytes(&loaded.sqlite);
    progress(
        started,
        &format!("scale {target}: replaying (child processes)"),
    );
    out.ndjson = replay::run("ndjson", &loaded.ndjson)?;
    out.sqlite = replay::run("sqlite", &loaded.sqlite)?;
    // The diagnostic split costs half a minute at 1M; the smaller scales show it well enough.
    if Some(&target) != config.scales.last() {
        out.sled_memory = replay::run("sled-memory", &loaded.sled)?;
    }
    out.sled = replay::run("sled-persisted", &loaded.sled)?;
    out.sizes.sled_with_projection = disk_bytes(&loaded.sled);
    progress(started, &format!("scale {target}: queries"));
    let as_of_iterations = if Some(&target) == config.scales.last() && !config.quick {
        1
    } else {
        config.as_of_iterations
    };
    out.queries = query::measure(&loaded.sled, config.query_iterations, as_of_iterations)?;
    Ok(out)
}

/// A count for a row label: `10k`, `1M`.
pub fn label(n: u64) -> String {
    match n {
        n if n >= 1_000_000 && n % 1_000_000 < 50_000 => format!("{}M", n / 1_000_000),
        n if n >= 1_000 => format!("{}k", n / 1_000),
        n => n.to_string(),
    }
}

/// Rows for measures 1 (bulk at scale), 2 and 5 at every scale, and 3 at the largest.
pub fn rows(results: &[(u64, ScaleResult)]) -> [Vec<Row>; 4] {
    let mut ingest = Vec::new();
    let mut replays = Vec::new();
    let mut disk = Vec::new();
    for (target, r) in results {
        let n = label(*target);
        ingest.push(
            Row::new(
                "1 append",
                format!("bulk ingest {n} fabricated events, 64 articles/flush"),
                Value::Rate(r.ingest.sled),
            )
            .vs("SQLite WAL sync=FULL", Value::Rate(r.ingest.sqlite))
            .target("≥ SQLite", r.ingest.sled >= r.ingest.sqlite),
        );
        ingest.push(
            Row::new(
                "1 append",
                format!("bulk ingest {n} vs near-limit"),
                Value::Rate(r.ingest.sled),
            )
            .vs("NDJSON + fdatasync", Value::Rate(r.ingest.ndjson)),
        );
        let sled = r.sled.rate();
        replays.push(
            Row::new(
                "2 replay",
                format!("replay {n} → persisted projection"),
                Value::Rate(sled),
            )
            .vs("NDJSON decode + fold", Value::Rate(r.ndjson.rate()))
            .target(
                "≥ 0.5× NDJSON and ≥ 500k ev/s",
                sled >= 0.5 * r.ndjson.rate() && sled >= 500_000.0,
            ),
        );
        replays.push(
            Row::new(
                "2 replay",
                format!("replay {n} vs SQLite"),
                Value::Rate(sled),
            )
            .vs("SQLite read + decode + fold", Value::Rate(r.sqlite.rate())),
        );
        if r.sled_memory.events > 0 {
            replays.push(
                Row::new(
                    "2 replay",
                    format!("(diagnostic) sled read_all + in-memory fold {n}"),
                    Value::Rate(r.sled_memory.rate()),
                )
                .vs("NDJSON decode + fold", Value::Rate(r.ndjson.rate())),
            );
        }
        let per = |bytes: u64| bytes as f64 / r.events.max(1) as f64;
        disk.push(
            Row::new(
                "5 disk",
                format!("sled log bytes/event at {n}"),
                Value::BytesPerEvent(per(r.sizes.sled_log)),
            )
            .vs("NDJSON export", Value::BytesPerEvent(per(r.sizes.ndjson))),
        );
        disk.push(
            Row::new(
                "5 disk",
                format!("sled log bytes/event at {n} vs SQLite"),
                Value::BytesPerEvent(per(r.sizes.sled_log)),
            )
            .vs("SQLite (db+wal)", Value::BytesPerEvent(per(r.sizes.sqlite))),
        );
        disk.push(
            Row::new(
                "5 disk",
                format!("sled log + projection bytes/event at {n}"),
                Value::BytesPerEvent(per(r.sizes.sled_with_projection)),
            )
            .vs("NDJSON export", Value::BytesPerEvent(per(r.sizes.ndjson))),
        );
    }
    let mut queries = Vec::new();
    if let Some((target, r)) = results.last() {
        let n = label(*target);
        let mib = |b: u64| Value::MiB(b as f64 / (1 << 20) as f64);
        disk.push(
            Row::new(
                "5 memory",
                format!("peak RSS, replay {n} → persisted projection"),
                mib(r.sled.peak),
            )
            .vs("NDJSON decode + in-memory fold", mib(r.ndjson.peak)),
        );
        let q = &r.queries;
        let series = format!("{}/{} ({} claims)", query::ACTOR, query::TOPIC, q.series);
        queries.push(
            Row::new(
                "3 query",
                format!("timeline {series} p50 at {n}"),
                Value::Ms(q.timeline.0),
            )
            .target("< 10 ms", q.timeline.0 < 10.0),
        );
        queries.push(Row::new(
            "3 query",
            format!("timeline p99 at {n}"),
            Value::Ms(q.timeline.1),
        ));
        queries.push(Row::new(
            "3 query",
            format!("compare {} --at 2024-06-30 p50 / p99 at {n}", query::TOPIC),
            Value::Text(format!("{:.2} ms / {:.2} ms", q.compare.0, q.compare.1)),
        ));
        let fold_ms = 1e3 * q.as_of_events as f64 / r.ndjson.rate().max(1.0);
        queries.push(
            Row::new(
                "3 query",
                format!(
                    "--as-of seq {} (fold of {} events) p50 at {n}",
                    q.as_of_events, q.as_of_events
                ),
                Value::Ms(q.as_of.0),
            )
            .vs(
                "NDJSON decode + fold of the same prefix",
                Value::Ms(fold_ms),
            ),
        );
        queries.push(Row::new(
            "3 query",
            format!("--as-of p99 at {n}"),
            Value::Ms(q.as_of.1),
        ));
    }
    [ingest, replays, queries, disk]
}

/// Measure 6: how each figure grows from the smallest to the largest scale, as the exponent k
/// of time ∝ N^k (1 linear, 0 flat).
pub fn scaling_rows(results: &[(u64, ScaleResult)]) -> Vec<Row> {
    let (Some((_, small)), Some((_, big))) = (results.first(), results.last()) else {
        return Vec::new();
    };
    if big.events <= small.events {
        return Vec::new();
    }
    let growth = (big.events as f64 / small.events as f64).ln();
    let k = |small_cost: f64, big_cost: f64| (big_cost / small_cost.max(1e-12)).ln() / growth;
    let span = format!(
        "{}→{}",
        label(results[0].0),
        label(results[results.len() - 1].0)
    );
    let total = |events: u64, rate: f64| events as f64 / rate.max(1e-9);
    let linear = |what: &str, small_cost: f64, big_cost: f64| {
        let e = k(small_cost, big_cost);
        Row::new(
            "6 scaling",
            format!("{what} total time, {span}"),
            Value::Exponent(e),
        )
        .target("linear (k ≤ 1.15)", e <= 1.15)
    };
    let flat = |what: &str, small_cost: f64, big_cost: f64| {
        let e = k(small_cost, big_cost);
        Row::new(
            "6 scaling",
            format!("{what} latency, {span}"),
            Value::Exponent(e),
        )
        .target("flat (k ≤ 0.2)", e <= 0.2)
    };
    vec![
        linear(
            "bulk ingest",
            total(small.events, small.ingest.sled),
            total(big.events, big.ingest.sled),
        ),
        linear("replay", small.sled.secs, big.sled.secs),
        flat(
            "timeline p50",
            small.queries.timeline.0,
            big.queries.timeline.0,
        ),
        flat(
            "compare --at p50",
            small.queries.compare.0,
            big.queries.compare.0,
        ),
        linear(
            "--as-of p50 (a fold)",
            small.queries.as_of.0,
            big.queries.as_of.0,
        ),
        Row::new(
            "6 scaling",
            format!("sled log size, {span}"),
            Value::Exponent(k(small.sizes.sled_log as f64, big.sizes.sled_log as f64)),
        ),
    ]
}
