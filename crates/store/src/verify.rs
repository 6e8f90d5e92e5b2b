//! `verify`: walks a whole log through the [`EventLog`] trait and checks every promise the store
//! makes — seq contiguity from 1, the hash chain, stream version contiguity, that the stream
//! index and the event-id index agree with the log, and that every payload decodes.
//!
//! Written once against the trait so every backend is checked the same way; a backend adds its
//! own storage checks through [`EventLog::verify_storage`]. Not here: repairing anything.

use std::collections::{HashMap, HashSet};
use std::fmt;

use stancelog_events::{EventId, Hash, Seq, StreamId, StreamVersion, ZERO_HASH};

use crate::{EventLog, StoreError};

/// What a clean walk found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerifyReport {
    /// Number of events.
    pub events: u64,
    /// Number of distinct streams.
    pub streams: u64,
    /// Seq of the last event ([`Seq::ZERO`] when empty).
    pub head: Seq,
    /// Hash of the last event ([`ZERO_HASH`] when empty).
    pub head_hash: Hash,
}

/// The first broken promise found: where (when it concerns one event) and what.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct VerifyFault {
    /// The event concerned, if the fault is tied to one.
    pub seq: Option<Seq>,
    /// What is wrong, e.g. `hash mismatch: stored … computed …`.
    pub problem: String,
}

impl VerifyFault {
    /// A fault at one event.
    pub fn at(seq: Seq, problem: impl Into<String>) -> VerifyFault {
        VerifyFault {
            seq: Some(seq),
            problem: problem.into(),
        }
    }

    /// A fault of the log as a whole.
    pub fn general(problem: impl Into<String>) -> VerifyFault {
        VerifyFault {
            seq: None,
            problem: problem.into(),
        }
    }

    /// A read that failed during verification; a corruption keeps its seq.
    fn from_store(err: StoreError, doing: &str) -> VerifyFault {
        match err {
            StoreError::Corrupt { seq, problem } => VerifyFault { seq, problem },
            other => VerifyFault::general(format!("{doing}: {other}")),
        }
    }
}

impl fmt::Display for VerifyFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.seq {
            Some(seq) => write!(f, "seq {seq}: {}", self.problem),
            None => f.write_str(&self.problem),
        }
    }
}

/// What the walk remembers of one stream to cross-check the stream index afterwards.
struct StreamSeen {
    version: StreamVersion,
    seqs: Vec<Seq>,
}

/// Walks the whole log and checks it; `progress` is called with each seq checked.
pub fn verify(
    log: &dyn EventLog,
    progress: &mut dyn FnMut(Seq),
) -> Result<VerifyReport, VerifyFault> {
    let mut expected_seq = Seq(1);
    let mut prev_hash = ZERO_HASH;
    let mut prev_recorded_at = None;
    let mut streams: HashMap<StreamId, StreamSeen> = HashMap::new();
    let mut ids: HashSet<EventId> = HashSet::new();
    let mut events = 0u64;

    for item in log.read_all(Seq(1)) {
        let envelope = item.map_err(|err| VerifyFault::from_store(err, "reading the log"))?;
        let seq = envelope.seq;
        if seq != expected_seq {
            return Err(VerifyFault::at(
                seq,
                format!("seq gap: expected seq {expected_seq}, found seq {seq}"),
            ));
        }
        if envelope.prev_hash != prev_hash {
            return Err(VerifyFault::at(
                seq,
                format!(
                    "broken chain: prev_hash {} but the previous event's hash is {prev_hash}",
                    envelope.prev_hash
                ),
            ));
        }
        let computed = envelope.compute_hash();
        if computed != envelope.hash {
            return Err(VerifyFault::at(
                seq,
                format!(
                    "hash mismatch: stored {} computed {computed}",
                    envelope.hash
                ),
            ));
        }
        if let Some(last) = prev_recorded_at.filter(|last| envelope.recorded_at < *last) {
            return Err(VerifyFault::at(
                seq,
                format!(
                    "recorded_at {} is earlier than the previous event's {last}",
                    envelope.recorded_at
                ),
            ));
        }
        prev_recorded_at = Some(envelope.recorded_at);
        let seen = streams
            .entry(envelope.stream.clone())
            .or_insert(StreamSeen {
                version: StreamVersion::NONE,
                seqs: Vec::new(),
            });
        if envelope.version != seen.version.next() {
            return Err(VerifyFault::at(
                seq,
                format!(
                    "stream {} jumps from version {} to version {}",
                    envelope.stream, seen.version, envelope.version
                ),
            ));
        }
        seen.version = envelope.version;
        seen.seqs.push(seq);
        if !ids.insert(envelope.id) {
            return Err(VerifyFault::at(
                seq,
                format!("event {} is stored twice", envelope.id),
            ));
        }
        let indexed = log
            .contains_event(envelope.id)
            .map_err(|err| VerifyFault::from_store(err, "reading the event-id index"))?;
        if !indexed {
            return Err(VerifyFault::at(
                seq,
                format!("event {} is missing from the event-id index", envelope.id),
            ));
        }
        if let Err(err) = envelope.event() {
            return Err(VerifyFault::at(
                seq,
                format!("payload does not decode: {err}"),
            ));
        }
        prev_hash = envelope.hash;
        expected_seq = seq.next();
        events += 1;
        progress(seq);
    }

    let head = Seq(expected_seq.0 - 1);
    check_head(log, head, prev_hash)?;
    for (stream, seen) in &streams {
        check_stream(log, stream, seen)?;
    }
    log.verify_storage()?;
    Ok(VerifyReport {
        events,
        streams: streams.len() as u64,
        head,
        head_hash: prev_hash,
    })
}

/// The head the log reports must be the last event walked.
fn check_head(log: &dyn EventLog, head: Seq, head_hash: Hash) -> Result<(), VerifyFault> {
    let stored = log
        .head()
        .map_err(|err| VerifyFault::from_store(err, "reading the head"))?;
    if stored != head {
        return Err(VerifyFault::general(format!(
            "the log says its head is seq {stored}, the last event is seq {head}"
        )));
    }
    let stored_hash = log
        .head_hash()
        .map_err(|err| VerifyFault::from_store(err, "reading the head hash"))?;
    if stored_hash != head_hash {
        return Err(VerifyFault::general(format!(
            "the log's head hash is {stored_hash}, the last event's hash is {head_hash}"
        )));
    }
    Ok(())
}

/// The stream index must list exactly the events walked for that stream, in order.
fn check_stream(
    log: &dyn EventLog,
    stream: &StreamId,
    seen: &StreamSeen,
) -> Result<(), VerifyFault> {
    let version = log.stream_version(stream).map_err(|err| {
        VerifyFault::from_store(err, &format!("reading the version of stream {stream}"))
    })?;
    if version != seen.version {
        return Err(VerifyFault::general(format!(
            "stream {stream}: the index says version {version}, the log holds version {}",
            seen.version
        )));
    }
    let indexed = log
        .read_stream(stream, StreamVersion(1))
        .map_err(|err| VerifyFault::from_store(err, &format!("reading stream {stream}")))?;
    let indexed_seqs: Vec<Seq> = indexed.iter().map(|envelope| envelope.seq).collect();
    if indexed_seqs != seen.seqs {
        return Err(VerifyFault::general(format!(
            "stream {stream}: the stream index lists seqs {indexed_seqs:?}, the log holds {:?}",
            seen.seqs
        )));
    }
    if let Some(stray) = indexed.iter().find(|envelope| &envelope.stream != stream) {
        return Err(VerifyFault::at(
            stray.seq,
            format!(
                "indexed under stream {stream} but belongs to {}",
                stray.stream
            ),
        ));
    }
    Ok(())
}
