//! Tests of the bulk rebuild: it replaces what was there, survives a crash, and keeps what was
//! folded before an error.

use super::*;
use crate::FoldError;

fn envelopes(log: &Log) -> impl Iterator<Item = Result<Envelope, Infallible>> + '_ {
    log.envelopes.iter().cloned().map(Ok)
}

#[test]
fn rebuild_replaces_the_trees_and_reports_progress() {
    let dir = tempfile::tempdir().unwrap();
    let (log, _) = small_log();
    {
        let db = open_db(&dir);
        let p = PersistedProjection::open(&db).unwrap();
        // Something else was there: a rebuild starts from scratch.
        p.apply_batch(&log.envelopes[..3]).unwrap();
        let mut seen = Vec::new();
        let applied = p
            .rebuild(envelopes(&log), &mut |seq| seen.push(seq))
            .unwrap();
        assert_eq!(applied, 5);
        assert_eq!(seen.last(), Some(&Seq(5)));
    }
    let db = open_db(&dir);
    let p = PersistedProjection::open(&db).unwrap();
    assert_eq!(p.checkpoint().unwrap(), Seq(5));
    assert_eq!(p.load().unwrap(), full_fold(&log));
    // Incremental catch-up goes on from the rebuilt checkpoint.
    let mut more = log;
    let a = more.article("b", day(3, 1));
    more.claim(a, "uk", "sanctions", Supports, day(3, 1));
    p.apply_batch(&more.envelopes[5..]).unwrap();
    assert_eq!(p.load().unwrap(), full_fold(&more));
}

#[test]
fn a_crash_before_the_checkpoint_leaves_an_empty_projection() {
    let dir = tempfile::tempdir().unwrap();
    let (log, _) = small_log();
    {
        let db = open_db(&dir);
        let p = PersistedProjection::open(&db).unwrap();
        p.rebuild(envelopes(&log), &mut |_| {}).unwrap();
        // Crash after the trees were written but before the meta batch: the marker is there.
        p.trees.meta.insert(K_RESETTING, &[1u8]).unwrap();
        db.flush().unwrap();
    }
    let db = open_db(&dir);
    let p = PersistedProjection::open(&db).unwrap();
    assert_eq!(p.checkpoint().unwrap(), Seq::ZERO);
    assert_eq!(p.load().unwrap(), Projection::new());
    assert!(p.actors().unwrap().is_empty());
}

#[test]
fn an_error_keeps_the_prefix_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = open_db(&dir);
    let p = PersistedProjection::open(&db).unwrap();
    let (log, _) = small_log();
    let with_gap = [log.envelopes[0].clone(), log.envelopes[2].clone()];
    let err = p
        .rebuild(with_gap.into_iter().map(Ok::<_, Infallible>), &mut |_| {})
        .unwrap_err();
    assert!(matches!(
        err,
        FoldError::Projection(ProjectionError::Gap { .. })
    ));
    assert_eq!(p.checkpoint().unwrap(), Seq(1));
    let read_error = log.envelopes[..2]
        .iter()
        .cloned()
        .map(Ok)
        .chain(std::iter::once(Err("disk on fire")));
    let err = p.rebuild(read_error, &mut |_| {}).unwrap_err();
    assert!(matches!(err, FoldError::Read("disk on fire")));
    assert_eq!(p.checkpoint().unwrap(), Seq(2));
    p.apply_batch(&log.envelopes).unwrap();
    assert_eq!(p.load().unwrap(), full_fold(&log));
}
