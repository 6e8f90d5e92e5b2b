//! The domain events, in the past tense, and their payload schemas.
//!
//! Each variant is serialised as its own payload struct; the event's kind and schema version
//! travel beside it in the envelope, so an old payload can be upcast when a schema changes.
//! Rule: a payload struct may gain optional fields (`#[serde(default)]`) without a schema bump;
//! renaming or removing a field, or changing its meaning, bumps [`EventKind::current_schema`] and
//! adds an upcast arm in [`Event::decode`].

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::{ActorId, ArticleId, ClaimId, Confidence, Stance, TopicId};

/// An article entered the log. Its id is derived from its normalised text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleIngested {
    /// Identity derived from the content hash: the same text under another URL is the same article.
    pub article_id: ArticleId,
    /// SHA-256 (hex) of the normalised text the id was derived from.
    pub content_hash: String,
    /// Headline.
    pub title: String,
    /// Publisher or outlet (`Reuters`, `kremlin.ru`, …); empty when unknown.
    #[serde(default)]
    pub source: String,
    /// Where it was read, if known.
    #[serde(default)]
    pub url: Option<String>,
    /// The day it was published; relative dates in the text resolve against it.
    pub published: NaiveDate,
    /// The publication instant when the input gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<DateTime<Utc>>,
    /// The full text, as read (claims' byte spans index into it).
    pub text: String,
}

/// How a claim's `said_on` date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateBasis {
    /// An explicit date in the text ("on 26 February", "Feb. 26, 2024").
    Explicit,
    /// A weekday ("said Tuesday"), the latest such day on or before publication.
    Weekday,
    /// "today", "yesterday", "on Monday last week" style relative expressions.
    Relative,
    /// Nothing in the statement's own sentence: the day of the event the sentences just before
    /// place it in ("met in Istanbul on Tuesday. … 'We are ready to keep talking,' he said").
    Context,
    /// Nothing in the text: the publication date.
    Published,
    /// Given by an analyst.
    Analyst,
}

impl DateBasis {
    /// The contract spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Explicit => "explicit",
            DateBasis::Weekday => "weekday",
            DateBasis::Relative => "relative",
            DateBasis::Context => "context",
            DateBasis::Published => "published",
            DateBasis::Analyst => "analyst",
        }
    }
}

/// A byte range `[start, end)` in the article's text. `u64` on disk, never `usize`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: u64,
    /// One past the last byte.
    pub end: u64,
}

/// Which program produced a claim, so re-extraction can tell its own claims from older ones.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ExtractorInfo {
    /// Name (`stancelog-rules`).
    pub name: String,
    /// Version; bumps whenever rules or data change what is found.
    pub version: String,
}

impl fmt::Display for ExtractorInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.name, self.version)
    }
}

/// The extractor found that an actor took a stance on a topic in an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimExtracted {
    /// Identity of the claim.
    pub claim_id: ClaimId,
    /// The article it was found in.
    pub article_id: ArticleId,
    /// Who holds the stance.
    pub actor: ActorId,
    /// Who voiced it ("Dmitry Peskov", "a spokesman for Rishi Sunak", "the Kremlin").
    pub speaker: String,
    /// Through whom it was reported, when the article cites another outlet ("CNN", "Reuters").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The question.
    pub topic: TopicId,
    /// The position.
    pub stance: Stance,
    /// The day it was said (valid time).
    pub said_on: NaiveDate,
    /// How `said_on` was found.
    pub date_basis: DateBasis,
    /// The sentence that carries the stance.
    pub evidence: String,
    /// Where the evidence sits in the article text.
    pub evidence_span: Span,
    /// The words that decided the stance ("no plans", "nothing should be ruled out").
    pub cue: String,
    /// How sure the extractor is.
    pub confidence: Confidence,
    /// Which extractor, which version.
    pub extractor: ExtractorInfo,
}

/// A claim is withdrawn: it stays in history, views leave it out from now on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimRetracted {
    /// The claim withdrawn.
    pub claim_id: ClaimId,
    /// Why, in words.
    pub reason: String,
    /// Who withdrew it: an analyst's name or an extractor (`stancelog-rules@0.2.0`).
    #[serde(default)]
    pub by: String,
}

/// An analyst recorded a claim by hand, with its source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimAsserted {
    /// Identity of the claim.
    pub claim_id: ClaimId,
    /// The article it belongs to, if it came from one in the log.
    #[serde(default)]
    pub article_id: Option<ArticleId>,
    /// Who holds the stance.
    pub actor: ActorId,
    /// Who voiced it.
    pub speaker: String,
    /// The question.
    pub topic: TopicId,
    /// The position.
    pub stance: Stance,
    /// The day it was said.
    pub said_on: NaiveDate,
    /// The quoted or paraphrased evidence.
    pub evidence: String,
    /// Where the analyst found it (URL, document, archive reference).
    pub source: String,
    /// Who entered it.
    #[serde(default)]
    pub analyst: String,
}

/// Every kind of event the log can hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// See [`ArticleIngested`].
    ArticleIngested(ArticleIngested),
    /// See [`ClaimExtracted`].
    ClaimExtracted(ClaimExtracted),
    /// See [`ClaimRetracted`].
    ClaimRetracted(ClaimRetracted),
    /// See [`ClaimAsserted`].
    ClaimAsserted(ClaimAsserted),
}

/// The kind of an event, as written in the envelope's `kind` field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventKind {
    /// `ArticleIngested`
    ArticleIngested,
    /// `ClaimExtracted`
    ClaimExtracted,
    /// `ClaimRetracted`
    ClaimRetracted,
    /// `ClaimAsserted`
    ClaimAsserted,
}

impl EventKind {
    /// The spelling in the envelope.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::ArticleIngested => "ArticleIngested",
            EventKind::ClaimExtracted => "ClaimExtracted",
            EventKind::ClaimRetracted => "ClaimRetracted",
            EventKind::ClaimAsserted => "ClaimAsserted",
        }
    }

    /// Parses the envelope's spelling.
    pub fn parse(kind: &str) -> Option<EventKind> {
        Some(match kind {
            "ArticleIngested" => EventKind::ArticleIngested,
            "ClaimExtracted" => EventKind::ClaimExtracted,
            "ClaimRetracted" => EventKind::ClaimRetracted,
            "ClaimAsserted" => EventKind::ClaimAsserted,
            _ => return None,
        })
    }

    /// The payload schema version this build writes.
    pub fn current_schema(self) -> u16 {
        1
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A payload that cannot be turned back into an [`Event`].
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    /// The kind is not one this build knows.
    #[error("unknown event kind {0:?}")]
    UnknownKind(String),
    /// The schema is newer than this build understands.
    #[error("{kind} schema {schema} is newer than this build understands (up to {supported})")]
    FutureSchema {
        /// Event kind.
        kind: EventKind,
        /// Schema found.
        schema: u16,
        /// Highest schema this build reads.
        supported: u16,
    },
    /// The payload does not match its schema.
    #[error("{kind} payload does not match schema {schema}: {source}")]
    Payload {
        /// Event kind.
        kind: EventKind,
        /// Schema found.
        schema: u16,
        /// What serde said.
        source: serde_json::Error,
    },
}

impl Event {
    /// The kind written in the envelope.
    pub fn kind(&self) -> EventKind {
        match self {
            Event::ArticleIngested(_) => EventKind::ArticleIngested,
            Event::ClaimExtracted(_) => EventKind::ClaimExtracted,
            Event::ClaimRetracted(_) => EventKind::ClaimRetracted,
            Event::ClaimAsserted(_) => EventKind::ClaimAsserted,
        }
    }

    /// The payload as JSON, in the current schema.
    pub fn to_payload(&self) -> serde_json::Value {
        let value = match self {
            Event::ArticleIngested(e) => serde_json::to_value(e),
            Event::ClaimExtracted(e) => serde_json::to_value(e),
            Event::ClaimRetracted(e) => serde_json::to_value(e),
            Event::ClaimAsserted(e) => serde_json::to_value(e),
        };
        // Serialising these plain structs (string keys, no maps with non-string keys, no
        // floats) cannot fail; a failure would be a programming error in this file.
        value.expect("event payloads always serialise to JSON")
    }

    /// Decodes a stored payload, upcasting older schemas to the current one.
    pub fn decode(
        kind: &str,
        schema: u16,
        payload: &serde_json::Value,
    ) -> Result<Event, DecodeError> {
        let kind =
            EventKind::parse(kind).ok_or_else(|| DecodeError::UnknownKind(kind.to_string()))?;
        let supported = kind.current_schema();
        if schema > supported {
            return Err(DecodeError::FutureSchema {
                kind,
                schema,
                supported,
            });
        }
        let wrap = |source| DecodeError::Payload {
            kind,
            schema,
            source,
        };
        // Schema 1 is the only one so far; upcasts from older schemas go here, one arm each.
        // Deserialising from the borrowed value avoids copying every payload on replay.
        Ok(match kind {
            EventKind::ArticleIngested => {
                Event::ArticleIngested(Deserialize::deserialize(payload).map_err(wrap)?)
            }
            EventKind::ClaimExtracted => {
                Event::ClaimExtracted(Deserialize::deserialize(payload).map_err(wrap)?)
            }
            EventKind::ClaimRetracted => {
                Event::ClaimRetracted(Deserialize::deserialize(payload).map_err(wrap)?)
            }
            EventKind::ClaimAsserted => {
                Event::ClaimAsserted(Deserialize::deserialize(payload).map_err(wrap)?)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn claim() -> ClaimExtracted {
        ClaimExtracted {
            claim_id: ClaimId(Uuid::from_u128(1)),
            article_id: ArticleId(Uuid::from_u128(2)),
            actor: ActorId::new("russia"),
            speaker: "Dmitry Peskov".into(),
            channel: Some("CNN".into()),
            topic: TopicId::new("troops-to-ukraine"),
            stance: Stance::Opposes,
            said_on: NaiveDate::from_ymd_opt(2024, 2, 27).unwrap(),
            date_basis: DateBasis::Weekday,
            evidence: "Peskov said Tuesday …".into(),
            evidence_span: Span { start: 10, end: 40 },
            cue: "inevitability of a conflict".into(),
            confidence: Confidence::from_millis(800),
            extractor: ExtractorInfo {
                name: "stancelog-rules".into(),
                version: "0.1.0".into(),
            },
        }
    }

    #[test]
    fn payload_round_trips_through_decode() {
        let event = Event::ClaimExtracted(claim());
        let payload = event.to_payload();
        assert_eq!(payload["stance"], "opposes");
        assert_eq!(payload["date_basis"], "weekday");
        assert_eq!(payload["confidence"], 800);
        let back = Event::decode(event.kind().as_str(), 1, &payload).unwrap();
        assert_eq!(back, event);
    }

    #[test]
    fn unknown_kind_and_future_schema_are_typed_errors() {
        let payload = Event::ClaimExtracted(claim()).to_payload();
        assert!(matches!(
            Event::decode("ClaimInvented", 1, &payload),
            Err(DecodeError::UnknownKind(_))
        ));
        assert!(matches!(
            Event::decode("ClaimExtracted", 9, &payload),
            Err(DecodeError::FutureSchema { schema: 9, .. })
        ));
        assert!(matches!(
            Event::decode("ClaimRetracted", 1, &payload),
            Err(DecodeError::Payload { .. })
        ));
    }

    #[test]
    fn optional_fields_may_be_absent_in_old_payloads() {
        let mut payload = Event::ClaimExtracted(claim()).to_payload();
        payload.as_object_mut().unwrap().remove("channel");
        let Event::ClaimExtracted(decoded) = Event::decode("ClaimExtracted", 1, &payload).unwrap()
        else {
            panic!("wrong variant")
        };
        assert_eq!(decoded.channel, None);
    }
}
