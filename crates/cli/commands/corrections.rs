//! Corrections as events: `assert` (an analyst's claim) and `reextract` (the current extractor
//! over every stored article, appending only the differences).
//!
//! Nothing is edited: a claim the extractor no longer finds gets a `ClaimRetracted` naming the
//! extractor version; a claim it newly finds gets a `ClaimExtracted`. A claim an analyst
//! retracted is never brought back by re-extraction (only an analyst's `assert` does); a claim an
//! earlier re-extraction retracted is stated again when the rules find it again.

use std::collections::{HashMap, HashSet};
use std::process::ExitCode;

use anyhow::{bail, Context as _, Result};
use rayon::prelude::*;
use stancelog_events::{
    ActorId, ArticleId, ArticleIngested, ClaimAsserted, ClaimExtracted, ClaimId, ClaimRetracted,
    Event, EventId, EventKind, NewEvent, Seq, Stance, StreamId, TopicId,
};
use stancelog_ingest::Extractor;
use stancelog_projection::{ClaimFilter, ClaimOrigin, ClaimRow};
use stancelog_store::{AppendRequest, ExpectedVersion};

use super::extraction::extract_guarded;
use super::view;
use crate::context::Context;

/// The fields of `stancelog assert`.
pub struct Assertion {
    pub actor: String,
    pub topic: String,
    pub stance: String,
    pub said_on: String,
    pub speaker: String,
    pub evidence: String,
    pub source: String,
    pub article: Option<String>,
    pub by: String,
}

/// Appends a `ClaimAsserted` and prints its claim id.
pub fn assert(ctx: &Context, assertion: Assertion) -> Result<ExitCode> {
    let knowledge = ctx.knowledge()?;
    let actor = assertion.actor.trim().to_ascii_lowercase();
    if knowledge.actor(&actor).is_none() {
        bail!("unknown actor {actor:?} (see `stancelog actors`)");
    }
    let topic = assertion.topic.trim().to_ascii_lowercase();
    if knowledge.topic(&topic).is_none() {
        bail!("unknown topic {topic:?} (see `stancelog topics`)");
    }
    let stance: Stance = assertion.stance.parse().context("--stance")?;
    let said_on = super::parse_day(&assertion.said_on, "--said-on")?;
    for (flag, value) in [
        ("--evidence", &assertion.evidence),
        ("--source", &assertion.source),
        ("--speaker", &assertion.speaker),
    ] {
        if value.trim().is_empty() {
            bail!("{flag} must not be empty");
        }
    }
    let log = ctx.open_log()?;
    let article_id = match &assertion.article {
        Some(text) => {
            let id: ArticleId = text
                .parse()
                .with_context(|| format!("--article {text:?}"))?;
            if log.stream_version(&StreamId::for_article(id))?.0 == 0 {
                bail!("--article {id}: no such article in the log");
            }
            Some(id)
        }
        None => None,
    };
    let claim_id = ClaimId(uuid::Uuid::new_v4());
    let (stream, expected) = match article_id {
        Some(article) => {
            let stream = StreamId::for_article(article);
            let version = log.stream_version(&stream)?;
            (stream, ExpectedVersion::Exact(version))
        }
        None => (
            StreamId::new(format!("claim-{claim_id}")),
            ExpectedVersion::NoStream,
        ),
    };
    let event = Event::ClaimAsserted(ClaimAsserted {
        claim_id,
        article_id,
        actor: ActorId::new(actor),
        speaker: assertion.speaker.trim().to_string(),
        topic: TopicId::new(topic),
        stance,
        said_on,
        evidence: assertion.evidence.trim().to_string(),
        source: assertion.source.trim().to_string(),
        analyst: assertion.by,
    });
    let outcome = log.append(AppendRequest {
        stream,
        expected,
        events: vec![NewEvent::new(EventId(uuid::Uuid::new_v4()), &event)],
    })?;
    println!("{claim_id}");
    eprintln!("asserted claim {claim_id} (seq {})", outcome.last);
    Ok(ExitCode::SUCCESS)
}

/// What makes two claims "the same finding" across extractor versions.
type FindingKey = (String, String, Stance, chrono::NaiveDate, String);

fn key_of_row(row: &ClaimRow) -> FindingKey {
    (
        row.actor.to_string(),
        row.topic.to_string(),
        row.stance,
        row.said_on,
        row.evidence.clone(),
    )
}

fn key_of_claim(claim: &ClaimExtracted) -> FindingKey {
    (
        claim.actor.to_string(),
        claim.topic.to_string(),
        claim.stance,
        claim.said_on,
        claim.evidence.clone(),
    )
}

/// Runs the current extractor over every stored article and appends the differences.
pub fn reextract(ctx: &Context, dry_run: bool) -> Result<ExitCode> {
    let knowledge = ctx.knowledge()?;
    let extractor = Extractor::new(&knowledge);
    let version = extractor.info();
    let log = ctx.open_log()?;
    let projection = view::load_with(&log, None)?;

    // The stored articles, and who last retracted each retracted claim: an analyst's
    // retraction is never undone by re-extraction, an extractor's is when a later extraction
    // finds the claim again.
    let mut articles: Vec<ArticleIngested> = Vec::new();
    let mut retracted_by: HashMap<ClaimId, String> = HashMap::new();
    for envelope in log.read_all(Seq(1)) {
        let envelope = envelope.context("reading the stored articles")?;
        if envelope.kind == EventKind::ArticleIngested.as_str()
            || envelope.kind == EventKind::ClaimRetracted.as_str()
        {
            match envelope.event()? {
                Event::ArticleIngested(article) => articles.push(article),
                Event::ClaimRetracted(retraction) => {
                    retracted_by.insert(retraction.claim_id, retraction.by);
                }
                _ => {}
            }
        }
    }

    // Every claim ever stated, by article: live ones are compared with what is found now.
    let mut by_article: HashMap<ArticleId, Vec<ClaimRow>> = HashMap::new();
    let mut not_to_restate: HashSet<ClaimId> = HashSet::new();
    for row in projection.claims(&ClaimFilter {
        include_retracted: true,
        ..Default::default()
    })? {
        let by_extractor = retracted_by
            .get(&row.claim_id)
            .is_some_and(|by| by.starts_with(stancelog_ingest::EXTRACTOR_NAME));
        if !row.retracted || !by_extractor {
            not_to_restate.insert(row.claim_id);
        }
        if let Some(article) = row.article_id {
            by_article.entry(article).or_default().push(row);
        }
    }

    let bar = super::progress_bar(articles.len() as u64, "re-extracting");
    let (mut added, mut retracted, mut unchanged, mut failed) = (0u64, 0u64, 0u64, 0u64);
    for group in articles.chunks(128) {
        let found: Vec<Result<Vec<ClaimExtracted>, String>> = group
            .par_iter()
            .map(|article| {
                let origin = article.url.clone().unwrap_or_else(|| article.title.clone());
                extract_guarded(&extractor, article, &origin)
            })
            .collect();
        let mut requests = Vec::new();
        for (article, claims) in group.iter().zip(found) {
            // An article the extractor fails on keeps the claims it has.
            let claims = match claims {
                Ok(claims) => claims,
                Err(message) => {
                    bar.suspend(|| eprintln!("error: {message}"));
                    failed += 1;
                    continue;
                }
            };
            let old: Vec<&ClaimRow> = by_article
                .get(&article.article_id)
                .map(|rows| {
                    rows.iter()
                        .filter(|r| !r.retracted && r.origin == ClaimOrigin::Extracted)
                        .collect()
                })
                .unwrap_or_default();
            let old_keys: HashSet<FindingKey> = old.iter().map(|r| key_of_row(r)).collect();
            let new_keys: HashSet<FindingKey> = claims.iter().map(key_of_claim).collect();
            let mut events = Vec::new();
            for row in old.iter().filter(|r| !new_keys.contains(&key_of_row(r))) {
                let event = Event::ClaimRetracted(ClaimRetracted {
                    claim_id: row.claim_id,
                    reason: format!("not found by re-extraction with {version}"),
                    by: version.to_string(),
                });
                events.push(NewEvent::new(EventId(uuid::Uuid::new_v4()), &event));
                retracted += 1;
            }
            let mut seen = HashSet::new();
            for claim in claims {
                let key = key_of_claim(&claim);
                if old_keys.contains(&key) {
                    unchanged += 1;
                    continue;
                }
                if not_to_restate.contains(&claim.claim_id) || !seen.insert(claim.claim_id) {
                    continue;
                }
                let id = EventId(uuid::Uuid::new_v4());
                events.push(NewEvent::new(id, &Event::ClaimExtracted(claim)));
                added += 1;
            }
            if events.is_empty() {
                continue;
            }
            let stream = StreamId::for_article(article.article_id);
            let current = log.stream_version(&stream)?;
            requests.push(AppendRequest {
                stream,
                expected: ExpectedVersion::Exact(current),
                events,
            });
        }
        if !dry_run {
            for outcome in log.append_batch(requests) {
                outcome.context("appending re-extraction results")?;
            }
        }
        bar.inc(group.len() as u64);
    }
    bar.finish_and_clear();
    eprintln!(
        "{}re-extracted {} articles with {version}: {added} new claims, {retracted} retracted, \
         {unchanged} unchanged",
        if dry_run {
            "(dry run, nothing appended) "
        } else {
            ""
        },
        articles.len()
    );
    if failed > 0 {
        eprintln!("{failed} article(s) failed and keep their earlier claims");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
