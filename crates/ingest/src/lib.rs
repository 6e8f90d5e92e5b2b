//! `stancelog-ingest`: reading news articles and extracting who took which stance on which
//! question, when. Pure and synchronous: no storage, no threads, no network.
//!
//! - [`read_file`] / [`read_str`] turn Markdown with front matter, JSON, NDJSON or CSV into
//!   [`RawArticle`]s; [`prepare`] checks one and gives it its content-derived identity.
//! - [`Knowledge`] holds the gazetteer, officials with dated roles, topics and cues from the
//!   data files (`data/*.toml`, `data/officials.csv`); its automata are built once, on the first
//!   extraction.
//! - [`Extractor`] turns an [`ArticleIngested`] into [`ClaimExtracted`]s; [`article_events`]
//!   wraps both as events with derived ids so re-ingesting stores nothing new.
//!
//! Not here: the event log (stancelog-store) or views over claims (stancelog-projection).

mod article;
pub mod eval;
mod extract;
mod knowledge;
mod read;

pub use article::{
    article_events, article_id, content_hash, normalise, prepare, ArticleError, ARTICLE_NAMESPACE,
    EVENT_NAMESPACE,
};
pub use extract::{Extractor, CLAIM_NAMESPACE, EXTRACTOR_NAME, EXTRACTOR_VERSION};
pub use knowledge::{
    ActorInfo, Arms, Automata, Deliveries, Knowledge, KnowledgeError, KnowledgeSources, Official,
    Standing, TitleSpec, TopicInfo, DATA_FILES, REQUIRED_TOPICS,
};
pub use read::{
    read_csv, read_file, read_str, ArticleOverrides, CsvMapping, InputFormat, RawArticle, ReadError,
};
pub use stancelog_events::{ArticleIngested, ClaimExtracted};
