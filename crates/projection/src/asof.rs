//! Transaction time: which prefix of the log an `--as-of` view is built from.
//!
//! An as-of view is always a *prefix* of the log (seq 1..=n): folding stops at the first
//! envelope the bound excludes. For a time bound this is "the log as it stood at that instant"
//! even if a skewed clock ever wrote a `recorded_at` out of order, because seq order is append
//! order; and a prefix keeps the fold gap-free.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use stancelog_events::{Envelope, Seq};

use crate::ProjectionError;

/// A transaction-time bound for a view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsOf {
    /// Events with seq <= n.
    Seq(Seq),
    /// Events recorded at or before this instant.
    Time(DateTime<Utc>),
}

impl AsOf {
    /// Reads `1234` as a seq, an RFC 3339 instant as a time, and `YYYY-MM-DD` as the last
    /// microsecond of that day in UTC (so "as of 2024-03-01" includes everything recorded that day).
    pub fn parse(text: &str) -> Result<AsOf, ProjectionError> {
        let text = text.trim();
        if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
            return text
                .parse()
                .map(|n| AsOf::Seq(Seq(n)))
                .map_err(|_| ProjectionError::BadAsOf(text.into()));
        }
        if let Ok(at) = DateTime::parse_from_rfc3339(text) {
            return Ok(AsOf::Time(at.to_utc()));
        }
        if let Ok(day) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            let end = NaiveTime::from_hms_micro_opt(23, 59, 59, 999_999)
                .ok_or_else(|| ProjectionError::BadAsOf(text.into()))?;
            return Ok(AsOf::Time(day.and_time(end).and_utc()));
        }
        Err(ProjectionError::BadAsOf(text.into()))
    }

    /// Whether the envelope belongs to the view.
    pub fn includes(&self, envelope: &Envelope) -> bool {
        match self {
            AsOf::Seq(seq) => envelope.seq <= *seq,
            AsOf::Time(at) => envelope.recorded_at <= *at,
        }
    }

    /// Whether the envelope lies beyond the bound: a fold stops at the first such envelope.
    pub fn excludes(&self, envelope: &Envelope) -> bool {
        !self.includes(envelope)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_seq_time_and_day() {
        assert_eq!(AsOf::parse("1234").unwrap(), AsOf::Seq(Seq(1234)));
        assert_eq!(
            AsOf::parse("2024-03-01T10:00:00+01:00").unwrap(),
            AsOf::Time(
                DateTime::parse_from_rfc3339("2024-03-01T09:00:00Z")
                    .unwrap()
                    .to_utc()
            )
        );
        assert_eq!(
            AsOf::parse("2024-03-01").unwrap(),
            AsOf::Time(
                DateTime::parse_from_rfc3339("2024-03-01T23:59:59.999999Z")
                    .unwrap()
                    .to_utc()
            )
        );
        assert!(AsOf::parse("last tuesday").is_err());
        assert!(AsOf::parse("99999999999999999999999").is_err());
        assert!(AsOf::parse("").is_err());
    }
}
