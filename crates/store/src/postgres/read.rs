//! Reads from a [`PgLog`] and its [`EventLog`] implementation: the log in pages, one stream,
//! positions, waiting for new events (LISTEN/NOTIFY with a polling fallback, rule 8) and the
//! storage check behind `verify`.
//!
//! Not here: appends (`append.rs`).

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use ::postgres::fallible_iterator::FallibleIterator;
use ::postgres::Row;
use chrono::{DateTime, Utc};
use stancelog_events::{Envelope, EventId, Hash, Seq, StreamId, StreamVersion, ZERO_HASH};
use uuid::Uuid;

use super::{PgLog, CHANNEL, POLL_FALLBACK};
use crate::{format, AppendOutcome, AppendRequest, EventLog, StoreError, VerifyFault};

/// Envelopes fetched per query by `read_all`.
const PAGE: i64 = 512;

/// The columns every envelope query selects, in [`envelope_from_row`]'s order.
const COLUMNS: &str =
    "seq, id, stream, version, kind, schema, recorded_at, payload::text, prev_hash, hash";

/// Builds an envelope from a row of [`COLUMNS`].
fn envelope_from_row(row: &Row) -> Result<Envelope, StoreError> {
    let seq = Seq(row.get::<_, i64>(0) as u64);
    let bad = |problem: String| StoreError::corrupt_at(seq, problem);
    let schema: i32 = row.get(5);
    let payload: &str = row.get(7);
    Ok(Envelope {
        seq,
        id: EventId(row.get::<_, Uuid>(1)),
        stream: StreamId::new(row.get::<_, String>(2)),
        version: StreamVersion(row.get::<_, i64>(3) as u64),
        kind: row.get(4),
        schema: u16::try_from(schema).map_err(|_| bad(format!("schema {schema} is not a u16")))?,
        recorded_at: row.get::<_, DateTime<Utc>>(6),
        payload: serde_json::from_str(payload)
            .map_err(|err| bad(format!("stored payload is not JSON: {err}")))?,
        prev_hash: hash_from(row.get(8)).map_err(&bad)?,
        hash: hash_from(row.get(9)).map_err(&bad)?,
    })
}

fn hash_from(bytes: Vec<u8>) -> Result<Hash, String> {
    let len = bytes.len();
    let array: [u8; 32] = bytes
        .try_into()
        .map_err(|_| format!("expected 32 bytes for a hash, found {len}"))?;
    Ok(Hash(array))
}

/// `read_all`: pages of [`PAGE`] envelopes, one query each, the connection held only during it.
struct Pages<'a> {
    log: &'a PgLog,
    next: Seq,
    buffer: VecDeque<Envelope>,
    exhausted: bool,
}

impl Pages<'_> {
    fn fetch(&mut self) -> Result<(), StoreError> {
        let from = i64::try_from(self.next.0).unwrap_or(i64::MAX);
        let rows = self
            .log
            .client()?
            .query(
                &format!(
                    "SELECT {COLUMNS} FROM stancelog.events WHERE seq >= $1 ORDER BY seq LIMIT $2"
                ),
                &[&from, &PAGE],
            )
            .map_err(|err| {
                self.log
                    .error(&format!("reading the log from seq {}", self.next), err)
            })?;
        self.exhausted = (rows.len() as i64) < PAGE;
        for row in &rows {
            let envelope = envelope_from_row(row)?;
            self.next = envelope.seq.next();
            self.buffer.push_back(envelope);
        }
        Ok(())
    }
}

impl Iterator for Pages<'_> {
    type Item = Result<Envelope, StoreError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.buffer.is_empty() && !self.exhausted {
            if let Err(err) = self.fetch() {
                self.exhausted = true;
                return Some(Err(err));
            }
        }
        self.buffer.pop_front().map(Ok)
    }
}

impl PgLog {
    fn query_head(&self) -> Result<(Seq, Hash), StoreError> {
        let row = self
            .client()?
            .query_one("SELECT seq, hash FROM stancelog.head WHERE id = 1", &[])
            .map_err(|err| self.error("reading the head", err))?;
        let hash = hash_from(row.get(1)).map_err(StoreError::corrupt)?;
        Ok((Seq(row.get::<_, i64>(0) as u64), hash))
    }

    /// Waits on the LISTEN connection; `Err` means notifications are unavailable right now.
    fn wait_notified(&self, after: Seq, deadline: Instant) -> Result<Seq, StoreError> {
        let mut guard = crate::sled_log::lock(&self.listener);
        if guard.as_ref().is_none_or(|client| client.is_closed()) {
            let mut client = self.new_connection()?;
            client
                .batch_execute(&format!("LISTEN {CHANNEL}"))
                .map_err(|err| self.error("listening for new events", err))?;
            *guard = Some(client);
        }
        let Some(listener) = guard.as_mut() else {
            return Err(StoreError::WriterFailed);
        };
        loop {
            // LISTEN is active before this read, so no commit after it goes unnoticed.
            let head: i64 = listener
                .query_one("SELECT seq FROM stancelog.head WHERE id = 1", &[])
                .map_err(|err| self.error("reading the head", err))?
                .get(0);
            let head = Seq(head as u64);
            let now = Instant::now();
            if head > after || now >= deadline {
                return Ok(head);
            }
            let wait = (deadline - now).min(POLL_FALLBACK);
            let mut notifications = listener.notifications();
            notifications
                .timeout_iter(wait)
                .next()
                .map_err(|err| self.error("waiting for new events", err))?;
            // Drop whatever else is queued: the head read above covers it.
            let mut pending = notifications.iter();
            while pending
                .next()
                .map_err(|err| self.error("waiting for new events", err))?
                .is_some()
            {}
        }
    }
}

impl EventLog for PgLog {
    fn append(&self, request: AppendRequest) -> Result<AppendOutcome, StoreError> {
        self.append_requests(vec![request])
            .pop()
            .unwrap_or(Err(StoreError::WriterFailed))
    }

    fn append_batch(&self, requests: Vec<AppendRequest>) -> Vec<Result<AppendOutcome, StoreError>> {
        self.append_requests(requests)
    }

    fn read_all(&self, from: Seq) -> Box<dyn Iterator<Item = Result<Envelope, StoreError>> + '_> {
        Box::new(Pages {
            log: self,
            next: from.max(Seq(1)),
            buffer: VecDeque::new(),
            exhausted: false,
        })
    }

    fn read_stream(
        &self,
        stream: &StreamId,
        from: StreamVersion,
    ) -> Result<Vec<Envelope>, StoreError> {
        if format::check_stream_name(stream).is_err() {
            return Ok(Vec::new());
        }
        let from = i64::try_from(from.0).unwrap_or(i64::MAX);
        let rows = self
            .client()?
            .query(
                &format!(
                    "SELECT {COLUMNS} FROM stancelog.events WHERE stream = $1 AND version >= $2 \
                     ORDER BY version"
                ),
                &[&stream.as_str(), &from],
            )
            .map_err(|err| self.error(&format!("reading stream {stream}"), err))?;
        rows.iter().map(envelope_from_row).collect()
    }

    fn stream_version(&self, stream: &StreamId) -> Result<StreamVersion, StoreError> {
        let version: i64 = self
            .client()?
            .query_one(
                "SELECT coalesce(max(version), 0) FROM stancelog.events WHERE stream = $1",
                &[&stream.as_str()],
            )
            .map_err(|err| self.error(&format!("reading the version of stream {stream}"), err))?
            .get(0);
        Ok(StreamVersion(version as u64))
    }

    fn head(&self) -> Result<Seq, StoreError> {
        Ok(self.query_head()?.0)
    }

    fn head_hash(&self) -> Result<Hash, StoreError> {
        Ok(self.query_head()?.1)
    }

    fn contains_event(&self, id: EventId) -> Result<bool, StoreError> {
        self.client()?
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM stancelog.events WHERE id = $1)",
                &[&id.0],
            )
            .map(|row| row.get(0))
            .map_err(|err| self.error(&format!("looking up event {id}"), err))
    }

    fn wait_for_head_after(&self, after: Seq, timeout: Duration) -> Result<Seq, StoreError> {
        let deadline = Instant::now() + timeout;
        match self.wait_notified(after, deadline) {
            Ok(head) => Ok(head),
            Err(_) => {
                // No notifications (LISTEN refused, connection lost): poll the head.
                *crate::sled_log::lock(&self.listener) = None;
                loop {
                    let head = self.head()?;
                    let now = Instant::now();
                    if head > after || now >= deadline {
                        return Ok(head);
                    }
                    std::thread::sleep((deadline - now).min(Duration::from_millis(100)));
                }
            }
        }
    }

    fn append_sealed(&self, envelopes: Vec<Envelope>) -> Result<(), StoreError> {
        self.append_envelopes(envelopes)
    }

    fn verify_storage(&self) -> Result<(), VerifyFault> {
        let fault = |err: StoreError| VerifyFault::general(format!("checking the tables: {err}"));
        let mut client = self.client().map_err(fault)?;
        let row = client
            .query_one(
                "SELECT count(*), coalesce(min(seq), 0), coalesce(max(seq), 0),
                        (SELECT seq FROM stancelog.head WHERE id = 1),
                        (SELECT hash FROM stancelog.head WHERE id = 1),
                        (SELECT recorded_at FROM stancelog.head WHERE id = 1),
                        (SELECT hash FROM stancelog.events ORDER BY seq DESC LIMIT 1),
                        (SELECT recorded_at FROM stancelog.events ORDER BY seq DESC LIMIT 1)
                 FROM stancelog.events",
                &[],
            )
            .map_err(|err| fault(self.error("checking the tables", err)))?;
        let (count, min, max, head): (i64, i64, i64, i64) =
            (row.get(0), row.get(1), row.get(2), row.get(3));
        if count != max || (count > 0 && min != 1) {
            return Err(VerifyFault::general(format!(
                "the events table holds {count} rows for seqs {min}..={max}: a seq is missing"
            )));
        }
        if head != max {
            return Err(VerifyFault::general(format!(
                "the head row says seq {head} but the last event is seq {max}"
            )));
        }
        let head_hash = hash_from(row.get(4)).map_err(VerifyFault::general)?;
        let last_hash = match row.get::<_, Option<Vec<u8>>>(6) {
            Some(bytes) => hash_from(bytes).map_err(VerifyFault::general)?,
            None => ZERO_HASH,
        };
        if head_hash != last_hash {
            return Err(VerifyFault::general(format!(
                "the head row's hash {head_hash} is not the last event's hash {last_hash}"
            )));
        }
        let head_at: Option<DateTime<Utc>> = row.get(5);
        let last_at: Option<DateTime<Utc>> = row.get(7);
        if head_at != last_at {
            return Err(VerifyFault::general(
                "the head row's recorded_at is not the last event's",
            ));
        }
        Ok(())
    }
}
