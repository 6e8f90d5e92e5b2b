//! The rows each query prints: the columns of DESIGN.md §4 and how they look in a table.
//!
//! CSV and JSON carry every column (ISO dates, actor ids plus ISO3/Wikidata codes, confidence as
//! a decimal) so they load into pandas or a spreadsheet as they are; the table view shows what a
//! person reads first. Not here: computing the rows (the projection does that).

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::Serialize;
use stancelog_ingest::Knowledge;
use stancelog_projection::{ClaimRow, Position};

use crate::output::{clip, TableRow};

/// One claim, as `claims` and `timeline` print it.
#[derive(Clone, Debug, Serialize)]
pub struct ClaimOut {
    pub claim_id: String,
    pub seq: u64,
    pub recorded_at: String,
    pub article_id: String,
    pub article_title: String,
    pub article_url: String,
    pub source: String,
    pub published: String,
    pub actor: String,
    pub actor_code: String,
    pub actor_wikidata: String,
    pub speaker: String,
    pub channel: String,
    pub topic: String,
    pub stance: String,
    pub said_on: NaiveDate,
    pub date_basis: String,
    pub evidence: String,
    pub cue: String,
    pub confidence: f64,
    pub extractor: String,
    pub origin: String,
    pub retracted: bool,
}

impl ClaimOut {
    /// Converts a projection row, adding the actor's codes from the gazetteer.
    pub fn from_row(row: &ClaimRow, knowledge: &Knowledge) -> ClaimOut {
        let actor = knowledge.actor(row.actor.as_str());
        ClaimOut {
            claim_id: row.claim_id.to_string(),
            seq: row.seq.0,
            recorded_at: iso_instant(row.recorded_at),
            article_id: row.article_id.map(|id| id.to_string()).unwrap_or_default(),
            article_title: row.article_title.clone(),
            article_url: row.article_url.clone(),
            source: row.source.clone(),
            published: row.published.map(|d| d.to_string()).unwrap_or_default(),
            actor: row.actor.to_string(),
            actor_code: actor.map(|a| a.code.clone()).unwrap_or_default(),
            actor_wikidata: actor.map(|a| a.wikidata.clone()).unwrap_or_default(),
            speaker: row.speaker.clone(),
            channel: row.channel.clone().unwrap_or_default(),
            topic: row.topic.to_string(),
            stance: row.stance.to_string(),
            said_on: row.said_on,
            date_basis: row.date_basis.clone(),
            evidence: row.evidence.clone(),
            cue: row.cue.clone(),
            confidence: f64::from(row.confidence.millis()) / 1000.0,
            extractor: row.extractor.clone(),
            origin: row.origin.to_string(),
            retracted: row.retracted,
        }
    }
}

impl TableRow for ClaimOut {
    const COLUMNS: &'static [&'static str] = &[
        "claim_id",
        "seq",
        "recorded_at",
        "article_id",
        "article_title",
        "article_url",
        "source",
        "published",
        "actor",
        "actor_code",
        "actor_wikidata",
        "speaker",
        "channel",
        "topic",
        "stance",
        "said_on",
        "date_basis",
        "evidence",
        "cue",
        "confidence",
        "extractor",
        "origin",
        "retracted",
    ];

    fn table_headers() -> Vec<&'static str> {
        vec![
            "said on", "actor", "topic", "stance", "speaker", "evidence", "claim",
        ]
    }

    fn table_cells(&self) -> Vec<String> {
        let mut stance = self.stance.clone();
        if self.retracted {
            stance.push_str(" (retracted)");
        }
        vec![
            self.said_on.to_string(),
            self.actor.clone(),
            self.topic.clone(),
            stance,
            clip(&self.speaker, 32),
            clip(&self.evidence, 140),
            self.claim_id[..8].to_string(),
        ]
    }
}

/// The position in force on a day, as printed by `timeline --at` and `compare --at`.
#[derive(Serialize)]
pub struct PositionOut {
    pub at: NaiveDate,
    pub actor: String,
    pub actor_code: String,
    pub topic: String,
    pub stance: String,
    pub since: NaiveDate,
    pub speaker: String,
    pub evidence: String,
    pub claim_id: String,
}

impl PositionOut {
    pub fn new(at: NaiveDate, position: &Position, knowledge: &Knowledge) -> PositionOut {
        PositionOut {
            at,
            actor: position.actor.to_string(),
            actor_code: knowledge
                .actor(position.actor.as_str())
                .map(|a| a.code.clone())
                .unwrap_or_default(),
            topic: position.topic.to_string(),
            stance: position.stance.to_string(),
            since: position.since,
            speaker: position.claim.speaker.clone(),
            evidence: position.claim.evidence.clone(),
            claim_id: position.claim.claim_id.to_string(),
        }
    }
}

impl TableRow for PositionOut {
    const COLUMNS: &'static [&'static str] = &[
        "at",
        "actor",
        "actor_code",
        "topic",
        "stance",
        "since",
        "speaker",
        "evidence",
        "claim_id",
    ];
    fn table_headers() -> Vec<&'static str> {
        vec!["actor", "topic", "stance", "since", "speaker", "evidence"]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.actor.clone(),
            self.topic.clone(),
            self.stance.clone(),
            self.since.to_string(),
            clip(&self.speaker, 30),
            clip(&self.evidence, 120),
        ]
    }
}

/// RFC 3339 in UTC with microseconds, as stored.
pub fn iso_instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Checks that a row type's `COLUMNS` are exactly its serialised field names, in order.
    pub fn assert_columns_match<R: TableRow>(sample: &R) {
        let value = serde_json::to_value(sample).unwrap();
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected: Vec<&str> = R::COLUMNS.to_vec();
        // serde_json's map sorts keys; compare as sets of names, and the order via CSV below.
        let mut sorted_keys = keys;
        sorted_keys.sort_unstable();
        expected.sort_unstable();
        assert_eq!(sorted_keys, expected);
        let mut csv_out = Vec::new();
        crate::output::write_rows(
            std::slice::from_ref(sample),
            crate::args::Format::Csv,
            &mut csv_out,
        )
        .unwrap();
        let header = String::from_utf8(csv_out)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_string();
        assert_eq!(header, R::COLUMNS.join(","));
    }
}

#[cfg(test)]
mod column_tests {
    use super::*;

    pub(crate) fn sample_claim() -> ClaimOut {
        ClaimOut {
            claim_id: "00000000-0000-0000-0000-000000000001".into(),
            seq: 2,
            recorded_at: "2024-02-28T10:00:00.000000Z".into(),
            article_id: "a".into(),
            article_title: "t".into(),
            article_url: "u".into(),
            source: "s".into(),
            published: "2024-02-28".into(),
            actor: "russia".into(),
            actor_code: "RUS".into(),
            actor_wikidata: "Q159".into(),
            speaker: "Dmitry Peskov".into(),
            channel: "CNN".into(),
            topic: "troops-to-ukraine".into(),
            stance: "opposes".into(),
            said_on: NaiveDate::from_ymd_opt(2024, 2, 27).unwrap(),
            date_basis: "weekday".into(),
            evidence: "e".into(),
            cue: "c".into(),
            confidence: 0.85,
            extractor: "x@1".into(),
            origin: "extracted".into(),
            retracted: false,
        }
    }

    #[test]
    fn claim_columns_are_the_serialised_fields_in_order() {
        tests::assert_columns_match(&sample_claim());
    }

    #[test]
    fn retracted_claims_say_so_in_the_table() {
        let mut claim = sample_claim();
        claim.retracted = true;
        assert_eq!(claim.table_cells()[3], "opposes (retracted)");
    }
}
