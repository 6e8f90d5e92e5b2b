//! The append-only, hash-chained event log of stancelog: one trait ([`EventLog`]), its embedded
//! sled backend ([`SledLog`]), its shared PostgreSQL backend ([`PgLog`], rules in
//! [`postgres`]), and the tools written once against the trait ([`verify`], [`export`],
//! [`import`]).
//!
//! The store knows envelopes, not claims: it positions, seals, chains and keeps events, and
//! never looks inside a payload except to check that it decodes. It is synchronous (no async
//! runtime). Not here: the CLI, projections (they keep their own trees in the same sled database
//! through [`SledLog::db`]; for a PostgreSQL log the CLI keeps them in a local sled cache).
//!
//! The rules below are the sled backend's; [`postgres`] states the PostgreSQL backend's, which
//! keep the same promises (rules 3–6, 10–12) on a server many processes share.
//!
//! # Rules
//!
//! These are the promises the code keeps; tests name the rule they check.
//!
//! 1. **Trees.** The sled backend owns five trees; every other tree in the database belongs to
//!    someone else (the projection uses names starting with `projection/`):
//!    - `meta`: `format_version` → u32 BE; `head_seq` → u64 BE; `head_hash` → 32 raw bytes;
//!      `head_recorded_at` → i64 BE microseconds since the Unix epoch (the last three are
//!      absent in an empty log);
//!    - `log`: seq as u64 BE → the envelope as JSON, exactly as `serde_json` writes
//!      [`Envelope`](stancelog_events::Envelope);
//!    - `streams`: stream name bytes ‖ `0x00` ‖ version u64 BE → seq u64 BE;
//!    - `stream_heads`: stream name bytes → current version u64 BE;
//!    - `event_ids`: the 16 uuid bytes → seq u64 BE.
//!
//!    All integers are big-endian so byte order is numeric order; nothing on disk is a `usize`.
//!    Stream names are non-empty and contain no NUL byte, so one stream's keys never interleave
//!    with another's.
//! 2. **Format version.** [`FORMAT_VERSION`] is 1. A new database gets it written on open; a
//!    database with a newer version is refused with [`StoreError::FutureFormat`] naming its
//!    path; a database with events but no version is refused as corrupt. A layout change bumps
//!    the version and adds a migration; it never reinterprets old bytes silently.
//! 3. **Atomic append.** Each request is all or nothing: the envelopes, both index entries of
//!    each, the stream head and the head seq and hash are written together or not at all — an
//!    article and all its claims, or nothing. The requests of one flush group (rule 7) share
//!    one sled transaction over all five trees (up to a cap of events; a larger group is split
//!    in queue order): a refused request writes nothing inside it, the accepted ones are
//!    written, and a storage failure fails every request of that transaction. sled makes a
//!    transaction atomic across a crash too (its log "peg" recovers a batch whole or not).
//! 4. **Checks, in order, inside the transaction.** Each request is checked against the log as
//!    the requests before it in the group left it (a second request for the same stream sees
//!    the first's version; an id written earlier in the group counts as stored).
//!    (a) every id already stored → a duplicate:
//!    nothing written, the outcome gives the stored positions and the stream's current
//!    version; (b) some ids stored → [`StoreError::PartialDuplicate`], nothing written;
//!    (c) the expected version → [`StoreError::Conflict`]. Idempotency comes before the version
//!    check so that a retried request is a duplicate, not a conflict. An empty batch, an id
//!    twice in one batch or a bad stream name is [`StoreError::InvalidRequest`].
//! 5. **Positions.** seq starts at 1 and is gap-free and strictly increasing; a stream's version
//!    starts at 1 and is gap-free. Only the writer (rule 7) hands out seqs, so the order of the
//!    log is total. `recorded_at` is the store's clock (`Utc::now`) at the append, sealed with
//!    [`Envelope::seal`](stancelog_events::Envelope::seal) (microseconds), except that it never
//!    goes back: an event is never recorded earlier than the one before it (if the clock
//!    stepped back, it gets the previous event's time). So "everything recorded up to time T" is
//!    always a prefix of the log, and the events of one request share one instant.
//! 6. **Chain.** Each envelope's `prev_hash` is the previous envelope's `hash` (32 zero bytes
//!    before the first); `hash = sha256(prev_hash ‖ canonical bytes)`. The head hash in `meta`
//!    is updated in the same transaction as the events.
//! 7. **Durability and group commit.** `append` and `append_batch` return only after
//!    `db.flush()` (fsync) has covered their writes. Callers queue their requests; the first to
//!    take the writer lock applies everything queued (in queue order, in one transaction as in
//!    rule 3; an import in its own) and flushes once for all of them. If that flush fails every
//!    caller of the group gets [`StoreError::NotDurable`]; if the leader panics, the callers it
//!    took along get [`StoreError::WriterFailed`]; in both cases re-sending is safe by rule 4(a).
//! 8. **What a crash can lose.** Nothing that was acknowledged. An append in flight is stored
//!    whole or not at all; it may survive without having been acknowledged (sled also flushes
//!    in the background), in which case re-sending it gives a duplicate outcome.
//! 9. **One process.** sled locks the directory; a second opener (another process, or a second
//!    open in the same process) gets [`StoreError::InUse`]. [`SledLog::open_with_lock_wait`]
//!    retries for a while first.
//! 10. **Verification.** [`verify`] walks the log through the trait: seqs 1..=head, the chain,
//!     every hash recomputed, `recorded_at` never going back, stream versions contiguous, no id twice, the event-id and stream
//!     indexes find every event, the head matches, every payload decodes (an unknown kind or a
//!     newer schema is a fault for this build); then the backend's own check
//!     ([`SledLog::verify_indexes`]: no index entry points at a missing or different event).
//! 11. **Export and import.** NDJSON, one envelope a line as `serde_json` writes it. Import only
//!     into an empty log, checking each line (decodes, seq continues, `prev_hash` links, hash
//!     recomputes, `recorded_at` does not go back, versions continue, id new, payload decodes) and refusing a bad one with its
//!     1-based line number; it keeps seq, `recorded_at` and hashes, so a re-export is
//!     byte-identical. Payloads carry no floats, so their JSON text round-trips exactly.
//! 12. **The fixture is forever.** `tests/fixtures/log-v1.ndjson` is an export written by this
//!     code once and committed. It must keep decoding, verifying, importing and re-exporting
//!     byte-identically with every future build; if a change breaks it, the change is wrong
//!     (or needs an upcast), not the fixture.

mod api;
mod error;
mod format;
pub mod postgres;
mod sled_log;
mod sled_verify;
mod transfer;
mod verify;
mod writer;

pub use crate::postgres::PgLog;
pub use api::{AppendOutcome, AppendRequest, EventLog, ExpectedVersion};
pub use error::StoreError;
pub use format::FORMAT_VERSION;
pub use sled_log::SledLog;
pub use transfer::{export, import};
pub use verify::{verify, VerifyFault, VerifyReport};
