//! The one error type of the crate.
//!
//! Errors are for what a later event cannot repair: a payload this build cannot decode (upgrade,
//! then catch up: the checkpoint has not moved past it), events handed out of order, and storage
//! failures. Well-formed events that merely do not fit (a retraction of an unknown claim) are
//! [`crate::Anomaly`]s instead, because the log is immutable and an error there would wedge
//! every view for good.

use stancelog_events::{DecodeError, Seq};

/// Why a projection could not apply an event or read its persisted state.
#[derive(Debug, thiserror::Error)]
pub enum ProjectionError {
    /// The payload cannot be decoded (unknown kind, newer schema, or a malformed payload).
    #[error("event at seq {seq} cannot be decoded: {source}")]
    Decode {
        /// Where.
        seq: Seq,
        /// Why.
        source: DecodeError,
    },
    /// Events must come in seq order without holes; this one skips some.
    #[error("gap in the event sequence: expected seq {expected}, got {found}")]
    Gap {
        /// The next seq the projection can apply.
        expected: Seq,
        /// The seq it was handed.
        found: Seq,
    },
    /// The persisted trees were written by another projection format: rebuild from the log.
    #[error(
        "persisted projection has format {found}, this build uses {expected}: rebuild it from the \
         log (`stancelog replay`)"
    )]
    FormatMismatch {
        /// This build's format.
        expected: u32,
        /// What the trees hold.
        found: u32,
    },
    /// A persisted value does not decode: the trees are damaged; rebuild from the log.
    #[error(
        "persisted projection is damaged ({what}): rebuild it from the log (`stancelog replay`)"
    )]
    Corrupt {
        /// Which value.
        what: String,
    },
    /// Another writer moved the persisted checkpoint while this batch was being prepared.
    #[error(
        "persisted checkpoint moved from {expected} to {found} during a batch; catch up again"
    )]
    Concurrent {
        /// The checkpoint the batch started from.
        expected: Seq,
        /// The checkpoint found at commit.
        found: Seq,
    },
    /// sled failed.
    #[error("projection storage: {0}")]
    Storage(#[from] sled::Error),
    /// An `--as-of` value is neither a seq, an RFC 3339 instant nor a date.
    #[error("cannot read {0:?} as a seq number, an RFC 3339 time or a YYYY-MM-DD date")]
    BadAsOf(String),
}
