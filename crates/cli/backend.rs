//! The log a command works on, whichever backend holds it, and where its read model lives.
//!
//! `--db` names either a sled directory (the embedded default) or, later, a shared server. Every
//! command sees the log through [`EventLog`] (via `Deref`), so it is written once for all
//! backends; only opening differs. The read model (the persisted projection) always lives in a
//! sled database: the log's own for sled. Not here: the commands.

use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context as _, Result};
use stancelog_store::{EventLog, SledLog};

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
}

impl Backend {
    /// Opens the log at `location`, waiting up to `lock_timeout` for another process to let go.
    pub fn open(location: &DbLocation, lock_timeout: Duration) -> Result<Backend> {
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
            DbLocation::Postgres(url) => anyhow::bail!(
                "--db {}: this build has no PostgreSQL backend yet; use a sled path",
                redact_password(url)
            ),
        }
    }

    /// The sled database that holds the persisted read model.
    pub fn projection_db(&self) -> &sled::Db {
        match self {
            Backend::Sled(log) => log.db(),
        }
    }

    /// The log as the backend-neutral trait.
    pub fn log(&self) -> &(dyn EventLog + 'static) {
        match self {
            Backend::Sled(log) => log,
        }
    }
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
