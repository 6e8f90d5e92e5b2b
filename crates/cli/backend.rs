//! The log a command works on, whichever backend holds it, and where its read model lives.
//!
//! `--db` names either a sled directory (the embedded default) or a PostgreSQL server that many
//! machines share (`postgres://user@host:port/dbname`). Every command sees the log through
//! [`EventLog`] (via `Deref`), so it is written once for all backends; only opening differs.
//!
//! The read model (the persisted projection) always lives in a local sled database: the log's
//! own for sled; for PostgreSQL a cache on this machine, `<cache dir>/<sha256 of the URL without
//! password>.sled` (`--cache DIR`, `STANCELOG_CACHE`, else `$XDG_CACHE_HOME/stancelog`, else
//! `~/.cache/stancelog`). Queries then stay local and fast, the shared log stays the only
//! truth, every analyst's machine keeps its own cache, and a deleted cache is rebuilt by
//! catch-up. The cache remembers the log id of the log it was built from and starts over when
//! another log answers behind the same URL. It is opened only when a command needs the read
//! model, so writers and followers never hold it. Not here: the commands.

use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use stancelog_store::{EventLog, PgLog, SledLog};

/// Key in the cache's default tree: the log id the cached read model was built from.
const CACHE_LOG_ID_KEY: &[u8] = b"stancelog/cache/log_id";

/// Where the log is, as given by `--db` / `STANCELOG_DB`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DbLocation {
    /// A sled directory.
    Sled(PathBuf),
    /// A PostgreSQL connection string (`postgres://user@host:port/dbname`).
    Postgres(String),
}

impl DbLocation {
    /// Reads a `--db` value: a `postgres://` or `postgresql://` URL, else a sled path.
    pub fn parse(value: &Path) -> DbLocation {
        match value.to_str() {
            Some(text) if text.starts_with("postgres://") || text.starts_with("postgresql://") => {
                DbLocation::Postgres(text.to_string())
            }
            _ => DbLocation::Sled(value.to_path_buf()),
        }
    }

    /// For messages: the path, or the URL without its password.
    pub fn display(&self) -> String {
        match self {
            DbLocation::Sled(path) => path.display().to_string(),
            DbLocation::Postgres(url) => redact_password(url),
        }
    }
}

/// An open log.
pub enum Backend {
    /// The embedded sled log; the read model shares its database.
    Sled(SledLog),
    /// A PostgreSQL log; the read model lives in a local sled cache, opened on first use.
    Postgres {
        /// The shared log (boxed: its connection settings are large).
        log: Box<PgLog>,
        /// The cache's sled directory.
        cache_path: PathBuf,
        /// The cache, once a command asked for the read model.
        cache: OnceLock<sled::Db>,
        /// How long to wait for the cache when another local process holds it.
        lock_timeout: Duration,
    },
}

impl Backend {
    /// Opens the log at `location`, waiting up to `lock_timeout` for another process to let go.
    /// `cache_dir` overrides where a PostgreSQL log's read-model cache is kept.
    pub fn open(
        location: &DbLocation,
        lock_timeout: Duration,
        cache_dir: Option<&Path>,
    ) -> Result<Backend> {
        match location {
            DbLocation::Sled(path) => {
                if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                    std::fs::create_dir_all(parent)
                        .with_context(|| format!("creating the directory {}", parent.display()))?;
                }
                Ok(Backend::Sled(SledLog::open_with_lock_wait(
                    path,
                    lock_timeout,
                )?))
            }
            DbLocation::Postgres(url) => {
                // The message already carries its cause; flatten it so it is not printed twice.
                let log = PgLog::connect(url).map_err(|err| anyhow::anyhow!("{err}"))?;
                let dir = match cache_dir {
                    Some(dir) => dir.to_path_buf(),
                    None => default_cache_dir()?,
                };
                let cache_path = dir.join(format!("{}.sled", log.location_digest()));
                Ok(Backend::Postgres {
                    log: Box::new(log),
                    cache_path,
                    cache: OnceLock::new(),
                    lock_timeout,
                })
            }
        }
    }

    /// The sled database that holds the persisted read model (for PostgreSQL: the local cache,
    /// opened now if it is not yet).
    pub fn projection_db(&self) -> Result<&sled::Db> {
        match self {
            Backend::Sled(log) => Ok(log.db()),
            Backend::Postgres {
                log,
                cache_path,
                cache,
                lock_timeout,
            } => {
                if let Some(db) = cache.get() {
                    return Ok(db);
                }
                let db = open_cache(cache_path, log.log_id(), *lock_timeout)?;
                Ok(cache.get_or_init(|| db))
            }
        }
    }

    /// The log as the backend-neutral trait.
    pub fn log(&self) -> &(dyn EventLog + 'static) {
        match self {
            Backend::Sled(log) => log,
            Backend::Postgres { log, .. } => log.as_ref(),
        }
    }
}

/// `$XDG_CACHE_HOME/stancelog`, else `~/.cache/stancelog`.
fn default_cache_dir() -> Result<PathBuf> {
    let base = match std::env::var_os("XDG_CACHE_HOME").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => {
            let home = std::env::var_os("HOME").filter(|v| !v.is_empty()).context(
                "a PostgreSQL log needs a local cache for its read model: give --cache DIR \
                 (or STANCELOG_CACHE), or set XDG_CACHE_HOME or HOME",
            )?;
            Path::new(&home).join(".cache")
        }
    };
    Ok(base.join("stancelog"))
}

/// Opens the read-model cache, waiting for another local process to let go of it, and empties
/// it when it was built from another log than `log_id` (the same URL now serving another log).
fn open_cache(path: &Path, log_id: &str, lock_timeout: Duration) -> Result<sled::Db> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating the cache directory {}", parent.display()))?;
    }
    let deadline = Instant::now() + lock_timeout;
    let db = loop {
        match sled::Config::new().path(path).open() {
            Ok(db) => break db,
            Err(sled::Error::Io(err))
                if err.to_string().contains("could not acquire lock")
                    || err.to_string().contains("WouldBlock") =>
            {
                if Instant::now() >= deadline {
                    anyhow::bail!(
                        "the read-model cache {} is in use by another stancelog process",
                        path.display()
                    );
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(err) => {
                return Err(err)
                    .with_context(|| format!("opening the read-model cache {}", path.display()))
            }
        }
    };
    let cached = db.get(CACHE_LOG_ID_KEY)?;
    if cached.as_deref() != Some(log_id.as_bytes()) {
        if cached.is_some() {
            eprintln!(
                "note: the log behind this URL is not the one the local cache was built from; \
                 rebuilding the read model from the log"
            );
        }
        for name in db.tree_names() {
            if name != db.name() {
                db.drop_tree(&name)?;
            }
        }
        db.insert(CACHE_LOG_ID_KEY, log_id.as_bytes())?;
        db.flush()?;
    }
    Ok(db)
}

impl Deref for Backend {
    type Target = dyn EventLog + 'static;
    fn deref(&self) -> &Self::Target {
        self.log()
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`, for error messages.
pub fn redact_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let Some((userinfo, host)) = rest.split_once('@') else {
        return url.to_string();
    };
    match userinfo.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_postgres_and_anything_else_is_a_sled_path() {
        assert_eq!(
            DbLocation::parse(Path::new("postgres://u@h:5432/d")),
            DbLocation::Postgres("postgres://u@h:5432/d".into())
        );
        assert_eq!(
            DbLocation::parse(Path::new("postgresql://h/d")),
            DbLocation::Postgres("postgresql://h/d".into())
        );
        assert_eq!(
            DbLocation::parse(Path::new("data/postgres.sled")),
            DbLocation::Sled("data/postgres.sled".into())
        );
    }

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redact_password("postgres://ann:s3cret@db:5432/log"),
            "postgres://ann:***@db:5432/log"
        );
        assert_eq!(
            redact_password("postgres://ann@db/log"),
            "postgres://ann@db/log"
        );
        assert_eq!(redact_password("/var/lib/log.sled"), "/var/lib/log.sled");
    }
}
