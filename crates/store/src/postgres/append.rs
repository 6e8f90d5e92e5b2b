//! Appends to a [`PgLog`]: groups of requests and imported envelopes, each group one transaction
//! under the head-row lock (rules 1–7 of the module doc).
//!
//! Not here: reads (`read.rs`), the schema and connecting (`mod.rs`).

use std::collections::{HashMap, HashSet};

use ::postgres::Transaction;
use chrono::{DateTime, Utc};
use stancelog_events::{Envelope, EventId, Hash, Seq, StreamId, StreamVersion};
use uuid::Uuid;

use super::{PgLog, CHANNEL, GROUP_MAX};
use crate::format::Head;
use crate::{AppendOutcome, AppendRequest, StoreError};

/// A failed statement inside a group: fails the whole transaction.
struct TxFailed(StoreError);

impl PgLog {
    /// Applies requests in groups of up to [`GROUP_MAX`], one transaction each (rule 6).
    pub(crate) fn append_requests(
        &self,
        requests: Vec<AppendRequest>,
    ) -> Vec<Result<AppendOutcome, StoreError>> {
        let mut results: Vec<Option<Result<AppendOutcome, StoreError>>> = Vec::new();
        let mut valid: Vec<(usize, AppendRequest)> = Vec::new();
        for (index, request) in requests.into_iter().enumerate() {
            match request.precheck() {
                Ok(()) => {
                    results.push(None);
                    valid.push((index, request));
                }
                Err(err) => results.push(Some(Err(err))),
            }
        }
        while !valid.is_empty() {
            let rest = valid.split_off(valid.len().min(GROUP_MAX));
            let group = std::mem::replace(&mut valid, rest);
            let indexes: Vec<usize> = group.iter().map(|(index, _)| *index).collect();
            let outcomes = self.append_group(group.into_iter().map(|(_, r)| r).collect());
            for (index, outcome) in indexes.into_iter().zip(outcomes) {
                results[index] = Some(outcome);
            }
        }
        results
            .into_iter()
            .map(|slot| slot.unwrap_or(Err(StoreError::WriterFailed)))
            .collect()
    }

    /// One transaction for a group of checked requests.
    fn append_group(&self, requests: Vec<AppendRequest>) -> Vec<Result<AppendOutcome, StoreError>> {
        let count = requests.len();
        let streams: Vec<StreamId> = requests.iter().map(|r| r.stream.clone()).collect();
        match self.try_group(requests) {
            Ok(outcomes) => outcomes,
            Err(TxFailed(err)) => {
                // The transaction rolled back: nothing of the group is stored.
                let problem = err.to_string();
                (0..count)
                    .map(|i| {
                        Err(StoreError::Backend {
                            context: format!(
                                "appending to stream {} (nothing of this group was stored, or \
                                 the commit's answer was lost; re-sending is safe)",
                                streams[i]
                            ),
                            location: self.location().to_string(),
                            source: problem.clone().into(),
                        })
                    })
                    .collect()
            }
        }
    }

    fn try_group(
        &self,
        requests: Vec<AppendRequest>,
    ) -> Result<Vec<Result<AppendOutcome, StoreError>>, TxFailed> {
        let mut client = self.client().map_err(TxFailed)?;
        let fail = |context: &'static str| move |err| TxFailed(self.error(context, err));
        let mut tx = client
            .transaction()
            .map_err(fail("starting a transaction"))?;
        let (mut head, now) = lock_head(&mut tx).map_err(fail("locking the head row"))?;
        let start = head.seq;
        let mut outcomes = Vec::with_capacity(requests.len());
        for request in requests {
            outcomes.push(apply_request(
                &mut tx,
                self.location(),
                &mut head,
                now,
                request,
            )?);
        }
        if head.seq != start {
            write_head(&mut tx, &head).map_err(fail("moving the head"))?;
            tx.commit().map_err(fail("committing the append"))?;
        } else {
            tx.rollback()
                .map_err(fail("ending a read-only transaction"))?;
        }
        Ok(outcomes)
    }

    /// Stores pre-sealed envelopes (import) in one transaction after re-checking that they
    /// continue the log.
    pub(crate) fn append_envelopes(&self, envelopes: Vec<Envelope>) -> Result<(), StoreError> {
        if envelopes.is_empty() {
            return Ok(());
        }
        let mut client = self.client()?;
        let fail = |context: &'static str| move |err| self.error(context, err);
        let mut tx = client
            .transaction()
            .map_err(fail("starting an import transaction"))?;
        let (mut head, _) = lock_head(&mut tx).map_err(fail("locking the head row"))?;
        let ids: Vec<Uuid> = envelopes.iter().map(|e| e.id.0).collect();
        let stored: HashSet<Uuid> = tx
            .query(
                "SELECT id FROM stancelog.events WHERE id = ANY($1)",
                &[&ids],
            )
            .map_err(fail("looking up imported event ids"))?
            .iter()
            .map(|row| row.get(0))
            .collect();
        let mut versions: HashMap<StreamId, StreamVersion> = HashMap::new();
        for envelope in &envelopes {
            let refuse = |problem: String| Err(StoreError::corrupt_at(envelope.seq, problem));
            if let Err(problem) = head.check_continuation(envelope) {
                return refuse(problem);
            }
            if stored.contains(&envelope.id.0) {
                return refuse(format!("event {} is already stored", envelope.id));
            }
            let current = match versions.get(&envelope.stream) {
                Some(version) => *version,
                None => stream_version(&mut tx, &envelope.stream)
                    .map_err(fail("reading a stream version"))?,
            };
            if envelope.version != current.next() {
                return refuse(format!(
                    "stream {} is at version {current}, the envelope says version {}",
                    envelope.stream, envelope.version
                ));
            }
            versions.insert(envelope.stream.clone(), envelope.version);
            head.seq = envelope.seq;
            head.hash = envelope.hash;
            head.recorded_at = Some(envelope.recorded_at);
        }
        insert_envelopes(&mut tx, self.location(), &envelopes)?;
        write_head(&mut tx, &head).map_err(fail("moving the head"))?;
        tx.commit().map_err(fail("committing the import"))?;
        Ok(())
    }
}

/// Takes the head-row lock (rule 1) and reads the server's clock under it (rule 5).
fn lock_head(tx: &mut Transaction<'_>) -> Result<(Head, DateTime<Utc>), ::postgres::Error> {
    let row = tx.query_one(
        "SELECT seq, hash, recorded_at, clock_timestamp() FROM stancelog.head WHERE id = 1 \
         FOR UPDATE",
        &[],
    )?;
    let seq: i64 = row.get(0);
    let hash: Vec<u8> = row.get(1);
    let head = Head {
        seq: Seq(seq.max(0) as u64),
        hash: Hash(hash.try_into().unwrap_or([0; 32])),
        recorded_at: row.get(2),
    };
    Ok((head, row.get(3)))
}

fn write_head(tx: &mut Transaction<'_>, head: &Head) -> Result<(), ::postgres::Error> {
    let seq = head.seq.0 as i64;
    tx.execute(
        "UPDATE stancelog.head SET seq = $1, hash = $2, recorded_at = $3 WHERE id = 1",
        &[&seq, &head.hash.0.as_slice(), &head.recorded_at],
    )?;
    // Delivered on commit only, in commit order (rule 8).
    tx.execute("SELECT pg_notify($1, $2)", &[&CHANNEL, &seq.to_string()])?;
    Ok(())
}

fn stream_version(
    tx: &mut Transaction<'_>,
    stream: &StreamId,
) -> Result<StreamVersion, ::postgres::Error> {
    let version: i64 = tx
        .query_one(
            "SELECT coalesce(max(version), 0) FROM stancelog.events WHERE stream = $1",
            &[&stream.as_str()],
        )?
        .get(0);
    Ok(StreamVersion(version.max(0) as u64))
}

/// One request inside the group's transaction: the checks of rule 4, then seal and insert.
/// A refused request is an `Ok(Err(..))`: the transaction goes on for the others.
fn apply_request(
    tx: &mut Transaction<'_>,
    location: &str,
    head: &mut Head,
    now: DateTime<Utc>,
    request: AppendRequest,
) -> Result<Result<AppendOutcome, StoreError>, TxFailed> {
    let AppendRequest {
        stream,
        expected,
        events,
    } = request;
    let fail = |context: &str| {
        let context = format!("{context} (stream {stream})");
        move |err| TxFailed(super::pg_error(location, &context, err))
    };
    let ids: Vec<Uuid> = events.iter().map(|e| e.id.0).collect();
    let stored: HashMap<Uuid, Seq> = tx
        .query(
            "SELECT id, seq FROM stancelog.events WHERE id = ANY($1)",
            &[&ids],
        )
        .map_err(fail("looking up event ids"))?
        .iter()
        .map(|row| (row.get::<_, Uuid>(0), Seq(row.get::<_, i64>(1) as u64)))
        .collect();
    let current = stream_version(tx, &stream).map_err(fail("reading the stream version"))?;
    if stored.len() == events.len() {
        return Ok(Ok(AppendOutcome {
            first: stored.values().copied().min().unwrap_or(Seq::ZERO),
            last: stored.values().copied().max().unwrap_or(Seq::ZERO),
            version: current,
            duplicate: true,
        }));
    }
    if let Some(event) = events.iter().find(|e| stored.contains_key(&e.id.0)) {
        return Ok(Err(StoreError::PartialDuplicate {
            stream,
            id: EventId(event.id.0),
        }));
    }
    if !expected.admits(current) {
        return Ok(Err(StoreError::Conflict {
            stream,
            expected,
            actual: current,
        }));
    }
    let recorded_at = head.recorded_at.map_or(now, |last| now.max(last));
    let first = head.seq.next();
    let mut version = current;
    let mut envelopes = Vec::with_capacity(events.len());
    for event in events {
        version = version.next();
        let envelope = Envelope::seal(
            head.seq.next(),
            stream.clone(),
            version,
            event,
            recorded_at,
            head.hash,
        );
        head.seq = envelope.seq;
        head.hash = envelope.hash;
        head.recorded_at = Some(envelope.recorded_at);
        envelopes.push(envelope);
    }
    insert_envelopes(tx, location, &envelopes).map_err(TxFailed)?;
    Ok(Ok(AppendOutcome {
        first,
        last: head.seq,
        version,
        duplicate: false,
    }))
}

/// Inserts envelopes with one statement (arrays unnested server-side).
fn insert_envelopes(
    tx: &mut Transaction<'_>,
    location: &str,
    envelopes: &[Envelope],
) -> Result<(), StoreError> {
    let mut seqs = Vec::with_capacity(envelopes.len());
    let mut ids = Vec::with_capacity(envelopes.len());
    let mut streams = Vec::with_capacity(envelopes.len());
    let mut versions = Vec::with_capacity(envelopes.len());
    let mut kinds = Vec::with_capacity(envelopes.len());
    let mut schemas = Vec::with_capacity(envelopes.len());
    let mut times = Vec::with_capacity(envelopes.len());
    let mut payloads = Vec::with_capacity(envelopes.len());
    let mut prev_hashes = Vec::with_capacity(envelopes.len());
    let mut hashes = Vec::with_capacity(envelopes.len());
    for envelope in envelopes {
        let too_big = || StoreError::corrupt_at(envelope.seq, "seq or version beyond i64");
        seqs.push(i64::try_from(envelope.seq.0).map_err(|_| too_big())?);
        ids.push(envelope.id.0);
        streams.push(envelope.stream.as_str());
        versions.push(i64::try_from(envelope.version.0).map_err(|_| too_big())?);
        kinds.push(envelope.kind.as_str());
        schemas.push(i32::from(envelope.schema));
        times.push(envelope.recorded_at);
        payloads.push(serde_json::to_string(&envelope.payload).map_err(|err| {
            StoreError::corrupt_at(envelope.seq, format!("payload does not serialise: {err}"))
        })?);
        prev_hashes.push(envelope.prev_hash.0.to_vec());
        hashes.push(envelope.hash.0.to_vec());
    }
    tx.execute(
        "INSERT INTO stancelog.events
             (seq, id, stream, version, kind, schema, recorded_at, payload, prev_hash, hash)
         SELECT s, i, st, v, k, sc, r, p::json, ph, h
         FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::bigint[], $5::text[],
                     $6::int[], $7::timestamptz[], $8::text[], $9::bytea[], $10::bytea[])
              AS u(s, i, st, v, k, sc, r, p, ph, h)",
        &[
            &seqs,
            &ids,
            &streams,
            &versions,
            &kinds,
            &schemas,
            &times,
            &payloads,
            &prev_hashes,
            &hashes,
        ],
    )
    .map_err(|err| {
        let context = format!(
            "inserting events {}..={}",
            envelopes.first().map_or(Seq::ZERO, |e| e.seq),
            envelopes.last().map_or(Seq::ZERO, |e| e.seq)
        );
        super::pg_error(location, &context, err)
    })?;
    Ok(())
}
