//! [`ThrowawayDatabase`]: a scratch database created on a server for one test or measurement
//! and dropped again, so suites can run side by side on one server (`STANCELOG_TEST_PG`).
//!
//! Not for production use: it needs a role allowed to `CREATE DATABASE`.

use std::sync::atomic::{AtomicU64, Ordering};

use ::postgres::{Client, Config, NoTls};

use super::{describe, pg_error};
use crate::StoreError;

/// A database that exists from [`ThrowawayDatabase::create`] until the value is dropped.
#[derive(Debug)]
pub struct ThrowawayDatabase {
    admin_url: String,
    name: String,
    url: String,
}

impl ThrowawayDatabase {
    /// Creates a fresh, empty database named `<prefix>_<pid>_<n>_<nanos>` on the server of
    /// `admin_url` (a URL whose role may create databases).
    pub fn create(admin_url: &str, prefix: &str) -> Result<ThrowawayDatabase, StoreError> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let prefix: String = prefix
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .take(30)
            .collect();
        let name = format!(
            "{prefix}_{}_{}_{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let url = with_database(admin_url, &name)?;
        admin(admin_url, &format!("CREATE DATABASE \"{name}\""))?;
        Ok(ThrowawayDatabase {
            admin_url: admin_url.to_string(),
            name,
            url,
        })
    }

    /// The URL of the new database (same user, password and server as the admin URL).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The database's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Runs SQL statements in the database (tests use it to fake a newer format, or damage).
    pub fn execute(&self, sql: &str) -> Result<(), StoreError> {
        let config: Config = self
            .url
            .parse()
            .map_err(|err| config_error(&self.url, err))?;
        let location = describe(&config);
        let mut client = config
            .connect(NoTls)
            .map_err(|err| pg_error(&location, "connecting to the throwaway database", err))?;
        client
            .batch_execute(sql)
            .map_err(|err| pg_error(&location, "running SQL in the throwaway database", err))
    }
}

impl Drop for ThrowawayDatabase {
    fn drop(&mut self) {
        // FORCE ends sessions still connected (a killed writer's, a follower's).
        let _ = admin(
            &self.admin_url,
            &format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name),
        );
    }
}

fn config_error(url: &str, err: ::postgres::Error) -> StoreError {
    StoreError::Backend {
        context: "reading the PostgreSQL connection URL".into(),
        location: super::redact(url),
        source: err.to_string().into(),
    }
}

/// Runs one statement on the admin URL's database.
fn admin(admin_url: &str, sql: &str) -> Result<(), StoreError> {
    let config: Config = admin_url
        .parse()
        .map_err(|err| config_error(admin_url, err))?;
    let location = describe(&config);
    let mut client: Client = config
        .connect(NoTls)
        .map_err(|err| pg_error(&location, "connecting with the admin URL", err))?;
    client
        .batch_execute(sql)
        .map_err(|err| pg_error(&location, sql, err))
}

/// The same URL with another database name (`postgres://…/<name>?…`).
fn with_database(url: &str, name: &str) -> Result<String, StoreError> {
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| StoreError::InvalidRequest {
            stream: stancelog_events::StreamId::new("-"),
            problem: "the admin connection string must be a postgres:// URL".into(),
        })?;
    let (before_query, query) = match rest.split_once('?') {
        Some((head, query)) => (head, Some(query)),
        None => (rest, None),
    };
    // The authority may hold '/' only in a password, which is before the last '@'.
    let host_start = before_query.rfind('@').map_or(0, |at| at + 1);
    let authority_end = before_query[host_start..]
        .find('/')
        .map_or(before_query.len(), |slash| host_start + slash);
    let mut out = format!("{scheme}://{}/{name}", &before_query[..authority_end]);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_names_are_replaced_in_urls() {
        assert_eq!(
            with_database("postgres://u:p@h:1/postgres", "x").unwrap(),
            "postgres://u:p@h:1/x"
        );
        assert_eq!(
            with_database("postgres://h", "x").unwrap(),
            "postgres://h/x"
        );
        assert_eq!(
            with_database("postgresql://u@h/d?sslmode=disable", "x").unwrap(),
            "postgresql://u@h/x?sslmode=disable"
        );
    }
}
