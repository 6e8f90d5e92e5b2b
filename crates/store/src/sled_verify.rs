//! The sled backend's own consistency check: every index entry points at the event it claims to,
//! and no index holds an entry the log does not explain.
//!
//! `verify.rs` already checks, through the trait, that every event is found through the indexes;
//! this file checks the reverse direction, which only the backend can see (stray or extra
//! entries in `event_ids`, `streams`, `stream_heads`). Not here: the chain itself.

use std::collections::HashMap;

use stancelog_events::{StreamId, StreamVersion};

use crate::format::{decode_seq, decode_stream_key, decode_version};
use crate::{SledLog, StoreError, VerifyFault};

impl SledLog {
    /// Checks the three index trees against the log, entry by entry, in both directions.
    pub fn verify_indexes(&self) -> Result<(), VerifyFault> {
        let fault = |err: sled::Error, what: &str| {
            VerifyFault::general(format!("reading {what}: {}", self.backend(what, err)))
        };
        let corrupt = |err: StoreError| match err {
            StoreError::Corrupt { seq, problem } => VerifyFault { seq, problem },
            other => VerifyFault::general(other.to_string()),
        };

        let events = self.log.len() as u64;
        // event_ids: id → seq, and the event at seq has that id.
        let mut count = 0u64;
        for entry in self.event_ids.iter() {
            let (key, value) = entry.map_err(|err| fault(err, "the event-id index"))?;
            let seq = decode_seq(&value).map_err(VerifyFault::general)?;
            let envelope = self.read_envelope(seq).map_err(corrupt)?;
            if envelope.id.0.as_bytes()[..] != key[..] {
                return Err(VerifyFault::at(
                    seq,
                    format!(
                        "the event-id index maps {} here, but the event is {}",
                        hex::encode(&key),
                        envelope.id
                    ),
                ));
            }
            count += 1;
        }
        if count != events {
            return Err(VerifyFault::general(format!(
                "the event-id index has {count} entries for {events} events"
            )));
        }

        // streams: (stream, version) → seq, and the event at seq is that stream and version.
        let mut highest: HashMap<StreamId, StreamVersion> = HashMap::new();
        let mut count = 0u64;
        for entry in self.streams.iter() {
            let (key, value) = entry.map_err(|err| fault(err, "the stream index"))?;
            let (stream, version) = decode_stream_key(&key).map_err(VerifyFault::general)?;
            let seq = decode_seq(&value).map_err(VerifyFault::general)?;
            let envelope = self.read_envelope(seq).map_err(corrupt)?;
            if envelope.stream != stream || envelope.version != version {
                return Err(VerifyFault::at(
                    seq,
                    format!(
                        "the stream index puts {stream} version {version} here, but the event is {} version {}",
                        envelope.stream, envelope.version
                    ),
                ));
            }
            let top = highest.entry(stream).or_insert(StreamVersion::NONE);
            *top = (*top).max(version);
            count += 1;
        }
        if count != events {
            return Err(VerifyFault::general(format!(
                "the stream index has {count} entries for {events} events"
            )));
        }

        // stream_heads: exactly one entry per stream, at its highest version.
        let mut heads = 0u64;
        for entry in self.stream_heads.iter() {
            let (key, value) = entry.map_err(|err| fault(err, "the stream heads"))?;
            let stream = StreamId::new(String::from_utf8_lossy(&key).into_owned());
            let version = decode_version(&value).map_err(VerifyFault::general)?;
            let indexed = highest.get(&stream).copied().unwrap_or(StreamVersion::NONE);
            if version != indexed {
                return Err(VerifyFault::general(format!(
                    "stream {stream}: its head says version {version}, the stream index reaches version {indexed}"
                )));
            }
            heads += 1;
        }
        if heads != highest.len() as u64 {
            return Err(VerifyFault::general(format!(
                "{heads} stream heads for {} streams in the stream index",
                highest.len()
            )));
        }
        Ok(())
    }
}
