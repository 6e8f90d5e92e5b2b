//! The single writer of the sled backend: group commit, and the append transactions themselves.
//!
//! Callers put their operations on a queue and then take the writer lock. Whoever gets the lock
//! first becomes the leader: it drains the whole queue (its own ticket and everything queued
//! behind it), applies the appends in queue order in ONE sled transaction (each request checked
//! against the log as the requests before it left it, only the accepted ones written; an import
//! gets its own transaction), flushes ONCE, publishes the results and the new durable head, and
//! lets go. A caller that gets the lock later finds its
//! result already there and returns without writing. So concurrent appends share one fsync,
//! and because seqs are only handed out under the writer lock, their order is total.
//!
//! Not here: reads (`sled_log.rs`) and the byte layout (`format.rs`).

use std::cell::RefCell;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};
use sled::Transactional;
use stancelog_events::{Envelope, NewEvent, Seq, StreamVersion};

use crate::format::{self, decode_seq, decode_version, read_head, write_head, Head};
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
        let mut sizes = Vec::with_capacity(tickets.len());
        let mut ops = Vec::new();
        for ticket in tickets {
            sizes.push((ticket.slot, ticket.ops.len()));
            ops.extend(ticket.ops);
        }
        let mut results = self.apply_group(ops).into_iter();
        let mut groups: Vec<(Slot, Vec<OpResult>)> = sizes
            .into_iter()
            .map(|(slot, len)| (slot, results.by_ref().take(len).collect()))
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

    /// Applies a drained group in queue order: runs of appends share one transaction (up to
    /// [`MAX_EVENTS_PER_TRANSACTION`] events), an import gets its own.
    fn apply_group(&self, ops: Vec<Op>) -> Vec<OpResult> {
        let mut results: Vec<Option<OpResult>> = (0..ops.len()).map(|_| None).collect();
        let mut run: Vec<(usize, AppendRequest)> = Vec::new();
        let mut run_events = 0;
        for (index, op) in ops.into_iter().enumerate() {
            match op {
                Op::Append(request) => match request.precheck() {
                    Err(err) => results[index] = Some(OpResult::Append(Err(err))),
                    Ok(()) => {
                        if run_events + request.events.len() > MAX_EVENTS_PER_TRANSACTION
                            && !run.is_empty()
                        {
                            self.apply_appends(std::mem::take(&mut run), &mut results);
                            run_events = 0;
                        }
                        run_events += request.events.len();
                        run.push((index, request));
                    }
                },
                Op::Sealed(envelopes) => {
                    self.apply_appends(std::mem::take(&mut run), &mut results);
                    run_events = 0;
                    results[index] = Some(OpResult::Sealed(self.apply_sealed(envelopes)));
                }
            }
        }
        self.apply_appends(run, &mut results);
        results
            .into_iter()
            .map(|result| result.unwrap_or(OpResult::Append(Err(StoreError::WriterFailed))))
            .collect()
    }

    /// Runs `body` as one transaction over all five store trees.
    fn transact<T>(
        &self,
        body: impl Fn(&Views) -> Result<T, ConflictableTransactionError<StoreError>>,
    ) -> Result<T, TransactionError<StoreError>> {
        let trees = (
            &self.meta,
            &self.log,
            &self.streams,
            &self.stream_heads,
            &self.event_ids,
        );
        trees.transaction(|views| body(views))
    }

    /// Append requests that passed [`AppendRequest::precheck`], in queue order, in ONE transaction: each is
    /// checked against the log as the requests before it in the run left it, and only the
    /// accepted ones are written. Answers go into `results` at each request's index.
    fn apply_appends(&self, run: Vec<(usize, AppendRequest)>, results: &mut [Option<OpResult>]) {
        if run.is_empty() {
            return;
        }
        // Taken once, outside the closure, so a retried transaction seals the same instant.
        let now: DateTime<Utc> = Utc::now();
        // The closure borrows the requests mutably so it can seal each event from its owned
        // payload and hand the payload back (no deep copy), and still run again if sled retries.
        let work = RefCell::new(run);
        let answered = self.transact(|views| {
            let mut work = work.borrow_mut();
            let start = read_head(&views.0)?;
            let mut head = start;
            let mut answers = Vec::with_capacity(work.len());
            for (_, request) in work.iter_mut() {
                answers.push(append_one(views, &mut head, request, now)?);
            }
            if head.seq != start.seq {
                write_head(&views.0, &head)?;
            }
            Ok(answers)
        });
        let run = work.into_inner();
        match answered {
            Ok(answers) => {
                for ((index, _), answer) in run.iter().zip(answers) {
                    results[*index] = Some(OpResult::Append(answer));
                }
            }
            // Nothing of the run was written; every request in it gets the error.
            Err(failure) => {
                for (index, request) in &run {
                    let err = match &failure {
                        TransactionError::Abort(StoreError::Corrupt { seq, problem }) => {
                            StoreError::Corrupt {
                                seq: *seq,
                                problem: problem.clone(),
                            }
                        }
                        TransactionError::Abort(other) => StoreError::corrupt(other.to_string()),
                        TransactionError::Storage(err) => self.backend(
                            &format!("appending to stream {}", request.stream),
                            err.clone(),
                        ),
                    };
                    results[*index] = Some(OpResult::Append(Err(err)));
                }
            }
        }
    }

    /// Pre-sealed envelopes (import): re-checks that they continue the log, stores them as given.
    fn apply_sealed(&self, envelopes: Vec<Envelope>) -> Result<(), StoreError> {
        if envelopes.is_empty() {
            return Ok(());
        }
        let applied = self.transact(|(meta, log, streams, heads, ids)| {
            let mut head = read_head(meta)?;
            for envelope in &envelopes {
                let refuse = |problem: String| abort(StoreError::corrupt_at(envelope.seq, problem));
                if let Err(problem) = head.check_continuation(envelope) {
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
        });
        applied.map_err(|err| match err {
            TransactionError::Abort(err) => err,
            TransactionError::Storage(err) => self.backend("importing envelopes", err),
        })
    }
}

/// The most events one append transaction takes; a larger group is split into several
/// transactions, still with one flush. sled keeps a transaction's writes in memory and holds its
/// database-wide lock while the closure runs, so this bounds both. Measured on `profile-ingest`
/// (64 articles ≈ 450 events per group, 50k events): one transaction per request 3.8–6.0k ev/s,
/// user+sys 6.1–6.8 s, 167 MB on disk; one per group 7.4–11k ev/s, 3.4–5.5 s, 110–120 MB; caps
/// of 1024, 4096 and unlimited alike within the noise of a shared machine.
const MAX_EVENTS_PER_TRANSACTION: usize = 4096;

/// One append request inside a group transaction: the checks of rule 4 against the log as the
/// transaction sees it (earlier requests of the group included, since sled reads its own
/// writes), then positions, seals and writes it. The outer error aborts the whole transaction
/// (storage); the inner one refuses only this request, which then writes nothing.
fn append_one(
    (_, log, streams, heads, ids): &Views,
    head: &mut Head,
    request: &mut AppendRequest,
    now: DateTime<Utc>,
) -> Result<Result<AppendOutcome, StoreError>, ConflictableTransactionError<StoreError>> {
    let stream = &request.stream;
    // Idempotency first: a retried request must come back as a duplicate, not a conflict.
    let mut stored: Vec<Seq> = Vec::new();
    let mut first_stored = None;
    for event in &request.events {
        if let Some(bytes) = ids.get(format::event_id_key(event.id))? {
            match decode_seq(&bytes) {
                Ok(seq) => stored.push(seq),
                Err(problem) => return Ok(Err(StoreError::corrupt(problem))),
            }
            first_stored.get_or_insert(event.id);
        }
    }
    let current = match heads.get(stream.as_str().as_bytes())? {
        Some(bytes) => match decode_version(&bytes) {
            Ok(version) => version,
            Err(problem) => return Ok(Err(StoreError::corrupt(problem))),
        },
        None => StreamVersion::NONE,
    };
    if stored.len() == request.events.len() {
        return Ok(Ok(AppendOutcome {
            first: stored.iter().copied().min().unwrap_or(Seq::ZERO),
            last: stored.iter().copied().max().unwrap_or(Seq::ZERO),
            version: current,
            duplicate: true,
        }));
    }
    if let Some(id) = first_stored {
        return Ok(Err(StoreError::PartialDuplicate {
            stream: stream.clone(),
            id,
        }));
    }
    if !request.expected.admits(current) {
        return Ok(Err(StoreError::Conflict {
            stream: stream.clone(),
            expected: request.expected,
            actual: current,
        }));
    }

    // Rule 5: never earlier than the event before, even if the clock stepped back, so a cut by
    // recorded_at is a prefix of the log.
    let recorded_at = head.recorded_at.map_or(now, |last| now.max(last));
    let mut next = *head;
    let mut version = current;
    let mut rows = Vec::with_capacity(request.events.len());
    // Seal and encode everything before writing anything, so a refusal writes nothing.
    for event in &mut request.events {
        version = version.next();
        let owned = NewEvent {
            id: event.id,
            kind: event.kind,
            schema: event.schema,
            payload: std::mem::take(&mut event.payload),
        };
        let envelope = Envelope::seal(
            next.seq.next(),
            stream.clone(),
            version,
            owned,
            recorded_at,
            next.hash,
        );
        let encoded = format::encode_envelope(&envelope);
        next.advance(&envelope);
        event.payload = envelope.payload;
        match encoded {
            Ok(value) => rows.push((envelope.seq, version, event.id, value)),
            Err(err) => return Ok(Err(err)),
        }
    }
    for (seq, version, id, value) in rows {
        let key = format::seq_key(seq);
        log.insert(&key, value)?;
        streams.insert(format::stream_key(stream, version), &key)?;
        ids.insert(&format::event_id_key(id), &key)?;
    }
    heads.insert(stream.as_str().as_bytes(), &format::version_value(version))?;
    let outcome = AppendOutcome {
        first: head.seq.next(),
        last: next.seq,
        version,
        duplicate: false,
    };
    *head = next;
    Ok(Ok(outcome))
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
