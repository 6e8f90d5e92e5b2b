//! The compact row kept in `projection/series` values, so a timeline reads its rows in one
//! sequential scan instead of a lookup per claim in `projection/claims`.
//!
//! Only what the key and the value's head (`claim uuid ‖ stance`) do not already say: the
//! actor, topic, day, seq, claim id and stance come from there, and `retracted` is always false
//! (the series holds live claims only). Fields in [`ClaimRow`] order, each as:
//! a string is its length (`u32` BE) and UTF-8 bytes; an option is a byte 0 (none) or 1 then
//! the value; a day is `u64` BE as in the keys; `recorded_at` is seconds since the epoch plus
//! 2^63 (`u64` BE) and nanoseconds (`u32` BE); confidence `u16` BE thousandths; origin one byte
//! (0 extracted, 1 asserted). Integers are unsigned big-endian, as everywhere on disk.

use chrono::{DateTime, NaiveDate, Utc};
use stancelog_events::{ActorId, ArticleId, Confidence, TopicId};

use super::keys::{corrupt, day_key, day_value};
use crate::model::{ClaimOrigin, ClaimRow};
use crate::queries::Entry;
use crate::ProjectionError;

/// Appends the compact encoding of `row` to `out`.
pub(crate) fn encode_row(row: &ClaimRow, out: &mut Vec<u8>) {
    let ts = row.recorded_at.timestamp();
    out.extend_from_slice(&(ts as u64 ^ (1 << 63)).to_be_bytes());
    out.extend_from_slice(&row.recorded_at.timestamp_subsec_nanos().to_be_bytes());
    match row.article_id {
        Some(id) => {
            out.push(1);
            out.extend_from_slice(id.0.as_bytes());
        }
        None => out.push(0),
    }
    put_str(out, &row.article_title);
    put_str(out, &row.article_url);
    put_str(out, &row.source);
    match row.published {
        Some(day) => {
            out.push(1);
            out.extend_from_slice(&day_key(day).to_be_bytes());
        }
        None => out.push(0),
    }
    put_str(out, &row.speaker);
    put_str(out, &row.evidence);
    out.extend_from_slice(&row.confidence.millis().to_be_bytes());
    put_str(out, &row.extractor);
    match &row.channel {
        Some(channel) => {
            out.push(1);
            put_str(out, channel);
        }
        None => out.push(0),
    }
    put_str(out, &row.cue);
    put_str(out, &row.date_basis);
    out.push(match row.origin {
        ClaimOrigin::Extracted => 0,
        ClaimOrigin::Asserted => 1,
    });
}

/// Decodes a compact row; the entry (from the key and the value's head) and the pair supply the
/// rest.
pub(crate) fn decode_row(
    bytes: &[u8],
    entry: &Entry,
    actor: &ActorId,
    topic: &TopicId,
) -> Result<ClaimRow, ProjectionError> {
    let mut r = Reader { bytes };
    let secs = (r.u64()? ^ (1 << 63)) as i64;
    let nanos = r.u32()?;
    let recorded_at: DateTime<Utc> =
        DateTime::from_timestamp(secs, nanos).ok_or_else(|| corrupt("row recorded_at"))?;
    let article_id = match r.flag()? {
        true => Some(ArticleId(uuid::Uuid::from_bytes(r.array::<16>()?))),
        false => None,
    };
    let article_title = r.string()?;
    let article_url = r.string()?;
    let source = r.string()?;
    let published = match r.flag()? {
        true => Some(r.day()?),
        false => None,
    };
    let speaker = r.string()?;
    let evidence = r.string()?;
    let confidence = Confidence::from_millis(u16::from_be_bytes(r.array::<2>()?));
    let extractor = r.string()?;
    let channel = match r.flag()? {
        true => Some(r.string()?),
        false => None,
    };
    let cue = r.string()?;
    let date_basis = r.string()?;
    let origin = match r.array::<1>()?[0] {
        0 => ClaimOrigin::Extracted,
        1 => ClaimOrigin::Asserted,
        _ => return Err(corrupt("row origin")),
    };
    if !r.bytes.is_empty() {
        return Err(corrupt("row has trailing bytes"));
    }
    Ok(ClaimRow {
        claim_id: entry.claim_id,
        seq: entry.seq,
        recorded_at,
        article_id,
        article_title,
        article_url,
        source,
        published,
        actor: actor.clone(),
        speaker,
        topic: topic.clone(),
        stance: entry.stance,
        said_on: entry.said_on,
        evidence,
        confidence,
        extractor,
        channel,
        cue,
        date_basis,
        origin,
        retracted: false,
    })
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    // Strings over 4 GiB do not occur in a claim; saturating keeps the encoder total.
    let len = u32::try_from(s.len()).unwrap_or(u32::MAX);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&s.as_bytes()[..len as usize]);
}

/// A cursor over a compact row.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], ProjectionError> {
        if self.bytes.len() < n {
            return Err(corrupt("row is truncated"));
        }
        let (head, tail) = self.bytes.split_at(n);
        self.bytes = tail;
        Ok(head)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ProjectionError> {
        let mut out = [0; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    fn u64(&mut self) -> Result<u64, ProjectionError> {
        self.array::<8>().map(u64::from_be_bytes)
    }

    fn u32(&mut self) -> Result<u32, ProjectionError> {
        self.array::<4>().map(u32::from_be_bytes)
    }

    fn flag(&mut self) -> Result<bool, ProjectionError> {
        match self.array::<1>()?[0] {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(corrupt("row option flag")),
        }
    }

    fn day(&mut self) -> Result<NaiveDate, ProjectionError> {
        day_value(self.u64()?)
    }

    fn string(&mut self) -> Result<String, ProjectionError> {
        let len = self.u32()? as usize;
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| corrupt("row string is not UTF-8"))
    }
}

#[cfg(test)]
mod tests {
    use stancelog_events::{ClaimId, Seq, Stance};

    use super::*;

    #[test]
    fn rows_round_trip_with_every_option() {
        let day = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
        let mut row = ClaimRow {
            claim_id: ClaimId(uuid::Uuid::from_u128(7)),
            seq: Seq(42),
            recorded_at: DateTime::from_timestamp(-86_401, 123_456_789).unwrap(),
            article_id: Some(ArticleId(uuid::Uuid::from_u128(9))),
            article_title: "Tïtle".into(),
            article_url: String::new(),
            source: "Reuters".into(),
            published: Some(NaiveDate::from_ymd_opt(-5, 1, 1).unwrap()),
            actor: ActorId::new("uk"),
            speaker: "PM".into(),
            topic: TopicId::new("sanctions"),
            stance: Stance::Opposes,
            said_on: day,
            evidence: "\"quoted\"\n".into(),
            confidence: Confidence::from_millis(850),
            extractor: "rules@1".into(),
            channel: Some("TASS".into()),
            cue: "rejects".into(),
            date_basis: "explicit".into(),
            origin: ClaimOrigin::Extracted,
            retracted: false,
        };
        let entry = Entry {
            said_on: row.said_on,
            seq: row.seq,
            stance: row.stance,
            claim_id: row.claim_id,
        };
        for _ in 0..2 {
            let mut bytes = Vec::new();
            encode_row(&row, &mut bytes);
            assert_eq!(
                decode_row(&bytes, &entry, &row.actor, &row.topic).unwrap(),
                row
            );
            assert!(decode_row(&bytes[..bytes.len() - 1], &entry, &row.actor, &row.topic).is_err());
            row.article_id = None;
            row.published = None;
            row.channel = None;
            row.origin = ClaimOrigin::Asserted;
            row.recorded_at = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        }
    }
}
