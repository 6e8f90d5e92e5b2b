//! The near-limit of a durable event log: envelopes appended to one NDJSON file (the format of
//! `stancelog export`), `fdatasync` once per batch, no index at all; and its replay, decoding
//! every line with serde_json.
//!
//! Requests are taken to open new streams (every benchmark article is new), so no stream
//! versions are looked up: this is the least work a durable log can do.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use stancelog_events::{Envelope, StreamVersion};
use stancelog_store::AppendRequest;

use super::Sealer;

/// An append-only NDJSON file of envelopes.
pub struct NdjsonLog {
    path: PathBuf,
    out: BufWriter<File>,
    sealer: Sealer,
}

impl NdjsonLog {
    /// Creates (truncates) the file.
    pub fn create(path: &Path) -> Result<NdjsonLog> {
        let file = OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(true)
            .open(path)
            .with_context(|| format!("creating {}", path.display()))?;
        Ok(NdjsonLog {
            path: path.to_path_buf(),
            out: BufWriter::with_capacity(1 << 20, file),
            sealer: Sealer::default(),
        })
    }

    /// Seals and writes the requests, then makes them durable with one `fdatasync`. Returns the
    /// number of events written.
    pub fn append_batch(&mut self, requests: Vec<AppendRequest>) -> Result<u64> {
        let mut written = 0;
        for request in requests {
            for envelope in self.sealer.seal(request, StreamVersion::NONE) {
                serde_json::to_writer(&mut self.out, &envelope)?;
                self.out.write_all(b"\n")?;
                written += 1;
            }
        }
        self.out.flush()?;
        self.out
            .get_ref()
            .sync_data()
            .with_context(|| format!("fsync {}", self.path.display()))?;
        Ok(written)
    }
}

/// Decodes every envelope of an NDJSON file, in order, handing each to `each`.
pub fn replay(path: &Path, mut each: impl FnMut(Envelope) -> Result<()>) -> Result<u64> {
    let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let mut line = String::new();
    let mut count = 0;
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            break;
        }
        let envelope: Envelope = serde_json::from_str(line.trim_end())
            .with_context(|| format!("line {} of {}", count + 1, path.display()))?;
        each(envelope)?;
        count += 1;
    }
    Ok(count)
}
