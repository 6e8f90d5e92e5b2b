//! The baseline a user would reach for: SQLite (bundled, WAL, `synchronous=FULL`) holding the
//! same envelope JSON with the same guarantees as the sled log — a unique event id, a unique
//! (stream, version), the expected-version and duplicate checks per request, the head hash, and
//! one durable commit per batch.
//!
//! Schema: `events(seq INTEGER PRIMARY KEY, id BLOB UNIQUE, stream TEXT, version INTEGER,
//! envelope TEXT, UNIQUE(stream, version))` and `meta(k TEXT PRIMARY KEY, v BLOB)`.

use std::path::Path;

use anyhow::{Context as _, Result};
use rusqlite::{params, Connection, OptionalExtension};
use stancelog_events::{Envelope, StreamVersion};
use stancelog_store::AppendRequest;

use super::Sealer;

/// An event log in one SQLite database.
pub struct SqliteLog {
    conn: Connection,
    sealer: Sealer,
}

impl SqliteLog {
    /// Creates the database and its tables.
    pub fn create(path: &Path) -> Result<SqliteLog> {
        let conn = Connection::open(path).with_context(|| format!("opening {}", path.display()))?;
        let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |row| row.get(0))?;
        anyhow::ensure!(
            mode.eq_ignore_ascii_case("wal"),
            "SQLite refused WAL: {mode}"
        );
        conn.execute_batch(
            "PRAGMA synchronous=FULL;
             CREATE TABLE events(
                 seq INTEGER PRIMARY KEY,
                 id BLOB NOT NULL UNIQUE,
                 stream TEXT NOT NULL,
                 version INTEGER NOT NULL,
                 envelope TEXT NOT NULL,
                 UNIQUE(stream, version));
             CREATE TABLE meta(k TEXT PRIMARY KEY, v BLOB NOT NULL);",
        )?;
        Ok(SqliteLog {
            conn,
            sealer: Sealer::default(),
        })
    }

    /// Opens an existing database for reading.
    pub fn open(path: &Path) -> Result<Connection> {
        Ok(Connection::open(path)?)
    }

    /// Appends the requests in one transaction (one durable commit): per request the stream's
    /// version and the event ids are checked, then its envelopes are sealed and inserted.
    /// Returns the number of events stored.
    pub fn append_batch(&mut self, requests: Vec<AppendRequest>) -> Result<u64> {
        let tx = self.conn.transaction()?;
        let mut written = 0;
        {
            let mut version = tx
                .prepare_cached("SELECT COALESCE(MAX(version), 0) FROM events WHERE stream = ?1")?;
            let mut exists = tx.prepare_cached("SELECT 1 FROM events WHERE id = ?1")?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO events(seq, id, stream, version, envelope) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for request in requests {
                let current: u64 =
                    version.query_row([request.stream.as_str()], |row| row.get(0))?;
                let current = StreamVersion(current);
                let mut duplicate = false;
                for event in &request.events {
                    duplicate |= exists
                        .query_row([event.id.0.as_bytes().as_slice()], |_| Ok(()))
                        .optional()?
                        .is_some();
                }
                if duplicate || !request.expected.admits(current) {
                    continue;
                }
                for envelope in self.sealer.seal(request, current) {
                    insert.execute(params![
                        envelope.seq.0,
                        envelope.id.0.as_bytes().as_slice(),
                        envelope.stream.as_str(),
                        envelope.version.0,
                        serde_json::to_string(&envelope)?,
                    ])?;
                    written += 1;
                }
            }
            tx.execute(
                "INSERT OR REPLACE INTO meta(k, v) VALUES ('head_hash', ?1)",
                [self.sealer.head_hash().0.as_slice()],
            )?;
        }
        tx.commit()?;
        Ok(written)
    }
}

/// Decodes every envelope of a SQLite log in seq order, handing each to `each`.
pub fn replay(conn: &Connection, mut each: impl FnMut(Envelope) -> Result<()>) -> Result<u64> {
    let mut statement = conn.prepare("SELECT envelope FROM events ORDER BY seq")?;
    let mut rows = statement.query([])?;
    let mut count = 0;
    while let Some(row) = rows.next()? {
        let text = row.get_ref(0)?.as_str()?;
        let envelope: Envelope = serde_json::from_str(text)
            .with_context(|| format!("row {} of the SQLite log", count + 1))?;
        each(envelope)?;
        count += 1;
    }
    Ok(count)
}
