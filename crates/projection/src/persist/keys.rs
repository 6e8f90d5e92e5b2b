//! The persisted layout: tree names, meta keys, and the byte encodings of keys and values.
//!
//! Everything that decides bytes on disk is in this file, so a change here is visibly a format
//! change (bump [`FORMAT_VERSION`]). The rules are documented in the crate doc.

use chrono::{Datelike, NaiveDate};
use serde::de::DeserializeOwned;
use serde::Serialize;
use stancelog_events::{ActorId, ClaimId, Seq, Stance, TopicId};

use crate::model::ClaimRow;
use crate::queries::Entry;
use crate::ProjectionError;

/// Version of the persisted layout. Bumping it makes [`crate::PersistedProjection::open`] refuse
/// the old trees, and the CLI rebuilds them from the log.
pub const FORMAT_VERSION: u32 = 2;

/// Tree names; all start with `projection/` so they never collide with the log's trees.
pub(crate) const META: &str = "projection/meta";
pub(crate) const ARTICLES: &str = "projection/articles";
pub(crate) const CLAIMS: &str = "projection/claims";
pub(crate) const SERIES: &str = "projection/series";
pub(crate) const ANOMALIES: &str = "projection/anomalies";

/// Meta keys.
pub(crate) const K_FORMAT: &[u8] = b"format";
pub(crate) const K_CHECKPOINT: &[u8] = b"checkpoint";
pub(crate) const K_ARTICLES: &[u8] = b"articles";
pub(crate) const K_CLAIMS: &[u8] = b"claims";
pub(crate) const K_RETRACTED: &[u8] = b"retracted";
pub(crate) const K_ANOMALIES: &[u8] = b"anomalies";
/// Present while a reset is under way; [`crate::PersistedProjection::open`] finishes it.
pub(crate) const K_RESETTING: &[u8] = b"resetting";

/// A day as a u64 whose big-endian bytes sort like the dates: days from the common era
/// (0001-01-01 is 1) plus 2^31, so even dates before it stay positive.
pub(crate) fn day_key(day: NaiveDate) -> u64 {
    (i64::from(day.num_days_from_ce()) + (1_i64 << 31)) as u64
}

/// `actor ‖ 0x00 ‖ topic ‖ 0x00`: the prefix of one series. Ids never contain NUL (the fold
/// refuses such claims as anomalies), so prefixes of different pairs never overlap.
pub(crate) fn pair_prefix(actor: &ActorId, topic: &TopicId) -> Vec<u8> {
    let mut key = Vec::with_capacity(actor.as_str().len() + topic.as_str().len() + 2);
    key.extend_from_slice(actor.as_str().as_bytes());
    key.push(0);
    key.extend_from_slice(topic.as_str().as_bytes());
    key.push(0);
    key
}

/// `actor ‖ 0x00`: the prefix of all of an actor's series.
pub(crate) fn actor_prefix(actor: &ActorId) -> Vec<u8> {
    let mut key = actor.as_str().as_bytes().to_vec();
    key.push(0);
    key
}

/// `actor ‖ 0x00 ‖ topic ‖ 0x00 ‖ said_on (u64 BE) ‖ 0x00 ‖ seq (u64 BE)`: a live claim's place.
pub(crate) fn series_key(
    actor: &ActorId,
    topic: &TopicId,
    said_on: NaiveDate,
    seq: Seq,
) -> Vec<u8> {
    let mut key = pair_prefix(actor, topic);
    key.extend_from_slice(&day_key(said_on).to_be_bytes());
    key.push(0);
    key.extend_from_slice(&seq.to_be_bytes());
    key
}

/// The value of a live index entry: claim uuid (16 bytes) ‖ stance (1 byte: 0 supports,
/// 1 open, 2 opposes) ‖ the compact row (`row.rs`), so periods and shifts are computed from the
/// index without decoding rows, and a timeline reads its rows in the same scan.
pub(crate) fn series_value(row: &ClaimRow) -> Vec<u8> {
    let mut value = Vec::with_capacity(17 + 256 + row.evidence.len());
    value.extend_from_slice(row.claim_id.0.as_bytes());
    value.push(match row.stance {
        Stance::Supports => 0,
        Stance::Open => 1,
        Stance::Opposes => 2,
    });
    super::row::encode_row(row, &mut value);
    value
}

/// The inverse of [`day_key`].
pub(crate) fn day_value(day: u64) -> Result<NaiveDate, ProjectionError> {
    let bad = || corrupt("day");
    let days_from_ce = i64::try_from(day).map_err(|_| bad())? - (1_i64 << 31);
    i32::try_from(days_from_ce)
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
        .ok_or_else(bad)
}

/// Reads a live index entry from the key's tail after the pair prefix
/// (`day u64 BE ‖ 0x00 ‖ seq u64 BE`) and the head of its value (the compact row after it is
/// decoded only when shown, by `row::decode_row`).
pub(crate) fn series_entry(tail: &[u8], value: &[u8]) -> Result<Entry, ProjectionError> {
    let bad = || corrupt("series entry");
    if tail.len() != 17 || tail[8] != 0 || value.len() < 17 {
        return Err(bad());
    }
    let said_on = day_value(u64_value(&tail[..8], "series day")?)?;
    let seq = Seq(u64_value(&tail[9..], "series seq")?);
    let claim_id = ClaimId(uuid_value(&value[..16], "series claim id")?);
    let stance = match value[16] {
        0 => Stance::Supports,
        1 => Stance::Open,
        2 => Stance::Opposes,
        _ => return Err(bad()),
    };
    Ok(Entry {
        said_on,
        seq,
        stance,
        claim_id,
    })
}

/// Splits the first NUL-terminated id off a key: (id, rest after the NUL).
pub(crate) fn split_id(key: &[u8]) -> Result<(String, &[u8]), ProjectionError> {
    let end = key
        .iter()
        .position(|&b| b == 0)
        .ok_or_else(|| corrupt("series key without separator"))?;
    let id = std::str::from_utf8(&key[..end]).map_err(|_| corrupt("series key id is not UTF-8"))?;
    Ok((id.to_string(), &key[end + 1..]))
}

/// The smallest key after every key that starts with `prefix ‖ 0x00`: `prefix ‖ 0x01`.
pub(crate) fn after_id(prefix: &[u8]) -> Vec<u8> {
    let mut key = prefix.to_vec();
    key.push(1);
    key
}

pub(crate) fn u64_value(bytes: &[u8], what: &str) -> Result<u64, ProjectionError> {
    let array: [u8; 8] = bytes.try_into().map_err(|_| corrupt(what))?;
    Ok(u64::from_be_bytes(array))
}

pub(crate) fn u32_value(bytes: &[u8], what: &str) -> Result<u32, ProjectionError> {
    let array: [u8; 4] = bytes.try_into().map_err(|_| corrupt(what))?;
    Ok(u32::from_be_bytes(array))
}

pub(crate) fn uuid_value(bytes: &[u8], what: &str) -> Result<uuid::Uuid, ProjectionError> {
    let array: [u8; 16] = bytes.try_into().map_err(|_| corrupt(what))?;
    Ok(uuid::Uuid::from_bytes(array))
}

/// Values are JSON (integers and strings only: confidence in thousandths, dates as text).
pub(crate) fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    // The value types are plain structs with string keys; serialising them cannot fail.
    serde_json::to_vec(value).expect("projection values always serialise")
}

pub(crate) fn decode<T: DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T, ProjectionError> {
    serde_json::from_slice(bytes).map_err(|e| corrupt(&format!("{what}: {e}")))
}

pub(crate) fn corrupt(what: &str) -> ProjectionError {
    ProjectionError::Corrupt {
        what: what.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_keys_sort_like_dates() {
        let days = [
            NaiveDate::from_ymd_opt(-50, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(1, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(),
            NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
        ];
        for pair in days.windows(2) {
            assert!(day_key(pair[0]).to_be_bytes() < day_key(pair[1]).to_be_bytes());
        }
    }

    #[test]
    fn series_keys_group_by_pair_then_sort_by_day_and_seq() {
        let (uk, t) = (ActorId::new("uk"), TopicId::new("t"));
        let d1 = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let d2 = NaiveDate::from_ymd_opt(2024, 1, 2).unwrap();
        let a = series_key(&uk, &t, d1, Seq(300));
        let b = series_key(&uk, &t, d2, Seq(2));
        let c = series_key(&uk, &t, d2, Seq(256));
        assert!(a < b && b < c);
        assert!(a.starts_with(&pair_prefix(&uk, &t)));
        // "uk" and "ukraine" do not interleave.
        let ukraine = series_key(&ActorId::new("ukraine"), &t, d1, Seq(1));
        assert!(!ukraine.starts_with(&actor_prefix(&uk)));
        assert!(c < after_id(b"uk") && after_id(b"uk") < ukraine);
    }

    #[test]
    fn series_entries_round_trip() {
        let (uk, t) = (ActorId::new("uk"), TopicId::new("t"));
        let prefix = pair_prefix(&uk, &t);
        for (said_on, stance) in [
            (
                NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(),
                Stance::Supports,
            ),
            (NaiveDate::from_ymd_opt(-3, 1, 1).unwrap(), Stance::Open),
            (NaiveDate::from_ymd_opt(1, 1, 1).unwrap(), Stance::Opposes),
        ] {
            let claim_id = ClaimId(uuid::Uuid::from_u128(77));
            let key = series_key(&uk, &t, said_on, Seq(9));
            let mut value = claim_id.0.as_bytes().to_vec();
            value.push(Stance::ALL.iter().position(|s| *s == stance).unwrap() as u8);
            value.extend_from_slice(b"compact row");
            let entry = series_entry(&key[prefix.len()..], &value).unwrap();
            assert_eq!(
                entry,
                Entry {
                    said_on,
                    seq: Seq(9),
                    stance,
                    claim_id
                }
            );
        }
        assert!(series_entry(b"short", &[0; 17]).is_err());
    }
}
