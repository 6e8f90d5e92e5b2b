//! Newtypes for every identifier and position, so a claim id can never be passed where an article
//! id is expected and a stream version never mixes with a global sequence number.
//!
//! Not here: how ids are derived from content (that is `stancelog-ingest`'s business).

use std::fmt;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Global position of an event in the log: starts at 1, gap-free, strictly increasing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Seq(pub u64);

impl Seq {
    /// The position before the first event; the log's head when it is empty.
    pub const ZERO: Seq = Seq(0);

    /// The next position.
    pub fn next(self) -> Seq {
        Seq(self.0 + 1)
    }

    /// Big-endian bytes: as a sled key, byte order is numeric order.
    pub fn to_be_bytes(self) -> [u8; 8] {
        self.0.to_be_bytes()
    }

    /// Reads a big-endian key written by [`Seq::to_be_bytes`].
    pub fn from_be_bytes(bytes: [u8; 8]) -> Seq {
        Seq(u64::from_be_bytes(bytes))
    }
}

impl fmt::Display for Seq {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Position of an event inside its stream: starts at 1, gap-free.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StreamVersion(pub u64);

impl StreamVersion {
    /// The version of a stream that has no event yet.
    pub const NONE: StreamVersion = StreamVersion(0);

    /// The next version.
    pub fn next(self) -> StreamVersion {
        StreamVersion(self.0 + 1)
    }
}

impl fmt::Display for StreamVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map($name)
            }
        }
    };
}

uuid_id!(
    /// Identity of one stored event; appending the same id twice stores it once.
    EventId
);
uuid_id!(
    /// Identity of an article, derived from its normalised text so syndicated copies coincide.
    ArticleId
);
uuid_id!(
    /// Identity of one claim (extracted or asserted); retractions point at it.
    ClaimId
);

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// Wraps an id string as it is (ids are lowercase kebab-case by convention).
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_string())
            }
        }
    };
}

string_id!(
    /// Gazetteer id of an actor (`france`, `nato`, …): a public contract, see DESIGN.md §3.
    ActorId
);
string_id!(
    /// Id of a topic (`troops-to-ukraine`, …): a public contract, see DESIGN.md §3.
    TopicId
);
string_id!(
    /// Name of a stream; one stream per article (`article-<uuid>`) holds the article and its claims.
    StreamId
);

impl StreamId {
    /// The stream that holds an article and every claim about it.
    pub fn for_article(article: ArticleId) -> StreamId {
        StreamId(format!("article-{}", article.0))
    }

    /// The article this stream belongs to, if it is an article stream.
    pub fn article(&self) -> Option<ArticleId> {
        self.0
            .strip_prefix("article-")
            .and_then(|rest| Uuid::parse_str(rest).ok())
            .map(ArticleId)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seq_bytes_sort_numerically() {
        let small = Seq(255).to_be_bytes();
        let big = Seq(256).to_be_bytes();
        assert!(small < big, "big-endian keys must sort as numbers");
        assert_eq!(Seq::from_be_bytes(big), Seq(256));
    }

    #[test]
    fn article_stream_round_trips() {
        let article = ArticleId(Uuid::from_u128(42));
        let stream = StreamId::for_article(article);
        assert_eq!(
            stream.as_str(),
            "article-00000000-0000-0000-0000-00000000002a"
        );
        assert_eq!(stream.article(), Some(article));
        assert_eq!(StreamId::new("other").article(), None);
    }
}
