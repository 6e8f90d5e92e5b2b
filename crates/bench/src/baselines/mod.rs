//! What a user would pick instead of stancelog's sled log, doing the same work: SQLite in WAL
//! mode with `synchronous=FULL` ([`sqlite`]) and a plain NDJSON file fsynced per batch, the
//! near-limit of a durable log ([`ndjson`]).
//!
//! Both store the very envelope JSON stancelog writes: they seal each event with
//! [`Envelope::seal`] (seq, stream version, `recorded_at`, SHA-256 chain) through a [`Sealer`],
//! so the hashing and serialising cost is the same on every side.

pub mod ndjson;
pub mod sqlite;

use chrono::{DateTime, Utc};
use stancelog_events::{Envelope, Hash, Seq, StreamVersion, ZERO_HASH};
use stancelog_store::AppendRequest;

/// Hands out positions and chains hashes, as the store's single writer does.
#[derive(Debug)]
pub struct Sealer {
    head: Seq,
    prev: Hash,
    last: DateTime<Utc>,
}

impl Default for Sealer {
    fn default() -> Self {
        Sealer {
            head: Seq::ZERO,
            prev: ZERO_HASH,
            last: DateTime::<Utc>::MIN_UTC,
        }
    }
}

impl Sealer {
    /// Seals one request's events after the stream's current version; the events of one request
    /// share one instant, which never goes back.
    pub fn seal(&mut self, request: AppendRequest, current: StreamVersion) -> Vec<Envelope> {
        let now = Utc::now().max(self.last);
        self.last = now;
        let mut version = current;
        request
            .events
            .into_iter()
            .map(|event| {
                self.head = self.head.next();
                version = version.next();
                let envelope = Envelope::seal(
                    self.head,
                    request.stream.clone(),
                    version,
                    event,
                    now,
                    self.prev,
                );
                self.prev = envelope.hash;
                envelope
            })
            .collect()
    }

    /// The chain's head hash.
    pub fn head_hash(&self) -> Hash {
        self.prev
    }
}
