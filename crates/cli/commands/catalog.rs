//! `stancelog actors` and `stancelog topics`: what the gazetteer and topic lexicon know.

use std::process::ExitCode;

use anyhow::Result;
use serde::Serialize;

use crate::args::Format;
use crate::context::Context;
use crate::output::{clip, print_rows, TableRow};

#[derive(Serialize)]
struct ActorOut {
    id: String,
    name: String,
    code: String,
    wikidata: String,
    aliases: String,
}

impl TableRow for ActorOut {
    const COLUMNS: &'static [&'static str] = &["id", "name", "code", "wikidata", "aliases"];
    fn table_headers() -> Vec<&'static str> {
        vec!["id", "name", "code", "wikidata", "aliases and metonyms"]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            self.code.clone(),
            self.wikidata.clone(),
            clip(&self.aliases, 80),
        ]
    }
}

#[derive(Serialize)]
struct TopicOut {
    id: String,
    name: String,
    definition: String,
}

impl TableRow for TopicOut {
    const COLUMNS: &'static [&'static str] = &["id", "name", "definition"];
    fn table_headers() -> Vec<&'static str> {
        vec!["id", "name", "definition"]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![self.id.clone(), self.name.clone(), self.definition.clone()]
    }
}

/// Lists the actors.
pub fn actors(ctx: &Context, format: Format) -> Result<ExitCode> {
    let knowledge = ctx.knowledge()?;
    let rows: Vec<ActorOut> = knowledge
        .actors()
        .map(|actor| ActorOut {
            id: actor.id.to_string(),
            name: actor.name.clone(),
            code: actor.code.clone(),
            wikidata: actor.wikidata.clone(),
            aliases: actor.aliases.join("; "),
        })
        .collect();
    print_rows(&rows, format)?;
    Ok(ExitCode::SUCCESS)
}

/// Lists the topics.
pub fn topics(ctx: &Context, format: Format) -> Result<ExitCode> {
    let knowledge = ctx.knowledge()?;
    let rows: Vec<TopicOut> = knowledge
        .topics()
        .map(|topic| TopicOut {
            id: topic.id.to_string(),
            name: topic.name.clone(),
            definition: topic.definition.clone(),
        })
        .collect();
    print_rows(&rows, format)?;
    Ok(ExitCode::SUCCESS)
}
