//! Shared builders for the integration tests: realistic events with fixed ids, and a log in a
//! temporary directory. Not a test of anything by itself.

use chrono::{NaiveDate, TimeZone, Utc};
use stancelog_events::{
    ActorId, ArticleId, ArticleIngested, ClaimAsserted, ClaimExtracted, ClaimId, ClaimRetracted,
    Confidence, DateBasis, Event, EventId, ExtractorInfo, NewEvent, Span, Stance, StreamId,
    TopicId,
};
use stancelog_store::{AppendRequest, ExpectedVersion, SledLog};
use tempfile::TempDir;
use uuid::Uuid;

/// A fresh log in its own temporary directory (kept alive by the returned `TempDir`).
pub fn temp_log() -> (TempDir, SledLog) {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = SledLog::open(&dir.path().join("db")).expect("open a new log");
    (dir, log)
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// Deterministic ids, distinct per kind so they never collide across tests' namespaces.
pub fn article_id(n: u128) -> ArticleId {
    ArticleId(Uuid::from_u128(0xA000_0000 + n))
}
pub fn claim_id(n: u128) -> ClaimId {
    ClaimId(Uuid::from_u128(0xC000_0000 + n))
}
pub fn event_id(n: u128) -> EventId {
    EventId(Uuid::from_u128(0xE000_0000 + n))
}

pub fn article_event(
    n: u128,
    title: &str,
    source: &str,
    published: NaiveDate,
    text: &str,
) -> Event {
    Event::ArticleIngested(ArticleIngested {
        article_id: article_id(n),
        content_hash: format!("{:064x}", n),
        title: title.into(),
        source: source.into(),
        url: Some(format!("https://example.org/news/{n}")),
        published,
        published_at: Some(Utc.from_utc_datetime(&published.and_hms_opt(18, 45, 0).expect("time"))),
        text: text.into(),
    })
}

#[allow(clippy::too_many_arguments)]
pub fn claim_event(
    claim: u128,
    article: u128,
    actor: &str,
    speaker: &str,
    topic: &str,
    stance: Stance,
    said_on: NaiveDate,
    evidence: &str,
    cue: &str,
) -> Event {
    Event::ClaimExtracted(ClaimExtracted {
        claim_id: claim_id(claim),
        article_id: article_id(article),
        actor: ActorId::new(actor),
        speaker: speaker.into(),
        channel: None,
        topic: TopicId::new(topic),
        stance,
        said_on,
        date_basis: DateBasis::Explicit,
        evidence: evidence.into(),
        evidence_span: Span {
            start: 0,
            end: evidence.len() as u64,
        },
        cue: cue.into(),
        confidence: Confidence::from_millis(850),
        extractor: ExtractorInfo {
            name: "stancelog-rules".into(),
            version: "0.1.0".into(),
        },
    })
}

pub fn retraction_event(claim: u128, reason: &str) -> Event {
    Event::ClaimRetracted(ClaimRetracted {
        claim_id: claim_id(claim),
        reason: reason.into(),
        by: "analyst".into(),
    })
}

pub fn assertion_event(claim: u128, article: Option<u128>) -> Event {
    Event::ClaimAsserted(ClaimAsserted {
        claim_id: claim_id(claim),
        article_id: article.map(article_id),
        actor: ActorId::new("uk"),
        speaker: "a spokesman for the Prime Minister".into(),
        topic: TopicId::new("troops-to-ukraine"),
        stance: Stance::Opposes,
        said_on: day(2024, 2, 27),
        evidence: "Beyond the small number of personnel we have in country supporting the armed forces of Ukraine we don't have any plans for large scale deployment.".into(),
        source: "https://www.gov.uk/".into(),
        analyst: "jdoe".into(),
    })
}

/// A small retraction event under a numbered id: the cheapest valid event for bulk tests.
pub fn small(n: u128) -> NewEvent {
    NewEvent::new(event_id(n), &retraction_event(n, &format!("reason {n}")))
}

/// A request of small events `ids` for stream `name`.
pub fn request(name: &str, expected: ExpectedVersion, ids: &[u128]) -> AppendRequest {
    AppendRequest::new(
        StreamId::new(name),
        expected,
        ids.iter().map(|&n| small(n)).collect(),
    )
}
