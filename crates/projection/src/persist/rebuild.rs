//! Rebuilding the persisted trees in bulk: fold the whole log in memory, then write every tree
//! with plain inserts (no transaction) and move the checkpoint last.
//!
//! Incremental catch-up ([`PersistedProjection::apply_batch`]) pays for one sled transaction over
//! five trees per batch and reads through an overlay. A rebuild starts from empty trees, so it
//! needs neither: it writes the reset marker first (as [`PersistedProjection::reset`] does),
//! folds into a [`Projection`], writes the trees in key order (three trees side by side),
//! flushes, and only then writes the checkpoint and counters and removes the marker in one batch
//! of the meta tree. A crash before that batch leaves the marker, and the next open drops the
//! half-written trees: the projection is back at checkpoint 0 and the next catch-up rebuilds it.
//! What remains of a rebuild's time is mostly sled's own cost per key written.

use stancelog_events::{Envelope, Seq};

use super::keys::{
    self, encode, K_ANOMALIES, K_ARTICLES, K_CHECKPOINT, K_CLAIMS, K_RESETTING, K_RETRACTED,
};
use super::PersistedProjection;
use crate::{FoldError, Projection, ProjectionError};

/// Envelopes folded between two calls of the progress callback.
const PROGRESS_EVERY: u64 = 4096;

impl PersistedProjection {
    /// Drops the trees and folds `envelopes` (the log from seq 1, in seq order) into them in
    /// bulk; returns how many envelopes were applied. `progress` is called with the last seq
    /// folded every few thousand envelopes and once at the end.
    ///
    /// Much faster than [`PersistedProjection::apply_batch`] for a whole log (no transactions),
    /// at the price of holding the model in memory while it folds. Crash-safe: until the
    /// checkpoint is written, last, the reset marker stays, and the next
    /// [`PersistedProjection::open`] drops whatever was written, back to checkpoint 0.
    ///
    /// On an error (a read failure, a gap, an undecodable event) what was folded before it is
    /// still written, with the checkpoint before the failing event, exactly as batch-wise
    /// catch-up would leave it; then the error is returned.
    pub fn rebuild<I, E>(
        &self,
        envelopes: I,
        progress: &mut dyn FnMut(Seq),
    ) -> Result<u64, FoldError<E>>
    where
        I: IntoIterator<Item = Result<Envelope, E>>,
    {
        self.begin_reset()?;
        let mut model = Projection::new();
        let mut failure = None;
        for envelope in envelopes {
            let applied = match envelope {
                Ok(envelope) => model.apply(&envelope).map_err(FoldError::Projection),
                Err(error) => Err(FoldError::Read(error)),
            };
            if let Err(error) = applied {
                failure = Some(error);
                break;
            }
            if model.checkpoint().0 % PROGRESS_EVERY == 0 {
                progress(model.checkpoint());
            }
        }
        progress(model.checkpoint());
        self.write_model(&model)?;
        match failure {
            Some(error) => Err(error),
            None => Ok(model.checkpoint().0),
        }
    }

    /// Writes a freshly folded model into the (empty) trees; the checkpoint and counters go last,
    /// together with the removal of the reset marker.
    fn write_model(&self, model: &Projection) -> Result<(), ProjectionError> {
        let t = &self.trees;
        let (articles, claims, anomalies) = model.parts();

        let mut articles: Vec<_> = articles.iter().collect();
        articles.sort_unstable_by_key(|(id, _)| *id.0.as_bytes());
        let mut rows: Vec<_> = claims.values().collect();
        rows.sort_unstable_by_key(|row| *row.claim_id.0.as_bytes());
        let mut live: Vec<_> = rows
            .iter()
            .filter(|row| !row.retracted)
            .map(|row| {
                (
                    keys::series_key(&row.actor, &row.topic, row.said_on, row.seq),
                    *row,
                )
            })
            .collect();
        live.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let write_articles = || {
            write_all(
                &t.articles,
                articles
                    .iter()
                    .map(|(id, info)| (id.0.as_bytes().to_vec(), encode(info))),
            )
        };
        let write_claims = || {
            write_all(
                &t.claims,
                rows.iter()
                    .map(|row| (row.claim_id.0.as_bytes().to_vec(), encode(row))),
            )
        };
        let write_series = || {
            write_all(
                &t.series,
                live.iter()
                    .map(|(key, row)| (key.clone(), keys::series_value(row))),
            )
        };
        let write_anomalies = || {
            write_all(
                &t.anomalies,
                (1u64..)
                    .zip(anomalies)
                    .map(|(ordinal, anomaly)| (ordinal.to_be_bytes().to_vec(), encode(anomaly))),
            )
        };
        // Plain inserts share sled's concurrency lock (a `sled::Batch` takes it exclusively), so
        // the big trees are written side by side.
        std::thread::scope(|scope| {
            let claims = scope.spawn(write_claims);
            let articles = scope.spawn(|| write_articles().and_then(|()| write_anomalies()));
            let series = write_series();
            let claims = claims.join().expect("writing claims does not panic");
            let articles = articles.join().expect("writing articles does not panic");
            series.and(claims).and(articles)
        })?;
        for tree in [&t.articles, &t.claims, &t.series, &t.anomalies] {
            tree.flush()?;
        }

        let stats = model.stats();
        let mut meta = sled::Batch::default();
        meta.insert(K_CHECKPOINT, &model.checkpoint().to_be_bytes());
        meta.insert(K_ARTICLES, &stats.articles.to_be_bytes());
        meta.insert(K_CLAIMS, &stats.claims.to_be_bytes());
        meta.insert(K_RETRACTED, &stats.retracted.to_be_bytes());
        meta.insert(K_ANOMALIES, &stats.anomalies.to_be_bytes());
        meta.remove(K_RESETTING);
        t.meta.apply_batch(meta)?;
        t.meta.flush()?;
        Ok(())
    }
}

/// Inserts key-value pairs into an empty tree. No batch: atomicity comes from the reset marker.
fn write_all(
    tree: &sled::Tree,
    items: impl Iterator<Item = (Vec<u8>, Vec<u8>)>,
) -> Result<(), ProjectionError> {
    for (key, value) in items {
        tree.insert(key, value)?;
    }
    Ok(())
}
