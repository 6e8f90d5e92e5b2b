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
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn gold(article: &str, actor: &str, topic: &str, stance: Stance, said_on: &str) -> GoldClaim {
        GoldClaim {
            article: article.into(),
            actor: actor.into(),
            topic: topic.into(),
            stance,
            said_on: day(said_on),
            speaker: None,
            evidence: None,
        }
    }

    fn pred(
        article: &str,
        actor: &str,
        topic: &str,
        stance: Stance,
        said_on: &str,
        evidence: &str,
    ) -> PredictedClaim {
        PredictedClaim {
            article: article.into(),
            actor: actor.into(),
            topic: topic.into(),
            stance,
            said_on: day(said_on),
            evidence: evidence.into(),
        }
    }

    fn scores(tp: u64, fp: u64, fneg: u64) -> Scores {
        Scores {
            true_positives: tp,
            false_positives: fp,
            false_negatives: fneg,
        }
    }

    const T: &str = "troops-to-ukraine";

    #[test]
    fn exact_match_scores_one() {
        let g = [gold("a", "germany", T, Stance::Opposes, "2024-02-26")];
        let p = [pred(
            "a",
            "germany",
            T,
            Stance::Opposes,
            "2024-02-26",
            "no ground troops",
        )];
        let r = evaluate(&g, &p);
        assert_eq!(r.with_date, scores(1, 0, 0));
        assert_eq!(r.without_date, scores(1, 0, 0));
        assert_eq!(r.with_date.precision(), 1.0);
        assert_eq!(r.with_date.recall(), 1.0);
        assert_eq!(r.with_date.f1(), 1.0);
        assert!(r.misses.is_empty() && r.false_claims.is_empty());
    }

    #[test]
    fn any_field_differing_is_a_miss_and_a_false_claim() {
        let g = [gold("a", "germany", T, Stance::Opposes, "2024-02-26")];
        for p in [
            pred("b", "germany", T, Stance::Opposes, "2024-02-26", ""),
            pred("a", "france", T, Stance::Opposes, "2024-02-26", ""),
            pred(
                "a",
                "germany",
                "sanctions",
                Stance::Opposes,
                "2024-02-26",
                "",
            ),
            pred("a", "germany", T, Stance::Open, "2024-02-26", ""),
        ] {
            let r = evaluate(&g, std::slice::from_ref(&p));
            assert_eq!(r.with_date, scores(0, 1, 1), "{p:?}");
            assert_eq!(r.without_date, scores(0, 1, 1), "{p:?}");
            assert_eq!(r.misses, g.to_vec());
            assert_eq!(r.false_claims, vec![p]);
        }
    }

    #[test]
    fn duplicate_predictions_count_once_and_keep_the_first_evidence() {
        let g = [gold("a", "russia", T, Stance::Opposes, "2024-02-27")];
        let p = [
            pred("a", "russia", T, Stance::Opposes, "2024-02-27", "first"),
            pred("a", "russia", T, Stance::Opposes, "2024-02-27", "second"),
            pred("a", "uk", T, Stance::Opposes, "2024-02-27", "wrong one"),
            pred("a", "uk", T, Stance::Opposes, "2024-02-27", "wrong again"),
        ];
        let r = evaluate(&g, &p);
        assert_eq!(r.with_date, scores(1, 1, 0));
        assert_eq!(r.false_claims.len(), 1);
        assert_eq!(r.false_claims[0].evidence, "wrong one");
    }

    #[test]
    fn duplicate_gold_rows_count_once() {
        let g = [
            gold("a", "russia", T, Stance::Opposes, "2024-02-27"),
            gold("a", "russia", T, Stance::Opposes, "2024-02-27"),
        ];
        let r = evaluate(&g, &[]);
        assert_eq!(r.with_date, scores(0, 0, 1));
        assert_eq!(r.misses.len(), 1);
    }

    #[test]
    fn wrong_date_is_right_without_date() {
        let g = [gold("a", "france", T, Stance::Open, "2024-02-26")];
        let p = [pred(
            "a",
            "france",
            T,
            Stance::Open,
            "2024-02-28",
            "nothing ruled out",
        )];
        let r = evaluate(&g, &p);
        assert_eq!(r.with_date, scores(0, 1, 1));
        assert_eq!(r.without_date, scores(1, 0, 0));
        assert_eq!(r.misses.len(), 1);
        assert_eq!(r.false_claims.len(), 1);
    }

    #[test]
    fn without_date_deduplicates_again() {
        // Two gold days collapse into one undated tuple; so do two predicted days.
        let g = [
            gold(
                "a",
                "nato",
                "long-range-weapons",
                Stance::Supports,
                "2024-05-24",
            ),
            gold(
                "a",
                "nato",
                "long-range-weapons",
                Stance::Supports,
                "2024-05-30",
            ),
        ];
        let p = [
            pred(
                "a",
                "nato",
                "long-range-weapons",
                Stance::Supports,
                "2024-05-30",
                "x",
            ),
            pred(
                "a",
                "nato",
                "long-range-weapons",
                Stance::Supports,
                "2024-05-31",
                "y",
            ),
        ];
        let r = evaluate(&g, &p);
        assert_eq!(r.with_date, scores(1, 1, 1));
        assert_eq!(r.without_date, scores(1, 0, 0));
    }

    #[test]
    fn per_actor_split_sums_to_the_total() {
        let g = [
            gold("a", "germany", T, Stance::Opposes, "2024-02-27"),
            gold("a", "uk", T, Stance::Opposes, "2024-02-27"),
            gold("b", "russia", "sanctions", Stance::Opposes, "2022-02-25"),
        ];
        let p = [
            pred("a", "germany", T, Stance::Opposes, "2024-02-27", ""),
            pred("a", "france", T, Stance::Opposes, "2024-02-27", ""),
            pred(
                "b",
                "russia",
                "sanctions",
                Stance::Opposes,
                "2022-02-24",
                "",
            ),
        ];
        let r = evaluate(&g, &p);
        assert_eq!(r.with_date, scores(1, 2, 2));
        assert_eq!(r.per_actor["germany"], scores(1, 0, 0));
        assert_eq!(r.per_actor["uk"], scores(0, 0, 1));
        assert_eq!(r.per_actor["france"], scores(0, 1, 0));
        assert_eq!(r.per_actor["russia"], scores(0, 1, 1));
        assert_eq!(r.per_actor.len(), 4);
        let mut sum = Scores::default();
        r.per_actor.values().for_each(|s| sum.add(*s));
        assert_eq!(sum, r.with_date);
    }

    #[test]
    fn predictions_on_articles_without_gold_are_false_claims() {
        let g = [gold("a", "germany", T, Stance::Opposes, "2024-02-27")];
        let p = [
            pred("a", "germany", T, Stance::Opposes, "2024-02-27", ""),
            pred(
                "negative",
                "france",
                T,
                Stance::Opposes,
                "2024-03-05",
                "Le Pen said",
            ),
        ];
        let r = evaluate(&g, &p);
        assert_eq!(r.with_date, scores(1, 1, 0));
        assert_eq!(r.false_claims[0].article, "negative");
    }

    #[test]
    fn empty_cases_are_defined() {
        let empty = evaluate(&[], &[]);
        assert_eq!(empty, EvalReport::default());
        assert_eq!(empty.with_date.precision(), 1.0);
        assert_eq!(empty.with_date.recall(), 1.0);
        assert_eq!(empty.with_date.f1(), 1.0);

        let g = [gold("a", "uk", T, Stance::Opposes, "2024-02-27")];
        let nothing_predicted = evaluate(&g, &[]);
        assert_eq!(nothing_predicted.with_date, scores(0, 0, 1));
        assert_eq!(nothing_predicted.with_date.precision(), 1.0);
        assert_eq!(nothing_predicted.with_date.recall(), 0.0);
        assert_eq!(nothing_predicted.with_date.f1(), 0.0);

        let p = [pred("a", "uk", T, Stance::Opposes, "2024-02-27", "")];
        let no_gold = evaluate(&[], &p);
        assert_eq!(no_gold.with_date, scores(0, 1, 0));
        assert_eq!(no_gold.with_date.precision(), 0.0);
        assert_eq!(no_gold.with_date.recall(), 1.0);
        assert_eq!(no_gold.with_date.f1(), 0.0);
    }

    #[test]
    fn scores_arithmetic() {
        let s = scores(3, 1, 2);
        assert!((s.precision() - 0.75).abs() < 1e-12);
        assert!((s.recall() - 0.6).abs() < 1e-12);
        assert!((s.f1() - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-12);
    }

    #[test]
    fn read_gold_skips_blanks_and_comments() {
        let text = "# gold for tests\n\n{\"article\":\"a\",\"actor\":\"germany\",\"topic\":\"troops-to-ukraine\",\"stance\":\"opposes\",\"said_on\":\"2024-02-26\",\"speaker\":\"Olaf Scholz\",\"evidence\":\"no ground troops\"}\n   \n{\"article\":\"b\",\"actor\":\"nato\",\"topic\":\"military-aid\",\"stance\":\"supports\",\"said_on\":\"2023-07-11\"}\n";
        let claims = read_gold("gold.ndjson", text).unwrap();
        assert_eq!(claims.len(), 2);
        assert_eq!(claims[0].speaker.as_deref(), Some("Olaf Scholz"));
        assert_eq!(claims[0].stance, Stance::Opposes);
        assert_eq!(claims[1].speaker, None);
        assert_eq!(claims[1].evidence, None);
        assert_eq!(claims[1].said_on, day("2023-07-11"));
    }

    #[test]
    fn read_gold_errors_name_origin_and_line() {
        let ok = r#"{"article":"a","actor":"uk","topic":"sanctions","stance":"supports","said_on":"2022-02-24"}"#;
        let cases = [
            (format!("{ok}\n\n{{not json\n"), 3),
            (
                format!("# c\n{ok}\n{}\n", ok.replace("supports", "maybe")),
                3,
            ),
            (format!("{}\n", ok.replace("2022-02-24", "24/02/2022")), 1),
            (format!("{ok}\n{}\n", ok.replace(r#""actor":"uk","#, "")), 2),
        ];
        for (text, line) in cases {
            let err = read_gold("data/eval/gold.ndjson", &text).unwrap_err();
            let GoldError::Line {
                origin, line: got, ..
            } = &err;
            assert_eq!(origin, "data/eval/gold.ndjson");
            assert_eq!(*got, line, "{text}");
            assert!(
                err.to_string()
                    .starts_with(&format!("data/eval/gold.ndjson:{line}: ")),
                "{err}"
            );
        }
    }

    #[test]
    fn gold_round_trips_through_json() {
        let g = gold("a", "eu", "frozen-assets", Stance::Supports, "2025-10-23");
        let text = serde_json::to_string(&g).unwrap();
        assert_eq!(read_gold("-", &text).unwrap(), vec![g]);
    }
    #[test]
    fn the_shipped_gold_corpus_reads_and_scores_perfectly_against_itself() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/eval/gold.ndjson");
        let text = std::fs::read_to_string(path).unwrap();
        let gold = read_gold(path, &text).unwrap();
        assert!(gold.len() >= 130, "{} gold claims", gold.len());
        let predicted: Vec<PredictedClaim> = gold
            .iter()
            .map(|g| PredictedClaim {
                article: g.article.clone(),
                actor: g.actor.clone(),
                topic: g.topic.clone(),
                stance: g.stance,
                said_on: g.said_on,
                evidence: g.evidence.clone().unwrap_or_default(),
            })
            .collect();
        let r = evaluate(&gold, &predicted);
        assert_eq!(r.with_date.f1(), 1.0);
        assert_eq!(
            r.with_date.true_positives,
            gold.len() as u64,
            "gold rows must be unique"
        );
    }
}
