//! The backend-neutral contract of the event log: the [`EventLog`] trait and its request and
//! outcome types.
//!
//! Everything here must be implementable by any backend (sled today, PostgreSQL later), so no
//! sled type appears in it. Not here: how a backend stores bytes (`format.rs`), group commit
//! (`writer.rs`), verification and export/import, which are written once against this trait.

use std::fmt;
use std::time::Duration;

use stancelog_events::{Envelope, EventId, Hash, NewEvent, Seq, StreamId, StreamVersion};

use crate::{StoreError, VerifyFault};

/// What the caller believes about a stream's version before appending (optimistic concurrency).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExpectedVersion {
    /// Append whatever the stream's version is.
    Any,
    /// The stream must not exist yet (version [`StreamVersion::NONE`]).
    NoStream,
    /// The stream must be exactly at this version ([`StreamVersion::NONE`] means "absent").
    Exact(StreamVersion),
}

impl ExpectedVersion {
    /// Whether a stream at `actual` satisfies this expectation.
    pub fn admits(self, actual: StreamVersion) -> bool {
        match self {
            ExpectedVersion::Any => true,
            ExpectedVersion::NoStream => actual == StreamVersion::NONE,
            ExpectedVersion::Exact(expected) => actual == expected,
        }
    }
}

impl fmt::Display for ExpectedVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExpectedVersion::Any => f.write_str("any version"),
            ExpectedVersion::NoStream => f.write_str("no stream"),
            ExpectedVersion::Exact(version) => write!(f, "version {version}"),
        }
    }
}

/// One atomic append: events for one stream, stored all together or not at all.
#[derive(Clone, Debug, PartialEq)]
pub struct AppendRequest {
    /// The stream appended to.
    pub stream: StreamId,
    /// The version the stream must be at.
    pub expected: ExpectedVersion,
    /// The events, in order; at least one, each id at most once.
    pub events: Vec<NewEvent>,
}

impl AppendRequest {
    /// The checks that need no reads (rule 4), the same for every backend: a stream name that
    /// can be stored, at least one event, no id twice in the request.
    pub(crate) fn precheck(&self) -> Result<(), StoreError> {
        let invalid = |problem: String| StoreError::InvalidRequest {
            stream: self.stream.clone(),
            problem,
        };
        crate::format::check_stream_name(&self.stream).map_err(invalid)?;
        if self.events.is_empty() {
            return Err(invalid("an append needs at least one event".into()));
        }
        let mut seen = std::collections::HashSet::with_capacity(self.events.len());
        if let Some(twice) = self.events.iter().find(|event| !seen.insert(event.id)) {
            return Err(invalid(format!(
                "event {} appears twice in one batch",
                twice.id
            )));
        }
        Ok(())
    }

    /// Builds a request.
    pub fn new(
        stream: StreamId,
        expected: ExpectedVersion,
        events: Vec<NewEvent>,
    ) -> AppendRequest {
        AppendRequest {
            stream,
            expected,
            events,
        }
    }
}

/// Where an append landed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppendOutcome {
    /// Global position of the batch's first event.
    pub first: Seq,
    /// Global position of the batch's last event.
    pub last: Seq,
    /// The stream's version after the append (its current version for a duplicate).
    pub version: StreamVersion,
    /// True when every event id of the batch was already stored: nothing was written, and
    /// `first`/`last` are the positions where those events were stored before.
    pub duplicate: bool,
}

/// The append-only, hash-chained event log. Implementations must be safe to share between
/// threads; every method is synchronous.
pub trait EventLog: Send + Sync {
    /// Appends one request atomically. Returns only once the events are durable (flushed).
    /// Idempotent by event id: a batch whose ids are all stored is a duplicate, nothing is
    /// written; a batch of which only some ids are stored is refused
    /// ([`StoreError::PartialDuplicate`]). The idempotency check comes before the version check,
    /// so a retried request is a duplicate, not a conflict.
    fn append(&self, request: AppendRequest) -> Result<AppendOutcome, StoreError>;

    /// Appends many requests, each atomic on its own (one failing does not stop the others),
    /// applied in order and made durable with one flush for the whole group. Results come back
    /// in request order.
    fn append_batch(&self, requests: Vec<AppendRequest>) -> Vec<Result<AppendOutcome, StoreError>>;

    /// Every envelope with `seq >= from`, in seq order.
    fn read_all(&self, from: Seq) -> Box<dyn Iterator<Item = Result<Envelope, StoreError>> + '_>;

    /// The stream's envelopes with `version >= from`, in version order (empty when absent).
    fn read_stream(
        &self,
        stream: &StreamId,
        from: StreamVersion,
    ) -> Result<Vec<Envelope>, StoreError>;

    /// The stream's current version; [`StreamVersion::NONE`] when it does not exist.
    fn stream_version(&self, stream: &StreamId) -> Result<StreamVersion, StoreError>;

    /// The seq of the last event; [`Seq::ZERO`] when the log is empty.
    fn head(&self) -> Result<Seq, StoreError>;

    /// The hash of the last event; [`stancelog_events::ZERO_HASH`] when the log is empty.
    fn head_hash(&self) -> Result<Hash, StoreError>;

    /// Whether an event with this id is stored.
    fn contains_event(&self, id: EventId) -> Result<bool, StoreError>;

    /// Blocks until the head is past `after` or `timeout` has passed, and returns the head then.
    /// Wakes for appends made through this handle (the only writer, since the database is
    /// exclusive to one process).
    fn wait_for_head_after(&self, after: Seq, timeout: Duration) -> Result<Seq, StoreError>;

    /// The import path: stores envelopes that already carry their position, time and hash,
    /// exactly as given, in one atomic step. The backend re-checks that they continue the log
    /// (`seq` is head + 1, `prev_hash` is the head hash, the hash recomputes, stream versions are
    /// contiguous, ids are new) and refuses the whole group otherwise. Durable before it returns.
    /// Use [`crate::import`] rather than calling this directly.
    fn append_sealed(&self, envelopes: Vec<Envelope>) -> Result<(), StoreError>;

    /// Backend-specific consistency checks that [`crate::verify`] cannot see through the other
    /// methods (for sled: no index entry points at a missing or wrong event). The default
    /// checks nothing.
    fn verify_storage(&self) -> Result<(), VerifyFault> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_version_admits_and_displays() {
        assert!(ExpectedVersion::Any.admits(StreamVersion(5)));
        assert!(ExpectedVersion::NoStream.admits(StreamVersion::NONE));
        assert!(!ExpectedVersion::NoStream.admits(StreamVersion(1)));
        assert!(ExpectedVersion::Exact(StreamVersion(2)).admits(StreamVersion(2)));
        assert!(!ExpectedVersion::Exact(StreamVersion(2)).admits(StreamVersion(3)));
        assert_eq!(
            ExpectedVersion::Exact(StreamVersion(2)).to_string(),
            "version 2"
        );
        assert_eq!(ExpectedVersion::Any.to_string(), "any version");
    }
}
