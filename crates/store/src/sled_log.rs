//! [`SledLog`]: the embedded sled backend of [`EventLog`] — opening (lock and format version
//! checks) and every read.
//!
//! Appends go through the group-commit writer in `writer.rs`; the index cross-check used by
//! `verify` lives in `sled_verify.rs`. Not here: the key layout (`format.rs`).

use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use stancelog_events::{Envelope, EventId, Hash, Seq, StreamId, StreamVersion, ZERO_HASH};

use crate::format::{
    self, decode_envelope, decode_format_version, decode_hash, decode_seq, decode_version,
    FORMAT_VERSION,
};
use crate::writer::{Op, OpResult, Queue};
use crate::{AppendOutcome, AppendRequest, EventLog, StoreError, VerifyFault};

/// How long `open_with_lock_wait` sleeps between two attempts.
const LOCK_RETRY_INTERVAL: Duration = Duration::from_millis(50);

/// The event log in a sled database directory. One process at a time (sled locks the
/// directory); share it between threads through `&SledLog` or an `Arc`.
pub struct SledLog {
    pub(crate) path: PathBuf,
    pub(crate) db: sled::Db,
    pub(crate) meta: sled::Tree,
    pub(crate) log: sled::Tree,
    pub(crate) streams: sled::Tree,
    pub(crate) stream_heads: sled::Tree,
    pub(crate) event_ids: sled::Tree,
    /// Requests waiting for the group-commit leader.
    pub(crate) queue: Mutex<Queue>,
    /// Held by the leader while it applies and flushes a group: the only place seqs are handed out.
    pub(crate) writer: Mutex<()>,
    /// The durable head, published after each flush, for `wait_for_head_after`.
    pub(crate) durable_head: Mutex<Seq>,
    pub(crate) head_changed: Condvar,
    /// Group flushes since open; lets tests see that a group shares one flush.
    pub(crate) flushes: AtomicU64,
}

impl std::fmt::Debug for SledLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SledLog")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// Locks a mutex whose data stays consistent even if a holder panicked (a queue of tickets, a
/// seq, a unit), so a poisoned lock is taken over rather than turned into a panic here.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl SledLog {
    /// Opens the log at `path`, creating the directory and database if missing. A new database
    /// gets [`FORMAT_VERSION`] written; a newer one is refused with [`StoreError::FutureFormat`];
    /// a database held by another process gives [`StoreError::InUse`].
    pub fn open(path: &Path) -> Result<SledLog, StoreError> {
        std::fs::create_dir_all(path).map_err(|source| StoreError::Io {
            context: format!("creating the database directory {}", path.display()),
            source,
        })?;
        // sled's defaults are kept (1 GiB cache, LowSpace, background flush every 500 ms, no
        // compression): none of the alternatives measured better on the bench's rows.
        // BENCH_QUICK on 2 shared cores at load 8–9, ev/s for bulk ingest 10k (sled / SQLite
        // in the same run) and replay 10k: default 10.1k / 22.7k, 18.2k; HighThroughput
        // 5.8k / 15.6k, 5.2k; cache_capacity 64 MiB 8.7k / 15.5k, 12.0k; flush_every_ms None
        // 12.0k / 26.9k, 11.2k; peak replay RSS 89–91 MiB in all four. profile-ingest (50k
        // events, two rounds each) 6.7–7.0k default, 5.2–8.6k HighThroughput, 6.7–9.8k
        // 64 MiB cache, 7.3–7.4k 256 MiB, 5.3–7.7k without background flush, 5.6–7.5k every
        // 2 s: all within the noise. Compression needs zstd (a C build not in the offline
        // registry), so it was not tried.
        let db = sled::Config::new()
            .path(path)
            .open()
            .map_err(|err| open_error(path, err))?;
        let backend = |context: &str, err: sled::Error| backend_error(path, context, err);
        let open_tree = |name: &str| {
            db.open_tree(name)
                .map_err(|err| backend(&format!("opening the {name:?} tree"), err))
        };
        // The version is checked before any other tree is opened, so a newer database is left
        // exactly as it was (opening a tree creates it).
        let meta = open_tree(format::TREE_META)?;
        check_format_version(path, &db, &meta)?;
        let log = SledLog {
            meta,
            log: open_tree(format::TREE_LOG)?,
            streams: open_tree(format::TREE_STREAMS)?,
            stream_heads: open_tree(format::TREE_STREAM_HEADS)?,
            event_ids: open_tree(format::TREE_EVENT_IDS)?,
            path: path.to_path_buf(),
            db,
            queue: Mutex::new(Vec::new()),
            writer: Mutex::new(()),
            durable_head: Mutex::new(Seq::ZERO),
            head_changed: Condvar::new(),
            flushes: AtomicU64::new(0),
        };
        *lock(&log.durable_head) = log.head()?;
        Ok(log)
    }

    /// Like [`SledLog::open`], but while another process holds the database, retries until
    /// `wait` has passed, then gives [`StoreError::InUse`].
    pub fn open_with_lock_wait(path: &Path, wait: Duration) -> Result<SledLog, StoreError> {
        let deadline = Instant::now() + wait;
        loop {
            match SledLog::open(path) {
                Err(StoreError::InUse { .. }) if Instant::now() < deadline => {
                    std::thread::sleep(LOCK_RETRY_INTERVAL);
                }
                other => return other,
            }
        }
    }

    /// The sled database, for crates that keep their own trees beside the log (the projection
    /// uses trees named `projection/…`). Never write to the store's own trees through it.
    pub fn db(&self) -> &sled::Db {
        &self.db
    }

    /// The database directory.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Wraps a sled error with what we were doing and where.
    pub(crate) fn backend(&self, context: &str, err: sled::Error) -> StoreError {
        backend_error(&self.path, context, err)
    }

    /// The database path as text, for messages.
    pub(crate) fn location(&self) -> String {
        self.path.display().to_string()
    }

    pub(crate) fn read_envelope(&self, seq: Seq) -> Result<Envelope, StoreError> {
        let bytes = self
            .log
            .get(format::seq_key(seq))
            .map_err(|err| self.backend(&format!("reading seq {seq}"), err))?
            .ok_or_else(|| StoreError::corrupt_at(seq, "an index points at a missing event"))?;
        decode_envelope(seq, &bytes)
    }

    /// Runs a group of operations through the group-commit writer and unpacks the appends.
    fn submit_appends(
        &self,
        requests: Vec<AppendRequest>,
    ) -> Vec<Result<AppendOutcome, StoreError>> {
        self.submit(requests.into_iter().map(Op::Append).collect())
            .into_iter()
            .map(|result| match result {
                OpResult::Append(outcome) => outcome,
                OpResult::Sealed(_) => Err(StoreError::corrupt(
                    "the writer answered an append with an import result",
                )),
            })
            .collect()
    }
}

/// Writes the format version into a new database, refuses a newer one (rule 2).
fn check_format_version(path: &Path, db: &sled::Db, meta: &sled::Tree) -> Result<(), StoreError> {
    let backend = |context: &str, err: sled::Error| backend_error(path, context, err);
    let stored = meta
        .get(format::META_FORMAT_VERSION)
        .map_err(|err| backend("reading the format version", err))?;
    if let Some(bytes) = stored {
        let found = decode_format_version(&bytes).map_err(StoreError::corrupt)?;
        if found > FORMAT_VERSION {
            return Err(StoreError::FutureFormat {
                path: path.to_path_buf(),
                found,
                supported: FORMAT_VERSION,
            });
        }
        if found == 0 {
            return Err(StoreError::corrupt(
                "format version 0 is not a valid version",
            ));
        }
        return Ok(());
    }
    // No version: either a brand-new database, or one that lost its meta entry. Only the first
    // is safe to stamp.
    let has_log = db
        .tree_names()
        .iter()
        .any(|name| &name[..] == format::TREE_LOG.as_bytes());
    if has_log {
        let log = db
            .open_tree(format::TREE_LOG)
            .map_err(|err| backend("opening the \"log\" tree", err))?;
        if !log.is_empty() {
            return Err(StoreError::corrupt(
                "the log holds events but the database has no format version",
            ));
        }
    }
    meta.insert(format::META_FORMAT_VERSION, &FORMAT_VERSION.to_be_bytes())
        .map_err(|err| backend("writing the format version", err))?;
    db.flush()
        .map_err(|err| backend("flushing the new database", err))?;
    Ok(())
}

/// Maps an error from `sled::Config::open`: the directory lock held elsewhere becomes `InUse`.
fn open_error(path: &Path, err: sled::Error) -> StoreError {
    if let sled::Error::Io(io_err) = &err {
        // sled 0.34 reports a held lock as `io::ErrorKind::Other` with "could not acquire lock
        // on …: … WouldBlock …"; match the text as well as the kind so either shape is caught.
        let text = io_err.to_string();
        if io_err.kind() == io::ErrorKind::WouldBlock
            || text.contains("could not acquire lock")
            || text.contains("WouldBlock")
        {
            return StoreError::InUse {
                path: path.to_path_buf(),
            };
        }
    }
    backend_error(path, "opening the database", err)
}

pub(crate) fn backend_error(path: &Path, context: &str, err: sled::Error) -> StoreError {
    StoreError::Backend {
        context: context.to_string(),
        location: path.display().to_string(),
        source: Box::new(err),
    }
}

impl EventLog for SledLog {
    fn append(&self, request: AppendRequest) -> Result<AppendOutcome, StoreError> {
        self.submit_appends(vec![request])
            .pop()
            .unwrap_or(Err(StoreError::WriterFailed))
    }

    fn append_batch(&self, requests: Vec<AppendRequest>) -> Vec<Result<AppendOutcome, StoreError>> {
        self.submit_appends(requests)
    }

    fn read_all(&self, from: Seq) -> Box<dyn Iterator<Item = Result<Envelope, StoreError>> + '_> {
        let iter = self.log.range(format::seq_key(from)..).map(move |entry| {
            let (key, value) = entry.map_err(|err| self.backend("reading the log", err))?;
            let seq = decode_seq(&key).map_err(StoreError::corrupt)?;
            decode_envelope(seq, &value)
        });
        Box::new(iter)
    }

    fn read_stream(
        &self,
        stream: &StreamId,
        from: StreamVersion,
    ) -> Result<Vec<Envelope>, StoreError> {
        if format::check_stream_name(stream).is_err() {
            // Such a stream can never have been stored, and its key prefix would be ambiguous.
            return Ok(Vec::new());
        }
        let prefix = format::stream_prefix(stream);
        let start = format::stream_key(stream, from);
        let mut out = Vec::new();
        for entry in self.streams.range(start..) {
            let (key, value) =
                entry.map_err(|err| self.backend(&format!("reading stream {stream}"), err))?;
            if !key.starts_with(&prefix) {
                break;
            }
            let seq = decode_seq(&value).map_err(StoreError::corrupt)?;
            out.push(self.read_envelope(seq)?);
        }
        Ok(out)
    }

    fn stream_version(&self, stream: &StreamId) -> Result<StreamVersion, StoreError> {
        let stored = self
            .stream_heads
            .get(stream.as_str().as_bytes())
            .map_err(|err| self.backend(&format!("reading the version of stream {stream}"), err))?;
        match stored {
            Some(bytes) => decode_version(&bytes).map_err(StoreError::corrupt),
            None => Ok(StreamVersion::NONE),
        }
    }

    fn head(&self) -> Result<Seq, StoreError> {
        let stored = self
            .meta
            .get(format::META_HEAD_SEQ)
            .map_err(|err| self.backend("reading the head seq", err))?;
        match stored {
            Some(bytes) => decode_seq(&bytes).map_err(StoreError::corrupt),
            None => Ok(Seq::ZERO),
        }
    }

    fn head_hash(&self) -> Result<Hash, StoreError> {
        let stored = self
            .meta
            .get(format::META_HEAD_HASH)
            .map_err(|err| self.backend("reading the head hash", err))?;
        match stored {
            Some(bytes) => decode_hash(&bytes).map_err(StoreError::corrupt),
            None => Ok(ZERO_HASH),
        }
    }

    fn contains_event(&self, id: EventId) -> Result<bool, StoreError> {
        self.event_ids
            .contains_key(format::event_id_key(id))
            .map_err(|err| self.backend(&format!("looking up event {id}"), err))
    }

    fn wait_for_head_after(&self, after: Seq, timeout: Duration) -> Result<Seq, StoreError> {
        let deadline = Instant::now() + timeout;
        let mut head = lock(&self.durable_head);
        while *head <= after {
            let now = Instant::now();
            if now >= deadline {
                break;
            }
            head = self
                .head_changed
                .wait_timeout(head, deadline - now)
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .0;
        }
        Ok(*head)
    }

    fn append_sealed(&self, envelopes: Vec<Envelope>) -> Result<(), StoreError> {
        match self.submit(vec![Op::Sealed(envelopes)]).pop() {
            Some(OpResult::Sealed(result)) => result,
            _ => Err(StoreError::corrupt(
                "the writer answered an import with an append result",
            )),
        }
    }

    fn verify_storage(&self) -> Result<(), VerifyFault> {
        self.verify_indexes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_maps_to_in_use_and_other_io_errors_do_not() {
        let path = Path::new("/tmp/some.db");
        let held = sled::Error::Io(io::Error::other(
            "could not acquire lock on \"/tmp/some.db/db\": Os { code: 11, kind: WouldBlock }",
        ));
        assert!(matches!(open_error(path, held), StoreError::InUse { .. }));
        let denied = sled::Error::Io(io::Error::from(io::ErrorKind::PermissionDenied));
        let err = open_error(path, denied);
        assert!(matches!(err, StoreError::Backend { .. }));
        assert!(
            err.to_string()
                .starts_with("opening the database (/tmp/some.db): "),
            "{err}"
        );
    }

    #[test]
    fn a_log_without_format_version_but_with_events_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        {
            let log = SledLog::open(&path).unwrap();
            log.log
                .insert(format::seq_key(Seq(1)), b"{}".to_vec())
                .unwrap();
            log.meta.remove(format::META_FORMAT_VERSION).unwrap();
            log.db.flush().unwrap();
        }
        let err = SledLog::open_with_lock_wait(&path, Duration::from_secs(10)).unwrap_err();
        assert!(
            matches!(err, StoreError::Corrupt { seq: None, .. }),
            "{err}"
        );
    }

    #[test]
    fn a_file_in_the_way_is_an_io_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("not-a-dir");
        std::fs::write(&path, b"x").unwrap();
        let err = SledLog::open(&path).unwrap_err();
        assert!(err.to_string().contains("not-a-dir"), "{err}");
    }
}

/// Group commit (`writer.rs`): flush sharing, seen through the private flush counter.
#[cfg(test)]
mod group_commit_tests {
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
