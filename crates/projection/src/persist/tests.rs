//! Tests of the persisted projection: reopening, reset, format checks, atomic batches, and the
//! property that incremental catch-up equals one full fold.

use std::convert::Infallible;

use proptest::prelude::*;
use stancelog_events::Stance::{self, Open, Opposes, Supports};
use stancelog_events::{ActorId, ArticleId, ClaimId, Seq, TopicId};

use super::*;
use crate::testkit::{day, Log};
use crate::DateRange;

/// Opens the db in `dir`. sled's background flusher may hold the file lock for a moment after
/// the previous handle is dropped, so reopening retries for a while, as a second command would.
fn open_db(dir: &tempfile::TempDir) -> sled::Db {
    let mut attempts = 0;
    loop {
        match sled::Config::new().path(dir.path()).open() {
            Ok(db) => return db,
            Err(sled::Error::Io(e)) if e.to_string().contains("lock") && attempts < 200 => {
                attempts += 1;
                std::thread::sleep(std::time::Duration::from_millis(25));
            }
            Err(e) => panic!("opening the test db: {e}"),
        }
    }
}

fn full_fold(log: &Log) -> Projection {
    let mut projection = Projection::new();
    for env in &log.envelopes {
        projection.apply(env).unwrap();
    }
    projection
}

fn small_log() -> (Log, Vec<ClaimId>) {
    let mut log = Log::new();
    let a = log.article("a", day(1, 10));
    let c1 = log.claim(a, "uk", "troops-to-ukraine", Opposes, day(1, 9));
    let c2 = log.claim(a, "uk", "troops-to-ukraine", Open, day(2, 9));
    let c3 = log.claim(a, "france", "troops-to-ukraine", Supports, day(2, 26));
    log.retract(c2);
    (log, vec![c1, c2, c3])
}

#[test]
fn batches_survive_reopening_and_match_the_fold() {
    let dir = tempfile::tempdir().unwrap();
    let (log, ids) = small_log();
    {
        let db = open_db(&dir);
        let p = PersistedProjection::open(&db).unwrap();
        assert_eq!(p.checkpoint().unwrap(), Seq::ZERO);
        p.apply_batch(&log.envelopes[..3]).unwrap();
        assert_eq!(p.checkpoint().unwrap(), Seq(3));
    }
    let db = open_db(&dir);
    let p = PersistedProjection::open(&db).unwrap();
    assert_eq!(p.checkpoint().unwrap(), Seq(3));
    // Overlapping batches are fine: what is at or below the checkpoint is skipped.
    p.apply_batch(&log.envelopes[1..]).unwrap();
    assert_eq!(p.checkpoint().unwrap(), Seq(5));
    let full = full_fold(&log);
    assert_eq!(p.load().unwrap(), full);
    assert_eq!(p.stats().unwrap(), full.stats());
    assert!(p.claim(ids[1]).unwrap().unwrap().retracted);
    assert_eq!(
        p.actors().unwrap(),
        vec![ActorId::new("france"), ActorId::new("uk")]
    );
    assert_eq!(p.topics().unwrap(), vec![TopicId::new("troops-to-ukraine")]);
    let uk = p
        .timeline(&ActorId::new("uk"), None, DateRange::ALL)
        .unwrap();
    assert_eq!(uk.topics[0].claims.len(), 1);
    assert_eq!(uk.topics[0].claims[0].claim_id, ids[0]);
}

#[test]
fn a_failing_batch_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = open_db(&dir);
    let p = PersistedProjection::open(&db).unwrap();
    let (log, _) = small_log();
    let with_gap = [log.envelopes[0].clone(), log.envelopes[2].clone()];
    let err = p.apply_batch(&with_gap).unwrap_err();
    assert!(
        matches!(
            err,
            ProjectionError::Gap {
                expected: Seq(2),
                found: Seq(3)
            }
        ),
        "{err}"
    );
    assert_eq!(p.checkpoint().unwrap(), Seq::ZERO);
    assert_eq!(p.load().unwrap(), Projection::new());
    p.apply_batch(&[]).unwrap();
    assert_eq!(p.checkpoint().unwrap(), Seq::ZERO);
}

#[test]
fn reset_drops_everything_and_replay_rebuilds_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = open_db(&dir);
    let p = PersistedProjection::open(&db).unwrap();
    let (log, _) = small_log();
    p.apply_batch(&log.envelopes).unwrap();
    p.reset().unwrap();
    assert_eq!(p.checkpoint().unwrap(), Seq::ZERO);
    assert_eq!(p.stats().unwrap(), Stats::default());
    assert!(p.actors().unwrap().is_empty());
    p.apply_batch(&log.envelopes).unwrap();
    assert_eq!(p.load().unwrap(), full_fold(&log));
}

#[test]
fn an_interrupted_reset_is_finished_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let (log, _) = small_log();
    {
        let db = open_db(&dir);
        let p = PersistedProjection::open(&db).unwrap();
        p.apply_batch(&log.envelopes).unwrap();
        // Crash right after the marker was written.
        db.open_tree(keys::META)
            .unwrap()
            .insert(K_RESETTING, &[1u8])
            .unwrap();
        db.flush().unwrap();
    }
    let db = open_db(&dir);
    let p = PersistedProjection::open(&db).unwrap();
    assert_eq!(p.checkpoint().unwrap(), Seq::ZERO);
    assert_eq!(p.load().unwrap(), Projection::new());
}

#[test]
fn another_format_is_refused_or_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let db = open_db(&dir);
    let (log, _) = small_log();
    PersistedProjection::open(&db)
        .unwrap()
        .apply_batch(&log.envelopes)
        .unwrap();
    db.open_tree(keys::META)
        .unwrap()
        .insert(K_FORMAT, &(FORMAT_VERSION + 1).to_be_bytes())
        .unwrap();
    let err = PersistedProjection::open(&db).unwrap_err();
    assert!(
        matches!(err, ProjectionError::FormatMismatch { expected: FORMAT_VERSION, found } if found == FORMAT_VERSION + 1),
        "{err}"
    );
    let (p, was_reset) = PersistedProjection::open_or_reset(&db).unwrap();
    assert!(was_reset);
    assert_eq!(p.checkpoint().unwrap(), Seq::ZERO);
    let (_, was_reset) = PersistedProjection::open_or_reset(&db).unwrap();
    assert!(!was_reset);
    // Other trees in the db are not touched.
    assert!(db
        .tree_names()
        .iter()
        .all(|name| !name.starts_with(b"projection/")
            || [
                keys::META,
                keys::ARTICLES,
                keys::CLAIMS,
                keys::SERIES,
                keys::ANOMALIES
            ]
            .iter()
            .any(|t| t.as_bytes() == name.as_ref())));
}

// ---- the property: incremental catch-up at random points equals one full fold ----

const ACTORS: [&str; 4] = ["france", "germany", "uk", "ukraine"];
const TOPICS: [&str; 3] = ["sanctions", "troops-to-ukraine", "peace-talks"];

#[derive(Clone, Debug)]
enum Op {
    Article,
    Claim {
        article: usize,
        actor: usize,
        topic: usize,
        stance: usize,
        day: u32,
    },
    Reextract {
        claim: usize,
        article: usize,
        stance: usize,
        day: u32,
    },
    Assert {
        actor: usize,
        topic: usize,
        stance: usize,
        day: u32,
    },
    Retract {
        claim: usize,
    },
    RetractUnknown,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => Just(Op::Article),
        8 => (any::<usize>(), 0..ACTORS.len(), 0..TOPICS.len(), 0..3usize, 0..40u32)
            .prop_map(|(article, actor, topic, stance, day)| Op::Claim { article, actor, topic, stance, day }),
        1 => (any::<usize>(), any::<usize>(), 0..3usize, 0..40u32)
            .prop_map(|(claim, article, stance, day)| Op::Reextract { claim, article, stance, day }),
        1 => (0..ACTORS.len(), 0..TOPICS.len(), 0..3usize, 0..40u32)
            .prop_map(|(actor, topic, stance, day)| Op::Assert { actor, topic, stance, day }),
        2 => any::<usize>().prop_map(|claim| Op::Retract { claim }),
        1 => Just(Op::RetractUnknown),
    ]
}

fn build(ops: &[Op]) -> Log {
    let mut log = Log::new();
    let mut articles: Vec<ArticleId> = Vec::new();
    let mut claims: Vec<(ClaimId, usize, usize)> = Vec::new();
    let on = |d: u32| day(1, 1) + chrono::Duration::days(i64::from(d));
    for op in ops {
        match *op {
            Op::Article => articles.push(log.article(&format!("a{}", articles.len()), day(1, 1))),
            Op::Claim {
                article,
                actor,
                topic,
                stance,
                day,
            } => {
                if articles.is_empty() {
                    articles.push(log.article("first", self::day(1, 1)));
                }
                let a = articles[article % articles.len()];
                let id = log.claim(
                    a,
                    ACTORS[actor],
                    TOPICS[topic],
                    Stance::ALL[stance],
                    on(day),
                );
                claims.push((id, actor, topic));
            }
            Op::Reextract {
                claim,
                article,
                stance,
                day,
            } => {
                if claims.is_empty() || articles.is_empty() {
                    continue;
                }
                let (id, actor, topic) = claims[claim % claims.len()];
                let a = articles[article % articles.len()];
                log.claim_with_id(
                    a,
                    id,
                    ACTORS[actor],
                    TOPICS[topic],
                    Stance::ALL[stance],
                    on(day),
                );
            }
            Op::Assert {
                actor,
                topic,
                stance,
                day,
            } => {
                let id = log.assert(ACTORS[actor], TOPICS[topic], Stance::ALL[stance], on(day));
                claims.push((id, actor, topic));
            }
            Op::Retract { claim } => {
                if let Some(&(id, _, _)) = claims.get(claim % claims.len().max(1)) {
                    log.retract(id);
                }
            }
            Op::RetractUnknown => log.retract(ClaimId(uuid::Uuid::from_u128(u128::MAX))),
        }
    }
    log
}

/// Asserts that two persisted projections hold the same bytes in every data tree.
fn same_trees(a: &PersistedProjection, b: &PersistedProjection) -> Result<(), TestCaseError> {
    let dump = |tree: &sled::Tree| -> Vec<(Vec<u8>, Vec<u8>)> {
        tree.iter()
            .map(|e| e.map(|(k, v)| (k.to_vec(), v.to_vec())).unwrap())
            .collect()
    };
    let (x, y) = (&a.trees, &b.trees);
    for (p, q) in [
        (&x.articles, &y.articles),
        (&x.claims, &y.claims),
        (&x.series, &y.series),
        (&x.anomalies, &y.anomalies),
    ] {
        prop_assert_eq!(dump(p), dump(q));
    }
    prop_assert_eq!(a.stats().unwrap(), b.stats().unwrap());
    Ok(())
}

/// Asserts that every query answers the same on both models.
fn same_answers(persisted: &PersistedProjection, full: &Projection) -> Result<(), TestCaseError> {
    prop_assert_eq!(&persisted.load().unwrap(), full);
    prop_assert_eq!(persisted.stats().unwrap(), full.stats());
    prop_assert_eq!(persisted.actors().unwrap(), full.actors());
    prop_assert_eq!(persisted.topics().unwrap(), full.topics());
    prop_assert_eq!(&persisted.anomalies().unwrap(), &full.anomalies().to_vec());
    prop_assert_eq!(
        persisted.shifts(&ShiftFilter::default()).unwrap(),
        full.shifts(&ShiftFilter::default())
    );
    let filters = [
        ClaimFilter::default(),
        ClaimFilter {
            include_retracted: true,
            ..ClaimFilter::default()
        },
        ClaimFilter {
            actor: Some(ActorId::new("uk")),
            from: Some(day(1, 10)),
            ..ClaimFilter::default()
        },
        ClaimFilter {
            actor: Some(ActorId::new("france")),
            topic: Some(TopicId::new("sanctions")),
            to: Some(day(1, 31)),
            ..ClaimFilter::default()
        },
        ClaimFilter {
            topic: Some(TopicId::new("peace-talks")),
            ..ClaimFilter::default()
        },
    ];
    for filter in &filters {
        prop_assert_eq!(persisted.claims(filter).unwrap(), full.claims(filter));
    }
    let range = DateRange {
        from: Some(day(1, 15)),
        to: Some(day(2, 1)),
    };
    for actor in ACTORS.map(ActorId::new) {
        prop_assert_eq!(
            persisted.timeline(&actor, None, DateRange::ALL).unwrap(),
            full.timeline(&actor, None, DateRange::ALL)
        );
        let topic = TopicId::new(TOPICS[1]);
        prop_assert_eq!(
            persisted.timeline(&actor, Some(&topic), range).unwrap(),
            full.timeline(&actor, Some(&topic), range)
        );
        for at in [day(1, 1), day(1, 20), day(2, 9), day(12, 31)] {
            for topic in TOPICS.map(TopicId::new) {
                prop_assert_eq!(
                    persisted.position_at(&actor, &topic, at).unwrap(),
                    full.position_at(&actor, &topic, at)
                );
            }
        }
    }
    for topic in TOPICS.map(TopicId::new) {
        prop_assert_eq!(
            persisted.compare(&topic, None).unwrap(),
            full.compare(&topic, None)
        );
        for at in [day(1, 1), day(1, 20), day(2, 9), day(12, 31)] {
            prop_assert_eq!(
                persisted.compare(&topic, Some(at)).unwrap(),
                full.compare(&topic, Some(at))
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn incremental_catch_up_equals_a_full_fold(
        ops in prop::collection::vec(op(), 0..60),
        chunks in prop::collection::vec((1..12usize, 0..3usize), 1..20),
    ) {
        let log = build(&ops);
        let full = full_fold(&log);
        let dir = tempfile::tempdir().unwrap();
        let mut at = 0usize;
        let mut chunks = chunks.into_iter().cycle();
        while at < log.envelopes.len() {
            let (size, overlap) = chunks.next().unwrap();
            // Reopen between chunks, as separate commands do, and sometimes hand back events
            // already applied, as a catch-up after a crash may.
            let db = open_db(&dir);
            let persisted = PersistedProjection::open(&db).unwrap();
            prop_assert_eq!(persisted.checkpoint().unwrap(), Seq(at as u64));
            let start = at.saturating_sub(overlap);
            let end = (at + size).min(log.envelopes.len());
            persisted.apply_batch(&log.envelopes[start..end]).unwrap();
            at = end;
        }
        let db = open_db(&dir);
        let persisted = PersistedProjection::open(&db).unwrap();
        prop_assert_eq!(persisted.checkpoint().unwrap(), full.checkpoint());
        same_answers(&persisted, &full)?;

        // The bulk path writes the very same trees.
        let rebuilt_dir = tempfile::tempdir().unwrap();
        let rebuilt_db = open_db(&rebuilt_dir);
        let rebuilt = PersistedProjection::open(&rebuilt_db).unwrap();
        let applied = rebuilt
            .rebuild(log.envelopes.iter().cloned().map(Ok::<_, Infallible>), &mut |_| {})
            .unwrap();
        prop_assert_eq!(applied, log.envelopes.len() as u64);
        prop_assert_eq!(rebuilt.checkpoint().unwrap(), full.checkpoint());
        same_answers(&rebuilt, &full)?;
        same_trees(&rebuilt, &persisted)?;
    }
}

mod rebuild;
mod scale;
