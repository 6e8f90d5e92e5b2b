//! The vocabulary of stancelog: ids, stances, the domain events and the stored envelope.
//!
//! This crate is what every other crate agrees on. It holds plain data and the pure functions that
//! define it (canonical bytes and the SHA-256 chain of an envelope, payload decoding with schema
//! versions). It does no I/O: reading articles belongs to `stancelog-ingest`, storing events to
//! `stancelog-store`, folding them into views to `stancelog-projection`.
//!
//! Events are immutable facts in the past tense ([`Event`]). A correction is a new event, never an
//! edit. The envelope ([`Envelope`]) keeps the storage position (`seq`, `stream`, `version`,
//! `recorded_at`, the hash chain) apart from the domain payload, so the store never needs to
//! understand claims and the domain never needs to know about storage.

mod envelope;
mod event;
mod ids;
mod stance;

pub use envelope::{canonical_json, Envelope, Hash, NewEvent, ZERO_HASH};
pub use event::{
    ArticleIngested, ClaimAsserted, ClaimExtracted, ClaimRetracted, DateBasis, DecodeError, Event,
    EventKind, ExtractorInfo, Span,
};
pub use ids::{ActorId, ArticleId, ClaimId, EventId, Seq, StreamId, StreamVersion, TopicId};
pub use stance::{Confidence, ParseStanceError, Stance};
