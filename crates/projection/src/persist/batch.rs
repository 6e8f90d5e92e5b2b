//! Writing a batch of envelopes into the persisted trees, all at once with the checkpoint.
//!
//! The fold reads what it has just written (an article, then its claims), so writes first go to
//! an in-memory overlay that reads fall through; at the end one sled transaction over every
//! projection tree checks that the checkpoint has not moved, applies the overlay and moves the
//! checkpoint. A crash leaves either the whole batch or none of it.

use std::collections::BTreeMap;

use sled::transaction::{ConflictableTransactionError, TransactionError, Transactional};
use stancelog_events::{ArticleId, ClaimId, Seq};

use super::keys::{self, encode, K_ANOMALIES, K_ARTICLES, K_CHECKPOINT, K_CLAIMS, K_RETRACTED};
use super::Trees;
use crate::fold::ModelWrite;
use crate::model::{Anomaly, ArticleInfo, ClaimRow, Stats};
use crate::ProjectionError;

/// Pending writes of one tree: `None` deletes the key.
type Pending = BTreeMap<Vec<u8>, Option<Vec<u8>>>;

/// The overlay a batch is folded into.
pub(crate) struct Batch<'a> {
    trees: &'a Trees,
    start: Seq,
    checkpoint: Seq,
    stats: Stats,
    articles: Pending,
    claims: Pending,
    series: Pending,
    anomalies: Pending,
}

impl<'a> Batch<'a> {
    pub(crate) fn new(trees: &'a Trees, checkpoint: Seq, stats: Stats) -> Self {
        Batch {
            trees,
            start: checkpoint,
            checkpoint,
            stats,
            articles: Pending::new(),
            claims: Pending::new(),
            series: Pending::new(),
            anomalies: Pending::new(),
        }
    }

    /// Applies the overlay and the checkpoint in one transaction. Nothing happens for a batch
    /// that applied nothing.
    pub(crate) fn commit(self) -> Result<(), ProjectionError> {
        if self.checkpoint == self.start {
            return Ok(());
        }
        let t = self.trees;
        let result = (&t.meta, &t.articles, &t.claims, &t.series, &t.anomalies).transaction(
            |(meta, articles, claims, series, anomalies)| {
                let found = match meta.get(K_CHECKPOINT)? {
                    Some(bytes) => keys::u64_value(&bytes, "checkpoint").map(Seq),
                    None => Ok(Seq::ZERO),
                }
                .map_err(ConflictableTransactionError::Abort)?;
                if found != self.start {
                    return Err(ConflictableTransactionError::Abort(
                        ProjectionError::Concurrent {
                            expected: self.start,
                            found,
                        },
                    ));
                }
                for (tree, pending) in [
                    (articles, &self.articles),
                    (claims, &self.claims),
                    (series, &self.series),
                    (anomalies, &self.anomalies),
                ] {
                    for (key, value) in pending {
                        match value {
                            Some(value) => tree.insert(key.as_slice(), value.as_slice())?,
                            None => tree.remove(key.as_slice())?,
                        };
                    }
                }
                meta.insert(K_CHECKPOINT, &self.checkpoint.to_be_bytes())?;
                meta.insert(K_ARTICLES, &self.stats.articles.to_be_bytes())?;
                meta.insert(K_CLAIMS, &self.stats.claims.to_be_bytes())?;
                meta.insert(K_RETRACTED, &self.stats.retracted.to_be_bytes())?;
                meta.insert(K_ANOMALIES, &self.stats.anomalies.to_be_bytes())?;
                Ok(())
            },
        );
        match result {
            Ok(()) => Ok(()),
            Err(TransactionError::Abort(error)) => Err(error),
            Err(TransactionError::Storage(error)) => Err(error.into()),
        }
    }

    fn read(
        &self,
        pending: &Pending,
        tree: &sled::Tree,
        key: &[u8],
    ) -> Result<Option<Vec<u8>>, ProjectionError> {
        match pending.get(key) {
            Some(value) => Ok(value.clone()),
            None => Ok(tree.get(key)?.map(|v| v.to_vec())),
        }
    }
}

impl ModelWrite for Batch<'_> {
    fn checkpoint(&self) -> Seq {
        self.checkpoint
    }

    fn set_checkpoint(&mut self, seq: Seq) -> Result<(), ProjectionError> {
        self.checkpoint = seq;
        Ok(())
    }

    fn stats(&self) -> Stats {
        self.stats
    }

    fn set_stats(&mut self, stats: Stats) -> Result<(), ProjectionError> {
        self.stats = stats;
        Ok(())
    }

    fn article(&self, id: ArticleId) -> Result<Option<ArticleInfo>, ProjectionError> {
        self.read(&self.articles, &self.trees.articles, id.0.as_bytes())?
            .map(|bytes| keys::decode(&bytes, "article"))
            .transpose()
    }

    fn put_article(&mut self, id: ArticleId, info: ArticleInfo) -> Result<(), ProjectionError> {
        self.articles
            .insert(id.0.as_bytes().to_vec(), Some(encode(&info)));
        Ok(())
    }

    fn claim(&self, id: ClaimId) -> Result<Option<ClaimRow>, ProjectionError> {
        self.read(&self.claims, &self.trees.claims, id.0.as_bytes())?
            .map(|bytes| keys::decode(&bytes, "claim"))
            .transpose()
    }

    fn put_claim(&mut self, old: Option<&ClaimRow>, row: ClaimRow) -> Result<(), ProjectionError> {
        if let Some(old) = old.filter(|old| !old.retracted) {
            self.series.insert(
                keys::series_key(&old.actor, &old.topic, old.said_on, old.seq),
                None,
            );
        }
        if !row.retracted {
            let key = keys::series_key(&row.actor, &row.topic, row.said_on, row.seq);
            self.series.insert(key, Some(keys::series_value(&row)));
        }
        self.claims
            .insert(row.claim_id.0.as_bytes().to_vec(), Some(encode(&row)));
        Ok(())
    }

    fn put_anomaly(&mut self, ordinal: u64, anomaly: Anomaly) -> Result<(), ProjectionError> {
        self.anomalies
            .insert(ordinal.to_be_bytes().to_vec(), Some(encode(&anomaly)));
        Ok(())
    }
}
