//! Reading article files into [`RawArticle`]s: Markdown/text with optional YAML front matter,
//! JSON (one object or an array), NDJSON and CSV exports.
//!
//! This module only turns bytes into fields. It does not validate that an article is complete
//! (a missing publication date is [`crate::prepare`]'s business, because CLI flags may still
//! supply it) and it never extracts claims.

mod csv;
mod fields;
mod frontmatter;
mod json;

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};

pub use self::csv::{read_csv, CsvMapping};

/// Values given on the command line; they fill in or override what the file says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleOverrides {
    /// `--published YYYY-MM-DD`.
    pub published: Option<NaiveDate>,
    /// `--source S`.
    pub source: Option<String>,
    /// `--url U`.
    pub url: Option<String>,
    /// `--title T`.
    pub title: Option<String>,
}

/// One article as read from a file, before it is checked and given an identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawArticle {
    /// Where it came from, for messages: `path`, `path:line N` (NDJSON) or `path row N` (CSV).
    pub origin: String,
    /// Headline, if the input had one.
    pub title: Option<String>,
    /// Publisher, if given.
    pub source: Option<String>,
    /// Address, if given.
    pub url: Option<String>,
    /// Publication day, if given.
    pub published: Option<NaiveDate>,
    /// Publication instant, when the input gave a full timestamp.
    pub published_at: Option<DateTime<Utc>>,
    /// The article body.
    pub text: String,
}

impl RawArticle {
    /// An article with only an origin and a body; the other fields are empty.
    pub fn new(origin: impl Into<String>, text: impl Into<String>) -> RawArticle {
        RawArticle {
            origin: origin.into(),
            title: None,
            source: None,
            url: None,
            published: None,
            published_at: None,
            text: text.into(),
        }
    }
}

/// The shape of an input file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputFormat {
    /// Decide by file extension, then by content.
    #[default]
    Auto,
    /// Text with an optional `---` YAML front matter block.
    Markdown,
    /// One JSON object or an array of objects.
    Json,
    /// One JSON object per line.
    Ndjson,
    /// CSV with a header row (default column mapping, see [`CsvMapping`]).
    Csv,
}

/// A file that cannot be read as articles. Every variant names where the problem is.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be opened or is not UTF-8.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The path.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The front matter block is not valid YAML or has a field of the wrong type.
    #[error("{origin}: front matter: {message}")]
    FrontMatter {
        /// File (and line) of the problem.
        origin: String,
        /// What is wrong.
        message: String,
    },
    /// JSON that does not parse or is not an article object.
    #[error("{origin}: JSON: {message}")]
    Json {
        /// File and line/element of the problem.
        origin: String,
        /// What is wrong.
        message: String,
    },
    /// CSV that does not parse or lacks a text column.
    #[error("{origin}: CSV: {message}")]
    Csv {
        /// File and row of the problem.
        origin: String,
        /// What is wrong.
        message: String,
    },
    /// A date field that is neither `YYYY-MM-DD` nor an RFC 3339 timestamp.
    #[error(
        "{origin}: bad date {value:?} in `{field}`: expected YYYY-MM-DD or 2022-03-04T18:45:00Z"
    )]
    BadDate {
        /// File and row/line of the problem.
        origin: String,
        /// The field name.
        field: String,
        /// The value found.
        value: String,
    },
}

/// Reads every article in a file. `Auto` decides by extension (`.md .markdown .txt` →
/// Markdown, `.json`, `.ndjson .jsonl`, `.csv`), then by content.
pub fn read_file(path: &Path, format: InputFormat) -> Result<Vec<RawArticle>, ReadError> {
    let origin = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        path: origin.clone(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| ReadError::Io {
        path: origin.clone(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()),
    })?;
    let format = match format {
        InputFormat::Auto => by_extension(path).unwrap_or(InputFormat::Auto),
        other => other,
    };
    read_str(&origin, &text, format)
}

/// Reads every article in a string (stdin is read this way, with origin `-`).
pub fn read_str(
    origin: &str,
    text: &str,
    format: InputFormat,
) -> Result<Vec<RawArticle>, ReadError> {
    // A UTF-8 byte-order mark is invisible and would break front matter detection.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match format {
        InputFormat::Auto => read_str(origin, text, sniff(text)),
        InputFormat::Markdown => frontmatter::read_markdown(origin, text).map(|a| vec![a]),
        InputFormat::Json => json::read_json(origin, text),
        InputFormat::Ndjson => json::read_ndjson(origin, text),
        InputFormat::Csv => read_csv(origin, text, &CsvMapping::default()),
    }
}

fn by_extension(path: &Path) -> Option<InputFormat> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "md" | "markdown" | "txt" | "text" => InputFormat::Markdown,
        "json" => InputFormat::Json,
        "ndjson" | "jsonl" => InputFormat::Ndjson,
        "csv" => InputFormat::Csv,
        _ => return None,
    })
}

/// Guesses the format of text with no telling extension. JSON starts with `{` or `[`; several
/// lines each starting with `{` is NDJSON; anything else is text (CSV is never guessed, since
/// plain prose with commas would be misread).
fn sniff(text: &str) -> InputFormat {
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        return InputFormat::Json;
    }
    if trimmed.starts_with('{') {
        let object_lines = trimmed
            .lines()
            .filter(|l| l.trim_start().starts_with('{'))
            .count();
        // A pretty-printed object has one `{` line at the start; NDJSON has one per record.
        if object_lines > 1 && serde_json::from_str::<serde_json::Value>(trimmed).is_err() {
            return InputFormat::Ndjson;
        }
        return InputFormat::Json;
    }
    InputFormat::Markdown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_detects_json_ndjson_and_text_by_content() {
        assert_eq!(sniff("[{\"text\":\"a\"}]"), InputFormat::Json);
        assert_eq!(sniff("{\n \"text\": \"a\"\n}"), InputFormat::Json);
        assert_eq!(
            sniff("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"),
            InputFormat::Ndjson
        );
        assert_eq!(sniff("---\ntitle: x\n---\nbody"), InputFormat::Markdown);
        assert_eq!(sniff("Plain, text, with commas"), InputFormat::Markdown);
    }

    #[test]
    fn extension_wins_over_content() {
        assert_eq!(
            by_extension(Path::new("a/b.JSONL")),
            Some(InputFormat::Ndjson)
        );
        assert_eq!(
            by_extension(Path::new("x.markdown")),
            Some(InputFormat::Markdown)
        );
        assert_eq!(by_extension(Path::new("x.csv")), Some(InputFormat::Csv));
        assert_eq!(by_extension(Path::new("x")), None);
    }

    #[test]
    fn byte_order_mark_is_ignored() {
        let got = read_str(
            "-",
            "\u{feff}---\npublished: 2024-01-02\n---\nHello.",
            InputFormat::Auto,
        )
        .unwrap();
        assert_eq!(got[0].published, NaiveDate::from_ymd_opt(2024, 1, 2));
    }
}
