//! Measure 5, disk: bytes per event of the sled database (the log alone after ingest, and with
//! the persisted projection after replay), of the NDJSON file (the `stancelog export` format)
//! and of the SQLite database (with its WAL and shared-memory files).
//!
//! Sizes are file lengths summed over the directory, as `du --apparent-size` counts them.

use std::path::Path;

use crate::util::disk_bytes;

/// On-disk sizes at one scale, in bytes.
#[derive(Clone, Copy, Debug, Default)]
pub struct Sizes {
    /// The sled directory after ingest (log trees only).
    pub sled_log: u64,
    /// The sled directory after replay (log and projection trees).
    pub sled_with_projection: u64,
    /// The NDJSON file.
    pub ndjson: u64,
    /// The SQLite database, WAL and shm files.
    pub sqlite: u64,
}

/// The size of a SQLite database with its side files.
pub fn sqlite_bytes(db: &Path) -> u64 {
    let side = |suffix: &str| {
        let mut name = db.as_os_str().to_os_string();
        name.push(suffix);
        disk_bytes(Path::new(&name))
    };
    disk_bytes(db) + side("-wal") + side("-shm")
}
