//! Export and import: the log as NDJSON, one [`Envelope`] a line exactly as serde_json writes it.
//!
//! Import only goes into an empty log and keeps every seq, `recorded_at` and hash as given, so a
//! re-export is byte-identical to the file imported. Every line is checked before it is stored:
//! it must decode, continue the seq and the hash chain, recompute to its own hash, not go back
//! in `recorded_at`, continue its stream's versions, carry a new id and a payload this build decodes. An edited line is refused
//! with its 1-based line number.
//!
//! Lines are stored in chunks (one atomic, durable step per chunk), so an import that fails at
//! line N leaves the log holding the checked chunks before it: a valid, verifiable prefix. To
//! retry, import into a new empty database. Not here: any other file format.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, Write};

use stancelog_events::{Envelope, EventId, Seq, StreamId, StreamVersion, ZERO_HASH};

use crate::{EventLog, StoreError};

/// Envelopes stored per atomic step during import: large enough that the per-step flush does not
/// dominate, small enough that a chunk of full article texts stays a few megabytes.
const IMPORT_CHUNK: usize = 256;

/// Writes every envelope as one JSON line; returns how many were written. `progress` is called
/// with each seq written.
pub fn export(
    log: &dyn EventLog,
    out: &mut dyn Write,
    progress: &mut dyn FnMut(Seq),
) -> Result<u64, StoreError> {
    let write_error = |source: std::io::Error| StoreError::Io {
        context: "writing the export".into(),
        source,
    };
    let mut count = 0u64;
    let mut line = Vec::with_capacity(4096);
    for item in log.read_all(Seq(1)) {
        let envelope = item?;
        line.clear();
        serde_json::to_writer(&mut line, &envelope).map_err(|err| {
            StoreError::corrupt_at(envelope.seq, format!("envelope does not serialise: {err}"))
        })?;
        line.push(b'\n');
        out.write_all(&line).map_err(write_error)?;
        count += 1;
        progress(envelope.seq);
    }
    out.flush().map_err(write_error)?;
    Ok(count)
}

/// What import has checked so far: the chain's end and every stream's version and id seen.
struct ImportChecker {
    next_seq: Seq,
    prev_hash: stancelog_events::Hash,
    prev_recorded_at: Option<chrono::DateTime<chrono::Utc>>,
    versions: HashMap<StreamId, StreamVersion>,
    ids: HashSet<EventId>,
}

impl ImportChecker {
    fn check(&mut self, envelope: &Envelope) -> Result<(), String> {
        if envelope.seq != self.next_seq {
            return Err(format!(
                "expected seq {}, found seq {}",
                self.next_seq, envelope.seq
            ));
        }
        if envelope.prev_hash != self.prev_hash {
            return Err(format!(
                "seq {}: prev_hash {} does not link to the previous line's hash {}",
                envelope.seq, envelope.prev_hash, self.prev_hash
            ));
        }
        let computed = envelope.compute_hash();
        if computed != envelope.hash {
            return Err(format!(
                "seq {}: hash mismatch: stored {} computed {computed} (the line was edited)",
                envelope.seq, envelope.hash
            ));
        }
        if let Some(last) = self
            .prev_recorded_at
            .filter(|last| envelope.recorded_at < *last)
        {
            return Err(format!(
                "seq {}: recorded_at {} is earlier than the previous line's {last}",
                envelope.seq, envelope.recorded_at
            ));
        }
        let version = self
            .versions
            .entry(envelope.stream.clone())
            .or_insert(StreamVersion::NONE);
        if envelope.version != version.next() {
            return Err(format!(
                "seq {}: stream {} jumps from version {} to version {}",
                envelope.seq, envelope.stream, version, envelope.version
            ));
        }
        if !self.ids.insert(envelope.id) {
            return Err(format!(
                "seq {}: event {} appears twice",
                envelope.seq, envelope.id
            ));
        }
        if let Err(err) = envelope.event() {
            return Err(format!(
                "seq {}: payload does not decode: {err}",
                envelope.seq
            ));
        }
        *version = envelope.version;
        self.next_seq = envelope.seq.next();
        self.prev_hash = envelope.hash;
        self.prev_recorded_at = Some(envelope.recorded_at);
        Ok(())
    }
}

/// Reads NDJSON envelopes into an empty log, checking each line; returns how many were stored.
/// Blank lines are skipped. `progress` is called with each seq stored.
pub fn import(
    log: &dyn EventLog,
    input: &mut dyn BufRead,
    progress: &mut dyn FnMut(Seq),
) -> Result<u64, StoreError> {
    let head = log.head()?;
    if head != Seq::ZERO {
        return Err(StoreError::NotEmpty { head });
    }
    let mut checker = ImportChecker {
        next_seq: Seq(1),
        prev_hash: ZERO_HASH,
        prev_recorded_at: None,
        versions: HashMap::new(),
        ids: HashSet::new(),
    };
    let mut store_chunk = |chunk: &mut Vec<Envelope>| -> Result<(), StoreError> {
        let last = chunk.last().map(|envelope| envelope.seq);
        log.append_sealed(std::mem::take(chunk))?;
        if let Some(last) = last {
            progress(last);
        }
        Ok(())
    };

    let mut line_number = 0u64;
    let mut count = 0u64;
    let mut text = String::new();
    let mut chunk = Vec::with_capacity(IMPORT_CHUNK);
    loop {
        text.clear();
        let read = input.read_line(&mut text).map_err(|source| {
            if source.kind() == std::io::ErrorKind::InvalidData {
                StoreError::Import {
                    line: line_number + 1,
                    problem: "not UTF-8 text".into(),
                }
            } else {
                StoreError::Io {
                    context: format!("reading import line {}", line_number + 1),
                    source,
                }
            }
        })?;
        if read == 0 {
            break;
        }
        line_number += 1;
        let line = text.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            continue;
        }
        let envelope: Envelope = serde_json::from_str(line).map_err(|err| StoreError::Import {
            line: line_number,
            problem: format!("not an envelope: {err}"),
        })?;
        checker
            .check(&envelope)
            .map_err(|problem| StoreError::Import {
                line: line_number,
                problem,
            })?;
        chunk.push(envelope);
        count += 1;
        if chunk.len() >= IMPORT_CHUNK {
            store_chunk(&mut chunk)?;
        }
    }
    store_chunk(&mut chunk)?;
    Ok(count)
}
