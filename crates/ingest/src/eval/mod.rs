//! Scoring extracted claims against hand-made gold annotations; not an extractor and not I/O.
//!
//! The unit of evaluation is the claim tuple `(article, actor, topic, stance, said_on)`.
//! Predictions are de-duplicated on that tuple before counting (several evidence sentences
//! for one tuple count once), and so is the gold. The "without date" scores drop `said_on`
//! from the tuple and de-duplicate again, so a claim with the right stance but the wrong day
//! is a hit there and a miss plus a false claim with the date.
//!
//! The caller decides which articles were evaluated and passes only predictions for those
//! articles: a prediction on an article that has no gold rows is a false claim.
//!
//! Gold files are NDJSON, one [`GoldClaim`] per line (see `data/eval/README.md`); read them
//! with [`read_gold`], then score with [`evaluate`].

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use stancelog_events::Stance;

/// One hand-annotated claim: a stance an analyst would record for an article.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub struct GoldClaim {
    /// The article's slug (its file name without extension) or other id shared with predictions.
    pub article: String,
    /// Actor id (`france`, `nato`, …).
    pub actor: String,
    /// Topic id (`troops-to-ukraine`, …).
    pub topic: String,
    /// The actor's stance toward the topic's proposition.
    pub stance: Stance,
    /// The day the statement was made.
    pub said_on: NaiveDate,
    /// Who said it, for the reader; not used in matching.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The sentence that carries the stance, for the reader; not used in matching.
    #[serde(default)]
    pub evidence: Option<String>,
}

/// One claim produced by an extractor for an evaluated article.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub struct PredictedClaim {
    /// The article id, spelled as in the gold file.
    pub article: String,
    /// Actor id.
    pub actor: String,
    /// Topic id.
    pub topic: String,
    /// Extracted stance.
    pub stance: Stance,
    /// Extracted statement date.
    pub said_on: NaiveDate,
    /// The evidence sentence; not used in matching.
    pub evidence: String,
}

/// Why a gold file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    /// A line is not a valid gold claim (bad JSON, missing field, unknown stance, bad date…).
    #[error("{origin}:{line}: not a gold claim: {message}")]
    Line {
        /// Where the text came from (a path, `-`, …), as given to [`read_gold`].
        origin: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

/// Reads NDJSON gold annotations: one JSON object per line.
///
/// Blank lines and lines whose first non-blank character is `#` are skipped. The first bad
/// line stops reading with an error that names `origin` and the 1-based line number.
pub fn read_gold(origin: &str, text: &str) -> Result<Vec<GoldClaim>, GoldError> {
    let mut claims = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let claim = serde_json::from_str::<GoldClaim>(trimmed).map_err(|e| GoldError::Line {
            origin: origin.to_owned(),
            line: index + 1,
            message: e.to_string(),
        })?;
        claims.push(claim);
    }
    Ok(claims)
}

/// Counts of one comparison between gold and predicted claim sets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scores {
    /// Predicted tuples that are in the gold.
    pub true_positives: u64,
    /// Predicted tuples that are not in the gold.
    pub false_positives: u64,
    /// Gold tuples that were not predicted.
    pub false_negatives: u64,
}

impl Scores {
    /// TP / (TP + FP). Defined as 1.0 when nothing was predicted: no claim was wrong.
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    /// TP / (TP + FN). Defined as 1.0 when the gold is empty: nothing was missed.
    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    /// Harmonic mean of precision and recall; 0.0 when both are 0.0.
    ///
    /// With both conventions above, empty gold and no predictions give 1.0, and predictions
    /// against empty gold (or no predictions against non-empty gold) give 0.0.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, other: Scores) {
        self.true_positives += other.true_positives;
        self.false_positives += other.false_positives;
        self.false_negatives += other.false_negatives;
    }
}

fn ratio(numerator: u64, denominator: u64) -> f64 {
    if denominator == 0 {
        1.0
    } else {
        numerator as f64 / denominator as f64
    }
}

/// The outcome of [`evaluate`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct EvalReport {
    /// Scores on `(article, actor, topic, stance, said_on)`.
    pub with_date: Scores,
    /// Scores on `(article, actor, topic, stance)`.
    pub without_date: Scores,
    /// With-date scores split by actor id (gold actor for misses, predicted actor for false
    /// claims); their sum equals `with_date`.
    pub per_actor: BTreeMap<String, Scores>,
    /// Gold claims not predicted (with the date), one per tuple, in gold order.
    pub misses: Vec<GoldClaim>,
    /// Predicted claims not in the gold (with the date), one per tuple (the first one seen,
    /// with its evidence), in prediction order.
    pub false_claims: Vec<PredictedClaim>,
}

/// The matching key of a claim; `said_on` is `None` for the without-date comparison.
type Key<'a> = (&'a str, &'a str, &'a str, Stance, Option<NaiveDate>);

fn gold_key(g: &GoldClaim, with_date: bool) -> Key<'_> {
    let date = if with_date { Some(g.said_on) } else { None };
    (&g.article, &g.actor, &g.topic, g.stance, date)
}

fn predicted_key(p: &PredictedClaim, with_date: bool) -> Key<'_> {
    let date = if with_date { Some(p.said_on) } else { None };
    (&p.article, &p.actor, &p.topic, p.stance, date)
}

fn compare(gold: &BTreeSet<Key<'_>>, predicted: &BTreeSet<Key<'_>>) -> Scores {
    let hits = gold.intersection(predicted).count() as u64;
    Scores {
        true_positives: hits,
        false_positives: predicted.len() as u64 - hits,
        false_negatives: gold.len() as u64 - hits,
    }
}

/// Scores `predicted` against `gold`.
///
/// Both sides are de-duplicated on the claim tuple; `speaker` and `evidence` play no part in
/// matching. Pass only predictions for the articles that were evaluated.
pub fn evaluate(gold: &[GoldClaim], predicted: &[PredictedClaim]) -> EvalReport {
    let gold_dated: BTreeSet<Key<'_>> = gold.iter().map(|g| gold_key(g, true)).collect();
    let pred_dated: BTreeSet<Key<'_>> = predicted.iter().map(|p| predicted_key(p, true)).collect();
    let gold_undated: BTreeSet<Key<'_>> = gold.iter().map(|g| gold_key(g, false)).collect();
    let pred_undated: BTreeSet<Key<'_>> =
        predicted.iter().map(|p| predicted_key(p, false)).collect();

    let mut per_actor: BTreeMap<String, Scores> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut seen = BTreeSet::new();
    for g in gold {
        let key = gold_key(g, true);
        if !seen.insert(key) {
            continue;
        }
        let entry = per_actor.entry(g.actor.clone()).or_default();
        if pred_dated.contains(&key) {
            entry.true_positives += 1;
        } else {
            entry.false_negatives += 1;
            misses.push(g.clone());
        }
    }
    let mut false_claims = Vec::new();
    let mut seen = BTreeSet::new();
    for p in predicted {
        let key = predicted_key(p, true);
        if !seen.insert(key) || gold_dated.contains(&key) {
            continue;
        }
        per_actor
            .entry(p.actor.clone())
            .or_default()
            .false_positives += 1;
        false_claims.push(p.clone());
    }

    let with_date = compare(&gold_dated, &pred_dated);
    debug_assert_eq!(
        per_actor.values().fold(Scores::default(), |mut sum, s| {
            sum.add(*s);
            sum
        }),
        with_date
    );
    EvalReport {
        with_date,
        without_date: compare(&gold_undated, &pred_undated),
        per_actor,
        misses,
        false_claims,
    }
}

#[cfg(test)]
mod tests;
