//! Measure 1, durable append, and the bulk loads that every later measure reads.
//!
//! Every store gets the same requests (cloned outside the timed part) and the same durability:
//! sled's `append` / `append_batch` return after `db.flush()`, SQLite commits with
//! `synchronous=FULL` in WAL mode, the NDJSON file is `fdatasync`ed. Only the store calls are
//! timed; generating and cloning the requests is not.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context as _, Result};
use stancelog_store::{AppendRequest, EventLog, SledLog};

use crate::baselines::ndjson::NdjsonLog;
use crate::baselines::sqlite::SqliteLog;
use crate::generator::Generator;
use crate::report::{Row, Value};
use crate::util::{rate, timed};

/// How many articles share one durable flush in bulk ingest.
pub const ARTICLES_PER_BATCH: usize = 64;

/// Events/s of the three stores on the same requests, in groups of `group` articles.
#[derive(Clone, Copy, Debug, Default)]
pub struct Rates {
    /// sled through `EventLog`.
    pub sled: f64,
    /// SQLite.
    pub sqlite: f64,
    /// NDJSON + fdatasync.
    pub ndjson: f64,
}

/// Appends `requests` to fresh stores under `dir`, `group` articles per durable flush (1: one
/// `append` per article).
pub fn append_all(dir: &Path, requests: &[AppendRequest], group: usize) -> Result<(Rates, u64)> {
    let sled = SledLog::open(&dir.join("sled")).context("opening sled")?;
    let mut sqlite = SqliteLog::create(&dir.join("log.sqlite"))?;
    let mut ndjson = NdjsonLog::create(&dir.join("log.ndjson"))?;
    let mut spent = [Duration::ZERO; 3];
    let mut events = 0u64;
    for chunk in requests.chunks(group) {
        events += chunk.iter().map(|r| r.events.len() as u64).sum::<u64>();
        let copy = chunk.to_vec();
        let (result, took) = if group == 1 {
            timed(|| {
                sled.append(copy.into_iter().next().expect("one"))
                    .map(|_| ())
            })
        } else {
            timed(|| {
                sled.append_batch(copy)
                    .into_iter()
                    .try_for_each(|r| r.map(|_| ()))
            })
        };
        result.context("sled append")?;
        spent[0] += took;
        let copy = chunk.to_vec();
        let (result, took) = timed(|| sqlite.append_batch(copy));
        result?;
        spent[1] += took;
        let copy = chunk.to_vec();
        let (result, took) = timed(|| ndjson.append_batch(copy));
        result?;
        spent[2] += took;
    }
    let rates = Rates {
        sled: rate(events, spent[0]),
        sqlite: rate(events, spent[1]),
        ndjson: rate(events, spent[2]),
    };
    Ok((rates, events))
}

/// Rows for one append setting: sled beside SQLite and beside NDJSON.
pub fn rows(what: &str, rates: Rates, target_vs_sqlite: bool) -> Vec<Row> {
    let mut vs_sqlite = Row::new(
        "1 append",
        format!("{what} vs SQLite"),
        Value::Rate(rates.sled),
    )
    .vs("SQLite WAL sync=FULL", Value::Rate(rates.sqlite));
    if target_vs_sqlite {
        vs_sqlite = vs_sqlite.target("≥ SQLite", rates.sled >= rates.sqlite);
    }
    let vs_ndjson = Row::new(
        "1 append",
        format!("{what} vs near-limit"),
        Value::Rate(rates.sled),
    )
    .vs("NDJSON + fdatasync", Value::Rate(rates.ndjson));
    vec![vs_sqlite, vs_ndjson]
}

/// The three stores loaded with (at least) `events` fabricated events, bulk-ingested 64
/// articles per flush. The paths are what replay, query and disk measures read.
pub struct Loaded {
    /// Events stored in each.
    pub events: u64,
    /// Ingest rates.
    pub rates: Rates,
    /// The sled database directory.
    pub sled: PathBuf,
    /// The SQLite database file.
    pub sqlite: PathBuf,
    /// The NDJSON file.
    pub ndjson: PathBuf,
}

/// Bulk-loads the three stores under `dir` with fabricated events, batch by batch, until
/// `target` events are stored. A producer thread generates the next batches (and their copies
/// for the baselines) while the stores write, so generation overlaps the fsync waits; only a few
/// batches are in memory at a time.
pub fn load_scale(dir: &Path, generator: &Generator, target: u64) -> Result<Loaded> {
    let sled_path = dir.join("sled");
    let sqlite_path = dir.join("log.sqlite");
    let ndjson_path = dir.join("log.ndjson");
    let sled = SledLog::open(&sled_path).context("opening sled")?;
    let mut sqlite = SqliteLog::create(&sqlite_path)?;
    let mut ndjson = NdjsonLog::create(&ndjson_path)?;
    let mut spent = [Duration::ZERO; 3];
    let mut events = 0u64;
    std::thread::scope(|scope| -> Result<()> {
        let (send, batches) = std::sync::mpsc::sync_channel(4);
        scope.spawn(move || {
            let (mut produced, mut next) = (0u64, 0u64);
            while produced < target {
                let batch = generator.fabricated_batch(next, ARTICLES_PER_BATCH);
                next += ARTICLES_PER_BATCH as u64;
                produced += batch.iter().map(|r| r.events.len() as u64).sum::<u64>();
                let copies = (batch.clone(), batch.clone(), batch);
                if send.send(copies).is_err() {
                    break;
                }
            }
        });
        for (for_sled, for_sqlite, for_ndjson) in batches {
            events += for_sled.iter().map(|r| r.events.len() as u64).sum::<u64>();
            let (result, took) = timed(|| {
                sled.append_batch(for_sled)
                    .into_iter()
                    .try_for_each(|r| r.map(|_| ()))
            });
            result.context("sled append_batch")?;
            spent[0] += took;
            let (result, took) = timed(|| sqlite.append_batch(for_sqlite));
            result?;
            spent[1] += took;
            let (result, took) = timed(|| ndjson.append_batch(for_ndjson));
            result?;
            spent[2] += took;
        }
        Ok(())
    })?;
    anyhow::ensure!(
        sled.head()?.0 == events,
        "sled stored fewer events than sent"
    );
    Ok(Loaded {
        events,
        rates: Rates {
            sled: rate(events, spent[0]),
            sqlite: rate(events, spent[1]),
            ndjson: rate(events, spent[2]),
        },
        sled: sled_path,
        sqlite: sqlite_path,
        ndjson: ndjson_path,
    })
}

/// Bulk-loads only a sled log with `target` fabricated events (for profiling); events/s.
pub fn load_sled(dir: &Path, generator: &Generator, target: u64) -> Result<f64> {
    let sled = SledLog::open(dir).context("opening sled")?;
    let mut spent = Duration::ZERO;
    let (mut events, mut next) = (0u64, 0u64);
    while events < target {
        let batch = generator.fabricated_batch(next, ARTICLES_PER_BATCH);
        next += ARTICLES_PER_BATCH as u64;
        events += batch.iter().map(|r| r.events.len() as u64).sum::<u64>();
        let (result, took) = timed(|| {
            sled.append_batch(batch)
                .into_iter()
                .try_for_each(|r| r.map(|_| ()))
        });
        result.context("sled append_batch")?;
        spent += took;
    }
    Ok(rate(events, spent))
}
