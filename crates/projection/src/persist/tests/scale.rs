//! Scale measurements of the persisted projection, run by hand (ignored by default):
//! `cargo test --release -p stancelog-projection -- --ignored --nocapture scale`.

use std::time::{Duration, Instant};

use super::*;

/// A log of `events` envelopes: articles of four claims over 4 actors, 3 topics, 3000 days.
fn scale_log(events: usize) -> Log {
    let mut log = Log::new();
    let mut n = 0u32;
    while log.envelopes.len() < events {
        let a = log.article("x", day(1, 1));
        for _ in 0..4 {
            n += 1;
            let actor = ACTORS[(n % 4) as usize];
            let topic = TOPICS[(n / 4 % 3) as usize];
            let stance = Stance::ALL[(n / 7 % 3) as usize];
            log.claim(
                a,
                actor,
                topic,
                stance,
                day(1, 1) + chrono::Duration::days(i64::from(n % 3000)),
            );
        }
    }
    log
}

/// The median of `runs` timings of `f`.
fn p50<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(f());
            started.elapsed()
        })
        .collect();
    samples.sort();
    samples[runs / 2]
}

/// Set `STANCELOG_SCALE_EVENTS` to change the size (default 200 000).
#[test]
#[ignore = "slow; a measurement, not a check"]
fn scale_timeline_stays_fast() {
    let events: usize = std::env::var("STANCELOG_SCALE_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200_000);
    let log = scale_log(events);
    let dir = tempfile::tempdir().unwrap();
    let db = open_db(&dir);
    let p = PersistedProjection::open(&db).unwrap();
    let started = Instant::now();
    for batch in log.envelopes.chunks(4096) {
        p.apply_batch(batch).unwrap();
    }
    let took = started.elapsed();
    eprintln!(
        "apply_batch: {} events in {took:?} ({:.0} ev/s)",
        log.envelopes.len(),
        log.envelopes.len() as f64 / took.as_secs_f64()
    );
    let rebuilt_dir = tempfile::tempdir().unwrap();
    let rebuilt_db = open_db(&rebuilt_dir);
    let rebuilt = PersistedProjection::open(&rebuilt_db).unwrap();
    let started = Instant::now();
    rebuilt
        .rebuild(
            log.envelopes.iter().cloned().map(Ok::<_, Infallible>),
            &mut |_| {},
        )
        .unwrap();
    let took = started.elapsed();
    eprintln!(
        "rebuild: {} events in {took:?} ({:.0} ev/s)",
        log.envelopes.len(),
        log.envelopes.len() as f64 / took.as_secs_f64()
    );
    drop((rebuilt, rebuilt_db));

    let (uk, sanctions) = (ActorId::new("uk"), TopicId::new("sanctions"));
    let march = DateRange {
        from: Some(day(3, 1)),
        to: Some(day(4, 1)),
    };
    let t = p.timeline(&uk, Some(&sanctions), march).unwrap();
    let took = p50(21, || p.timeline(&uk, Some(&sanctions), march).unwrap());
    eprintln!(
        "timeline(uk, sanctions, March): {} claims, p50 {took:?}",
        t.topics[0].claims.len()
    );
    let t = p.timeline(&uk, Some(&sanctions), DateRange::ALL).unwrap();
    let took = p50(21, || {
        p.timeline(&uk, Some(&sanctions), DateRange::ALL).unwrap()
    });
    eprintln!(
        "timeline(uk, sanctions, all): {} claims, p50 {took:?}",
        t.topics[0].claims.len()
    );
    let took = p50(21, || p.position_at(&uk, &sanctions, day(6, 30)).unwrap());
    eprintln!("position_at(uk, sanctions, 30 June): p50 {took:?}");
    let took = p50(21, || p.compare(&sanctions, Some(day(6, 30))).unwrap());
    eprintln!("compare(sanctions, at 30 June): p50 {took:?}");
    let started = Instant::now();
    let actors = p.actors().unwrap();
    eprintln!("actors: {} in {:?}", actors.len(), started.elapsed());
    let started = Instant::now();
    let loaded = p.load().unwrap();
    eprintln!(
        "load: {} claims in {:?}",
        loaded.stats().claims,
        started.elapsed()
    );
}
