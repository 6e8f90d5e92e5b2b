//! [`PgLog`]: the same event log on a PostgreSQL server that many machines share, behind the
//! same [`EventLog`](crate::EventLog) trait as the embedded sled log.
//!
//! Connecting, the schema and error mapping live here; appends in `append.rs`, reads, waiting
//! and the storage check in `read.rs`; `throwaway.rs` creates and drops scratch databases for
//! tests and measurements. Synchronous (`postgres` crate), no ORM.
//!
//! # Schema (format version [`PG_FORMAT_VERSION`])
//!
//! Everything lives in the schema `stancelog` of the database named in the URL, so the log can
//! share a database with other applications:
//! - `meta(key text primary key, value text)`: `format_version`, `log_id` (a uuid drawn when
//!   the schema is created: it tells two logs behind the same URL apart), `created_at`;
//! - `events(seq bigint primary key, id uuid unique, stream text, version bigint, kind text,
//!   schema int, recorded_at timestamptz, payload json, prev_hash bytea, hash bytea)` with a
//!   unique `(stream, version)` index. `payload` is `json`, not `jsonb`: `json` keeps the text
//!   exactly as written (and accepts everything serde_json writes), the envelope is rebuilt from
//!   it unchanged, so every hash recomputes and an export is byte-identical to sled's;
//! - `head(id = 1, seq, hash, recorded_at)`: one row, the end of the chain.
//!
//! # Concurrency rules
//!
//! The log must keep one global, gap-free `seq` that readers only ever see in order, whatever
//! number of writers on whatever machines commit at once. A `seq` taken from a sequence does
//! not: two transactions take 7 and 8, 8 commits first, a reader checkpoints at 8 and skips 7
//! for ever (the bug event stores on PostgreSQL have fixed for years). These rules keep it
//! simple instead:
//!
//! 1. **One head-row lock per write transaction.** Every transaction that writes events first
//!    takes `SELECT … FROM head WHERE id = 1 FOR UPDATE`, and only then reads anything it
//!    decides on. Appends and imports alike; nothing writes `events` any other way.
//! 2. **Seqs come from the head row, not a sequence.** The lock holder hands out
//!    `head.seq + 1, head.seq + 2, …`, seals each envelope after `head.hash` with
//!    [`Envelope::seal`](stancelog_events::Envelope::seal), inserts them and moves the head row
//!    in the same transaction. A rolled-back transaction hands out nothing, so there is no gap.
//! 3. **Commit order is seq order.** PostgreSQL makes a transaction visible before it releases
//!    its row locks, so the next lock holder starts after its predecessor is visible to every
//!    new snapshot, and commits after it. A reader that sees seq `n` therefore sees every seq
//!    below `n`: reading `seq > checkpoint` never skips an event.
//! 4. **Checks after the lock, in sled's order.** Under `READ COMMITTED` each statement after
//!    the lock sees every earlier commit. Then (a) all ids stored → a duplicate outcome, nothing
//!    written; (b) some → [`PartialDuplicate`](crate::StoreError::PartialDuplicate); (c) the
//!    expected version → [`Conflict`](crate::StoreError::Conflict). Ids are unique for ever
//!    (a unique index, no time window).
//! 5. **The server's clock.** `recorded_at` is the server's `clock_timestamp()` read under the
//!    lock, but never earlier than the head's `recorded_at` (the sled rule), so machines with
//!    skewed clocks cannot reorder transaction time.
//! 6. **Groups.** `append_batch` applies up to [`GROUP_MAX`] requests in one transaction under
//!    one lock: each request is checked and written on its own (a rejected one writes nothing
//!    and does not stop the others), and one commit (one WAL flush) makes the group durable.
//!    A failure of the transaction itself (lost connection, server error) fails every request of
//!    the group; re-sending is safe by rule 4(a). A killed writer's open transaction is rolled
//!    back whole: no half article.
//! 7. **Durability.** An append returns after `COMMIT` returned, which with PostgreSQL's default
//!    `synchronous_commit = on` means the WAL is on disk. A commit whose answer was lost may or
//!    may not have happened; re-sending gives a duplicate outcome if it did.
//! 8. **Live readers.** The write transaction runs `pg_notify('stancelog_head', seq)`, which
//!    PostgreSQL delivers only on commit and in commit order. `wait_for_head_after` LISTENs on
//!    its own connection, and re-reads the head at least every [`POLL_FALLBACK`] too, so it
//!    also works where notifications are lost (a pooler in transaction mode).
//!
//! Why one lock and nothing cleverer: it measured about 3,000 transactions/s with 8 clients on a
//! 2-core machine (30,000 events/s at ten events an article), far above a news firehose. Per-stream
//! locks with a sequencer reading below `pg_snapshot_xmin` are the next step only if a benchmark
//! shows this lock limits ingest (see docs/postgres.md).
//!
//! # Errors
//!
//! Messages name the server as `postgres://user@host:port/db`, never with the password; an
//! unreachable server, a refused login and a missing database each say so in words.

mod append;
mod read;
mod throwaway;

use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use ::postgres::{Client, Config, NoTls};
use sha2::{Digest, Sha256};

use crate::StoreError;

pub use throwaway::ThrowawayDatabase;

/// The PostgreSQL schema's format version; a newer one is refused with
/// [`StoreError::FutureFormat`].
pub const PG_FORMAT_VERSION: u32 = 1;

/// Most append requests applied in one transaction (rule 6): bounds how long one writer holds
/// the head lock and how much a reader waits to see the first of them.
pub const GROUP_MAX: usize = 64;

/// How often a waiting reader re-reads the head even without a notification (rule 8).
pub const POLL_FALLBACK: Duration = Duration::from_millis(500);

/// The channel appends notify on.
const CHANNEL: &str = "stancelog_head";

/// Serialises schema creation between processes connecting to a new database at once.
const SCHEMA_LOCK_KEY: i64 = 0x7374_616e_6365_6c67; // "stancelg"

/// How long connecting waits for an unreachable server when the URL sets no `connect_timeout`.
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The event log in a PostgreSQL database. Safe to share between threads; each handle keeps
/// one connection for appends and reads and, once something waits for new events, one more
/// that LISTENs.
pub struct PgLog {
    config: Config,
    location: String,
    log_id: String,
    pub(crate) client: Mutex<Client>,
    pub(crate) listener: Mutex<Option<Client>>,
}

impl std::fmt::Debug for PgLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgLog")
            .field("location", &self.location)
            .finish_non_exhaustive()
    }
}

impl PgLog {
    /// Connects to the database at `url` (`postgres://user:password@host:port/dbname`, or the
    /// key=value form), creating the `stancelog` schema if missing. A schema written by a newer
    /// format is refused with [`StoreError::FutureFormat`] and left untouched.
    pub fn connect(url: &str) -> Result<PgLog, StoreError> {
        let mut config: Config =
            url.parse()
                .map_err(|err: ::postgres::Error| StoreError::Backend {
                    context: "reading the PostgreSQL connection URL".into(),
                    location: redact(url),
                    source: err.to_string().into(),
                })?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(DEFAULT_CONNECT_TIMEOUT);
        }
        if config.get_application_name().is_none() {
            config.application_name("stancelog");
        }
        let location = describe(&config);
        let mut client = connect_client(&config, &location)?;
        let log_id = ensure_schema(&mut client, &location)?;
        Ok(PgLog {
            config,
            location,
            log_id,
            client: Mutex::new(client),
            listener: Mutex::new(None),
        })
    }

    /// `postgres://user@host:port/db`: where the log is, without the password.
    pub fn location(&self) -> &str {
        &self.location
    }

    /// The uuid drawn when this log's schema was created: two logs behind the same URL (a
    /// database dropped and created again) have different ids.
    pub fn log_id(&self) -> &str {
        &self.log_id
    }

    /// Hex SHA-256 of [`PgLog::location`]: a file name for things kept per log on a client
    /// machine (the CLI's read-model cache).
    pub fn location_digest(&self) -> String {
        hex::encode(Sha256::digest(self.location.as_bytes()))
    }

    /// The main connection, reconnected if the server closed it.
    pub(crate) fn client(&self) -> Result<MutexGuard<'_, Client>, StoreError> {
        let mut guard = crate::sled_log::lock(&self.client);
        if guard.is_closed() {
            *guard = connect_client(&self.config, &self.location)?;
        }
        Ok(guard)
    }

    /// A new connection to the same database.
    pub(crate) fn new_connection(&self) -> Result<Client, StoreError> {
        connect_client(&self.config, &self.location)
    }

    /// Wraps a PostgreSQL error with what we were doing and where.
    pub(crate) fn error(&self, context: &str, err: ::postgres::Error) -> StoreError {
        pg_error(&self.location, context, err)
    }
}

fn connect_client(config: &Config, location: &str) -> Result<Client, StoreError> {
    config
        .connect(NoTls)
        .map_err(|err| pg_error(location, "connecting to PostgreSQL", err))
}

/// Creates the schema if missing (under an advisory lock, so concurrent first connections do
/// not race), refuses a newer format, and returns the log id.
fn ensure_schema(client: &mut Client, location: &str) -> Result<String, StoreError> {
    let fail = |context: &str| {
        let context = context.to_string();
        move |err| pg_error(location, &context, err)
    };
    let mut tx = client
        .transaction()
        .map_err(fail("starting a transaction"))?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SCHEMA_LOCK_KEY])
        .map_err(fail("locking the schema"))?;
    let exists: bool = tx
        .query_one("SELECT to_regclass('stancelog.meta') IS NOT NULL", &[])
        .map_err(fail("looking for the stancelog schema"))?
        .get(0);
    if !exists {
        tx.batch_execute(&schema_sql())
            .map_err(fail("creating the stancelog schema"))?;
        tx.execute(
            "INSERT INTO stancelog.meta (key, value) VALUES
                 ('format_version', $1), ('log_id', gen_random_uuid()::text),
                 ('created_at', now()::text)",
            &[&PG_FORMAT_VERSION.to_string()],
        )
        .map_err(fail("writing the format version"))?;
    }
    let rows = tx
        .query(
            "SELECT key, value FROM stancelog.meta WHERE key IN ('format_version', 'log_id')",
            &[],
        )
        .map_err(fail("reading the format version"))?;
    let value = |name: &str| {
        rows.iter()
            .find(|row| row.get::<_, &str>(0) == name)
            .map(|row| row.get::<_, String>(1))
    };
    let version = value("format_version")
        .ok_or_else(|| StoreError::corrupt("stancelog.meta has no format_version"))?;
    let found: u32 = version.trim().parse().map_err(|_| {
        StoreError::corrupt(format!(
            "stancelog.meta format_version {version:?} is not a number"
        ))
    })?;
    if found > PG_FORMAT_VERSION {
        return Err(StoreError::FutureFormat {
            path: location.into(),
            found,
            supported: PG_FORMAT_VERSION,
        });
    }
    if found == 0 {
        return Err(StoreError::corrupt(
            "format version 0 is not a valid version",
        ));
    }
    let log_id =
        value("log_id").ok_or_else(|| StoreError::corrupt("stancelog.meta has no log_id"))?;
    tx.commit().map_err(fail("creating the stancelog schema"))?;
    Ok(log_id)
}

/// The DDL of format version 1.
fn schema_sql() -> String {
    format!(
        "CREATE SCHEMA IF NOT EXISTS stancelog;
         CREATE TABLE stancelog.meta (key text PRIMARY KEY, value text NOT NULL);
         CREATE TABLE stancelog.events (
             seq bigint PRIMARY KEY CHECK (seq > 0),
             id uuid NOT NULL UNIQUE,
             stream text NOT NULL CHECK (stream <> ''),
             version bigint NOT NULL CHECK (version > 0),
             kind text NOT NULL,
             schema integer NOT NULL,
             recorded_at timestamptz NOT NULL,
             payload json NOT NULL,
             prev_hash bytea NOT NULL,
             hash bytea NOT NULL,
             CONSTRAINT events_stream_version UNIQUE (stream, version)
         );
         CREATE TABLE stancelog.head (
             id smallint PRIMARY KEY CHECK (id = 1),
             seq bigint NOT NULL,
             hash bytea NOT NULL,
             recorded_at timestamptz
         );
         INSERT INTO stancelog.head (id, seq, hash, recorded_at)
             VALUES (1, 0, '\\x{}', NULL);",
        "00".repeat(32)
    )
}

/// `postgres://user@host:port/db` from a parsed config: never the password.
fn describe(config: &Config) -> String {
    use ::postgres::config::Host;
    let user = config.get_user().unwrap_or("");
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(name)) => name.clone(),
        Some(Host::Unix(path)) => path.display().to_string(),
        None => "localhost".to_string(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let db = config.get_dbname().unwrap_or(user);
    let at = if user.is_empty() {
        String::new()
    } else {
        format!("{user}@")
    };
    format!("postgres://{at}{host}:{port}/{db}")
}

/// A URL that did not even parse: keep the scheme and host part, drop any `user:password@`.
fn redact(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => match rest.rsplit_once('@') {
            Some((_, host)) => format!("{scheme}://…@{host}"),
            None => url.to_string(),
        },
        None => "(connection string)".to_string(),
    }
}

/// Maps a PostgreSQL error to [`StoreError::Backend`] with a message that says what happened in
/// words (unreachable, login refused, no such database) and never the password.
pub(crate) fn pg_error(location: &str, context: &str, err: ::postgres::Error) -> StoreError {
    let detail = if let Some(db) = err.as_db_error() {
        let code = db.code().code();
        match code {
            "28P01" | "28000" => format!(
                "the server refused the login (wrong user name or password?): {}",
                db.message()
            ),
            "3D000" => format!("{} (create it first, e.g. with createdb)", db.message()),
            _ => format!("{} (SQLSTATE {code})", db.message()),
        }
    } else if err.is_closed() {
        "the connection to the server was closed".to_string()
    } else if let Some(io) = io_source(&err) {
        format!("cannot reach the server (is it running, and are host and port right?): {io}")
    } else if err.to_string().contains("timed out") {
        "cannot reach the server: the connection timed out".to_string()
    } else {
        err.to_string()
    };
    StoreError::Backend {
        context: context.to_string(),
        location: location.to_string(),
        source: detail.into(),
    }
}

/// The I/O error under a connection failure, if there is one.
fn io_source(err: &::postgres::Error) -> Option<&std::io::Error> {
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            return Some(io);
        }
        source = cause.source();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_never_carry_the_password() {
        let config: Config = "postgres://ann:s3cret@db.example:6543/log".parse().unwrap();
        assert_eq!(describe(&config), "postgres://ann@db.example:6543/log");
        assert_eq!(
            redact("postgres://ann:s3cret@db/log"),
            "postgres://…@db/log"
        );
        assert!(!redact("postgres://ann:s3cret@db/log").contains("s3cret"));
    }

    #[test]
    fn an_unparsable_url_is_a_backend_error_without_the_password() {
        let err = PgLog::connect("postgres://ann:s3cret@db:notaport/log").unwrap_err();
        let text = err.to_string();
        assert!(!text.contains("s3cret"), "{text}");
        assert!(text.contains("connection URL"), "{text}");
    }
}
