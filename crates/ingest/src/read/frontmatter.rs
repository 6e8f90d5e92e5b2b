//! Markdown or plain text with an optional YAML front matter block between `---` lines.
//! Not here: Markdown rendering (the body is kept as written; claims' spans index into it).

use serde_norway::Value;

use super::fields::{self, non_empty};
use super::{RawArticle, ReadError};

/// Reads one article; the front matter, when present, must be a YAML mapping.
pub(crate) fn read_markdown(origin: &str, text: &str) -> Result<RawArticle, ReadError> {
    let Some((yaml, body)) = split_front_matter(text) else {
        return Ok(RawArticle::new(origin, text.trim()));
    };
    let err = |message: String| ReadError::FrontMatter {
        origin: origin.to_string(),
        message,
    };
    let value: Value = serde_norway::from_str(yaml).map_err(|e| err(e.to_string()))?;
    let mut article = RawArticle::new(origin, body.trim());
    let map = match value {
        Value::Mapping(map) => map,
        Value::Null => return Ok(article),
        _ => return Err(err("expected `key: value` lines".into())),
    };
    let get = |names: &[&str]| -> Option<(String, String)> {
        names.iter().find_map(|name| {
            let v = map.get(*name)?;
            let s = match v {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                Value::Bool(b) => b.to_string(),
                _ => return None,
            };
            Some((name.to_string(), s))
        })
    };
    article.title = non_empty(get(fields::TITLE).map(|(_, v)| v));
    article.source = non_empty(get(fields::SOURCE).map(|(_, v)| v));
    article.url = non_empty(get(fields::URL).map(|(_, v)| v));
    if let Some((field, value)) = get(fields::PUBLISHED).filter(|(_, v)| !v.trim().is_empty()) {
        let (day, at) = fields::parse_date(origin, &field, &value)?;
        article.published = Some(day);
        article.published_at = at;
    }
    Ok(article)
}

/// Splits `---\n<yaml>\n---\n<body>`; `None` when the text does not start with a block.
fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("---")?;
    let rest = rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" || line.trim_end() == "..." {
            return Some((&rest[..offset], &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn front_matter_fields_are_read() {
        let a = read_markdown(
            "a.md",
            "---\ntitle: \"T\"\nsource: Alwaght\nurl: https://x\npublished: 2024-02-28\n---\nBody.\n",
        )
        .unwrap();
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.source.as_deref(), Some("Alwaght"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2024, 2, 28));
        assert_eq!(a.text, "Body.");
    }

    #[test]
    fn text_without_front_matter_is_all_body() {
        let a = read_markdown("a.txt", "Just text.\n---\nmore").unwrap();
        assert_eq!(a.text, "Just text.\n---\nmore");
        assert_eq!(a.published, None);
    }

    #[test]
    fn timestamp_in_front_matter_keeps_the_instant() {
        let a = read_markdown("a.md", "---\npublished_at: 2022-03-04T18:45:00Z\n---\nx").unwrap();
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 3, 4));
        assert!(a.published_at.is_some());
    }

    #[test]
    fn bad_front_matter_date_names_the_file() {
        let e = read_markdown("a.md", "---\npublished: last week\n---\nx").unwrap_err();
        assert!(e.to_string().contains("a.md"), "{e}");
        assert!(e.to_string().contains("last week"), "{e}");
    }

    #[test]
    fn broken_yaml_is_an_error_naming_the_file() {
        let e = read_markdown("b.md", "---\ntitle: [unclosed\n---\nx").unwrap_err();
        assert!(e.to_string().starts_with("b.md: front matter"), "{e}");
    }
}
