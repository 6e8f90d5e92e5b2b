//! A quick throughput measurement of the PostgreSQL backend (ignored; the numbers quoted in
//! docs/postgres.md): appends/s with 1 and 4 writers, one transaction per article and in groups.
//!
//! `STANCELOG_TEST_PG=… cargo test --release -p stancelog-store --test conformance -- \
//!  --ignored --nocapture measure_pg_append_throughput`

use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use stancelog_store::postgres::ThrowawayDatabase;
use stancelog_store::{EventLog, ExpectedVersion, PgLog};

use crate::backends::pg_admin_url;
use crate::common::request;

/// Events per "article" (an article and its claims).
const EVENTS: u128 = 10;
const RUN: Duration = Duration::from_secs(5);

fn run(url: &str, writers: u128, group: usize) -> (f64, f64) {
    let started = Instant::now();
    let handles: Vec<_> = (0..writers)
        .map(|w| {
            let log: Arc<dyn EventLog> = Arc::new(PgLog::connect(url).unwrap());
            thread::spawn(move || {
                let mut articles = 0u128;
                while started.elapsed() < RUN {
                    let requests = (0..group as u128)
                        .map(|g| {
                            let n = (w << 40) + (articles + g) * EVENTS + 1;
                            let ids: Vec<u128> = (n..n + EVENTS).collect();
                            request(
                                &format!("w{w}-{}", articles + g),
                                ExpectedVersion::NoStream,
                                &ids,
                            )
                        })
                        .collect::<Vec<_>>();
                    for result in log.append_batch(requests) {
                        result.unwrap();
                    }
                    articles += group as u128;
                }
                articles
            })
        })
        .collect();
    let articles: u128 = handles.into_iter().map(|h| h.join().unwrap()).sum();
    let secs = started.elapsed().as_secs_f64();
    (articles as f64 / secs, (articles * EVENTS) as f64 / secs)
}

#[test]
#[ignore = "a measurement, not a test: run it by name with STANCELOG_TEST_PG"]
fn measure_pg_append_throughput() {
    let Some(admin) = pg_admin_url("measure_pg_append_throughput") else {
        return;
    };
    for (writers, group) in [(1, 1), (4, 1), (1, 64), (4, 64)] {
        let db = ThrowawayDatabase::create(&admin, "stancelog_measure").unwrap();
        let (articles, events) = run(db.url(), writers, group);
        println!(
            "writers {writers}, {group} article(s) per transaction: {articles:.0} articles/s, \
             {events:.0} events/s ({EVENTS} events an article)"
        );
    }
}
