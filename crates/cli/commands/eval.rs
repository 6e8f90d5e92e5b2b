//! `stancelog eval`: precision, recall and F1 of the extractor against gold annotations.
//!
//! Articles are read and extracted exactly as `ingest` would, without touching any database; an
//! article's key in the gold file is its file name without the extension. Not here: the scoring
//! rules (stancelog-ingest's `eval` module).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context as _, Result};
use serde::Serialize;
use stancelog_ingest::eval::{evaluate, read_gold, PredictedClaim, Scores};
use stancelog_ingest::{ArticleOverrides, Extractor, InputFormat};

use super::extraction::extract_guarded;
use crate::args::Format;
use crate::context::Context;
use crate::output::{clip, print_rows, TableRow};

#[derive(Serialize)]
struct ScoreOut {
    scope: String,
    true_positives: u64,
    false_positives: u64,
    false_negatives: u64,
    precision: f64,
    recall: f64,
    f1: f64,
}

impl ScoreOut {
    fn new(scope: impl Into<String>, scores: &Scores) -> ScoreOut {
        let round = |x: f64| (x * 1000.0).round() / 1000.0;
        ScoreOut {
            scope: scope.into(),
            true_positives: scores.true_positives,
            false_positives: scores.false_positives,
            false_negatives: scores.false_negatives,
            precision: round(scores.precision()),
            recall: round(scores.recall()),
            f1: round(scores.f1()),
        }
    }
}

impl TableRow for ScoreOut {
    const COLUMNS: &'static [&'static str] = &[
        "scope",
        "true_positives",
        "false_positives",
        "false_negatives",
        "precision",
        "recall",
        "f1",
    ];
    fn table_headers() -> Vec<&'static str> {
        vec!["scope", "tp", "fp", "fn", "precision", "recall", "F1"]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.scope.clone(),
            self.true_positives.to_string(),
            self.false_positives.to_string(),
            self.false_negatives.to_string(),
            format!("{:.3}", self.precision),
            format!("{:.3}", self.recall),
            format!("{:.3}", self.f1),
        ]
    }
}

/// Runs the evaluation.
pub fn run(
    ctx: &Context,
    gold_path: &Path,
    articles: &[PathBuf],
    details: bool,
    format: Format,
) -> Result<ExitCode> {
    let gold_text = std::fs::read_to_string(gold_path)
        .with_context(|| format!("reading {}", gold_path.display()))?;
    let gold = read_gold(&gold_path.display().to_string(), &gold_text)?;
    let files = article_files(gold_path, articles)?;
    let knowledge = ctx.knowledge()?;
    let extractor = Extractor::new(&knowledge);

    let mut predicted = Vec::new();
    for file in &files {
        let key = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        for raw in stancelog_ingest::read_file(file, InputFormat::Auto)? {
            let article = stancelog_ingest::prepare(raw, &ArticleOverrides::default())?;
            let claims = extract_guarded(&extractor, &article, &file.display().to_string())
                .map_err(anyhow::Error::msg)?;
            for claim in claims {
                predicted.push(PredictedClaim {
                    article: key.clone(),
                    actor: claim.actor.to_string(),
                    topic: claim.topic.to_string(),
                    stance: claim.stance,
                    said_on: claim.said_on,
                    evidence: claim.evidence,
                });
            }
        }
    }
    let keys: std::collections::HashSet<String> = files
        .iter()
        .filter_map(|f| f.file_stem().and_then(|s| s.to_str()).map(str::to_string))
        .collect();
    // Gold rows for articles not evaluated in this run are left out, not counted as misses.
    let gold: Vec<_> = gold
        .into_iter()
        .filter(|g| keys.contains(&g.article))
        .collect();
    let report = evaluate(&gold, &predicted);

    let mut rows = vec![
        ScoreOut::new("all (with date)", &report.with_date),
        ScoreOut::new("all (without date)", &report.without_date),
    ];
    for (actor, scores) in &report.per_actor {
        rows.push(ScoreOut::new(format!("actor {actor}"), scores));
    }
    eprintln!(
        "{} ({}): {} articles, {} gold claims, extractor {}",
        gold_path.display(),
        if articles.is_empty() {
            "articles beside it"
        } else {
            "articles given"
        },
        files.len(),
        gold.len(),
        extractor.info()
    );
    print_rows(&rows, format)?;
    if details {
        let stderr = &mut std::io::stderr();
        use std::io::Write;
        for miss in &report.misses {
            writeln!(
                stderr,
                "miss   {} {} {} {} {}",
                miss.article, miss.actor, miss.topic, miss.stance, miss.said_on
            )?;
        }
        for claim in &report.false_claims {
            writeln!(
                stderr,
                "false  {} {} {} {} {}  «{}»",
                claim.article,
                claim.actor,
                claim.topic,
                claim.stance,
                claim.said_on,
                clip(&claim.evidence, 120)
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The articles given, or every article file in `articles/` beside the gold file.
fn article_files(gold_path: &Path, articles: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let roots: Vec<PathBuf> = if articles.is_empty() {
        let dir = gold_path
            .parent()
            .unwrap_or(Path::new("."))
            .join("articles");
        if !dir.is_dir() {
            bail!(
                "no articles given and {} does not exist: pass the article files after --gold",
                dir.display()
            );
        }
        vec![dir]
    } else {
        articles.to_vec()
    };
    let mut files = Vec::new();
    for root in roots {
        if root.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(&root)
                .with_context(|| format!("listing {}", root.display()))?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|path| path.is_file())
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(root);
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn score_columns_are_the_serialised_fields() {
        let scores = Scores {
            true_positives: 8,
            false_positives: 2,
            false_negatives: 0,
        };
        let row = ScoreOut::new("all", &scores);
        assert_eq!(row.precision, 0.8);
        crate::rows::tests::assert_columns_match(&row);
    }
}
