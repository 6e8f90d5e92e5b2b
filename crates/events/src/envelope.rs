//! The stored envelope and its SHA-256 chain.
//!
//! The envelope is what the store writes: the storage position (`seq`, `stream`, `version`,
//! `recorded_at`) beside the domain payload, chained by hash so that any edit of a stored event
//! shows. The canonical bytes that are hashed are defined here, once, so every backend and the
//! export/import path hash the same bytes.
//!
//! Canonical bytes: the JSON object
//! `{"seq":…,"id":…,"stream":…,"version":…,"kind":…,"schema":…,"recorded_at":…,"payload":…}`
//! with fields in exactly that order, no whitespace, `recorded_at` as RFC 3339 UTC with six
//! fractional digits and `Z`, and the payload's object keys sorted bytewise at every depth.
//! `hash = sha256(prev_hash ‖ canonical bytes)`, with 32 zero bytes before the first event.

use std::fmt;

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};

use crate::{Event, EventId, EventKind, Seq, StreamId, StreamVersion};

/// A SHA-256 digest, written as 64 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Hash(pub [u8; 32]);

/// The `prev_hash` of the first event in a log.
pub const ZERO_HASH: Hash = Hash([0; 32]);

impl Hash {
    /// Lowercase hex.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// Parses 64 hex digits.
    pub fn from_hex(text: &str) -> Option<Hash> {
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(text, &mut bytes).ok()?;
        Some(Hash(bytes))
    }
}

impl fmt::Debug for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hash({})", self.to_hex())
    }
}

impl fmt::Display for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl Serialize for Hash {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_hex())
    }
}

impl<'de> Deserialize<'de> for Hash {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Hash::from_hex(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not a SHA-256 hex digest: {text:?}")))
    }
}

/// An event proposed for appending: its id and payload, before the store gives it a position.
#[derive(Clone, Debug, PartialEq)]
pub struct NewEvent {
    /// Identity; appending the same id twice stores it once.
    pub id: EventId,
    /// Envelope kind.
    pub kind: EventKind,
    /// Payload schema version.
    pub schema: u16,
    /// The payload.
    pub payload: serde_json::Value,
}

impl NewEvent {
    /// Wraps a domain event under the given id, in the current schema.
    pub fn new(id: EventId, event: &Event) -> NewEvent {
        let kind = event.kind();
        NewEvent {
            id,
            kind,
            schema: kind.current_schema(),
            payload: event.to_payload(),
        }
    }
}

/// One stored event: position, identity, payload and chain.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    /// Global position, from 1, gap-free.
    pub seq: Seq,
    /// Event id.
    pub id: EventId,
    /// The stream it belongs to.
    pub stream: StreamId,
    /// Position inside the stream, from 1, gap-free.
    pub version: StreamVersion,
    /// Event kind (`ClaimExtracted`…), kept as text so unknown future kinds still verify.
    pub kind: String,
    /// Payload schema version.
    pub schema: u16,
    /// When the store accepted it (transaction time), microsecond precision.
    pub recorded_at: DateTime<Utc>,
    /// The domain event as JSON.
    pub payload: serde_json::Value,
    /// Hash of the previous envelope ([`ZERO_HASH`] for the first).
    pub prev_hash: Hash,
    /// `sha256(prev_hash ‖ canonical bytes)`.
    pub hash: Hash,
}

impl Envelope {
    /// Builds an envelope at a position and seals it into the chain after `prev_hash`.
    /// `recorded_at` is truncated to microseconds so it survives a text round trip exactly.
    pub fn seal(
        seq: Seq,
        stream: StreamId,
        version: StreamVersion,
        event: NewEvent,
        recorded_at: DateTime<Utc>,
        prev_hash: Hash,
    ) -> Envelope {
        let recorded_at = truncate_to_micros(recorded_at);
        let mut envelope = Envelope {
            seq,
            id: event.id,
            stream,
            version,
            kind: event.kind.as_str().to_string(),
            schema: event.schema,
            recorded_at,
            payload: event.payload,
            prev_hash,
            hash: ZERO_HASH,
        };
        envelope.hash = envelope.compute_hash();
        envelope
    }

    /// The canonical bytes that the chain hashes (see the module doc).
    pub fn canonical_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(256);
        out.extend_from_slice(b"{\"seq\":");
        out.extend_from_slice(self.seq.0.to_string().as_bytes());
        out.extend_from_slice(b",\"id\":");
        push_json_string(&mut out, &self.id.0.to_string());
        out.extend_from_slice(b",\"stream\":");
        push_json_string(&mut out, self.stream.as_str());
        out.extend_from_slice(b",\"version\":");
        out.extend_from_slice(self.version.0.to_string().as_bytes());
        out.extend_from_slice(b",\"kind\":");
        push_json_string(&mut out, &self.kind);
        out.extend_from_slice(b",\"schema\":");
        out.extend_from_slice(self.schema.to_string().as_bytes());
        out.extend_from_slice(b",\"recorded_at\":");
        push_json_string(
            &mut out,
            &self
                .recorded_at
                .to_rfc3339_opts(SecondsFormat::Micros, true),
        );
        out.extend_from_slice(b",\"payload\":");
        canonical_json(&self.payload, &mut out);
        out.push(b'}');
        out
    }

    /// `sha256(prev_hash ‖ canonical bytes)` of this envelope as it is now.
    pub fn compute_hash(&self) -> Hash {
        let mut hasher = Sha256::new();
        hasher.update(self.prev_hash.0);
        hasher.update(self.canonical_bytes());
        Hash(hasher.finalize().into())
    }

    /// Decodes the payload into a domain event.
    pub fn event(&self) -> Result<Event, crate::DecodeError> {
        Event::decode(&self.kind, self.schema, &self.payload)
    }
}

/// Truncates an instant to whole microseconds.
fn truncate_to_micros(at: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(at.timestamp_micros()).unwrap_or(at)
}

fn push_json_string(out: &mut Vec<u8>, text: &str) {
    // serde_json's string escaping is canonical (shortest form, \u00XX for controls).
    serde_json::to_writer(&mut *out, text).expect("writing to a Vec cannot fail");
}

/// Writes `value` as compact JSON with object keys sorted bytewise at every depth, whatever
/// order the map holds them in (so the result does not depend on serde_json's features).
pub fn canonical_json(value: &serde_json::Value, out: &mut Vec<u8>) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push(b'{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                push_json_string(out, key);
                out.push(b':');
                canonical_json(&map[key], out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                canonical_json(item, out);
            }
            out.push(b']');
        }
        scalar => serde_json::to_writer(&mut *out, scalar).expect("writing to a Vec cannot fail"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ClaimId, ClaimRetracted};
    use uuid::Uuid;

    fn retraction(reason: &str) -> NewEvent {
        let event = Event::ClaimRetracted(ClaimRetracted {
            claim_id: ClaimId(Uuid::from_u128(7)),
            reason: reason.into(),
            by: "analyst".into(),
        });
        NewEvent::new(EventId(Uuid::from_u128(9)), &event)
    }

    fn at() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2024-02-28T10:00:00.123456789Z")
            .unwrap()
            .to_utc()
    }

    #[test]
    fn seal_then_verify_and_any_edit_breaks_the_hash() {
        let env = Envelope::seal(
            Seq(1),
            StreamId::new("article-x"),
            StreamVersion(1),
            retraction("wrong actor"),
            at(),
            ZERO_HASH,
        );
        assert_eq!(env.compute_hash(), env.hash);
        let mut edited = env.clone();
        edited.payload["reason"] = "wrong actoR".into();
        assert_ne!(edited.compute_hash(), env.hash);
        let mut moved = env.clone();
        moved.seq = Seq(2);
        assert_ne!(moved.compute_hash(), env.hash);
    }

    #[test]
    fn json_round_trip_keeps_the_hash() {
        let env = Envelope::seal(
            Seq(3),
            StreamId::new("article-x"),
            StreamVersion(2),
            retraction("dup"),
            at(),
            Hash([7; 32]),
        );
        let text = serde_json::to_string(&env).unwrap();
        let back: Envelope = serde_json::from_str(&text).unwrap();
        assert_eq!(back, env);
        assert_eq!(back.compute_hash(), env.hash);
        assert_eq!(back.recorded_at.timestamp_subsec_nanos(), 123_456_000);
    }

    #[test]
    fn canonical_json_sorts_keys_at_every_depth() {
        let value = serde_json::json!({"b": 1, "a": {"d": [1, {"z": 0, "y": "é\n"}], "c": null}});
        let mut out = Vec::new();
        canonical_json(&value, &mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#"{"a":{"c":null,"d":[1,{"y":"é\n","z":0}]},"b":1}"#
        );
    }

    #[test]
    fn hash_hex_round_trips_and_rejects_junk() {
        let hash = Hash([0xab; 32]);
        assert_eq!(Hash::from_hex(&hash.to_hex()), Some(hash));
        assert_eq!(Hash::from_hex("zz"), None);
    }
}
