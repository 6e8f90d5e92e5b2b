//! The single writer of the sled backend: group commit, and the append transactions themselves.
//!
//! Callers put their operations on a queue and then take the writer lock. Whoever gets the lock
//! first becomes the leader: it drains the whole queue (its own ticket and everything queued
//! behind it), applies each operation in its own sled transaction, flushes ONCE, publishes the
//! results and the new durable head, and lets go. A caller that gets the lock later finds its
//! result already there and returns without writing. So concurrent appends share one fsync,
//! and because seqs are only handed out under the writer lock, their order is total.
//!
//! Not here: reads (`sled_log.rs`) and the byte layout (`format.rs`).

use std::collections::HashSet;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};
use sled::Transactional;
use stancelog_events::{Envelope, Hash, Seq, StreamVersion, ZERO_HASH};

use crate::format::{self, decode_hash, decode_seq, decode_version};
use crate::sled_log::lock;
use crate::{AppendOutcome, AppendRequest, SledLog, StoreError};

/// One unit of work for the writer.
pub(crate) enum Op {
    /// An ordinary append; the writer gives positions, time and hashes.
    Append(AppendRequest),
    /// Pre-sealed envelopes from an import, stored exactly as given.
    Sealed(Vec<Envelope>),
}

/// The result of one [`Op`], in the same shape.
pub(crate) enum OpResult {
    /// Result of [`Op::Append`].
    Append(Result<AppendOutcome, StoreError>),
    /// Result of [`Op::Sealed`].
    Sealed(Result<(), StoreError>),
}

impl OpResult {
    /// Whether the operation succeeded (and so depends on the group's flush).
    fn is_ok(&self) -> bool {
        match self {
            OpResult::Append(result) => result.is_ok(),
            OpResult::Sealed(result) => result.is_ok(),
        }
    }

    /// Turns a success into a durability failure when the group's flush failed.
    fn not_durable(self, location: &str, problem: &str) -> OpResult {
        let err = || StoreError::NotDurable {
            location: location.to_string(),
            problem: problem.to_string(),
        };
        match self {
            OpResult::Append(Ok(_)) => OpResult::Append(Err(err())),
            OpResult::Sealed(Ok(())) => OpResult::Sealed(Err(err())),
            failed => failed,
        }
    }
}

/// Where a leader leaves a caller's results.
type Slot = Arc<Mutex<Option<Vec<OpResult>>>>;

/// A caller's operations waiting for a leader.
pub(crate) struct Ticket {
    ops: Vec<Op>,
    slot: Slot,
}

/// The queue of waiting tickets.
pub(crate) type Queue = Vec<Ticket>;

/// The transactional views of the five store trees, in `SledLog::trees` order.
type Views = (
    TransactionalTree,
    TransactionalTree,
    TransactionalTree,
    TransactionalTree,
    TransactionalTree,
);

/// Aborts a transaction with a store error.
fn abort<T>(err: StoreError) -> Result<T, ConflictableTransactionError<StoreError>> {
    Err(ConflictableTransactionError::Abort(err))
}

impl SledLog {
    /// Runs `ops` through group commit and returns their results in order.
    pub(crate) fn submit(&self, ops: Vec<Op>) -> Vec<OpResult> {
        if ops.is_empty() {
            return Vec::new();
        }
        // Remembered so that a caller whose leader died (panicked) still gets one answer per op.
        let kinds: Vec<bool> = ops.iter().map(|op| matches!(op, Op::Append(_))).collect();
        let slot: Slot = Arc::new(Mutex::new(None));
        lock(&self.queue).push(Ticket {
            ops,
            slot: Arc::clone(&slot),
        });

        let _writer = lock(&self.writer);
        let already_done = lock(&slot).take();
        if let Some(done) = already_done {
            // A leader before us already applied and flushed our ticket.
            return done;
        }
        // We lead: our ticket is still queued, so draining takes it along with everyone else's.
        let tickets = std::mem::take(&mut *lock(&self.queue));
        let mut groups: Vec<(Slot, Vec<OpResult>)> = tickets
            .into_iter()
            .map(|ticket| {
                let results = ticket.ops.into_iter().map(|op| self.apply(op)).collect();
                (ticket.slot, results)
            })
            .collect();

        // One flush for the group. Duplicates count too: their events may have been written by
        // a group whose flush failed, and "duplicate" must also mean "durable".
        let any_ok = groups
            .iter()
            .any(|(_, results)| results.iter().any(OpResult::is_ok));
        if any_ok {
            self.flushes.fetch_add(1, Ordering::Relaxed);
            if let Err(err) = self.db.flush() {
                let problem = err.to_string();
                let location = self.location();
                for (_, results) in &mut groups {
                    let taken = std::mem::take(results);
                    *results = taken
                        .into_iter()
                        .map(|r| r.not_durable(&location, &problem))
                        .collect();
                }
            }
            self.publish_head();
        }

        for (ticket_slot, results) in groups {
            *lock(&ticket_slot) = Some(results);
        }
        let mine = lock(&slot).take();
        mine.unwrap_or_else(|| {
            // Our ticket left the queue with a leader that panicked before answering.
            kinds
                .into_iter()
                .map(|is_append| {
                    if is_append {
                        OpResult::Append(Err(StoreError::WriterFailed))
                    } else {
                        OpResult::Sealed(Err(StoreError::WriterFailed))
                    }
                })
                .collect()
        })
    }

    /// Tells `wait_for_head_after` callers about the new durable head.
    fn publish_head(&self) {
        if let Ok(head) = crate::EventLog::head(self) {
            *lock(&self.durable_head) = head;
            self.head_changed.notify_all();
        }
    }

    fn apply(&self, op: Op) -> OpResult {
        match op {
            Op::Append(request) => OpResult::Append(self.apply_append(request)),
            Op::Sealed(envelopes) => OpResult::Sealed(self.apply_sealed(envelopes)),
        }
    }

    /// Runs `body` as one transaction over all five store trees.
    fn transact<T>(
        &self,
        context: &str,
        body: impl Fn(&Views) -> Result<T, ConflictableTransactionError<StoreError>>,
    ) -> Result<T, StoreError> {
        let trees = (
            &self.meta,
            &self.log,
            &self.streams,
            &self.stream_heads,
            &self.event_ids,
        );
        trees
            .transaction(|views| body(views))
            .map_err(|err| match err {
                TransactionError::Abort(err) => err,
                TransactionError::Storage(err) => self.backend(context, err),
            })
    }

    /// One append request: checks, then positions, seals and writes it in one transaction.
    fn apply_append(&self, request: AppendRequest) -> Result<AppendOutcome, StoreError> {
        let AppendRequest {
            stream,
            expected,
            events,
        } = request;
        let invalid = |problem: String| StoreError::InvalidRequest {
            stream: stream.clone(),
            problem,
        };
        format::check_stream_name(&stream).map_err(invalid)?;
        if events.is_empty() {
            return Err(invalid("an append needs at least one event".into()));
        }
        let mut seen = HashSet::with_capacity(events.len());
        if let Some(twice) = events.iter().find(|event| !seen.insert(event.id)) {
            return Err(invalid(format!(
                "event {} appears twice in one batch",
                twice.id
            )));
        }
        // Taken once, outside the closure, so a retried transaction seals the same instant.
        let now: DateTime<Utc> = Utc::now();

        self.transact(
            &format!("appending to stream {stream}"),
            |(meta, log, streams, heads, ids)| {
                // Idempotency first: a retried request must come back as a duplicate, not a conflict.
                let mut stored: Vec<Seq> = Vec::new();
                let mut first_stored = None;
                for event in &events {
                    if let Some(bytes) = ids.get(format::event_id_key(event.id))? {
                        stored.push(decode_seq(&bytes).or_else(|p| abort(StoreError::corrupt(p)))?);
                        first_stored.get_or_insert(event.id);
                    }
                }
                let current = match heads.get(stream.as_str().as_bytes())? {
                    Some(bytes) => {
                        decode_version(&bytes).or_else(|p| abort(StoreError::corrupt(p)))?
                    }
                    None => StreamVersion::NONE,
                };
                if stored.len() == events.len() {
                    let first = stored.iter().copied().min().unwrap_or(Seq::ZERO);
                    let last = stored.iter().copied().max().unwrap_or(Seq::ZERO);
                    return Ok(AppendOutcome {
                        first,
                        last,
                        version: current,
                        duplicate: true,
                    });
                }
                if let Some(id) = first_stored {
                    return abort(StoreError::PartialDuplicate {
                        stream: stream.clone(),
                        id,
                    });
                }
                if !expected.admits(current) {
                    return abort(StoreError::Conflict {
                        stream: stream.clone(),
                        expected,
                        actual: current,
                    });
                }

                let mut head = read_head(meta)?;
                // Rule 5: never earlier than the event before, even if the clock stepped back,
                // so a cut by recorded_at is a prefix of the log.
                let recorded_at = head.recorded_at.map_or(now, |last| now.max(last));
                let first = head.seq.next();
                let mut version = current;
                for event in &events {
                    version = version.next();
                    let envelope = Envelope::seal(
                        head.seq.next(),
                        stream.clone(),
                        version,
                        event.clone(),
                        recorded_at,
                        head.hash,
                    );
                    write_envelope(log, streams, ids, &envelope)?;
                    head.advance(&envelope);
                }
                heads.insert(stream.as_str().as_bytes(), &format::version_value(version))?;
                write_head(meta, &head)?;
                Ok(AppendOutcome {
                    first,
                    last: head.seq,
                    version,
                    duplicate: false,
                })
            },
        )
    }

    /// Pre-sealed envelopes (import): re-checks that they continue the log, stores them as given.
    fn apply_sealed(&self, envelopes: Vec<Envelope>) -> Result<(), StoreError> {
        if envelopes.is_empty() {
            return Ok(());
        }
        self.transact("importing envelopes", |(meta, log, streams, heads, ids)| {
            let mut head = read_head(meta)?;
            for envelope in &envelopes {
                let refuse = |problem: String| abort(StoreError::corrupt_at(envelope.seq, problem));
                if envelope.seq != head.seq.next() {
                    return refuse(format!(
                        "does not continue the log: head is seq {}",
                        head.seq
                    ));
                }
                if envelope.prev_hash != head.hash {
                    return refuse(format!(
                        "prev_hash {} is not the head hash {}",
                        envelope.prev_hash, head.hash
                    ));
                }
                if let Some(last) = head.recorded_at.filter(|last| envelope.recorded_at < *last) {
                    return refuse(format!(
                        "recorded_at {} is earlier than the previous event's {last}",
                        envelope.recorded_at
                    ));
                }
                let computed = envelope.compute_hash();
                if computed != envelope.hash {
                    return refuse(format!(
                        "hash mismatch: stored {} computed {computed}",
                        envelope.hash
                    ));
                }
                if let Err(problem) = format::check_stream_name(&envelope.stream) {
                    return refuse(problem);
                }
                if ids.get(format::event_id_key(envelope.id))?.is_some() {
                    return refuse(format!("event {} is already stored", envelope.id));
                }
                let current = match heads.get(envelope.stream.as_str().as_bytes())? {
                    Some(bytes) => {
                        decode_version(&bytes).or_else(|p| abort(StoreError::corrupt(p)))?
                    }
                    None => StreamVersion::NONE,
                };
                if envelope.version != current.next() {
                    return refuse(format!(
                        "stream {} is at version {current}, the envelope says version {}",
                        envelope.stream, envelope.version
                    ));
                }
                write_envelope(log, streams, ids, envelope)?;
                heads.insert(
                    envelope.stream.as_str().as_bytes(),
                    &format::version_value(envelope.version),
                )?;
                head.advance(envelope);
            }
            write_head(meta, &head)?;
            Ok(())
        })
    }
}

/// The end of the log as `meta` records it.
struct Head {
    seq: Seq,
    hash: Hash,
    /// `recorded_at` of the last event; `None` in an empty log.
    recorded_at: Option<DateTime<Utc>>,
}

impl Head {
    /// Moves the head onto an envelope just written.
    fn advance(&mut self, envelope: &Envelope) {
        self.seq = envelope.seq;
        self.hash = envelope.hash;
        self.recorded_at = Some(envelope.recorded_at);
    }
}

/// The head as the transaction sees it.
fn read_head(meta: &TransactionalTree) -> Result<Head, ConflictableTransactionError<StoreError>> {
    let seq = match meta.get(format::META_HEAD_SEQ)? {
        Some(bytes) => decode_seq(&bytes).or_else(|p| abort(StoreError::corrupt(p)))?,
        None => Seq::ZERO,
    };
    let hash = match meta.get(format::META_HEAD_HASH)? {
        Some(bytes) => decode_hash(&bytes).or_else(|p| abort(StoreError::corrupt(p)))?,
        None => ZERO_HASH,
    };
    let recorded_at = match meta.get(format::META_HEAD_RECORDED_AT)? {
        Some(bytes) => {
            Some(format::decode_instant(&bytes).or_else(|p| abort(StoreError::corrupt(p)))?)
        }
        None => None,
    };
    Ok(Head {
        seq,
        hash,
        recorded_at,
    })
}

fn write_head(
    meta: &TransactionalTree,
    head: &Head,
) -> Result<(), ConflictableTransactionError<StoreError>> {
    meta.insert(format::META_HEAD_SEQ, &format::seq_key(head.seq))?;
    meta.insert(format::META_HEAD_HASH, &head.hash.0)?;
    if let Some(at) = head.recorded_at {
        meta.insert(format::META_HEAD_RECORDED_AT, &format::instant_value(at))?;
    }
    Ok(())
}

/// Writes the envelope and both of its index entries (not the stream head, which the caller
/// writes once per request).
fn write_envelope(
    log: &TransactionalTree,
    streams: &TransactionalTree,
    ids: &TransactionalTree,
    envelope: &Envelope,
) -> Result<(), ConflictableTransactionError<StoreError>> {
    let value = format::encode_envelope(envelope).or_else(abort)?;
    let seq = format::seq_key(envelope.seq);
    log.insert(&seq, value)?;
    streams.insert(format::stream_key(&envelope.stream, envelope.version), &seq)?;
    ids.insert(&format::event_id_key(envelope.id), &seq)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::Ordering;
    use std::sync::Arc;
    use std::time::Duration;

    use stancelog_events::{ClaimId, ClaimRetracted, Event, EventId, NewEvent, StreamId};
    use uuid::Uuid;

    use crate::sled_log::lock;
    use crate::{AppendRequest, EventLog, ExpectedVersion, SledLog};

    fn request(stream: &str, id: u128) -> AppendRequest {
        let event = Event::ClaimRetracted(ClaimRetracted {
            claim_id: ClaimId(Uuid::from_u128(id)),
            reason: "test".into(),
            by: String::new(),
        });
        AppendRequest::new(
            StreamId::new(stream),
            ExpectedVersion::Any,
            vec![NewEvent::new(EventId(Uuid::from_u128(id)), &event)],
        )
    }

    fn temp_log() -> (tempfile::TempDir, SledLog) {
        let dir = tempfile::tempdir().unwrap();
        let log = SledLog::open(&dir.path().join("db")).unwrap();
        (dir, log)
    }

    #[test]
    fn append_batch_shares_one_flush() {
        let (_dir, log) = temp_log();
        let before = log.flushes.load(Ordering::Relaxed);
        let results = log.append_batch((0..64).map(|i| request("s", i)).collect());
        assert!(results.iter().all(Result::is_ok));
        assert_eq!(log.flushes.load(Ordering::Relaxed) - before, 1);
    }

    #[test]
    fn a_group_of_failures_does_not_flush() {
        let (_dir, log) = temp_log();
        log.append(request("s", 1)).unwrap();
        let before = log.flushes.load(Ordering::Relaxed);
        let conflict = AppendRequest {
            expected: ExpectedVersion::NoStream,
            ..request("s", 2)
        };
        assert!(log.append(conflict).is_err());
        assert_eq!(log.flushes.load(Ordering::Relaxed), before);
    }

    #[test]
    fn concurrent_callers_queued_behind_a_leader_share_its_flush() {
        let (_dir, log) = temp_log();
        let log = Arc::new(log);
        let before = log.flushes.load(Ordering::Relaxed);
        // Hold the writer lock so every caller queues up, then let them all go at once.
        let writer = lock(&log.writer);
        let callers: Vec<_> = (0..8u128)
            .map(|i| {
                let log = Arc::clone(&log);
                std::thread::spawn(move || log.append(request(&format!("s{i}"), i)).unwrap())
            })
            .collect();
        while lock(&log.queue).len() < 8 {
            std::thread::sleep(Duration::from_millis(5));
        }
        drop(writer);
        let mut seqs: Vec<u64> = callers
            .into_iter()
            .map(|c| c.join().unwrap().first.0)
            .collect();
        seqs.sort_unstable();
        assert_eq!(seqs, (1..=8).collect::<Vec<_>>());
        assert_eq!(
            log.flushes.load(Ordering::Relaxed) - before,
            1,
            "one flush for the group"
        );
    }
}
