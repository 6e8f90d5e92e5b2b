//! Field conventions shared by every input format: which names mean title, text, date, url and
//! source, and how dates are parsed. Not here: the syntax of any one format.

use chrono::{DateTime, NaiveDate, Utc};

use super::ReadError;

/// Names accepted for each article field, in order of preference.
pub(crate) const TITLE: &[&str] = &["title", "headline"];
pub(crate) const TEXT: &[&str] = &["text", "body", "content"];
pub(crate) const PUBLISHED: &[&str] = &["published", "published_at", "date"];
pub(crate) const URL: &[&str] = &["url", "link"];
pub(crate) const SOURCE: &[&str] = &["source"];

/// A parsed date field: the day, and the instant when a full timestamp was given.
pub(crate) type ParsedDate = (NaiveDate, Option<DateTime<Utc>>);

/// Parses `YYYY-MM-DD`, an RFC 3339 timestamp, or `YYYY-MM-DD HH:MM:SS` (taken as UTC).
pub(crate) fn parse_date(origin: &str, field: &str, value: &str) -> Result<ParsedDate, ReadError> {
    let v = value.trim();
    if let Ok(day) = NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        return Ok((day, None));
    }
    if let Ok(at) = DateTime::parse_from_rfc3339(v) {
        let at = at.with_timezone(&Utc);
        return Ok((at.date_naive(), Some(at)));
    }
    if let Ok(at) = chrono::NaiveDateTime::parse_from_str(v, "%Y-%m-%d %H:%M:%S") {
        let at = at.and_utc();
        return Ok((at.date_naive(), Some(at)));
    }
    Err(ReadError::BadDate {
        origin: origin.to_string(),
        field: field.to_string(),
        value: v.to_string(),
    })
}

/// An empty or whitespace-only value counts as absent.
pub(crate) fn non_empty(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}
