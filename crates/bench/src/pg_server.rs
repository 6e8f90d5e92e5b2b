//! Where the PostgreSQL rows find their server: the URL in `STANCELOG_BENCH_PG` when set;
//! otherwise a throwaway cluster that this run starts with `scripts/pg-throwaway.sh` (when the
//! script and the PostgreSQL binaries exist) and stops again through [`Cluster`]'s `Drop`, so it
//! is stopped on every way out of the run: success, error or panic. Without either, the rows are
//! skipped with a reason for the report's notes.
//!
//! The cluster's directory is `target/bench-pg-<pid>`, directly under `target/` (which is
//! world-readable) because as root the script hands the directory to the `postgres` user, who
//! could not enter the run's private scratch directory.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::config::Config;

/// The environment variable naming a server for the PostgreSQL rows (a `postgres://` URL whose
/// role may create databases: every row gets a fresh one).
pub const ENV: &str = "STANCELOG_BENCH_PG";

/// A server for the PostgreSQL rows: the admin URL, and the cluster to stop if this run
/// started one.
pub struct Server {
    /// An admin URL (may `CREATE DATABASE`).
    pub url: String,
    /// `Some` when this run started the cluster; dropping it stops the cluster.
    pub cluster: Option<Cluster>,
}

impl Server {
    /// Where the server came from, for the report's notes.
    pub fn origin(&self) -> String {
        match &self.cluster {
            Some(_) => "a throwaway cluster started by this run (scripts/pg-throwaway.sh, 127.0.0.1, default settings, fsync on)".to_string(),
            None => format!("the server in {ENV}"),
        }
    }
}

/// A throwaway cluster started by this run; `Drop` runs `pg-throwaway.sh stop` and deletes
/// its directory.
pub struct Cluster {
    script: PathBuf,
    dir: PathBuf,
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let stopped = Command::new("bash")
            .arg(&self.script)
            .arg("stop")
            .arg(&self.dir)
            .output();
        match stopped {
            Ok(out) if out.status.success() => {}
            Ok(out) => eprintln!(
                "warning: stopping the PostgreSQL cluster in {} failed: {}",
                self.dir.display(),
                String::from_utf8_lossy(&out.stderr).trim()
            ),
            Err(err) => eprintln!(
                "warning: could not run {} stop: {err}",
                self.script.display()
            ),
        }
        // The script deletes only directories under /tmp; this one is under target/.
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The server for the PostgreSQL rows, or why they are skipped.
pub fn locate(config: &Config) -> Result<Server, String> {
    if let Ok(url) = std::env::var(ENV) {
        if !url.trim().is_empty() {
            return Ok(Server {
                url: url.trim().to_string(),
                cluster: None,
            });
        }
    }
    let script = config.root.join("scripts/pg-throwaway.sh");
    if !script.is_file() {
        return Err(format!(
            "{ENV} is not set and {} is missing",
            script.display()
        ));
    }
    if !postgres_installed() {
        return Err(format!(
            "{ENV} is not set and PostgreSQL is not installed (scripts/pg-throwaway.sh install, as root)"
        ));
    }
    let dir = config
        .target_dir()
        .join(format!("bench-pg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    // The guard exists before `start`, so a half-started cluster is stopped too.
    let cluster = Cluster {
        script: script.clone(),
        dir: dir.clone(),
    };
    let out = Command::new("bash")
        .arg(&script)
        .arg("start")
        .arg(&dir)
        .output()
        .map_err(|err| format!("could not run {}: {err}", script.display()))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let url = stdout.lines().rev().find(|l| l.starts_with("postgres"));
    match (out.status.success(), url) {
        (true, Some(url)) => Ok(Server {
            url: url.trim().to_string(),
            cluster: Some(cluster),
        }),
        _ => Err(format!(
            "scripts/pg-throwaway.sh start failed: {}",
            tail(&String::from_utf8_lossy(&out.stderr))
        )),
    }
}

/// `initdb` and `pg_ctl` on the PATH or in a Debian cluster directory, as the script looks.
fn postgres_installed() -> bool {
    let on_path = |name: &str| {
        std::env::var_os("PATH")
            .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(name).is_file()))
    };
    if on_path("pg_ctl") && on_path("initdb") {
        return true;
    }
    std::fs::read_dir(Path::new("/usr/lib/postgresql")).is_ok_and(|versions| {
        versions.filter_map(Result::ok).any(|v| {
            let bin = v.path().join("bin");
            bin.join("pg_ctl").is_file() && bin.join("initdb").is_file()
        })
    })
}

/// The last few lines of a message.
fn tail(text: &str) -> String {
    let lines: Vec<&str> = text.trim().lines().collect();
    lines[lines.len().saturating_sub(4)..].join(" / ")
}
