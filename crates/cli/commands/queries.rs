//! `claims`, `timeline`, `shifts`: questions about stances, answered from the read
//! model in any output format.
//!
//! Actor and topic ids are checked against the gazetteer first, so a typo is an error that lists
//! the known ids rather than an empty result. Not here: how the answers are computed
//! (stancelog-projection).

use std::io::Write;
use std::process::ExitCode;

use anyhow::{bail, Result};
use chrono::NaiveDate;
use serde::Serialize;
use stancelog_events::{ActorId, TopicId};
use stancelog_ingest::Knowledge;
use stancelog_projection::{ClaimFilter, DateRange, ShiftFilter};

use super::{parse_day_opt, view};
use crate::args::{ClaimFilterArgs, Format, ViewArgs};
use crate::context::Context;
use crate::output::{clip, new_table, print_rows, TableRow};
use crate::rows::{ClaimOut, PositionOut};

/// Checks an actor id against the gazetteer.
pub fn actor_id(knowledge: &Knowledge, id: &str) -> Result<ActorId> {
    let id = id.trim().to_ascii_lowercase();
    if knowledge.actor(&id).is_none() {
        let known: Vec<String> = knowledge.actors().map(|a| a.id.to_string()).collect();
        bail!("unknown actor {id:?}; known actors: {}", known.join(", "));
    }
    Ok(ActorId::new(id))
}

/// Checks a topic id against the lexicon.
pub fn topic_id(knowledge: &Knowledge, id: &str) -> Result<TopicId> {
    let id = id.trim().to_ascii_lowercase();
    if knowledge.topic(&id).is_none() {
        let known: Vec<String> = knowledge.topics().map(|t| t.id.to_string()).collect();
        bail!("unknown topic {id:?}; known topics: {}", known.join(", "));
    }
    Ok(TopicId::new(id))
}

/// `stancelog claims`: every live claim matching the filters. `--at D` keeps the claims said
/// by that day (valid time), `--as-of` the ones recorded by then (transaction time).
pub fn claims(ctx: &Context, filter: &ClaimFilterArgs, view_args: &ViewArgs) -> Result<ExitCode> {
    let knowledge = ctx.knowledge()?;
    let actor = filter
        .actor
        .as_deref()
        .map(|a| actor_id(&knowledge, a))
        .transpose()?;
    let topic = filter
        .topic
        .as_deref()
        .map(|t| topic_id(&knowledge, t))
        .transpose()?;
    let at = parse_day_opt(view_args.at.as_deref(), "--at")?;
    let to = parse_day_opt(filter.to.as_deref(), "--to")?;
    let to = match (to, at) {
        (Some(to), Some(at)) => Some(to.min(at)),
        (to, at) => to.or(at),
    };
    let projection = view::load(ctx, view_args.as_of.as_deref())?;
    let rows = projection.claims(&ClaimFilter {
        actor,
        topic,
        from: parse_day_opt(filter.from.as_deref(), "--from")?,
        to,
        include_retracted: false,
    })?;
    let out: Vec<ClaimOut> = rows
        .iter()
        .map(|row| ClaimOut::from_row(row, &knowledge))
        .collect();
    print_rows(&out, view_args.format)?;
    Ok(ExitCode::SUCCESS)
}

/// A position period as printed.
#[derive(Serialize)]
struct PeriodOut {
    from: NaiveDate,
    to: Option<NaiveDate>,
    stance: String,
    claims: u32,
}

#[derive(Serialize)]
struct TopicTimelineOut {
    topic: String,
    periods: Vec<PeriodOut>,
    claims: Vec<ClaimOut>,
}

#[derive(Serialize)]
struct TimelineOut {
    actor: String,
    actor_name: String,
    actor_code: String,
    actor_wikidata: String,
    topics: Vec<TopicTimelineOut>,
}

/// `stancelog timeline ACTOR`: per topic, the position periods and the dated claims behind them.
/// With `--at D`: the position in force that day on each topic.
pub fn timeline(
    ctx: &Context,
    actor: &str,
    topic: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
    view_args: &ViewArgs,
) -> Result<ExitCode> {
    let knowledge = ctx.knowledge()?;
    let actor = actor_id(&knowledge, actor)?;
    let topic = topic.map(|t| topic_id(&knowledge, t)).transpose()?;
    let range = DateRange {
        from: parse_day_opt(from, "--from")?,
        to: parse_day_opt(to, "--to")?,
    };
    let at = parse_day_opt(view_args.at.as_deref(), "--at")?;
    let projection = view::load(ctx, view_args.as_of.as_deref())?;

    if let Some(at) = at {
        let topics: Vec<TopicId> = match &topic {
            Some(topic) => vec![topic.clone()],
            None => knowledge
                .topics()
                .map(|t| TopicId::new(t.id.to_string()))
                .collect(),
        };
        let rows: Vec<PositionOut> = topics
            .iter()
            .map(|topic| projection.position_at(&actor, topic, at))
            .filter_map(Result::transpose)
            .map(|position| position.map(|p| PositionOut::new(at, &p, &knowledge)))
            .collect::<Result<_>>()?;
        print_rows(&rows, view_args.format)?;
        return Ok(ExitCode::SUCCESS);
    }

    let timeline = projection.timeline(&actor, topic.as_ref(), range)?;
    let info = knowledge.actor(actor.as_str());
    let out = TimelineOut {
        actor: actor.to_string(),
        actor_name: info.map(|a| a.name.clone()).unwrap_or_default(),
        actor_code: info.map(|a| a.code.clone()).unwrap_or_default(),
        actor_wikidata: info.map(|a| a.wikidata.clone()).unwrap_or_default(),
        topics: timeline
            .topics
            .iter()
            .map(|t| TopicTimelineOut {
                topic: t.topic.to_string(),
                periods: t
                    .periods
                    .iter()
                    .map(|p| PeriodOut {
                        from: p.from,
                        to: p.to,
                        stance: p.stance.to_string(),
                        claims: p.claims,
                    })
                    .collect(),
                claims: t
                    .claims
                    .iter()
                    .map(|c| ClaimOut::from_row(c, &knowledge))
                    .collect(),
            })
            .collect(),
    };
    let stdout = std::io::stdout();
    let mut sink = stdout.lock();
    match view_args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut sink, &out)?;
            writeln!(sink)?;
        }
        // Flat formats carry the claims; the periods follow from them (and from JSON).
        Format::Ndjson | Format::Csv => {
            let claims: Vec<ClaimOut> = out.topics.into_iter().flat_map(|t| t.claims).collect();
            crate::output::write_rows(&claims, view_args.format, &mut sink)?;
        }
        Format::Table => print_timeline_table(&out, &mut sink)?,
    }
    sink.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn print_timeline_table(out: &TimelineOut, sink: &mut dyn Write) -> Result<()> {
    writeln!(
        sink,
        "{} ({}, {})",
        out.actor_name, out.actor, out.actor_code
    )?;
    if out.topics.is_empty() {
        writeln!(sink, "  no claims recorded")?;
    }
    for topic in &out.topics {
        writeln!(sink)?;
        let periods: Vec<String> = topic
            .periods
            .iter()
            .map(|p| {
                let to = p.to.map_or("now".to_string(), |d| d.to_string());
                let plural = if p.claims == 1 { "" } else { "s" };
                format!(
                    "{} from {} to {} ({} claim{plural})",
                    p.stance, p.from, to, p.claims
                )
            })
            .collect();
        writeln!(sink, "{}: {}", topic.topic, periods.join("; then "))?;
        let mut table = new_table();
        table.set_header(vec!["said on", "stance", "speaker", "evidence", "source"]);
        for claim in &topic.claims {
            table.add_row(vec![
                claim.said_on.to_string(),
                claim.stance.clone(),
                clip(&claim.speaker, 30),
                clip(&claim.evidence, 150),
                clip(&claim.source, 20),
            ]);
        }
        writeln!(sink, "{table}")?;
    }
    Ok(())
}

/// One shift as printed.
#[derive(Serialize)]
struct ShiftOut {
    actor: String,
    topic: String,
    on: NaiveDate,
    from: String,
    to: String,
    before_said_on: NaiveDate,
    before_speaker: String,
    before_evidence: String,
    before_claim_id: String,
    after_speaker: String,
    after_evidence: String,
    after_claim_id: String,
}

impl TableRow for ShiftOut {
    const COLUMNS: &'static [&'static str] = &[
        "actor",
        "topic",
        "on",
        "from",
        "to",
        "before_said_on",
        "before_speaker",
        "before_evidence",
        "before_claim_id",
        "after_speaker",
        "after_evidence",
        "after_claim_id",
    ];
    fn table_headers() -> Vec<&'static str> {
        vec!["on", "actor", "topic", "shift", "before", "after"]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.on.to_string(),
            self.actor.clone(),
            self.topic.clone(),
            format!("{} → {}", self.from, self.to),
            format!(
                "{}: {}",
                self.before_said_on,
                clip(&self.before_evidence, 70)
            ),
            clip(&self.after_evidence, 70),
        ]
    }
}

/// `stancelog shifts`: each change of an actor's stance on a topic.
pub fn shifts(
    ctx: &Context,
    actor: Option<&str>,
    topic: Option<&str>,
    since: Option<&str>,
    view_args: &ViewArgs,
) -> Result<ExitCode> {
    let knowledge = ctx.knowledge()?;
    let filter = ShiftFilter {
        actor: actor.map(|a| actor_id(&knowledge, a)).transpose()?,
        topic: topic.map(|t| topic_id(&knowledge, t)).transpose()?,
        since: parse_day_opt(since, "--since")?,
    };
    let at = parse_day_opt(view_args.at.as_deref(), "--at")?;
    let projection = view::load(ctx, view_args.as_of.as_deref())?;
    let rows: Vec<ShiftOut> = projection
        .shifts(&filter)?
        .into_iter()
        // --at: the shifts that had happened by that day.
        .filter(|shift| at.is_none_or(|at| shift.on <= at))
        .map(|shift| ShiftOut {
            actor: shift.actor.to_string(),
            topic: shift.topic.to_string(),
            on: shift.on,
            from: shift.from.to_string(),
            to: shift.to.to_string(),
            before_said_on: shift.before.said_on,
            before_speaker: shift.before.speaker.clone(),
            before_evidence: shift.before.evidence.clone(),
            before_claim_id: shift.before.claim_id.to_string(),
            after_speaker: shift.after.speaker.clone(),
            after_evidence: shift.after.evidence.clone(),
            after_claim_id: shift.after.claim_id.to_string(),
        })
        .collect();
    print_rows(&rows, view_args.format)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rows::tests::assert_columns_match;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 3, 1).unwrap()
    }

    #[test]
    fn position_and_shift_columns_are_the_serialised_fields() {
        assert_columns_match(&PositionOut {
            at: day(),
            actor: "uk".into(),
            actor_code: "GBR".into(),
            topic: "troops-to-ukraine".into(),
            stance: "opposes".into(),
            since: day(),
            speaker: "s".into(),
            evidence: "e".into(),
            claim_id: "c".into(),
        });
        assert_columns_match(&ShiftOut {
            actor: "uk".into(),
            topic: "troops-to-ukraine".into(),
            on: day(),
            from: "opposes".into(),
            to: "open".into(),
            before_said_on: day(),
            before_speaker: "a".into(),
            before_evidence: "b".into(),
            before_claim_id: "c".into(),
            after_speaker: "d".into(),
            after_evidence: "e".into(),
            after_claim_id: "f".into(),
        });
    }
}
