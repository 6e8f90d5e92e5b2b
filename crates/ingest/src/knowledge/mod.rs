//! Everything the extractor knows, loaded from the four data files and built once: actors and
//! dated officials, topics, stance cues, and the phrase automata over them.
//!
//! A [`Knowledge`] is immutable after construction and `Send + Sync`, so one instance serves every
//! thread. Loading only parses and checks the files (milliseconds); the automata and the date
//! regex are compiled once, on first use (`automata`), so commands that never extract never pay
//! for them (about 0.3-0.5 s in release, several seconds in debug builds).
//! Not here: reading articles or applying the rules.

mod automata;
mod context_words;
mod cues;
mod gazetteer;
pub(crate) mod lexicon;
mod spelling;
mod topics;

use std::collections::HashSet;
use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use stancelog_events::ActorId;

pub use self::automata::Automata;
pub(crate) use self::cues::Cues;
use self::gazetteer::People;
pub use self::gazetteer::{ActorInfo, Official, Standing, TitleSpec};
pub use self::topics::{Arms, Deliveries, TopicInfo, REQUIRED_TOPICS};

/// The data file names, in `data/` and in a `--data DIR`.
pub const DATA_FILES: [&str; 4] = ["actors.toml", "officials.csv", "topics.toml", "cues.toml"];

/// The contents of the four data files.
#[derive(Clone, Copy, Debug)]
pub struct KnowledgeSources<'a> {
    /// actors.toml
    pub actors: &'a str,
    /// officials.csv
    pub officials: &'a str,
    /// topics.toml
    pub topics: &'a str,
    /// cues.toml
    pub cues: &'a str,
}

/// A data file that cannot be used; names the file and, where known, the line.
#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    /// A file's content is wrong.
    #[error("{file}{}: {message}", if *.line > 0 { format!(":{}", .line) } else { String::new() })]
    Invalid {
        /// File name.
        file: String,
        /// 1-based line, 0 when not known.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A file cannot be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The path.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
}

impl KnowledgeError {
    pub(crate) fn at(file: &str, line: usize, message: String) -> KnowledgeError {
        KnowledgeError::Invalid {
            file: file.to_string(),
            line,
            message,
        }
    }

    pub(crate) fn toml(file: &str, text: &str, e: &toml::de::Error) -> KnowledgeError {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].lines().count().max(1))
            .unwrap_or(0);
        KnowledgeError::at(file, line, e.message().to_string())
    }
}

/// How an actor is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ActorForm {
    /// `France`, `NATO`: speaks as a subject.
    Name,
    /// `the Kremlin`, `Paris`: speaks as a subject.
    Metonym,
    /// `French`: speaks only with a speaker noun.
    Adjective,
}

/// What a gazetteer phrase names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Entity {
    /// An actor (index into actors).
    Actor(usize, ActorForm),
    /// A person (index into people).
    Person(usize),
    /// A role title; `actor` is `None` for bare titles ("the president").
    Title {
        actor: Option<usize>,
        roles: Vec<String>,
        default_actor: Option<usize>,
    },
    /// A news outlet (a channel, never a speaker).
    Outlet,
    /// `he`, `she`.
    Pronoun,
    /// People who never speak for an actor (analysts, soldiers, "21 European leaders").
    Blocker,
}

/// What a stance phrase says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    Supports,
    Open,
    Opposes,
    Warning,
    /// Swallows a cue word without deciding anything ("no longer").
    Neutral,
    /// Takes the stance of the claim before it ("echoed that view").
    Echo,
}

/// A stance phrase's meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    pub kind: CueKind,
    /// Written `phrase _`: counts only when a topic term follows within three words.
    pub needs_topic_after: bool,
}

/// How a speech verb attributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Speech {
    /// said, says, stated: subject before, or after ("said Scholz").
    Say,
    /// told: subject before; an outlet after is the channel.
    Tell,
    /// cited, quoted: an outlet before is the channel; the person after is the speaker.
    Cite,
    /// according to: the name after is the speaker, or the channel when it is an outlet.
    According,
}

/// What a topic phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TermKind {
    Term,
    Inverse,
    Context,
    Anaphor,
    /// A term that needs no context words ("Taurus").
    Standalone,
}

/// Everything the extractor knows. Loading parses and checks the data files; the automata are
/// built on first extraction ([`Knowledge::automata`]). Cheap to share across threads.
#[derive(Debug)]
pub struct Knowledge {
    pub(crate) actors: Vec<ActorInfo>,
    pub(crate) topics: Vec<TopicInfo>,
    pub(crate) officials: Vec<Official>,
    pub(crate) people: Vec<(String, Vec<usize>)>,
    pub(crate) cues: Cues,
    pub(crate) ambiguous_names: HashSet<String>,
    /// Generic role titles of actors.toml (`[[role]]`), combined with every actor's names.
    pub(crate) roles: Vec<TitleSpec>,
    /// Bare titles ("the chancellor") with their default actor, checked at load.
    pub(crate) bare_titles: Vec<(TitleSpec, Option<usize>)>,
    pub(crate) outlets: Vec<String>,
    /// First 8 hex digits of the SHA-256 of the four source texts (see [`Knowledge::fingerprint`]).
    fingerprint: String,
    automata: OnceLock<Automata>,
}

impl Knowledge {
    /// Builds the knowledge from the four files' contents. Errors name the file and line.
    pub fn from_sources(src: &KnowledgeSources<'_>) -> Result<Knowledge, KnowledgeError> {
        let (file, actors) = gazetteer::parse_actors(src.actors)?;
        let officials = gazetteer::parse_officials(src.officials, &actors)?;
        let topics = topics::parse_topics(src.topics)?;
        let cues = cues::parse_cues(src.cues)?;
        let people = People::from_officials(&officials).persons;
        let actor_index = |id: &str, what: &str| -> Result<usize, KnowledgeError> {
            actors
                .iter()
                .position(|a| a.id.as_str() == id)
                .ok_or_else(|| {
                    KnowledgeError::at("actors.toml", 0, format!("{what}: unknown actor {id:?}"))
                })
        };

        let bare_titles = file
            .bare_title
            .iter()
            .map(|spec| {
                let default_actor = match &spec.default_actor {
                    Some(id) => Some(actor_index(id, "bare_title default_actor")?),
                    None => None,
                };
                Ok((spec.clone(), default_actor))
            })
            .collect::<Result<Vec<_>, KnowledgeError>>()?;
        Ok(Knowledge {
            fingerprint: fingerprint(src),
            ambiguous_names: file.ambiguous_names.iter().cloned().collect(),
            roles: file.role,
            bare_titles,
            outlets: file.outlets,
            actors,
            topics,
            officials,
            people,
            cues,
            automata: OnceLock::new(),
        })
    }

    /// A short digest of the data files this knowledge was built from. The extractor's version
    /// carries it, so claims found with edited rules (`--data DIR`) get their own ids and every
    /// claim event records exactly which rules produced it.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// The phrase automata and date patterns, built on first use: commands that only read
    /// the log never pay for them. Extraction calls it; call it once up front to take the
    /// build out of a timed section.
    pub fn automata(&self) -> &Automata {
        self.automata.get_or_init(|| automata::build(self))
    }

    /// Reads the four [`DATA_FILES`] from a directory (`--data DIR`).
    pub fn load_dir(dir: &Path) -> Result<Knowledge, KnowledgeError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|source| KnowledgeError::Io {
                path: path.display().to_string(),
                source,
            })
        };
        let (actors, officials, topics, cues) = (
            read(DATA_FILES[0])?,
            read(DATA_FILES[1])?,
            read(DATA_FILES[2])?,
            read(DATA_FILES[3])?,
        );
        Knowledge::from_sources(&KnowledgeSources {
            actors: &actors,
            officials: &officials,
            topics: &topics,
            cues: &cues,
        })
    }

    /// Every actor, in file order.
    pub fn actors(&self) -> impl Iterator<Item = &ActorInfo> {
        self.actors.iter()
    }

    /// Every topic, in file order.
    pub fn topics(&self) -> impl Iterator<Item = &TopicInfo> {
        self.topics.iter()
    }

    /// Every officials.csv row, in file order.
    pub fn officials(&self) -> impl Iterator<Item = &Official> {
        self.officials.iter()
    }

    /// One actor by id.
    pub fn actor(&self, id: &str) -> Option<&ActorInfo> {
        self.actors.iter().find(|a| a.id.as_str() == id)
    }

    /// One topic by id.
    pub fn topic(&self, id: &str) -> Option<&TopicInfo> {
        self.topics.iter().find(|t| t.id.as_str() == id)
    }

    /// Whom a person (by any spelling in officials.csv) speaks for on a day; `None` when the
    /// name is unknown.
    pub fn standing_of(&self, name: &str, day: NaiveDate) -> Option<Standing> {
        let person = self.people.iter().position(|(n, rows)| {
            n == name
                || rows
                    .iter()
                    .any(|&r| self.officials[r].aliases.iter().any(|a| a == name))
        })?;
        Some(gazetteer::standing(
            &self.officials,
            &self.people[person].1,
            day,
        ))
    }

    pub(crate) fn person_standing(&self, person: usize, day: NaiveDate) -> Standing {
        gazetteer::standing(&self.officials, &self.people[person].1, day)
    }

    pub(crate) fn holder(
        &self,
        actor: usize,
        roles: &[String],
        day: NaiveDate,
    ) -> Option<&Official> {
        gazetteer::holder(&self.officials, &self.actors[actor].id, roles, day)
    }

    /// The actor whose own voice a publication is (by source name or URL domain). A source
    /// name may go on after a separator ("President of Russia - official website", "GOV.UK |
    /// Prime Minister's Office"), as exports and feeds label a site's sections, or after " in "
    /// or " to " for a mission abroad ("Embassy of Ukraine to the United Kingdom").
    pub(crate) fn source_actor(&self, source: &str, url: Option<&str>) -> Option<usize> {
        let source = source.trim().to_ascii_lowercase();
        let host = url.and_then(host_of);
        // (A subdomain of `s` ends with "." and `s`: checked without building ".{s}" for
        // every source of every actor, once per article.)
        let subdomain_of = |h: &str, s: &str| h.strip_suffix(s).is_some_and(|p| p.ends_with('.'));
        let names = |s: &str| {
            source.strip_prefix(s).is_some_and(|rest| {
                // ("Embassy of the Russian Federation in Germany": a mission names its host
                // country after " in " or " to ".)
                rest.is_empty()
                    || [" - ", " | ", " (", ": ", ", ", " in ", " to "]
                        .iter()
                        .any(|p| rest.starts_with(p))
            })
        };
        self.actors.iter().position(|a| {
            a.sources.iter().any(|s| {
                (!source.is_empty() && names(s))
                    || host
                        .as_deref()
                        .is_some_and(|h| h == s || subdomain_of(h, s))
            })
        })
    }

    pub(crate) fn actor_index(&self, id: &ActorId) -> Option<usize> {
        self.actors.iter().position(|a| &a.id == id)
    }
}

/// The lower-case host of a URL (`http://en.kremlin.ru/x` → `en.kremlin.ru`).
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?.to_ascii_lowercase();
    // The reserved documentation domain (RFC 2606) stands for the address it is appended to:
    // test and documentation corpora write "www.gov.uk.example" for a page of gov.uk.
    let host = host
        .strip_suffix(".example")
        .map(str::to_string)
        .unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// SHA-256 over the four source texts, each prefixed by its length so no two different sets of
/// files can run together into the same bytes; the first 8 hex digits.
fn fingerprint(src: &KnowledgeSources<'_>) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for text in [src.actors, src.officials, src.topics, src.cues] {
        hasher.update((text.len() as u64).to_be_bytes());
        hasher.update(text.as_bytes());
    }
    hex::encode(hasher.finalize())[..8].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_of_strips_scheme_path_and_port() {
        assert_eq!(
            host_of("http://en.kremlin.ru/events/1").as_deref(),
            Some("en.kremlin.ru")
        );
        assert_eq!(
            host_of("https://www.gov.uk:443/x?y").as_deref(),
            Some("www.gov.uk")
        );
    }
}
