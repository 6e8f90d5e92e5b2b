//! `stancelog report --html FILE`: gathers, per topic, every actor's periods, claims and shifts
//! from the read model and hands them to the HTML renderer.
//!
//! Not here: the markup (`html_report.rs`).

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use stancelog_events::TopicId;
use stancelog_projection::{ClaimFilter, DateRange, ShiftFilter};

use super::view;
use crate::context::Context;
use crate::html_report::{render, Lane, TopicChart};

/// Writes the report.
pub fn run(ctx: &Context, file: &Path, topics: &[String], as_of: Option<&str>) -> Result<ExitCode> {
    let knowledge = ctx.knowledge()?;
    let projection = view::load(ctx, as_of)?;
    let all_claims = projection.claims(&ClaimFilter::default())?;
    let wanted: Vec<TopicId> = if topics.is_empty() {
        let mut ids: Vec<TopicId> = all_claims.iter().map(|c| c.topic.clone()).collect();
        ids.sort();
        ids.dedup();
        ids
    } else {
        topics
            .iter()
            .map(|t| {
                let id = t.trim().to_ascii_lowercase();
                if knowledge.topic(&id).is_none() {
                    anyhow::bail!("unknown topic {id:?} (see `stancelog topics`)");
                }
                Ok(TopicId::new(id))
            })
            .collect::<Result<_>>()?
    };

    let mut charts = Vec::new();
    for topic in &wanted {
        let mut actors: Vec<_> = all_claims
            .iter()
            .filter(|c| &c.topic == topic)
            .map(|c| c.actor.clone())
            .collect();
        actors.sort();
        actors.dedup();
        let lanes = actors
            .iter()
            .map(|actor| -> Result<Lane> {
                let timeline = projection.timeline(actor, Some(topic), DateRange::default())?;
                let topic_line = timeline.topics.into_iter().next();
                let (periods, claims) = topic_line
                    .map(|t| (t.periods, t.claims))
                    .unwrap_or_default();
                let shifts = projection.shifts(&ShiftFilter {
                    actor: Some(actor.clone()),
                    topic: Some(topic.clone()),
                    since: None,
                })?;
                Ok(Lane {
                    actor: actor.to_string(),
                    actor_name: knowledge
                        .actor(actor.as_str())
                        .map_or_else(|| actor.to_string(), |a| a.name.clone()),
                    periods,
                    claims,
                    shifts,
                })
            })
            .collect::<Result<_>>()?;
        let title = knowledge
            .topic(topic.as_str())
            .map_or_else(|| topic.to_string(), |t| t.name.clone());
        charts.push(TopicChart {
            topic: topic.to_string(),
            title,
            lanes,
        });
    }

    let html = render(&charts, as_of);
    let partial = file.with_extension("partial");
    std::fs::write(&partial, html).with_context(|| format!("writing {}", partial.display()))?;
    std::fs::rename(&partial, file)
        .with_context(|| format!("renaming {} to {}", partial.display(), file.display()))?;
    eprintln!("wrote {} ({} topics)", file.display(), charts.len());
    Ok(ExitCode::SUCCESS)
}
