//! The in-memory read model: what a command folds the log into, or loads from the persisted
//! trees, before it asks its questions.
//!
//! It mirrors the persisted layout (claims by id, plus a live index keyed by actor, topic, day and
//! seq), so both answer through the same query code. Not here: the fold rules (`fold.rs`) and the
//! query logic (`queries/`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::convert::Infallible;

use chrono::NaiveDate;
use stancelog_events::{ActorId, ArticleId, ClaimId, Envelope, Seq, TopicId};

use crate::fold::{apply_one, ModelWrite};
use crate::model::{
    Anomaly, ArticleInfo, ClaimFilter, ClaimRow, Comparison, DateRange, Position, Shift,
    ShiftFilter, Stats, Timeline,
};
use crate::queries::{self, ClaimSource, Entry};
use crate::ProjectionError;

/// Key of the live index: a claim's place in its actor's series on its topic.
type SeriesKey = (NaiveDate, Seq);

/// The read model, in memory. Feed it envelopes in seq order with [`Projection::apply`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Projection {
    checkpoint: Seq,
    stats: Stats,
    articles: HashMap<ArticleId, ArticleInfo>,
    /// Every claim ever stated, retracted ones included (for audit views).
    claims: HashMap<ClaimId, ClaimRow>,
    /// Live claims only, per (actor, topic), in valid-time order.
    series: BTreeMap<(ActorId, TopicId), BTreeMap<SeriesKey, ClaimId>>,
    anomalies: Vec<Anomaly>,
}

/// Unwraps a result that cannot fail.
fn infallible<T>(result: Result<T, Infallible>) -> T {
    match result {
        Ok(value) => value,
        Err(never) => match never {},
    }
}

impl Projection {
    /// An empty model at checkpoint 0.
    pub fn new() -> Self {
        Projection {
            checkpoint: Seq::ZERO,
            stats: Stats::default(),
            articles: HashMap::new(),
            claims: HashMap::new(),
            series: BTreeMap::new(),
            anomalies: Vec::new(),
        }
    }

    /// Applies the next envelope. Envelopes must come in seq order: one at or below the
    /// checkpoint is skipped (so re-applying is harmless), one beyond `checkpoint + 1` is a
    /// [`ProjectionError::Gap`]. On error the model is unchanged.
    pub fn apply(&mut self, envelope: &Envelope) -> Result<(), ProjectionError> {
        apply_one(self, envelope).map(|_| ())
    }

    /// The seq of the last envelope applied (0 before the first).
    pub fn checkpoint(&self) -> Seq {
        self.checkpoint
    }

    /// Claims passing `filter`, sorted by `said_on`, then `seq`.
    pub fn claims(&self, filter: &ClaimFilter) -> Vec<ClaimRow> {
        let mut rows = infallible(self.filtered(filter));
        queries::sort_rows(&mut rows);
        rows
    }

    /// An actor's claims and position periods per topic (one topic when given), within `range`.
    pub fn timeline(&self, actor: &ActorId, topic: Option<&TopicId>, range: DateRange) -> Timeline {
        infallible(queries::timeline(self, actor, topic, range))
    }

    /// The stance in force on `at` (valid time), with its evidence; `None` before the actor's
    /// first live claim on the topic.
    pub fn position_at(&self, actor: &ActorId, topic: &TopicId, at: NaiveDate) -> Option<Position> {
        infallible(queries::position_at(self, actor, topic, at))
    }

    /// Changes of stance, sorted by day then seq.
    pub fn shifts(&self, filter: &ShiftFilter) -> Vec<Shift> {
        infallible(queries::shifts(self, filter))
    }

    /// Every actor's position on `topic` at a day, or over time without one.
    pub fn compare(&self, topic: &TopicId, at: Option<NaiveDate>) -> Comparison {
        infallible(queries::compare(self, topic, at))
    }

    /// Actors with at least one live claim, sorted.
    pub fn actors(&self) -> Vec<ActorId> {
        let set: BTreeSet<&ActorId> = self.series.keys().map(|(actor, _)| actor).collect();
        set.into_iter().cloned().collect()
    }

    /// Topics with at least one live claim, sorted.
    pub fn topics(&self) -> Vec<TopicId> {
        let set: BTreeSet<&TopicId> = self.series.keys().map(|(_, topic)| topic).collect();
        set.into_iter().cloned().collect()
    }

    /// Counts of events, articles, live and retracted claims, anomalies.
    pub fn stats(&self) -> Stats {
        self.stats
    }

    /// Events that did not fit the model, in seq order (see [`Anomaly`]).
    pub fn anomalies(&self) -> &[Anomaly] {
        &self.anomalies
    }

    /// One claim by id, retracted or not.
    pub fn claim(&self, id: ClaimId) -> Option<&ClaimRow> {
        self.claims.get(&id)
    }

    /// The articles, every claim (retracted ones included) and the anomalies in seq order, for
    /// writing the model out in bulk ([`crate::PersistedProjection::rebuild`]).
    pub(crate) fn parts(
        &self,
    ) -> (
        &HashMap<ArticleId, ArticleInfo>,
        &HashMap<ClaimId, ClaimRow>,
        &[Anomaly],
    ) {
        (&self.articles, &self.claims, &self.anomalies)
    }

    /// Rebuilds a model from its parts (used by [`crate::PersistedProjection::load`]).
    pub(crate) fn from_parts(
        checkpoint: Seq,
        stats: Stats,
        articles: HashMap<ArticleId, ArticleInfo>,
        claims: HashMap<ClaimId, ClaimRow>,
        anomalies: Vec<Anomaly>,
    ) -> Self {
        let mut series: BTreeMap<(ActorId, TopicId), BTreeMap<SeriesKey, ClaimId>> =
            BTreeMap::new();
        for row in claims.values().filter(|row| !row.retracted) {
            series
                .entry((row.actor.clone(), row.topic.clone()))
                .or_default()
                .insert((row.said_on, row.seq), row.claim_id);
        }
        Projection {
            checkpoint,
            stats,
            articles,
            claims,
            series,
            anomalies,
        }
    }
}

impl Default for Projection {
    fn default() -> Self {
        Self::new()
    }
}

impl ModelWrite for Projection {
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
        Ok(self.articles.get(&id).cloned())
    }

    fn put_article(&mut self, id: ArticleId, info: ArticleInfo) -> Result<(), ProjectionError> {
        self.articles.insert(id, info);
        Ok(())
    }

    fn claim(&self, id: ClaimId) -> Result<Option<ClaimRow>, ProjectionError> {
        Ok(self.claims.get(&id).cloned())
    }

    fn put_claim(&mut self, old: Option<&ClaimRow>, row: ClaimRow) -> Result<(), ProjectionError> {
        if let Some(old) = old.filter(|old| !old.retracted) {
            let pair = (old.actor.clone(), old.topic.clone());
            if let Some(series) = self.series.get_mut(&pair) {
                series.remove(&(old.said_on, old.seq));
                if series.is_empty() {
                    self.series.remove(&pair);
                }
            }
        }
        if !row.retracted {
            self.series
                .entry((row.actor.clone(), row.topic.clone()))
                .or_default()
                .insert((row.said_on, row.seq), row.claim_id);
        }
        self.claims.insert(row.claim_id, row);
        Ok(())
    }

    fn put_anomaly(&mut self, _ordinal: u64, anomaly: Anomaly) -> Result<(), ProjectionError> {
        self.anomalies.push(anomaly);
        Ok(())
    }
}

impl ClaimSource for Projection {
    type Error = Infallible;

    fn entries(&self, actor: &ActorId, topic: &TopicId) -> Result<Vec<Entry>, Infallible> {
        // The pair key is owned; a lookup by borrowed parts would need a custom Borrow impl.
        let key = (actor.clone(), topic.clone());
        let Some(series) = self.series.get(&key) else {
            return Ok(Vec::new());
        };
        Ok(series
            .iter()
            .filter_map(|(&(said_on, seq), id)| {
                let stance = self.claims.get(id)?.stance;
                Some(Entry {
                    said_on,
                    seq,
                    stance,
                    claim_id: *id,
                })
            })
            .collect())
    }

    fn row(&self, id: ClaimId) -> Result<ClaimRow, Infallible> {
        // Entries only name claims found in `claims` (see `entries`), and nothing removes a
        // claim from it, so this lookup cannot miss.
        Ok(self
            .claims
            .get(&id)
            .cloned()
            .expect("the live index names only stored claims"))
    }

    fn pairs(
        &self,
        actor: Option<&ActorId>,
        topic: Option<&TopicId>,
    ) -> Result<Vec<(ActorId, TopicId)>, Infallible> {
        Ok(self
            .series
            .keys()
            .filter(|(a, t)| {
                actor.is_none_or(|want| want == a) && topic.is_none_or(|want| want == t)
            })
            .cloned()
            .collect())
    }

    fn filtered(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>, Infallible> {
        Ok(self
            .claims
            .values()
            .filter(|row| filter.matches(row))
            .cloned()
            .collect())
    }
}

#[cfg(test)]
#[path = "memory_tests.rs"]
mod tests;
