//! CSV article exports with a header row and a column mapping (the shape of the Kremlin corpus:
//! `link,headline,date,location,summary,body`). Not here: guessing CSV from content.

use super::fields::{self, non_empty};
use super::{RawArticle, ReadError};

/// Which CSV column holds which article field. Each field lists candidate header names, first
/// match wins (case-insensitive). The default covers `title|headline`, `text|body|content`,
/// `published|published_at|date`, `url|link`, `source`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvMapping {
    /// Candidate headers for the title.
    pub title: Vec<String>,
    /// Candidate headers for the text (required).
    pub text: Vec<String>,
    /// Candidate headers for the publication date.
    pub published: Vec<String>,
    /// Candidate headers for the URL.
    pub url: Vec<String>,
    /// Candidate headers for the source.
    pub source: Vec<String>,
}

impl Default for CsvMapping {
    fn default() -> Self {
        let own = |names: &[&str]| names.iter().map(|s| s.to_string()).collect();
        CsvMapping {
            title: own(fields::TITLE),
            text: own(fields::TEXT),
            published: own(fields::PUBLISHED),
            url: own(fields::URL),
            source: own(fields::SOURCE),
        }
    }
}

/// Reads every row of a CSV export as an article; each origin is `path row N` (N counts data
/// rows from 1). A row with a bad date is an error naming its row.
pub fn read_csv(
    origin: &str,
    text: &str,
    mapping: &CsvMapping,
) -> Result<Vec<RawArticle>, ReadError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let err = |at: String, e: &dyn std::fmt::Display| ReadError::Csv {
        origin: at,
        message: e.to_string(),
    };
    let headers = reader
        .headers()
        .map_err(|e| err(origin.to_string(), &e))?
        .clone();
    let find = |names: &[String]| -> Option<(usize, String)> {
        names.iter().find_map(|name| {
            headers
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
                .map(|i| (i, name.clone()))
        })
    };
    let Some((text_col, _)) = find(&mapping.text) else {
        return Err(ReadError::Csv {
            origin: origin.to_string(),
            message: format!(
                "no text column: expected one of {}",
                mapping.text.join(", ")
            ),
        });
    };
    let title_col = find(&mapping.title);
    let date_col = find(&mapping.published);
    let url_col = find(&mapping.url);
    let source_col = find(&mapping.source);
    let mut out = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let at = format!("{origin} row {}", i + 1);
        let record = record.map_err(|e| err(at.clone(), &e))?;
        let cell = |col: &Option<(usize, String)>| {
            non_empty(
                col.as_ref()
                    .and_then(|(c, _)| record.get(*c))
                    .map(str::to_string),
            )
        };
        let mut article = RawArticle::new(at.clone(), record.get(text_col).unwrap_or("").trim());
        article.title = cell(&title_col);
        article.url = cell(&url_col);
        article.source = cell(&source_col);
        if let (Some(value), Some((_, field))) = (cell(&date_col), &date_col) {
            let (day, instant) = fields::parse_date(&at, field, &value)?;
            article.published = Some(day);
            article.published_at = instant;
        }
        out.push(article);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn kremlin_shaped_export_uses_the_default_mapping() {
        let text = "link,headline,date,location,summary,body\n\
                    http://en.kremlin.ru/1,Talks,2022-03-04T18:45:00Z,Moscow,s,\"Body, with comma.\"\n";
        let got = read_csv("k.csv", text, &CsvMapping::default()).unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].origin, "k.csv row 1");
        assert_eq!(got[0].title.as_deref(), Some("Talks"));
        assert_eq!(got[0].url.as_deref(), Some("http://en.kremlin.ru/1"));
        assert_eq!(got[0].published, NaiveDate::from_ymd_opt(2022, 3, 4));
        assert_eq!(got[0].text, "Body, with comma.");
    }

    #[test]
    fn bad_date_names_the_row() {
        let text = "title,text,date\na,b,2024-01-01\nc,d,yesterday\n";
        let e = read_csv("x.csv", text, &CsvMapping::default()).unwrap_err();
        assert!(e.to_string().starts_with("x.csv row 2"), "{e}");
    }

    #[test]
    fn missing_text_column_is_an_error() {
        let e = read_csv(
            "x.csv",
            "title,date\na,2024-01-01\n",
            &CsvMapping::default(),
        )
        .unwrap_err();
        assert!(e.to_string().contains("no text column"), "{e}");
    }

    #[test]
    fn custom_mapping_picks_other_columns() {
        let mapping = CsvMapping {
            text: vec!["summary".into()],
            ..CsvMapping::default()
        };
        let got = read_csv("x.csv", "summary,body\nS,B\n", &mapping).unwrap();
        assert_eq!(got[0].text, "S");
    }
}
