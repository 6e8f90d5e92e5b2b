//! The sled backend's on-disk layout: tree names, key and value encodings, the format version.
//!
//! Every byte layout of the sled backend is defined here and nowhere else (including the head
//! entries of `meta` as a transaction reads and writes them), so the rules in the
//! crate doc can be checked against one file. Integers are big-endian so that sled's byte order
//! is numeric order; nothing on disk is a `usize`.
//!
//! Not here: what the bytes mean for appends (see `writer.rs`) or how they are read back in bulk
//! (see `sled_log.rs`).

use chrono::{DateTime, Utc};
use sled::transaction::{ConflictableTransactionError, TransactionalTree};
use stancelog_events::{Envelope, EventId, Hash, Seq, StreamId, StreamVersion, ZERO_HASH};

use crate::StoreError;

/// The on-disk format this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

/// `meta`: format version, head seq, head hash.
pub(crate) const TREE_META: &str = "meta";
/// `log`: seq (u64 BE) → envelope as JSON.
pub(crate) const TREE_LOG: &str = "log";
/// `streams`: stream name ‖ 0x00 ‖ version (u64 BE) → seq (u64 BE).
pub(crate) const TREE_STREAMS: &str = "streams";
/// `stream_heads`: stream name → current version (u64 BE).
pub(crate) const TREE_STREAM_HEADS: &str = "stream_heads";
/// `event_ids`: 16 uuid bytes → seq (u64 BE).
pub(crate) const TREE_EVENT_IDS: &str = "event_ids";

/// `meta` key of the format version (u32 BE).
pub(crate) const META_FORMAT_VERSION: &[u8] = b"format_version";
/// `meta` key of the head seq (u64 BE); absent in an empty log.
pub(crate) const META_HEAD_SEQ: &[u8] = b"head_seq";
/// `meta` key of the head hash (32 raw bytes); absent in an empty log.
pub(crate) const META_HEAD_HASH: &[u8] = b"head_hash";
/// `meta` key of the head's `recorded_at` (i64 microseconds since the Unix epoch, BE); absent in
/// an empty log.
pub(crate) const META_HEAD_RECORDED_AT: &[u8] = b"head_recorded_at";

/// Separates the stream name from the version in `streams` keys. Stream names may not contain it.
pub(crate) const STREAM_KEY_SEPARATOR: u8 = 0x00;

/// Key of a `log` entry.
pub(crate) fn seq_key(seq: Seq) -> [u8; 8] {
    seq.to_be_bytes()
}

/// Reads an 8-byte big-endian seq (a `log` key, or an index value).
pub(crate) fn decode_seq(bytes: &[u8]) -> Result<Seq, String> {
    let array: [u8; 8] = bytes
        .try_into()
        .map_err(|_| format!("expected 8 bytes for a seq, found {}", bytes.len()))?;
    Ok(Seq::from_be_bytes(array))
}

/// Value of a `stream_heads` entry.
pub(crate) fn version_value(version: StreamVersion) -> [u8; 8] {
    version.0.to_be_bytes()
}

/// Reads an 8-byte big-endian stream version.
pub(crate) fn decode_version(bytes: &[u8]) -> Result<StreamVersion, String> {
    let array: [u8; 8] = bytes.try_into().map_err(|_| {
        format!(
            "expected 8 bytes for a stream version, found {}",
            bytes.len()
        )
    })?;
    Ok(StreamVersion(u64::from_be_bytes(array)))
}

/// The `streams` key prefix shared by every event of a stream: name ‖ 0x00.
pub(crate) fn stream_prefix(stream: &StreamId) -> Vec<u8> {
    let mut key = Vec::with_capacity(stream.as_str().len() + 9);
    key.extend_from_slice(stream.as_str().as_bytes());
    key.push(STREAM_KEY_SEPARATOR);
    key
}

/// Key of a `streams` entry: name ‖ 0x00 ‖ version BE.
pub(crate) fn stream_key(stream: &StreamId, version: StreamVersion) -> Vec<u8> {
    let mut key = stream_prefix(stream);
    key.extend_from_slice(&version.0.to_be_bytes());
    key
}

/// Splits a `streams` key into stream name and version.
pub(crate) fn decode_stream_key(key: &[u8]) -> Result<(StreamId, StreamVersion), String> {
    if key.len() < 9 || key[key.len() - 9] != STREAM_KEY_SEPARATOR {
        return Err(format!("malformed stream index key {}", hex::encode(key)));
    }
    let (name, rest) = key.split_at(key.len() - 9);
    let name = std::str::from_utf8(name)
        .map_err(|_| format!("stream index key is not UTF-8: {}", hex::encode(key)))?;
    Ok((StreamId::new(name), decode_version(&rest[1..])?))
}

/// Why a stream name cannot be stored, if it cannot.
pub(crate) fn check_stream_name(stream: &StreamId) -> Result<(), String> {
    if stream.as_str().is_empty() {
        return Err("stream name is empty".into());
    }
    if stream.as_str().as_bytes().contains(&STREAM_KEY_SEPARATOR) {
        return Err("stream name contains a NUL byte".into());
    }
    Ok(())
}

/// Key of an `event_ids` entry.
pub(crate) fn event_id_key(id: EventId) -> [u8; 16] {
    *id.0.as_bytes()
}

/// Value of `meta`'s head `recorded_at`: microseconds since the epoch, i64 BE.
pub(crate) fn instant_value(at: DateTime<Utc>) -> [u8; 8] {
    at.timestamp_micros().to_be_bytes()
}

/// Reads an instant written by [`instant_value`].
pub(crate) fn decode_instant(bytes: &[u8]) -> Result<DateTime<Utc>, String> {
    let array: [u8; 8] = bytes
        .try_into()
        .map_err(|_| format!("expected 8 bytes for an instant, found {}", bytes.len()))?;
    let micros = i64::from_be_bytes(array);
    DateTime::from_timestamp_micros(micros)
        .ok_or_else(|| format!("instant {micros} is out of range"))
}

/// Value of `meta`'s head hash.
pub(crate) fn decode_hash(bytes: &[u8]) -> Result<Hash, String> {
    let array: [u8; 32] = bytes
        .try_into()
        .map_err(|_| format!("expected 32 bytes for a hash, found {}", bytes.len()))?;
    Ok(Hash(array))
}

/// Reads the 4-byte big-endian format version.
pub(crate) fn decode_format_version(bytes: &[u8]) -> Result<u32, String> {
    let array: [u8; 4] = bytes.try_into().map_err(|_| {
        format!(
            "expected 4 bytes for the format version, found {}",
            bytes.len()
        )
    })?;
    Ok(u32::from_be_bytes(array))
}

/// Value of a `log` entry: the envelope as serde_json writes it (the same text export writes).
pub(crate) fn encode_envelope(envelope: &Envelope) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(envelope).map_err(|err| {
        StoreError::corrupt_at(envelope.seq, format!("envelope does not serialise: {err}"))
    })
}

/// Decodes a `log` value and checks that it sits under its own seq.
pub(crate) fn decode_envelope(key: Seq, bytes: &[u8]) -> Result<Envelope, StoreError> {
    let envelope: Envelope = serde_json::from_slice(bytes).map_err(|err| {
        StoreError::corrupt_at(key, format!("stored value is not an envelope: {err}"))
    })?;
    if envelope.seq != key {
        return Err(StoreError::corrupt_at(
            key,
            format!(
                "envelope stored under seq {key} says it is seq {}",
                envelope.seq
            ),
        ));
    }
    Ok(envelope)
}

/// The end of the log as `meta` records it.
#[derive(Clone, Copy)]
pub(crate) struct Head {
    pub(crate) seq: Seq,
    pub(crate) hash: Hash,
    /// `recorded_at` of the last event; `None` in an empty log.
    pub(crate) recorded_at: Option<DateTime<Utc>>,
}

impl Head {
    /// Whether a pre-sealed envelope (an import) continues the chain at this head: the next seq,
    /// linked to the head's hash, not recorded before it, its own hash right, a valid stream
    /// name. One rule for every backend, so an export moves between them unchanged.
    pub(crate) fn check_continuation(&self, envelope: &Envelope) -> Result<(), String> {
        if envelope.seq != self.seq.next() {
            return Err(format!(
                "does not continue the log: head is seq {}",
                self.seq
            ));
        }
        if envelope.prev_hash != self.hash {
            return Err(format!(
                "prev_hash {} is not the head hash {}",
                envelope.prev_hash, self.hash
            ));
        }
        if let Some(last) = self.recorded_at.filter(|last| envelope.recorded_at < *last) {
            return Err(format!(
                "recorded_at {} is earlier than the previous event's {last}",
                envelope.recorded_at
            ));
        }
        let computed = envelope.compute_hash();
        if computed != envelope.hash {
            return Err(format!(
                "hash mismatch: stored {} computed {computed}",
                envelope.hash
            ));
        }
        check_stream_name(&envelope.stream)
    }

    /// Moves the head onto an envelope just written.
    pub(crate) fn advance(&mut self, envelope: &Envelope) {
        self.seq = envelope.seq;
        self.hash = envelope.hash;
        self.recorded_at = Some(envelope.recorded_at);
    }
}

/// Aborts a transaction over a value that does not decode.
fn corrupt(problem: String) -> ConflictableTransactionError<StoreError> {
    ConflictableTransactionError::Abort(StoreError::corrupt(problem))
}

/// The head as the transaction sees it.
pub(crate) fn read_head(
    meta: &TransactionalTree,
) -> Result<Head, ConflictableTransactionError<StoreError>> {
    let seq = match meta.get(META_HEAD_SEQ)? {
        Some(bytes) => decode_seq(&bytes).map_err(corrupt)?,
        None => Seq::ZERO,
    };
    let hash = match meta.get(META_HEAD_HASH)? {
        Some(bytes) => decode_hash(&bytes).map_err(corrupt)?,
        None => ZERO_HASH,
    };
    let recorded_at = match meta.get(META_HEAD_RECORDED_AT)? {
        Some(bytes) => Some(decode_instant(&bytes).map_err(corrupt)?),
        None => None,
    };
    Ok(Head {
        seq,
        hash,
        recorded_at,
    })
}

/// Writes the head entries of `meta` (rule 1).
pub(crate) fn write_head(
    meta: &TransactionalTree,
    head: &Head,
) -> Result<(), ConflictableTransactionError<StoreError>> {
    meta.insert(META_HEAD_SEQ, &seq_key(head.seq))?;
    meta.insert(META_HEAD_HASH, &head.hash.0)?;
    if let Some(at) = head.recorded_at {
        meta.insert(META_HEAD_RECORDED_AT, &instant_value(at))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stream_keys_sort_by_stream_then_version() {
        let a = StreamId::new("a");
        let ab = StreamId::new("ab");
        // "a\0…" sorts before "ab…" because 0x00 is the smallest byte: no stream's keys
        // interleave with another's, so a prefix scan reads exactly one stream.
        assert!(stream_key(&a, StreamVersion(u64::MAX)) < stream_key(&ab, StreamVersion(1)));
        assert!(stream_key(&a, StreamVersion(255)) < stream_key(&a, StreamVersion(256)));
        let (name, version) = decode_stream_key(&stream_key(&ab, StreamVersion(7))).unwrap();
        assert_eq!((name, version), (ab, StreamVersion(7)));
    }

    #[test]
    fn instants_round_trip_at_microsecond_precision() {
        let at = DateTime::from_timestamp_micros(1_709_000_000_123_456).unwrap();
        assert_eq!(decode_instant(&instant_value(at)).unwrap(), at);
    }

    #[test]
    fn bad_stream_names_and_short_values_are_refused() {
        assert!(check_stream_name(&StreamId::new("")).is_err());
        assert!(check_stream_name(&StreamId::new("a\0b")).is_err());
        assert!(check_stream_name(&StreamId::new("article-1")).is_ok());
        assert!(decode_seq(&[1, 2, 3]).is_err());
        assert!(decode_hash(&[0; 31]).is_err());
        assert!(decode_format_version(&[0; 8]).is_err());
        assert!(decode_stream_key(b"short").is_err());
        assert!(decode_instant(&[0; 4]).is_err());
    }
}
