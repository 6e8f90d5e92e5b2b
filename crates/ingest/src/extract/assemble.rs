//! Assembling claims: one claim per sentence, actor and topic from the candidates the cues
//! produced (the strongest cue wins), with deterministic ids. Not here: finding the candidates.

use chrono::NaiveDate;
use stancelog_events::{
    ArticleId, ArticleIngested, ClaimExtracted, ClaimId, Confidence, DateBasis, ExtractorInfo,
    Span, Stance,
};
use uuid::Uuid;

use super::{Candidate, Doc, Extractor, CLAIM_NAMESPACE};

/// A wire lead says "X said" with no day; the body dates the same statement ("Speaking on
/// Wednesday, the chancellor said …"). One statement, dated by the body: a candidate with no
/// date of its own (the publication day, or a dateline's date, "BERLIN, June 2 -") that repeats
/// a tuple dated earlier in the article is dropped. Not for official releases: their undated
/// narration is the publisher speaking on the day of the release.
pub(super) fn merge_undated_leads(candidates: &mut Vec<Candidate>, published: NaiveDate) {
    let dated: Vec<(usize, usize, Stance, NaiveDate)> = candidates
        .iter()
        .filter(|c| c.basis != DateBasis::Published)
        .map(|c| (c.actor, c.topic, c.stance, c.said_on))
        .collect();
    let undated = |c: &Candidate| {
        c.basis == DateBasis::Published
            || (c.basis == DateBasis::Explicit && c.said_on == published)
    };
    candidates.retain(|c| {
        !undated(c)
            || !dated.iter().any(|&(a, t, st, d)| {
                a == c.actor && t == c.topic && st == c.stance && d < c.said_on
            })
    });
}

impl Extractor<'_> {
    /// One claim per sentence, actor and topic: the strongest cue wins.
    pub(super) fn assemble(
        &self,
        article: &ArticleIngested,
        doc: &Doc<'_>,
        candidates: Vec<Candidate>,
    ) -> Vec<ClaimExtracted> {
        // "refused to supply Taurus cruise missiles": a weapon's other topic (`arms`) is only
        // ever a supporting claim, and stands only beside a supporting claim on the weapon
        // itself (checked once the strongest cue of each is known, below).
        let mut best: Vec<Candidate> = Vec::new();
        for c in candidates
            .into_iter()
            .filter(|c| c.armed_from.is_none() || c.stance == Stance::Supports)
        {
            match best
                .iter_mut()
                .find(|b| b.sentence == c.sentence && b.actor == c.actor && b.topic == c.topic)
            {
                Some(b) if c.weight > b.weight => *b = c,
                Some(_) => {}
                None => best.push(c),
            }
        }
        let weapons_supported: Vec<(usize, usize, usize)> = best
            .iter()
            .filter(|b| b.stance == Stance::Supports)
            .map(|b| (b.sentence, b.actor, b.topic))
            .collect();
        best.retain(|c| {
            c.armed_from
                .is_none_or(|from| weapons_supported.contains(&(c.sentence, c.actor, from)))
        });
        let info = self.info();
        best.into_iter()
            .map(|c| {
                let s = doc.sentences[c.sentence];
                let actor = self.k.actors[c.actor].id.clone();
                let topic = self.k.topics[c.topic].id.clone();
                ClaimExtracted {
                    claim_id: claim_id(
                        article.article_id,
                        &info,
                        actor.as_str(),
                        topic.as_str(),
                        c.stance,
                        s.start,
                    ),
                    article_id: article.article_id,
                    actor,
                    speaker: c.speaker,
                    channel: c.channel,
                    topic,
                    stance: c.stance,
                    said_on: c.said_on,
                    date_basis: c.basis,
                    // (Verbatim from the article as given: the extractor reads its soft line
                    // wraps as spaces, at the same offsets.)
                    evidence: article.text[s.start..s.end].to_string(),
                    evidence_span: Span {
                        start: s.start as u64,
                        end: s.end as u64,
                    },
                    cue: c.cue,
                    confidence: Confidence::from_millis(c.confidence),
                    extractor: info.clone(),
                }
            })
            .collect()
    }
}

/// uuid v5 of article id, extractor, actor, topic, stance and evidence start.
fn claim_id(
    article: ArticleId,
    info: &ExtractorInfo,
    actor: &str,
    topic: &str,
    stance: Stance,
    start: usize,
) -> ClaimId {
    let key = format!(
        "{}|{}|{}|{actor}|{topic}|{}|{start}",
        article.0,
        info.name,
        info.version,
        stance.as_str()
    );
    ClaimId(Uuid::new_v5(&CLAIM_NAMESPACE, key.as_bytes()))
}
