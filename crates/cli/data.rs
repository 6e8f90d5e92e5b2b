//! The built-in gazetteer and lexicons, and `--data DIR` overrides.
//!
//! The defaults in `data/` are compiled into the binary so it works from any directory; a user
//! extends the rules by copying a file into a directory of their own, editing it and passing
//! `--data DIR`. Files that directory lacks fall back to the built-in ones.

use std::path::Path;

use anyhow::{Context, Result};
use stancelog_ingest::{Knowledge, KnowledgeSources};

/// The files of `data/` compiled in, by name.
const EMBEDDED: [(&str, &str); 4] = [
    ("actors.toml", include_str!("../../data/actors.toml")),
    ("officials.csv", include_str!("../../data/officials.csv")),
    ("topics.toml", include_str!("../../data/topics.toml")),
    ("cues.toml", include_str!("../../data/cues.toml")),
];

/// Loads the knowledge base: each file from `dir` when it has it, else the built-in one.
pub fn load_knowledge(dir: Option<&Path>) -> Result<Knowledge> {
    let mut texts: Vec<String> = Vec::with_capacity(EMBEDDED.len());
    for (name, builtin) in EMBEDDED {
        let text = match dir.map(|dir| dir.join(name)) {
            Some(path) if path.exists() => std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?,
            _ => builtin.to_string(),
        };
        texts.push(text);
    }
    if let Some(dir) = dir {
        if !dir.is_dir() {
            anyhow::bail!("--data {}: not a directory", dir.display());
        }
    }
    let sources = KnowledgeSources {
        actors: &texts[0],
        officials: &texts[1],
        topics: &texts[2],
        cues: &texts[3],
    };
    Knowledge::from_sources(&sources).context("loading the gazetteer and lexicons")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_knowledge_loads_and_has_the_required_ids() {
        let knowledge = load_knowledge(None).unwrap();
        for actor in [
            "france", "germany", "nato", "uk", "russia", "ukraine", "usa",
        ] {
            assert!(knowledge.actor(actor).is_some(), "missing actor {actor}");
        }
        for topic in [
            "troops-to-ukraine",
            "long-range-weapons",
            "military-aid",
            "sanctions",
            "ukraine-nato-membership",
            "peace-talks",
            "frozen-assets",
        ] {
            assert!(knowledge.topic(topic).is_some(), "missing topic {topic}");
        }
    }

    #[test]
    fn a_data_dir_that_is_not_a_directory_is_refused() {
        let error = load_knowledge(Some(Path::new("/nonexistent/stancelog-data"))).unwrap_err();
        assert!(error.to_string().contains("not a directory"), "{error:#}");
    }
}
