//! Turning a [`RawArticle`] into an [`ArticleIngested`] event: checks, CLI overrides, the
//! normalised text and the ids derived from it, and the events one article produces.
//!
//! Identity is content-based: the SHA-256 of the text with whitespace collapsed, so the same wire
//! copy under another URL or with other line wrapping is the same article. The event keeps the
//! text as read, since claims' byte spans index into it. Not here: extraction.

use sha2::{Digest, Sha256};
use stancelog_events::{ArticleId, ArticleIngested, ClaimExtracted, Event, EventId, NewEvent};
use uuid::Uuid;

use crate::read::{ArticleOverrides, RawArticle};

/// Namespace of article ids (uuid v5 of the content hash). Fixed forever: changing it would give
/// every stored article a new identity.
pub const ARTICLE_NAMESPACE: Uuid = Uuid::from_u128(0x6a1f_3c2e_9b4d_4e71_8f0a_2c5d_7e9b_1a30);
/// Namespace of event ids (uuid v5 of article id + kind, or of a claim id).
pub const EVENT_NAMESPACE: Uuid = Uuid::from_u128(0x0b7e_52d4_1c9a_4f36_a2e8_5d03_c4f1_9e62);

/// An article that cannot be accepted.
#[derive(Debug, thiserror::Error)]
pub enum ArticleError {
    /// Neither the input nor the flags give a publication date.
    #[error("{origin}: no publication date: add `published:` to the front matter or pass --published YYYY-MM-DD")]
    NoPublicationDate {
        /// Where the article came from.
        origin: String,
    },
    /// The body is empty.
    #[error("{origin}: empty text: nothing to ingest")]
    EmptyText {
        /// Where the article came from.
        origin: String,
    },
}

/// Collapses every run of whitespace to one space and trims the ends. Line wrapping, CRLF and
/// indentation do not change what an article says, so they must not change its identity.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// SHA-256 (hex) of the normalised text.
pub fn content_hash(text: &str) -> String {
    hex::encode(Sha256::digest(normalise(text).as_bytes()))
}

/// The article id for a content hash.
pub fn article_id(content_hash: &str) -> ArticleId {
    ArticleId(Uuid::new_v5(&ARTICLE_NAMESPACE, content_hash.as_bytes()))
}

/// Checks a raw article, applies the CLI overrides and derives its identity.
pub fn prepare(
    raw: RawArticle,
    overrides: &ArticleOverrides,
) -> Result<ArticleIngested, ArticleError> {
    let RawArticle {
        origin,
        title,
        source,
        url,
        published,
        published_at,
        text,
    } = raw;
    if text.trim().is_empty() {
        return Err(ArticleError::EmptyText { origin });
    }
    let published =
        overrides
            .published
            .or(published)
            .ok_or_else(|| ArticleError::NoPublicationDate {
                origin: origin.clone(),
            })?;
    // A timestamp that disagrees with an overriding day would be a second, conflicting truth.
    let published_at = published_at.filter(|at| at.date_naive() == published);
    let title = overrides
        .title
        .clone()
        .or(title)
        .unwrap_or_else(|| first_line(&text));
    let hash = content_hash(&text);
    Ok(ArticleIngested {
        article_id: article_id(&hash),
        content_hash: hash,
        title,
        source: overrides.source.clone().or(source).unwrap_or_default(),
        url: overrides.url.clone().or(url),
        published,
        published_at,
        text,
    })
}

/// The first non-blank line, without Markdown heading marks, cut to 200 characters.
fn first_line(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let line = line.trim_start_matches('#').trim();
    line.chars().take(200).collect()
}

/// The events one article produces: `ArticleIngested` first, then its claims. Ids are derived
/// (article id + kind, claim id), so re-ingesting the same article proposes the same ids and the
/// store keeps nothing new.
pub fn article_events(article: &ArticleIngested, claims: &[ClaimExtracted]) -> Vec<NewEvent> {
    let mut out = Vec::with_capacity(claims.len() + 1);
    let mut key = article.article_id.0.as_bytes().to_vec();
    key.extend_from_slice(b"ArticleIngested");
    let id = EventId(Uuid::new_v5(&EVENT_NAMESPACE, &key));
    out.push(NewEvent::new(id, &Event::ArticleIngested(article.clone())));
    for claim in claims {
        let id = EventId(Uuid::new_v5(&EVENT_NAMESPACE, claim.claim_id.0.as_bytes()));
        out.push(NewEvent::new(id, &Event::ClaimExtracted(claim.clone())));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn raw(text: &str) -> RawArticle {
        let mut r = RawArticle::new("a.md", text);
        r.published = NaiveDate::from_ymd_opt(2024, 2, 28);
        r
    }

    #[test]
    fn same_wire_copy_rewrapped_under_another_url_is_the_same_article() {
        let a = prepare(
            raw("Scholz said  no.\nMacron said yes."),
            &ArticleOverrides::default(),
        )
        .unwrap();
        let mut other = raw("Scholz said no. Macron\r\n   said yes.  ");
        other.url = Some("https://elsewhere".into());
        let b = prepare(other, &ArticleOverrides::default()).unwrap();
        assert_eq!(a.article_id, b.article_id);
        assert_eq!(a.content_hash, b.content_hash);
    }

    #[test]
    fn missing_publication_date_names_origin_and_flag() {
        let e = prepare(
            RawArticle::new("x.md", "Text."),
            &ArticleOverrides::default(),
        )
        .unwrap_err();
        let msg = e.to_string();
        assert!(msg.starts_with("x.md: no publication date"), "{msg}");
        assert!(msg.contains("--published YYYY-MM-DD"), "{msg}");
    }

    #[test]
    fn overrides_fill_in_and_replace() {
        let overrides = ArticleOverrides {
            published: NaiveDate::from_ymd_opt(2023, 1, 1),
            source: Some("Reuters".into()),
            url: None,
            title: None,
        };
        let a = prepare(
            RawArticle::new("x.txt", "\n# Headline here\nBody."),
            &overrides,
        )
        .unwrap();
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2023, 1, 1).unwrap());
        assert_eq!(a.source, "Reuters");
        assert_eq!(a.title, "Headline here");
    }

    #[test]
    fn empty_text_is_refused() {
        assert!(matches!(
            prepare(raw("  \n "), &ArticleOverrides::default()),
            Err(ArticleError::EmptyText { .. })
        ));
    }

    #[test]
    fn reingesting_proposes_the_same_event_ids() {
        let a = prepare(raw("Text."), &ArticleOverrides::default()).unwrap();
        let first = article_events(&a, &[]);
        let second = article_events(&a, &[]);
        assert_eq!(first[0].id, second[0].id);
        assert_eq!(first[0].kind.as_str(), "ArticleIngested");
    }
}
