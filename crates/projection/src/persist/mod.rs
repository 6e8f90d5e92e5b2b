//! The persisted read model: the projection's own sled trees, next to the log in the same db,
//! with a checkpoint so each command only folds what was appended since the last one.
//!
//! Queries run on the trees directly (the same query code as in memory, through
//! [`ClaimSource`]): one actor's timeline on one topic is a prefix scan of `projection/series`,
//! however long the log, and the position on one day is a backward seek from that day's last key. [`PersistedProjection::load`] rebuilds the whole in-memory model for
//! callers that want it. The layout is in `keys.rs` and documented in the crate doc.

mod batch;
pub(crate) mod keys;
mod rebuild;
mod row;

use std::collections::HashMap;

use chrono::NaiveDate;
use stancelog_events::{ActorId, ArticleId, ClaimId, Envelope, Seq, TopicId};

use self::batch::Batch;
use self::keys::{
    decode, FORMAT_VERSION, K_ANOMALIES, K_ARTICLES, K_CHECKPOINT, K_CLAIMS, K_FORMAT, K_RESETTING,
    K_RETRACTED,
};
use crate::fold::apply_one;
use crate::model::{
    Anomaly, ArticleInfo, ClaimFilter, ClaimRow, Comparison, DateRange, Position, Shift,
    ShiftFilter, Stats, Timeline,
};
use crate::queries::{self, ClaimSource, Entry};
use crate::{Projection, ProjectionError};

/// The projection's trees (cheap handles onto the shared db).
#[derive(Clone, Debug)]
pub(crate) struct Trees {
    pub(crate) meta: sled::Tree,
    pub(crate) articles: sled::Tree,
    pub(crate) claims: sled::Tree,
    pub(crate) series: sled::Tree,
    pub(crate) anomalies: sled::Tree,
}

/// The read model kept in sled. Cheap to clone (the handles are shared).
#[derive(Clone, Debug)]
pub struct PersistedProjection {
    trees: Trees,
}

impl PersistedProjection {
    /// Opens (creating if needed) the projection's trees in `db`. Fails with
    /// [`ProjectionError::FormatMismatch`] when they were written by another projection format;
    /// [`PersistedProjection::open_or_reset`] drops them instead. Finishes a reset a crash
    /// interrupted.
    pub fn open(db: &sled::Db) -> Result<Self, ProjectionError> {
        let projection = Self::open_unchecked(db)?;
        match projection.trees.meta.get(K_FORMAT)? {
            Some(bytes) => {
                let found = keys::u32_value(&bytes, "format")?;
                if found != FORMAT_VERSION {
                    return Err(ProjectionError::FormatMismatch {
                        expected: FORMAT_VERSION,
                        found,
                    });
                }
            }
            None if projection.trees.meta.get(K_CHECKPOINT)?.is_some() => {
                return Err(keys::corrupt("checkpoint without a format version"));
            }
            None => {
                projection
                    .trees
                    .meta
                    .insert(K_FORMAT, &FORMAT_VERSION.to_be_bytes())?;
            }
        }
        if projection.trees.meta.get(K_RESETTING)?.is_some() {
            projection.finish_reset()?;
        }
        Ok(projection)
    }

    /// Like [`PersistedProjection::open`], but trees of another format (or damaged meta) are
    /// dropped and the projection starts again from checkpoint 0: the caller then catches up from
    /// the start of the log. Returns whether it had to reset.
    pub fn open_or_reset(db: &sled::Db) -> Result<(Self, bool), ProjectionError> {
        match Self::open(db) {
            Ok(projection) => Ok((projection, false)),
            Err(ProjectionError::FormatMismatch { .. } | ProjectionError::Corrupt { .. }) => {
                let projection = Self::open_unchecked(db)?;
                projection.reset()?;
                Ok((projection, true))
            }
            Err(other) => Err(other),
        }
    }

    fn open_unchecked(db: &sled::Db) -> Result<Self, ProjectionError> {
        Ok(PersistedProjection {
            trees: Trees {
                meta: db.open_tree(keys::META)?,
                articles: db.open_tree(keys::ARTICLES)?,
                claims: db.open_tree(keys::CLAIMS)?,
                series: db.open_tree(keys::SERIES)?,
                anomalies: db.open_tree(keys::ANOMALIES)?,
            },
        })
    }

    /// The seq of the last envelope applied (0 when empty).
    pub fn checkpoint(&self) -> Result<Seq, ProjectionError> {
        self.meta_u64(K_CHECKPOINT).map(Seq)
    }

    /// Applies envelopes in seq order, atomically together with the new checkpoint: after a crash
    /// either the whole batch is in or none of it. Envelopes at or below the checkpoint are
    /// skipped; a gap or an undecodable payload fails the whole batch and writes nothing.
    pub fn apply_batch(&self, envelopes: &[Envelope]) -> Result<(), ProjectionError> {
        let mut batch = Batch::new(&self.trees, self.checkpoint()?, self.stats()?);
        for envelope in envelopes {
            apply_one(&mut batch, envelope)?;
        }
        batch.commit()
    }

    /// Drops every projection tree's content and moves the checkpoint back to 0 (for `replay`).
    /// Crash-safe: a marker written first makes the next [`PersistedProjection::open`] finish it.
    pub fn reset(&self) -> Result<(), ProjectionError> {
        self.begin_reset()?;
        self.end_reset()
    }

    /// Writes the reset marker, then empties the trees; the marker stays until
    /// [`PersistedProjection::end_reset`] (or the end of a rebuild) removes it.
    fn begin_reset(&self) -> Result<(), ProjectionError> {
        let meta = &self.trees.meta;
        meta.insert(K_RESETTING, &[1u8])?;
        meta.flush()?;
        self.clear()
    }

    fn finish_reset(&self) -> Result<(), ProjectionError> {
        self.clear()?;
        self.end_reset()
    }

    /// Empties every tree and the meta counters, under the reset marker.
    fn clear(&self) -> Result<(), ProjectionError> {
        let t = &self.trees;
        for tree in [&t.articles, &t.claims, &t.series, &t.anomalies] {
            tree.clear()?;
        }
        let meta = &t.meta;
        for key in [K_CHECKPOINT, K_ARTICLES, K_CLAIMS, K_RETRACTED, K_ANOMALIES] {
            meta.remove(key)?;
        }
        meta.insert(K_FORMAT, &FORMAT_VERSION.to_be_bytes())?;
        Ok(())
    }

    /// Removes the reset marker, once everything else is gone (flushed first).
    fn end_reset(&self) -> Result<(), ProjectionError> {
        let meta = &self.trees.meta;
        meta.flush()?;
        meta.remove(K_RESETTING)?;
        meta.flush()?;
        Ok(())
    }

    /// Counts of events, articles, live and retracted claims, anomalies.
    pub fn stats(&self) -> Result<Stats, ProjectionError> {
        Ok(Stats {
            events: self.meta_u64(K_CHECKPOINT)?,
            articles: self.meta_u64(K_ARTICLES)?,
            claims: self.meta_u64(K_CLAIMS)?,
            retracted: self.meta_u64(K_RETRACTED)?,
            anomalies: self.meta_u64(K_ANOMALIES)?,
        })
    }

    /// Events that did not fit the model, in order.
    pub fn anomalies(&self) -> Result<Vec<Anomaly>, ProjectionError> {
        self.trees
            .anomalies
            .iter()
            .map(|entry| decode(&entry?.1, "anomaly"))
            .collect()
    }

    /// Reads the whole model into memory.
    pub fn load(&self) -> Result<Projection, ProjectionError> {
        let mut articles = HashMap::new();
        for entry in self.trees.articles.iter() {
            let (key, value) = entry?;
            let id = ArticleId(keys::uuid_value(&key, "article key")?);
            articles.insert(id, decode::<ArticleInfo>(&value, "article")?);
        }
        let mut claims = HashMap::new();
        for entry in self.trees.claims.iter() {
            let (_, value) = entry?;
            let row: ClaimRow = decode(&value, "claim")?;
            claims.insert(row.claim_id, row);
        }
        Ok(Projection::from_parts(
            self.checkpoint()?,
            self.stats()?,
            articles,
            claims,
            self.anomalies()?,
        ))
    }

    /// One claim by id, retracted or not.
    pub fn claim(&self, id: ClaimId) -> Result<Option<ClaimRow>, ProjectionError> {
        self.trees
            .claims
            .get(id.0.as_bytes())?
            .map(|bytes| decode(&bytes, "claim"))
            .transpose()
    }

    /// Claims passing `filter`, sorted by `said_on`, then `seq`.
    pub fn claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>, ProjectionError> {
        let mut rows = self.filtered(filter)?;
        queries::sort_rows(&mut rows);
        Ok(rows)
    }

    /// See [`Projection::timeline`].
    pub fn timeline(
        &self,
        actor: &ActorId,
        topic: Option<&TopicId>,
        range: DateRange,
    ) -> Result<Timeline, ProjectionError> {
        queries::timeline(self, actor, topic, range)
    }

    /// See [`Projection::position_at`].
    pub fn position_at(
        &self,
        actor: &ActorId,
        topic: &TopicId,
        at: NaiveDate,
    ) -> Result<Option<Position>, ProjectionError> {
        queries::position_at(self, actor, topic, at)
    }

    /// See [`Projection::shifts`].
    pub fn shifts(&self, filter: &ShiftFilter) -> Result<Vec<Shift>, ProjectionError> {
        queries::shifts(self, filter)
    }

    /// See [`Projection::compare`].
    pub fn compare(
        &self,
        topic: &TopicId,
        at: Option<NaiveDate>,
    ) -> Result<Comparison, ProjectionError> {
        queries::compare(self, topic, at)
    }

    /// Actors with at least one live claim, sorted.
    pub fn actors(&self) -> Result<Vec<ActorId>, ProjectionError> {
        self.distinct_actors()
    }

    /// Topics with at least one live claim, sorted.
    pub fn topics(&self) -> Result<Vec<TopicId>, ProjectionError> {
        let mut topics: Vec<TopicId> = self
            .pairs(None, None)?
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        topics.sort();
        topics.dedup();
        Ok(topics)
    }

    fn meta_u64(&self, key: &[u8]) -> Result<u64, ProjectionError> {
        match self.trees.meta.get(key)? {
            Some(bytes) => keys::u64_value(&bytes, "meta counter"),
            None => Ok(0),
        }
    }

    /// Every actor in the live index, by skipping from one actor's keys to the next
    /// (`actor ‖ 0x01` is past all of `actor ‖ 0x00 ‖ …`): one seek per actor, not a full scan.
    fn distinct_actors(&self) -> Result<Vec<ActorId>, ProjectionError> {
        let mut out = Vec::new();
        let mut from = Vec::new();
        while let Some(entry) = self.trees.series.range(from.as_slice()..).next() {
            let (key, _) = entry?;
            let (actor, _) = keys::split_id(&key)?;
            from = keys::after_id(actor.as_bytes());
            out.push(ActorId::new(actor));
        }
        Ok(out)
    }

    /// The topics in an actor's part of the live index, one seek per topic.
    fn topics_of(&self, actor: &ActorId) -> Result<Vec<TopicId>, ProjectionError> {
        let prefix = keys::actor_prefix(actor);
        let mut out = Vec::new();
        let mut from = prefix.clone();
        while let Some(entry) = self.trees.series.range(from.as_slice()..).next() {
            let (key, _) = entry?;
            let Some(rest) = key.strip_prefix(prefix.as_slice()) else {
                break;
            };
            let (topic, _) = keys::split_id(rest)?;
            let mut pair = prefix.clone();
            pair.extend_from_slice(topic.as_bytes());
            from = keys::after_id(&pair);
            out.push(TopicId::new(topic));
        }
        Ok(out)
    }

    fn has_series(&self, actor: &ActorId, topic: &TopicId) -> Result<bool, ProjectionError> {
        Ok(self
            .trees
            .series
            .scan_prefix(keys::pair_prefix(actor, topic))
            .next()
            .transpose()?
            .is_some())
    }

    /// The live index entries under a pair prefix, in key order.
    fn entries_under(&self, prefix: &[u8]) -> Result<Vec<Entry>, ProjectionError> {
        let mut entries = Vec::new();
        for item in self.trees.series.scan_prefix(prefix) {
            let (key, value) = item?;
            entries.push(keys::series_entry(&key[prefix.len()..], &value)?);
        }
        Ok(entries)
    }
}

impl ClaimSource for PersistedProjection {
    type Error = ProjectionError;

    fn entries(&self, actor: &ActorId, topic: &TopicId) -> Result<Vec<Entry>, ProjectionError> {
        self.entries_under(&keys::pair_prefix(actor, topic))
    }

    fn entries_and_rows(
        &self,
        actor: &ActorId,
        topic: &TopicId,
        range: DateRange,
    ) -> Result<(Vec<Entry>, Vec<ClaimRow>), ProjectionError> {
        // One sequential scan: the compact row follows each entry in its value.
        let prefix = keys::pair_prefix(actor, topic);
        let mut entries = Vec::new();
        let mut rows = Vec::new();
        for item in self.trees.series.scan_prefix(&prefix) {
            let (key, value) = item?;
            let entry = keys::series_entry(&key[prefix.len()..], &value)?;
            if range.contains(entry.said_on) {
                rows.push(row::decode_row(&value[17..], &entry, actor, topic)?);
            }
            entries.push(entry);
        }
        Ok((entries, rows))
    }

    fn in_force(
        &self,
        actor: &ActorId,
        topic: &TopicId,
        at: NaiveDate,
    ) -> Result<Option<(ClaimRow, NaiveDate)>, ProjectionError> {
        // Seek back from the last possible key of `at` (`day ‖ 0x00 ‖ seq u64::MAX`), then walk
        // back over the claims of the same stance to the start of the period: the cost is that
        // of the period, not of the series.
        let prefix = keys::pair_prefix(actor, topic);
        let mut upper = prefix.clone();
        upper.extend_from_slice(&keys::day_key(at).to_be_bytes());
        upper.push(0);
        upper.extend_from_slice(&u64::MAX.to_be_bytes());
        let mut back = self
            .trees
            .series
            .range(prefix.as_slice()..=upper.as_slice());
        let Some(item) = back.next_back() else {
            return Ok(None);
        };
        let (key, value) = item?;
        let last = keys::series_entry(&key[prefix.len()..], &value)?;
        let mut since = last.said_on;
        for item in back.rev() {
            let (key, value) = item?;
            let entry = keys::series_entry(&key[prefix.len()..], &value)?;
            if entry.stance != last.stance {
                break;
            }
            since = entry.said_on;
        }
        let row = row::decode_row(&value[17..], &last, actor, topic)?;
        Ok(Some((row, since)))
    }

    fn row(&self, id: ClaimId) -> Result<ClaimRow, ProjectionError> {
        self.claim(id)?
            .ok_or_else(|| keys::corrupt("the live index names a missing claim"))
    }

    fn pairs(
        &self,
        actor: Option<&ActorId>,
        topic: Option<&TopicId>,
    ) -> Result<Vec<(ActorId, TopicId)>, ProjectionError> {
        let actors = match actor {
            Some(actor) => vec![actor.clone()],
            None => self.distinct_actors()?,
        };
        let mut out = Vec::new();
        for actor in actors {
            match topic {
                Some(topic) => {
                    if self.has_series(&actor, topic)? {
                        out.push((actor, topic.clone()));
                    }
                }
                None => {
                    for topic in self.topics_of(&actor)? {
                        out.push((actor.clone(), topic));
                    }
                }
            }
        }
        Ok(out)
    }

    fn filtered(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>, ProjectionError> {
        // Live claims of one actor come from the index, decoding only rows in the date range;
        // anything else (audits with retracted claims, all actors) scans the claims tree.
        let range = DateRange {
            from: filter.from,
            to: filter.to,
        };
        let rows: Vec<ClaimRow> = match (&filter.actor, filter.include_retracted) {
            (Some(actor), false) => self
                .pairs(Some(actor), filter.topic.as_ref())?
                .into_iter()
                .map(|(actor, topic)| Ok(self.entries_and_rows(&actor, &topic, range)?.1))
                .collect::<Result<Vec<_>, ProjectionError>>()?
                .into_iter()
                .flatten()
                .collect(),
            _ => self
                .trees
                .claims
                .iter()
                .map(|entry| decode::<ClaimRow>(&entry?.1, "claim"))
                .collect::<Result<_, _>>()?,
        };
        Ok(rows.into_iter().filter(|row| filter.matches(row)).collect())
    }
}

#[cfg(test)]
mod tests;
