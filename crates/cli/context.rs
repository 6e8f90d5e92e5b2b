//! What every command needs from the global flags: where the log is, and the knowledge base.
//!
//! Not here: the commands themselves.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context as _, Result};
use stancelog_ingest::Knowledge;

use crate::args::Cli;
use crate::backend::{Backend, DbLocation};

/// Global settings resolved from the command line and the environment.
#[derive(Clone, Debug)]
pub struct Context {
    /// Where the log is.
    pub db: DbLocation,
    /// `--data DIR`, if given.
    pub data_dir: Option<PathBuf>,
    /// How long to wait for a database another process holds.
    pub lock_timeout: Duration,
    /// `--cache DIR` (or `STANCELOG_CACHE`): where a PostgreSQL log's read model is cached.
    pub cache_dir: Option<PathBuf>,
}

impl Context {
    /// Resolves `--db` (or `STANCELOG_DB`, read by clap) and the default location.
    pub fn from_cli(cli: &Cli) -> Result<Context> {
        let db = DbLocation::parse(&match &cli.db {
            Some(path) => path.clone(),
            None => default_db_path()?,
        });
        let lock_timeout = Duration::try_from_secs_f64(cli.lock_timeout.max(0.0))
            .context("--lock-timeout must be a number of seconds")?;
        Ok(Context {
            db,
            data_dir: cli.data.clone(),
            lock_timeout,
            cache_dir: cli.cache.clone(),
        })
    }

    /// Opens (or creates) the log, waiting for another process to let go of it.
    pub fn open_log(&self) -> Result<Backend> {
        Backend::open(&self.db, self.lock_timeout, self.cache_dir.as_deref())
    }

    /// Loads the gazetteer and lexicons (built in, or from `--data`).
    pub fn knowledge(&self) -> Result<Knowledge> {
        crate::data::load_knowledge(self.data_dir.as_deref())
    }
}

/// `$XDG_DATA_HOME/stancelog/log.sled`, else `~/.local/share/stancelog/log.sled`.
fn default_db_path() -> Result<PathBuf> {
    let base = match std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => {
            let home = std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .context("no --db given and neither STANCELOG_DB, XDG_DATA_HOME nor HOME is set")?;
            Path::new(&home).join(".local").join("share")
        }
    };
    Ok(base.join("stancelog").join("log.sled"))
}
