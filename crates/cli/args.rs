//! The command line: every command, flag and its help text (clap derive).
//!
//! Not here: what the commands do (see `commands/`). The help text is the user's first manual,
//! so each flag says what it is for and what the default is.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Track who said what, when, on geopolitical questions: read news articles, store every stance
/// as an immutable claim event in an append-only log, and rebuild timelines from it.
#[derive(Debug, Parser)]
#[command(
    name = "stancelog",
    version,
    about,
    long_about,
    max_term_width = 100,
    after_help = "Examples:
  stancelog ingest data/articles/                  read articles, store their claims
  stancelog timeline germany --topic troops-to-ukraine
  stancelog shifts --actor uk                      when did the UK change its position?
  stancelog compare --topic troops-to-ukraine --at 2024-03-01
  stancelog claims --as-of 2025-01-01 --format csv what the log said on 1 January
  stancelog verify                                 check the hash chain and indexes"
)]
pub struct Cli {
    /// The event log: a sled directory (created if missing), or a PostgreSQL database shared
    /// by many machines, as postgres://user:password@host:port/dbname.
    /// Default: $STANCELOG_DB, else $XDG_DATA_HOME/stancelog/log.sled
    /// (~/.local/share/stancelog/log.sled).
    #[arg(long, global = true, env = "STANCELOG_DB", value_name = "PATH|URL")]
    pub db: Option<PathBuf>,

    /// A directory with actors.toml, officials.csv, topics.toml and cues.toml that replace the
    /// built-in gazetteer and lexicons (files missing there fall back to the built-in ones).
    #[arg(long, global = true, env = "STANCELOG_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,

    /// How long to wait for a database that another stancelog process holds before giving up.
    #[arg(long, global = true, default_value_t = 10.0, value_name = "SECONDS")]
    pub lock_timeout: f64,

    /// Where the local read-model cache of a PostgreSQL log is kept (one sled database per
    /// server URL; safe to delete, it is rebuilt from the log).
    /// Default: $STANCELOG_CACHE, else $XDG_CACHE_HOME/stancelog (~/.cache/stancelog).
    #[arg(long, global = true, env = "STANCELOG_CACHE", value_name = "DIR")]
    pub cache: Option<PathBuf>,

    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Output formats for every query.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for people.
    #[default]
    Table,
    /// One JSON array.
    Json,
    /// One JSON object a line.
    Ndjson,
    /// Comma-separated, with a header row (pandas and spreadsheets).
    Csv,
}

/// Input format of articles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    /// By file extension, then by content.
    #[default]
    Auto,
    /// Markdown or plain text with an optional YAML front matter block.
    Markdown,
    /// A JSON object or an array of objects.
    Json,
    /// One JSON object a line.
    Ndjson,
    /// CSV with a header row (title|headline, text|body|content, published|date, url|link, source).
    Csv,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles, extract their claims and append them to the log.
    ///
    /// PATHs may be files or directories (read recursively: .md .markdown .txt .json .ndjson
    /// .jsonl .csv) or `-` for standard input. Each article is stored atomically with all its
    /// claims; an article already in the log (the same text, whatever its URL) is skipped. A bad
    /// file is reported by name and the batch goes on; the exit status is then 1.
    Ingest {
        /// Files, directories, or `-` for standard input.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Publication date (YYYY-MM-DD) for articles that carry none.
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        /// Publisher for articles that name none.
        #[arg(long, value_name = "S")]
        source: Option<String>,
        /// URL for articles that carry none.
        #[arg(long, value_name = "U")]
        url: Option<String>,
        /// Title for articles that carry none.
        #[arg(long, value_name = "T")]
        title: Option<String>,
        /// How to read the inputs.
        #[arg(long, value_enum, default_value_t)]
        input_format: InputFormatArg,
        /// CSV column mapping, FIELD=HEADER (repeatable): which header holds the title, text,
        /// published, url or source, e.g. `--column text=body --column source=location`.
        /// Fields not given keep the usual header names.
        #[arg(long = "column", value_name = "FIELD=HEADER")]
        columns: Vec<String>,
    },
    /// List claims, filtered.
    Claims {
        #[command(flatten)]
        filter: ClaimFilterArgs,
        #[command(flatten)]
        view: ViewArgs,
    },
    /// An actor's claims and position periods per topic.
    Timeline {
        /// Actor id (see `stancelog actors`).
        actor: String,
        /// Only this topic (see `stancelog topics`).
        #[arg(long, value_name = "T")]
        topic: Option<String>,
        /// Only claims said on or after this day.
        #[arg(long, value_name = "D")]
        from: Option<String>,
        /// Only claims said on or before this day.
        #[arg(long, value_name = "D")]
        to: Option<String>,
        #[command(flatten)]
        view: ViewArgs,
    },
    /// Each change of an actor's stance on a topic, with the evidence on both sides.
    Shifts {
        /// Only this actor.
        #[arg(long, value_name = "A")]
        actor: Option<String>,
        /// Only this topic.
        #[arg(long, value_name = "T")]
        topic: Option<String>,
        /// Only shifts on or after this day.
        #[arg(long, value_name = "D")]
        since: Option<String>,
        #[command(flatten)]
        view: ViewArgs,
    },
    /// Every actor's position on one topic, side by side.
    Compare {
        /// The topic.
        #[arg(long, value_name = "T")]
        topic: String,
        #[command(flatten)]
        view: ViewArgs,
    },
    /// The raw log, in order.
    Events {
        /// Start at this position.
        #[arg(long, default_value_t = 1, value_name = "SEQ")]
        from: u64,
        /// Only this stream (`article-<uuid>`).
        #[arg(long, value_name = "S")]
        stream: Option<String>,
        /// Keep running and print new events as they are appended.
        #[arg(long)]
        follow: bool,
        /// Output format (table shows one line an event; the others the full envelope).
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Rebuild the read model from the log (from seq 1, or up to --to).
    Replay {
        /// Stop after this position.
        #[arg(long, value_name = "SEQ")]
        to: Option<u64>,
    },
    /// Withdraw a claim: appends ClaimRetracted; history keeps the claim.
    Retract {
        /// The claim id (see `stancelog claims`).
        claim_id: String,
        /// Why it is withdrawn.
        #[arg(long, value_name = "TEXT")]
        reason: String,
        /// Who withdraws it.
        #[arg(long, env = "USER", default_value = "analyst", value_name = "NAME")]
        by: String,
    },
    /// Record a claim by hand, with its source: appends ClaimAsserted.
    Assert {
        /// Who holds the stance (see `stancelog actors`).
        #[arg(long, value_name = "A")]
        actor: String,
        /// The question (see `stancelog topics`).
        #[arg(long, value_name = "T")]
        topic: String,
        /// supports, open or opposes.
        #[arg(long, value_name = "STANCE")]
        stance: String,
        /// The day it was said (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        said_on: String,
        /// Who said it.
        #[arg(long, value_name = "NAME")]
        speaker: String,
        /// The quoted or paraphrased evidence.
        #[arg(long, value_name = "TEXT")]
        evidence: String,
        /// Where it can be checked (URL, document, archive reference).
        #[arg(long, value_name = "SOURCE")]
        source: String,
        /// The article in the log it belongs to (article id), if any.
        #[arg(long, value_name = "ID")]
        article: Option<String>,
        /// Who records it.
        #[arg(long, env = "USER", default_value = "analyst", value_name = "NAME")]
        by: String,
    },
    /// Run the current extractor over every stored article and append only the differences:
    /// new claims, and retractions of claims it no longer finds.
    Reextract {
        /// Show what would change without appending anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write a self-contained HTML report: a swimlane chart per topic with the evidence.
    Report {
        /// The HTML file to write.
        #[arg(long, value_name = "FILE")]
        html: PathBuf,
        /// Only these topics (repeatable); default: every topic with claims.
        #[arg(long, value_name = "T")]
        topic: Vec<String>,
        /// Transaction time: the view built only from events recorded by then.
        #[arg(long, value_name = "TIME|SEQ")]
        as_of: Option<String>,
    },
    /// Check the whole log: hash chain, positions, indexes. Exits 1 at the first fault.
    Verify,
    /// Write every event as NDJSON envelopes (a backup, a migration path).
    Export {
        /// Destination file (`-` for standard output).
        file: PathBuf,
    },
    /// Load an export into an empty database, checking every hash on the way in.
    Import {
        /// Source file (`-` for standard input).
        file: PathBuf,
    },
    /// Score the extractor against gold annotations (precision, recall, F1).
    Eval {
        /// Gold claims, NDJSON (article, actor, topic, stance, said_on).
        #[arg(long, value_name = "FILE")]
        gold: PathBuf,
        /// Articles to evaluate; an article's gold key is its file name without extension.
        /// Default: the `articles/` directory beside the gold file.
        #[arg(value_name = "ARTICLE")]
        articles: Vec<PathBuf>,
        /// List every miss and false claim.
        #[arg(long)]
        details: bool,
        /// Output format of the score table.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// The actors the gazetteer knows.
    Actors {
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// The topics and their definitions.
    Topics {
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

/// Filters shared by claim listings.
#[derive(Debug, clap::Args)]
pub struct ClaimFilterArgs {
    /// Only this actor.
    #[arg(long, value_name = "A")]
    pub actor: Option<String>,
    /// Only this topic.
    #[arg(long, value_name = "T")]
    pub topic: Option<String>,
    /// Only claims said on or after this day.
    #[arg(long, value_name = "D")]
    pub from: Option<String>,
    /// Only claims said on or before this day.
    #[arg(long, value_name = "D")]
    pub to: Option<String>,
}

/// Time travel and output, shared by every query.
#[derive(Debug, clap::Args)]
pub struct ViewArgs {
    /// Valid time: the position in force on this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
    /// Transaction time: the view built only from events recorded by then
    /// (a seq number, a YYYY-MM-DD day, or an RFC 3339 instant).
    #[arg(long, value_name = "TIME|SEQ")]
    pub as_of: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}
