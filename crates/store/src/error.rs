//! The one error type of the store, [`StoreError`].
//!
//! Every variant says what we were doing and where (path or location), because the CLI prints
//! these messages as they are. A backend's raw message (sled's, later PostgreSQL's) is only ever
//! the *source* of a variant, never the whole message.
//!
//! Not here: verification faults ([`crate::VerifyFault`]), which describe the log's content rather
//! than a failed operation.

use std::error::Error as StdError;
use std::path::PathBuf;

use stancelog_events::{EventId, Seq, StreamId, StreamVersion};

use crate::ExpectedVersion;

/// Everything that can go wrong while opening, appending to, reading, exporting or importing a log.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The stream is not at the version the caller expected (optimistic concurrency).
    #[error("stream {stream}: expected {expected}, but the stream is at version {actual}")]
    Conflict {
        /// The stream appended to.
        stream: StreamId,
        /// What the caller expected.
        expected: ExpectedVersion,
        /// The stream's version when the append was tried.
        actual: StreamVersion,
    },

    /// Some but not all event ids of a batch are already stored; nothing was written.
    #[error(
        "stream {stream}: event {id} is already stored but other events of the same batch are \
         not; a batch is stored whole or not at all, so nothing was written"
    )]
    PartialDuplicate {
        /// The stream appended to.
        stream: StreamId,
        /// The first id of the batch that is already stored.
        id: EventId,
    },

    /// The request itself is malformed (empty batch, an id twice in one batch, a bad stream name).
    #[error("stream {stream:?}: {problem}")]
    InvalidRequest {
        /// The stream appended to.
        stream: StreamId,
        /// What is wrong with the request.
        problem: String,
    },

    /// Another process holds the database open.
    #[error("database {} is in use by another stancelog process", path.display())]
    InUse {
        /// The database directory.
        path: PathBuf,
    },

    /// The database was written by a newer stancelog with a newer on-disk format.
    #[error(
        "database {} has format version {found}, newer than this build supports (up to \
         {supported}); use a newer stancelog",
        path.display()
    )]
    FutureFormat {
        /// The database directory.
        path: PathBuf,
        /// Format version found on disk.
        found: u32,
        /// Highest format version this build reads.
        supported: u32,
    },

    /// Stored data does not have the shape the format promises.
    #[error("{}", corrupt_message(.seq, .problem))]
    Corrupt {
        /// The position concerned, when there is one.
        seq: Option<Seq>,
        /// What is wrong.
        problem: String,
    },

    /// The storage backend (sled) failed while we were doing something.
    #[error("{context} ({location}): {source}")]
    Backend {
        /// What we were doing ("opening the database", "appending to stream …").
        context: String,
        /// Where: the database path (or, for a server backend, its address).
        location: String,
        /// The backend's own error.
        #[source]
        source: Box<dyn StdError + Send + Sync + 'static>,
    },

    /// Events were written but making them durable failed, so they may or may not survive a crash.
    /// Re-sending the same request is safe: appends are idempotent by event id.
    #[error(
        "flushing {location} to disk failed: {problem}; the events may or may not survive a \
         crash (re-sending the same events is safe)"
    )]
    NotDurable {
        /// The database path.
        location: String,
        /// The backend's message.
        problem: String,
    },

    /// The group-commit leader that took this request stopped (panicked) before answering; the
    /// request may or may not be stored. Re-sending it is safe.
    #[error(
        "the log writer stopped before answering; the events may or may not be stored \
         (re-sending the same events is safe)"
    )]
    WriterFailed,

    /// Reading or writing a file or stream outside the database (export output, import input,
    /// creating the database directory).
    #[error("{context}: {source}")]
    Io {
        /// What we were doing, including the path when there is one.
        context: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },

    /// An import line was refused; `line` is 1-based.
    #[error("import line {line}: {problem}")]
    Import {
        /// 1-based line number in the import file.
        line: u64,
        /// Why it was refused.
        problem: String,
    },

    /// Import only goes into an empty log, so positions and hashes can be kept exactly.
    #[error(
        "cannot import into a log that already holds events (head is seq {head}); import into a \
         new, empty database"
    )]
    NotEmpty {
        /// The log's head when the import was tried.
        head: Seq,
    },
}

fn corrupt_message(seq: &Option<Seq>, problem: &str) -> String {
    match seq {
        Some(seq) => format!("corrupt log at seq {seq}: {problem}"),
        None => format!("corrupt log: {problem}"),
    }
}

impl StoreError {
    /// A corruption at a known position.
    pub(crate) fn corrupt_at(seq: Seq, problem: impl Into<String>) -> StoreError {
        StoreError::Corrupt {
            seq: Some(seq),
            problem: problem.into(),
        }
    }

    /// A corruption that is not tied to one position (meta entries, indexes).
    pub(crate) fn corrupt(problem: impl Into<String>) -> StoreError {
        StoreError::Corrupt {
            seq: None,
            problem: problem.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync + 'static>() {}

    #[test]
    fn store_error_crosses_threads() {
        assert_send_sync::<StoreError>();
    }

    #[test]
    fn messages_name_what_and_where() {
        let err = StoreError::InUse {
            path: PathBuf::from("/tmp/x.db"),
        };
        assert_eq!(
            err.to_string(),
            "database /tmp/x.db is in use by another stancelog process"
        );
        let err = StoreError::Conflict {
            stream: StreamId::new("article-1"),
            expected: ExpectedVersion::NoStream,
            actual: StreamVersion(3),
        };
        assert_eq!(
            err.to_string(),
            "stream article-1: expected no stream, but the stream is at version 3"
        );
        let err = StoreError::corrupt_at(Seq(42), "hash mismatch");
        assert_eq!(err.to_string(), "corrupt log at seq 42: hash mismatch");
        assert_eq!(StoreError::corrupt("x").to_string(), "corrupt log: x");
    }
}
