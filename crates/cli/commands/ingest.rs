//! `stancelog ingest`: read articles, extract their claims, append each article atomically.
//!
//! The batch goes on past a bad file: every good article is stored with all its claims, every
//! bad input is reported on stderr by its origin and problem, and the exit status is then 1.
//! Extraction runs on all cores (rayon); appends go to the store in groups so that many
//! articles share one flush. Not here: how articles are parsed or claims found (stancelog-ingest).

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use rayon::prelude::*;
use stancelog_events::{ArticleIngested, ClaimExtracted, StreamId};
use stancelog_ingest::{ArticleOverrides, CsvMapping, Extractor, InputFormat, RawArticle};
use stancelog_store::{AppendRequest, ExpectedVersion, StoreError};

use super::extraction::extract_guarded;
use crate::args::InputFormatArg;
use crate::context::Context;

/// How many articles are extracted and then appended together (one durable flush per group).
const GROUP: usize = 128;

/// File extensions picked up when a directory is given.
const ARTICLE_EXTENSIONS: [&str; 7] = ["md", "markdown", "txt", "json", "ndjson", "jsonl", "csv"];

/// Builds the overrides from the flags.
pub fn overrides(
    published: Option<String>,
    source: Option<String>,
    url: Option<String>,
    title: Option<String>,
) -> Result<ArticleOverrides> {
    Ok(ArticleOverrides {
        published: super::parse_day_opt(published.as_deref(), "--published")?,
        source,
        url,
        title,
    })
}

/// Builds the CSV column mapping from `--column FIELD=HEADER` values.
pub fn csv_mapping(columns: &[String]) -> Result<CsvMapping> {
    let mut mapping = CsvMapping::default();
    for column in columns {
        let Some((field, header)) = column.split_once('=') else {
            anyhow::bail!("--column {column:?}: expected FIELD=HEADER, e.g. text=body");
        };
        let slot = match field.trim() {
            "title" => &mut mapping.title,
            "text" => &mut mapping.text,
            "published" => &mut mapping.published,
            "url" => &mut mapping.url,
            "source" => &mut mapping.source,
            other => anyhow::bail!(
                "--column {column:?}: unknown field {other:?} (title, text, published, url, source)"
            ),
        };
        // The named header is the only candidate: a mapping the user gives is meant exactly.
        *slot = vec![header.trim().to_string()];
    }
    Ok(mapping)
}

/// Counts for the closing summary.
#[derive(Default)]
struct Tally {
    stored: u64,
    claims: u64,
    already_present: u64,
    failed: u64,
}

/// Runs the ingest command.
pub fn run(
    ctx: &Context,
    paths: &[PathBuf],
    overrides: &ArticleOverrides,
    format: InputFormatArg,
    mapping: &CsvMapping,
) -> Result<ExitCode> {
    let knowledge = ctx.knowledge()?;
    let extractor = Extractor::new(&knowledge);
    let format = input_format(format);
    let mut tally = Tally::default();

    let (raw, read_failures) = read_inputs(paths, format, mapping);
    tally.failed += read_failures;

    let log = ctx.open_log()?;
    let bar = super::progress_bar(raw.len() as u64, "ingesting");
    let mut seen_in_batch: HashSet<StreamId> = HashSet::new();
    for group in raw.chunks(GROUP) {
        // Identity first (cheap): articles already stored, or repeated in this batch as
        // syndicated copies, are skipped before the costly extraction.
        let prepared: Vec<Result<ArticleIngested, String>> = group
            .par_iter()
            .map(|raw| {
                stancelog_ingest::prepare(raw.clone(), overrides).map_err(|error| error.to_string())
            })
            .collect();
        let mut new_articles: Vec<(&RawArticle, ArticleIngested)> = Vec::new();
        for (raw, result) in group.iter().zip(prepared) {
            match result {
                Err(message) => {
                    bar.suspend(|| eprintln!("error: {message}"));
                    tally.failed += 1;
                }
                Ok(article) => {
                    let stream = StreamId::for_article(article.article_id);
                    if !seen_in_batch.insert(stream.clone()) || log.stream_version(&stream)?.0 > 0 {
                        tally.already_present += 1;
                        tracing::info!(origin = %raw.origin, "already present");
                        continue;
                    }
                    new_articles.push((raw, article));
                }
            }
        }
        let extracted: Vec<Result<Vec<ClaimExtracted>, String>> = new_articles
            .par_iter()
            .map(|(raw, article)| extract_guarded(&extractor, article, &raw.origin))
            .collect();

        let mut requests = Vec::new();
        let mut claim_counts = Vec::new();
        for ((raw, article), claims) in new_articles.iter().zip(extracted) {
            let claims = match claims {
                Ok(claims) => claims,
                Err(message) => {
                    bar.suspend(|| eprintln!("error: {message}"));
                    tally.failed += 1;
                    continue;
                }
            };
            let events = stancelog_ingest::article_events(article, &claims);
            claim_counts.push((raw.origin.clone(), claims.len() as u64));
            requests.push(AppendRequest {
                stream: StreamId::for_article(article.article_id),
                expected: ExpectedVersion::NoStream,
                events,
            });
        }
        let outcomes = log.append_batch(requests);
        for ((origin, claims), outcome) in claim_counts.into_iter().zip(outcomes) {
            match outcome {
                Ok(outcome) if outcome.duplicate => tally.already_present += 1,
                Ok(_) => {
                    tally.stored += 1;
                    tally.claims += claims;
                }
                // Another writer stored the same article between our check and our append.
                Err(StoreError::Conflict { .. }) => tally.already_present += 1,
                Err(error) => {
                    return Err(error).with_context(|| format!("storing {origin}"));
                }
            }
        }
        // A durable point: everything counted so far is stored (visible with STANCELOG_LOG=info).
        tracing::info!(
            stored = tally.stored,
            claims = tally.claims,
            "group appended"
        );
        bar.inc(group.len() as u64);
    }
    bar.finish_and_clear();

    eprintln!(
        "ingested {} new article{} ({} claim{}); {} already present; {} failed",
        tally.stored,
        plural(tally.stored),
        tally.claims,
        plural(tally.claims),
        tally.already_present,
        tally.failed
    );
    Ok(if tally.failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn input_format(format: InputFormatArg) -> InputFormat {
    match format {
        InputFormatArg::Auto => InputFormat::Auto,
        InputFormatArg::Markdown => InputFormat::Markdown,
        InputFormatArg::Json => InputFormat::Json,
        InputFormatArg::Ndjson => InputFormat::Ndjson,
        InputFormatArg::Csv => InputFormat::Csv,
    }
}

/// Reads every input into raw articles; reports each unreadable one and counts it.
fn read_inputs(
    paths: &[PathBuf],
    format: InputFormat,
    mapping: &CsvMapping,
) -> (Vec<RawArticle>, u64) {
    let mut articles = Vec::new();
    let mut failed = 0;
    for path in paths {
        if path.as_os_str() == "-" {
            let mut text = String::new();
            let read = std::io::stdin()
                .read_to_string(&mut text)
                .context("reading articles from standard input")
                .and_then(|_| Ok(stancelog_ingest::read_str("<stdin>", &text, format)?));
            match read {
                Ok(found) => articles.extend(found),
                Err(error) => {
                    eprintln!("error: {error:#}");
                    failed += 1;
                }
            }
            continue;
        }
        let files = match expand(path) {
            Ok(files) => files,
            Err(error) => {
                eprintln!("error: {error:#}");
                failed += 1;
                continue;
            }
        };
        for file in files {
            match read_one(&file, format, mapping) {
                Ok(found) => articles.extend(found),
                Err(error) => {
                    eprintln!("error: {error:#}");
                    failed += 1;
                }
            }
        }
    }
    (articles, failed)
}

/// Reads one file; CSV goes through the column mapping.
fn read_one(path: &Path, format: InputFormat, mapping: &CsvMapping) -> Result<Vec<RawArticle>> {
    let is_csv = format == InputFormat::Csv
        || (format == InputFormat::Auto
            && path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv")));
    if !is_csv {
        return Ok(stancelog_ingest::read_file(path, format)?);
    }
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read as UTF-8 text", path.display()))?;
    Ok(stancelog_ingest::read_csv(
        &path.display().to_string(),
        &text,
        mapping,
    )?)
}

/// A file as itself; a directory as its article files, recursively, in name order.
fn expand(path: &Path) -> Result<Vec<PathBuf>> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("{}: cannot read", path.display()))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    let mut pending = vec![path.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries =
            std::fs::read_dir(&dir).with_context(|| format!("{}: cannot list", dir.display()))?;
        for entry in entries {
            let entry = entry.with_context(|| format!("{}: cannot list", dir.display()))?;
            let child = entry.path();
            if child.is_dir() {
                pending.push(child);
            } else if child
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
            {
                files.push(child);
            }
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_expand_to_article_files_in_order() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        for name in ["b.md", "a.json", "notes.pdf", "sub/c.csv"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        let names: Vec<String> = expand(dir.path())
            .unwrap()
            .iter()
            .map(|p| p.strip_prefix(dir.path()).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a.json", "b.md", "sub/c.csv"]);
    }

    #[test]
    fn column_mapping_replaces_only_the_named_fields() {
        let mapping = csv_mapping(&["text=body".into(), "source= location ".into()]).unwrap();
        assert_eq!(mapping.text, ["body"]);
        assert_eq!(mapping.source, ["location"]);
        assert_eq!(mapping.title, CsvMapping::default().title);
        assert!(csv_mapping(&["body".into()]).is_err());
        let error = csv_mapping(&["author=byline".into()])
            .unwrap_err()
            .to_string();
        assert!(error.contains("unknown field \"author\""), "{error}");
    }

    #[test]
    fn a_missing_path_names_itself() {
        let error = expand(Path::new("/no/such/article.md")).unwrap_err();
        assert!(format!("{error:#}").contains("/no/such/article.md"));
    }
}
