//! The backends a conformance case runs on: a [`Subject`] owns one log plus whatever keeps it
//! alive (a temp directory, a throwaway database) and can hand out more handles to it.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use stancelog_store::postgres::ThrowawayDatabase;
use stancelog_store::{EventLog, PgLog, SledLog};
use tempfile::TempDir;

/// The variable naming a PostgreSQL server for the tests.
pub const PG_ENV: &str = "STANCELOG_TEST_PG";

/// The admin URL from `STANCELOG_TEST_PG`, or `None` after printing the skip line.
pub fn pg_admin_url(case: &str) -> Option<String> {
    match std::env::var(PG_ENV) {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            println!("postgres::{case}: skipped: set {PG_ENV} (make test-pg)");
            None
        }
    }
}

enum Keep {
    Sled(TempDir),
    Postgres(ThrowawayDatabase),
}

/// One log under test.
pub struct Subject {
    /// "sled" or "postgres", for messages.
    pub name: &'static str,
    log: Mutex<Option<Arc<dyn EventLog>>>,
    keep: Keep,
}

impl Subject {
    /// A new sled log in a temp directory.
    pub fn sled() -> Subject {
        let dir = tempfile::tempdir().expect("temp dir");
        let log = SledLog::open(&dir.path().join("db")).expect("open a new sled log");
        Subject {
            name: "sled",
            log: Mutex::new(Some(Arc::new(log))),
            keep: Keep::Sled(dir),
        }
    }

    /// A new PostgreSQL log in a throwaway database, or `None` (skipped) without a server.
    pub fn postgres(case: &str) -> Option<Subject> {
        let admin = pg_admin_url(case)?;
        let db = ThrowawayDatabase::create(&admin, "stancelog_conf").expect("create a database");
        let log = PgLog::connect(db.url()).expect("connect to the throwaway database");
        Some(Subject {
            name: "postgres",
            log: Mutex::new(Some(Arc::new(log))),
            keep: Keep::Postgres(db),
        })
    }

    /// The log.
    pub fn log(&self) -> Arc<dyn EventLog> {
        self.log.lock().unwrap().clone().expect("the log is open")
    }

    /// Another handle to the same log, as another writer would have: for PostgreSQL a new
    /// connection; for sled (one process, one handle) the same handle.
    pub fn handle(&self) -> Arc<dyn EventLog> {
        match &self.keep {
            Keep::Sled(_) => self.log(),
            Keep::Postgres(db) => Arc::new(PgLog::connect(db.url()).expect("connect again")),
        }
    }

    /// Closes the log and opens it again (sled: the directory; PostgreSQL: a new connection).
    pub fn reopen(&self) {
        let mut slot = self.log.lock().unwrap();
        let old = slot.take().expect("the log is open");
        drop(old);
        let new: Arc<dyn EventLog> = match &self.keep {
            Keep::Sled(dir) => Arc::new(
                SledLog::open_with_lock_wait(&dir.path().join("db"), Duration::from_secs(10))
                    .expect("reopen the sled log"),
            ),
            Keep::Postgres(db) => Arc::new(PgLog::connect(db.url()).expect("reconnect")),
        };
        *slot = Some(new);
    }

    /// A second, empty log of the same backend.
    pub fn sibling(&self) -> Subject {
        match &self.keep {
            Keep::Sled(_) => Subject::sled(),
            Keep::Postgres(_) => Subject::postgres("sibling").expect("the server is still set"),
        }
    }
}
