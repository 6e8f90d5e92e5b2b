//! Folding one event into a read model: the rules every model (in memory, on sled) shares.
//!
//! The rules live here once, written against [`ModelWrite`], so the in-memory [`crate::Projection`]
//! and the persisted [`crate::PersistedProjection`] cannot drift apart; the property test in
//! `persist.rs` checks that they do not. Not here: queries (see `queries/`) and storage layout
//! (see `persist.rs`).

use stancelog_events::{
    ArticleId, ClaimAsserted, ClaimExtracted, ClaimId, ClaimRetracted, Confidence, DateBasis,
    Envelope, Event, Seq,
};

use crate::model::{Anomaly, AnomalyKind, ArticleInfo, ClaimOrigin, ClaimRow, Stats};
use crate::{Projection, ProjectionError};

/// What the fold needs from a model: point reads, writes, counters. Index maintenance (the
/// per-actor-and-topic series) is the model's business inside [`ModelWrite::put_claim`].
pub(crate) trait ModelWrite {
    /// The last seq applied.
    fn checkpoint(&self) -> Seq;
    /// Moves the checkpoint (the fold calls it last, after every write of the event).
    fn set_checkpoint(&mut self, seq: Seq) -> Result<(), ProjectionError>;
    /// The counters.
    fn stats(&self) -> Stats;
    /// Replaces the counters.
    fn set_stats(&mut self, stats: Stats) -> Result<(), ProjectionError>;
    /// An article by id.
    fn article(&self, id: ArticleId) -> Result<Option<ArticleInfo>, ProjectionError>;
    /// Stores an article.
    fn put_article(&mut self, id: ArticleId, info: ArticleInfo) -> Result<(), ProjectionError>;
    /// A claim by id, retracted or not.
    fn claim(&self, id: ClaimId) -> Result<Option<ClaimRow>, ProjectionError>;
    /// Stores a claim's row; `old` is what [`ModelWrite::claim`] returned for it, so the model can
    /// drop the old index entry. Retracted rows must leave the live index.
    fn put_claim(&mut self, old: Option<&ClaimRow>, row: ClaimRow) -> Result<(), ProjectionError>;
    /// Records an anomaly; `ordinal` counts anomalies from 1 (the persisted key).
    fn put_anomaly(&mut self, ordinal: u64, anomaly: Anomaly) -> Result<(), ProjectionError>;
}

/// Applies one envelope. Returns `false` when it was already applied (seq <= checkpoint).
pub(crate) fn apply_one<M: ModelWrite>(
    model: &mut M,
    env: &Envelope,
) -> Result<bool, ProjectionError> {
    let checkpoint = model.checkpoint();
    if env.seq <= checkpoint {
        // Catch-up may hand events again after a crash between reading and committing.
        return Ok(false);
    }
    if env.seq != checkpoint.next() {
        return Err(ProjectionError::Gap {
            expected: checkpoint.next(),
            found: env.seq,
        });
    }
    // Decode before any write, so a payload this build cannot read leaves the model untouched
    // and the checkpoint before it: after an upgrade, catch-up resumes right here.
    let event = env.event().map_err(|source| ProjectionError::Decode {
        seq: env.seq,
        source,
    })?;
    let mut stats = model.stats();
    match event {
        Event::ArticleIngested(article) => {
            let info = ArticleInfo {
                title: article.title,
                url: article.url.unwrap_or_default(),
                source: article.source,
                published: article.published,
            };
            // The store dedupes articles by content; should the same id come twice anyway, the
            // later event's metadata wins and the article is still counted once.
            if model.article(article.article_id)?.is_none() {
                stats.articles += 1;
            }
            model.put_article(article.article_id, info)?;
        }
        Event::ClaimExtracted(claim) => {
            let article = lookup_article(
                model,
                &mut stats,
                env.seq,
                claim.claim_id,
                Some(claim.article_id),
            )?;
            let row = extracted_row(env, claim, article.as_ref());
            put_claim(model, &mut stats, env.seq, row)?;
        }
        Event::ClaimAsserted(claim) => {
            let article =
                lookup_article(model, &mut stats, env.seq, claim.claim_id, claim.article_id)?;
            let row = asserted_row(env, claim, article.as_ref());
            put_claim(model, &mut stats, env.seq, row)?;
        }
        Event::ClaimRetracted(ClaimRetracted { claim_id, .. }) => match model.claim(claim_id)? {
            None => anomaly(
                model,
                &mut stats,
                env.seq,
                AnomalyKind::RetractedUnknownClaim { claim_id },
            )?,
            Some(row) if row.retracted => anomaly(
                model,
                &mut stats,
                env.seq,
                AnomalyKind::RetractedTwice { claim_id },
            )?,
            Some(row) => {
                let mut retracted = row.clone();
                retracted.retracted = true;
                model.put_claim(Some(&row), retracted)?;
                stats.claims = stats.claims.saturating_sub(1);
                stats.retracted += 1;
            }
        },
    }
    stats.events = env.seq.0;
    model.set_stats(stats)?;
    model.set_checkpoint(env.seq)?;
    Ok(true)
}

fn anomaly<M: ModelWrite>(
    model: &mut M,
    stats: &mut Stats,
    seq: Seq,
    kind: AnomalyKind,
) -> Result<(), ProjectionError> {
    stats.anomalies += 1;
    model.put_anomaly(stats.anomalies, Anomaly { seq, kind })
}

fn lookup_article<M: ModelWrite>(
    model: &mut M,
    stats: &mut Stats,
    seq: Seq,
    claim_id: ClaimId,
    article_id: Option<ArticleId>,
) -> Result<Option<ArticleInfo>, ProjectionError> {
    let Some(article_id) = article_id else {
        return Ok(None);
    };
    let found = model.article(article_id)?;
    if found.is_none() {
        anomaly(
            model,
            stats,
            seq,
            AnomalyKind::UnknownArticle {
                claim_id,
                article_id,
            },
        )?;
    }
    Ok(found)
}

/// Stores a claim stated by an event. The same claim id stated again (a re-extraction, an
/// analyst re-asserting it) replaces the earlier row entirely, including a retraction: the later
/// event is the latest word on that claim.
fn put_claim<M: ModelWrite>(
    model: &mut M,
    stats: &mut Stats,
    seq: Seq,
    row: ClaimRow,
) -> Result<(), ProjectionError> {
    if row.actor.as_str().contains('\0') || row.topic.as_str().contains('\0') {
        return anomaly(
            model,
            stats,
            seq,
            AnomalyKind::InvalidId {
                claim_id: row.claim_id,
            },
        );
    }
    let old = model.claim(row.claim_id)?;
    match &old {
        None => stats.claims += 1,
        Some(old) if old.retracted => {
            stats.retracted = stats.retracted.saturating_sub(1);
            stats.claims += 1;
        }
        Some(_) => {}
    }
    model.put_claim(old.as_ref(), row)
}

fn extracted_row(env: &Envelope, claim: ClaimExtracted, article: Option<&ArticleInfo>) -> ClaimRow {
    ClaimRow {
        claim_id: claim.claim_id,
        seq: env.seq,
        recorded_at: env.recorded_at,
        article_id: Some(claim.article_id),
        article_title: article.map(|a| a.title.clone()).unwrap_or_default(),
        article_url: article.map(|a| a.url.clone()).unwrap_or_default(),
        source: article.map(|a| a.source.clone()).unwrap_or_default(),
        published: article.map(|a| a.published),
        actor: claim.actor,
        speaker: claim.speaker,
        topic: claim.topic,
        stance: claim.stance,
        said_on: claim.said_on,
        evidence: claim.evidence,
        confidence: claim.confidence,
        extractor: claim.extractor.to_string(),
        channel: claim.channel,
        cue: claim.cue,
        date_basis: claim.date_basis.as_str().to_string(),
        origin: ClaimOrigin::Extracted,
        retracted: false,
    }
}

fn asserted_row(env: &Envelope, claim: ClaimAsserted, article: Option<&ArticleInfo>) -> ClaimRow {
    ClaimRow {
        claim_id: claim.claim_id,
        seq: env.seq,
        recorded_at: env.recorded_at,
        article_id: claim.article_id,
        article_title: article.map(|a| a.title.clone()).unwrap_or_default(),
        article_url: article.map(|a| a.url.clone()).unwrap_or_default(),
        // The analyst's reference is where this claim's evidence can be checked.
        source: claim.source,
        published: article.map(|a| a.published),
        actor: claim.actor,
        speaker: claim.speaker,
        topic: claim.topic,
        stance: claim.stance,
        said_on: claim.said_on,
        evidence: claim.evidence,
        confidence: Confidence::CERTAIN,
        extractor: format!("analyst:{}", claim.analyst),
        channel: None,
        cue: String::new(),
        date_basis: DateBasis::Analyst.as_str().to_string(),
        origin: ClaimOrigin::Asserted,
        retracted: false,
    }
}

/// A failure while folding a stream of envelopes: reading it, or applying an event.
#[derive(Debug, thiserror::Error)]
pub enum FoldError<E> {
    /// The event source failed.
    #[error("reading the event log: {0}")]
    Read(#[source] E),
    /// An event could not be applied.
    #[error(transparent)]
    Projection(#[from] ProjectionError),
}

/// Folds envelopes (in seq order, as the log's `read_all` yields them) into `projection`,
/// stopping at the first envelope `as_of` excludes. Returns how many envelopes were applied.
///
/// Envelopes at or below the projection's checkpoint are skipped, so the same call catches up an
/// existing projection.
pub fn fold_into<I, E>(
    projection: &mut Projection,
    envelopes: I,
    as_of: Option<&crate::AsOf>,
) -> Result<u64, FoldError<E>>
where
    I: IntoIterator<Item = Result<Envelope, E>>,
{
    let before = projection.checkpoint();
    for envelope in envelopes {
        let envelope = envelope.map_err(FoldError::Read)?;
        if as_of.is_some_and(|as_of| as_of.excludes(&envelope)) {
            break;
        }
        projection.apply(&envelope)?;
    }
    Ok(projection.checkpoint().0 - before.0)
}

/// Folds envelopes into a fresh [`Projection`]; see [`fold_into`].
pub fn fold<I, E>(envelopes: I, as_of: Option<&crate::AsOf>) -> Result<Projection, FoldError<E>>
where
    I: IntoIterator<Item = Result<Envelope, E>>,
{
    let mut projection = Projection::new();
    fold_into(&mut projection, envelopes, as_of)?;
    Ok(projection)
}
