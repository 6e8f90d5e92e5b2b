//! Test helper: builds a sealed, gap-free log of envelopes the way the store would.

use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use stancelog_events::{
    ActorId, ArticleId, ArticleIngested, ClaimAsserted, ClaimExtracted, ClaimId, ClaimRetracted,
    Confidence, DateBasis, Envelope, Event, EventId, ExtractorInfo, Hash, NewEvent, Seq, Span,
    Stance, StreamId, StreamVersion, TopicId, ZERO_HASH,
};
use uuid::Uuid;

/// A day in 2024.
pub(crate) fn day(month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, month, d).unwrap()
}

/// An append-only log in memory.
pub(crate) struct Log {
    pub(crate) envelopes: Vec<Envelope>,
    prev: Hash,
    versions: HashMap<StreamId, StreamVersion>,
    next_id: u128,
    start: DateTime<Utc>,
}

impl Log {
    pub(crate) fn new() -> Self {
        Log {
            envelopes: Vec::new(),
            prev: ZERO_HASH,
            versions: HashMap::new(),
            next_id: 1,
            start: DateTime::parse_from_rfc3339("2024-06-01T00:00:00Z")
                .unwrap()
                .to_utc(),
        }
    }

    fn fresh(&mut self) -> Uuid {
        self.next_id += 1;
        Uuid::from_u128(self.next_id)
    }

    /// The time the next event will be recorded at (one minute per event).
    pub(crate) fn clock(&self) -> DateTime<Utc> {
        self.start + Duration::minutes(self.envelopes.len() as i64)
    }

    pub(crate) fn push(&mut self, stream: StreamId, event: &Event) -> &Envelope {
        let seq = Seq(self.envelopes.len() as u64 + 1);
        let slot = self
            .versions
            .entry(stream.clone())
            .or_insert(StreamVersion::NONE);
        *slot = slot.next();
        let version = *slot;
        let id = EventId(self.fresh());
        let recorded_at = self.clock();
        let env = Envelope::seal(
            seq,
            stream,
            version,
            NewEvent::new(id, event),
            recorded_at,
            self.prev,
        );
        self.prev = env.hash;
        self.envelopes.push(env);
        self.envelopes.last().unwrap()
    }

    pub(crate) fn article(&mut self, title: &str, published: NaiveDate) -> ArticleId {
        let id = ArticleId(self.fresh());
        let event = Event::ArticleIngested(ArticleIngested {
            article_id: id,
            content_hash: "00".into(),
            title: title.into(),
            source: "Reuters".into(),
            url: Some(format!("https://example.com/{title}")),
            published,
            published_at: None,
            text: "text".into(),
        });
        self.push(StreamId::for_article(id), &event);
        id
    }

    pub(crate) fn extracted(
        &mut self,
        article: ArticleId,
        claim_id: ClaimId,
        actor: &str,
        topic: &str,
        stance: Stance,
        said_on: NaiveDate,
    ) -> ClaimExtracted {
        ClaimExtracted {
            claim_id,
            article_id: article,
            actor: ActorId::new(actor),
            speaker: format!("speaker for {actor}"),
            channel: None,
            topic: TopicId::new(topic),
            stance,
            said_on,
            date_basis: DateBasis::Explicit,
            evidence: format!("{actor} {stance} {topic} on {said_on}"),
            evidence_span: Span { start: 0, end: 4 },
            cue: "cue".into(),
            confidence: Confidence::from_millis(850),
            extractor: ExtractorInfo {
                name: "stancelog-rules".into(),
                version: "0.1.0".into(),
            },
        }
    }

    pub(crate) fn claim(
        &mut self,
        article: ArticleId,
        actor: &str,
        topic: &str,
        stance: Stance,
        said_on: NaiveDate,
    ) -> ClaimId {
        let id = ClaimId(self.fresh());
        self.claim_with_id(article, id, actor, topic, stance, said_on);
        id
    }

    pub(crate) fn claim_with_id(
        &mut self,
        article: ArticleId,
        id: ClaimId,
        actor: &str,
        topic: &str,
        stance: Stance,
        said_on: NaiveDate,
    ) {
        let event =
            Event::ClaimExtracted(self.extracted(article, id, actor, topic, stance, said_on));
        self.push(StreamId::for_article(article), &event);
    }

    pub(crate) fn assert(
        &mut self,
        actor: &str,
        topic: &str,
        stance: Stance,
        said_on: NaiveDate,
    ) -> ClaimId {
        let id = ClaimId(self.fresh());
        let event = Event::ClaimAsserted(ClaimAsserted {
            claim_id: id,
            article_id: None,
            actor: ActorId::new(actor),
            speaker: "Foreign Office".into(),
            topic: TopicId::new(topic),
            stance,
            said_on,
            evidence: "Hansard, col. 12".into(),
            source: "https://hansard.parliament.uk/x".into(),
            analyst: "ana".into(),
        });
        self.push(StreamId::new("analyst"), &event);
        id
    }

    pub(crate) fn retract(&mut self, claim_id: ClaimId) {
        let event = Event::ClaimRetracted(ClaimRetracted {
            claim_id,
            reason: "wrong actor".into(),
            by: "ana".into(),
        });
        self.push(StreamId::new("corrections"), &event);
    }
}
