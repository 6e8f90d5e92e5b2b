//! JSON (one object or an array of objects) and NDJSON (one object a line) articles.
//! Not here: field validation beyond types (see [`crate::prepare`]).

use serde_json::{Map, Value};

use super::fields::{self, non_empty};
use super::{RawArticle, ReadError};

/// A JSON object or an array of them.
pub(crate) fn read_json(origin: &str, text: &str) -> Result<Vec<RawArticle>, ReadError> {
    let value: Value = serde_json::from_str(text).map_err(|e| ReadError::Json {
        origin: origin.to_string(),
        message: e.to_string(),
    })?;
    match value {
        Value::Object(map) => Ok(vec![from_object(origin, &map)?]),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let at = format!("{origin} element {}", i + 1);
                match item {
                    Value::Object(map) => from_object(&at, map),
                    _ => Err(ReadError::Json {
                        origin: at,
                        message: "expected an object".into(),
                    }),
                }
            })
            .collect(),
        _ => Err(ReadError::Json {
            origin: origin.to_string(),
            message: "expected an object or an array of objects".into(),
        }),
    }
}

/// One object per non-blank line; the origin of each article is `path:line N`.
pub(crate) fn read_ndjson(origin: &str, text: &str) -> Result<Vec<RawArticle>, ReadError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{origin}:line {}", i + 1);
        let value: Value = serde_json::from_str(line).map_err(|e| ReadError::Json {
            origin: at.clone(),
            message: e.to_string(),
        })?;
        let Value::Object(map) = value else {
            return Err(ReadError::Json {
                origin: at,
                message: "expected an object".into(),
            });
        };
        out.push(from_object(&at, &map)?);
    }
    Ok(out)
}

fn from_object(origin: &str, map: &Map<String, Value>) -> Result<RawArticle, ReadError> {
    let get = |names: &[&str]| -> Result<Option<(String, String)>, ReadError> {
        for name in names {
            match map.get(*name) {
                None | Some(Value::Null) => continue,
                Some(Value::String(s)) => return Ok(Some((name.to_string(), s.clone()))),
                Some(other) => {
                    return Err(ReadError::Json {
                        origin: origin.to_string(),
                        message: format!("field `{name}` must be a string, found {other}"),
                    })
                }
            }
        }
        Ok(None)
    };
    let text = get(fields::TEXT)?.map(|(_, v)| v).unwrap_or_default();
    let mut article = RawArticle::new(origin, text.trim());
    article.title = non_empty(get(fields::TITLE)?.map(|(_, v)| v));
    article.source = non_empty(get(fields::SOURCE)?.map(|(_, v)| v));
    article.url = non_empty(get(fields::URL)?.map(|(_, v)| v));
    if let Some((field, value)) = get(fields::PUBLISHED)?.filter(|(_, v)| !v.trim().is_empty()) {
        let (day, at) = fields::parse_date(origin, &field, &value)?;
        article.published = Some(day);
        article.published_at = at;
    }
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn json_array_and_alternative_field_names() {
        let got = read_json(
            "a.json",
            r#"[{"headline":"H","body":"B","published_at":"2022-03-04T18:45:00Z","link":"u"},
               {"title":"T","content":"C","date":"2024-01-01"}]"#,
        )
        .unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].title.as_deref(), Some("H"));
        assert_eq!(got[0].text, "B");
        assert_eq!(got[0].url.as_deref(), Some("u"));
        assert_eq!(got[0].published, NaiveDate::from_ymd_opt(2022, 3, 4));
        assert_eq!(got[1].text, "C");
        assert_eq!(got[1].origin, "a.json element 2");
    }

    #[test]
    fn ndjson_errors_name_the_line() {
        let e = read_ndjson(
            "a.ndjson",
            "{\"text\":\"x\"}\n\n{\"text\":\"y\",\"date\":\"soon\"}\n",
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("a.ndjson:line 3"), "{e}");
    }

    #[test]
    fn non_string_field_is_a_typed_error() {
        let e = read_json("a.json", r#"{"text": 5}"#).unwrap_err();
        assert!(e.to_string().contains("`text` must be a string"), "{e}");
    }
}
