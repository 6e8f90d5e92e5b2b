//! The gazetteer: actors (`actors.toml`) and the people who speak for them on given days
//! (`officials.csv`), parsed and checked. Lookups by date live here too: who held a role of an
//! actor on a day, and whether a person speaks for an actor on a day.
//!
//! Not here: finding mentions in text (see `extract::mentions`), or the phrase automata
//! (built in [`super::Knowledge`]).

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Deserialize;
use stancelog_events::ActorId;

use super::KnowledgeError;

/// One actor: a state or an organisation that takes stances.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorInfo {
    /// Gazetteer id (`france`).
    pub id: ActorId,
    /// Display name (`France`).
    pub name: String,
    /// `state` or `organisation`.
    pub kind: String,
    /// ISO 3166 alpha-3 (`FRA`) or the organisation's code (`NATO`).
    pub code: String,
    /// Wikidata QID (`Q142`).
    pub wikidata: String,
    /// Names that speak for the actor when they are a subject (`France`, `Russian Federation`).
    pub aliases: Vec<String>,
    /// Adjectives and demonyms (`French`): they speak only through a speaker noun
    /// ("French officials"), never alone ("French soldiers" do not).
    pub adjectives: Vec<String>,
    /// Metonyms (`the Elysee`, `Paris`, `the Kremlin`): speak for the actor as a subject.
    pub metonyms: Vec<String>,
    /// Publication names and URL domains that are the actor's own voice (`kremlin.ru`).
    pub sources: Vec<String>,
    /// Roles meant by "the French leader" (`president`), in order of preference.
    pub leader_roles: Vec<String>,
    /// Extra titles of this actor ("the alliance's chief" → `secretary general`).
    pub titles: Vec<TitleSpec>,
}

/// Phrases naming a role ("foreign minister", "top diplomat") and the officials.csv roles they
/// mean. `@leader` stands for the actor's `leader_roles`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct TitleSpec {
    /// Spellings of the title.
    pub phrases: Vec<String>,
    /// officials.csv roles (without `(acting)`/`(interim)`).
    pub roles: Vec<String>,
    /// For bare titles ("the chancellor") without a last compatible speaker: whose office it is.
    #[serde(default)]
    pub default_actor: Option<String>,
}

/// One row of officials.csv.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Official {
    /// The actor the office belongs to (for non-speakers: the actor they are associated with).
    pub actor: ActorId,
    /// Usual spelling of the name.
    pub person: String,
    /// Other spellings and the short form.
    pub aliases: Vec<String>,
    /// The office, without the `(acting)`, `(interim)` or `(not a speaker)` suffix.
    pub role: String,
    /// First day in office.
    pub from: NaiveDate,
    /// Last day in office (inclusive, the handover day); `None` = still in office.
    pub to: Option<NaiveDate>,
    /// `false` for `(not a speaker)` rows.
    pub speaker: bool,
    /// Notes start with `outside core list:`.
    pub extended: bool,
}

impl Official {
    /// Whether the row covers a day (handover days match both holders).
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from <= day && self.to.is_none_or(|to| day <= to)
    }
}

/// The file-level shape of actors.toml.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ActorsFile {
    #[serde(default)]
    pub ambiguous_names: Vec<String>,
    #[serde(default)]
    pub outlets: Vec<String>,
    #[serde(default)]
    pub role: Vec<TitleSpec>,
    #[serde(default)]
    pub bare_title: Vec<TitleSpec>,
    pub actor: Vec<ActorRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ActorRow {
    id: String,
    name: String,
    kind: String,
    code: String,
    wikidata: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    adjectives: Vec<String>,
    #[serde(default)]
    metonyms: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    leader_roles: Vec<String>,
    #[serde(default)]
    title: Vec<TitleSpec>,
}

/// Parses actors.toml; errors name the file and line.
pub(crate) fn parse_actors(text: &str) -> Result<(ActorsFile, Vec<ActorInfo>), KnowledgeError> {
    let file: ActorsFile =
        toml::from_str(text).map_err(|e| KnowledgeError::toml("actors.toml", text, &e))?;
    let mut actors = Vec::new();
    let mut seen = HashMap::new();
    for row in &file.actor {
        let line = line_of(text, &format!("id = \"{}\"", row.id));
        if row.id.is_empty()
            || row
                .id
                .chars()
                .any(|c| !(c.is_ascii_lowercase() || c == '-'))
        {
            return Err(KnowledgeError::at(
                "actors.toml",
                line,
                format!("actor id {:?} must be lowercase kebab-case", row.id),
            ));
        }
        if seen.insert(row.id.clone(), ()).is_some() {
            return Err(KnowledgeError::at(
                "actors.toml",
                line,
                format!("actor id {:?} appears twice", row.id),
            ));
        }
        if !row.wikidata.starts_with('Q') || row.wikidata[1..].parse::<u64>().is_err() {
            return Err(KnowledgeError::at(
                "actors.toml",
                line,
                format!(
                    "actor {:?}: wikidata {:?} is not a QID",
                    row.id, row.wikidata
                ),
            ));
        }
        actors.push(ActorInfo {
            id: ActorId::new(row.id.clone()),
            name: row.name.clone(),
            kind: row.kind.clone(),
            code: row.code.clone(),
            wikidata: row.wikidata.clone(),
            aliases: row.aliases.clone(),
            adjectives: row.adjectives.clone(),
            metonyms: row.metonyms.clone(),
            sources: row.sources.iter().map(|s| s.to_ascii_lowercase()).collect(),
            leader_roles: row.leader_roles.clone(),
            titles: row.title.clone(),
        });
    }
    Ok((file, actors))
}

/// The 1-based line of the first occurrence of `needle`, or 0 when absent.
fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle)
        .map(|at| text[..at].lines().count() + 1)
        .unwrap_or(0)
}

#[derive(Deserialize)]
struct OfficialRow {
    actor: String,
    person: String,
    aliases: String,
    role: String,
    from: String,
    to: String,
    #[serde(default)]
    notes: String,
}

/// Parses officials.csv (columns `actor,person,aliases,role,from,to,notes`). Every actor must be
/// in the gazetteer; errors name the file and line.
pub(crate) fn parse_officials(
    text: &str,
    actors: &[ActorInfo],
) -> Result<Vec<Official>, KnowledgeError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut out = Vec::new();
    for (i, row) in reader.deserialize::<OfficialRow>().enumerate() {
        let line = i + 2;
        let err = |m: String| KnowledgeError::at("officials.csv", line, m);
        let row = row.map_err(|e| err(e.to_string()))?;
        if !actors.iter().any(|a| a.id.as_str() == row.actor) {
            return Err(err(format!("actor {:?} is not in actors.toml", row.actor)));
        }
        let date = |v: &str| {
            NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
                .map_err(|_| err(format!("bad date {v:?}: expected YYYY-MM-DD")))
        };
        let from = date(&row.from)?;
        let to = if row.to.trim().is_empty() {
            None
        } else {
            Some(date(&row.to)?)
        };
        if to.is_some_and(|to| to < from) {
            return Err(err(format!(
                "{}: `to` {} is before `from` {}",
                row.person, row.to, row.from
            )));
        }
        let mut role = row.role.trim().to_string();
        let speaker = match role.strip_suffix("(not a speaker)") {
            Some(r) => {
                role = r.trim().to_string();
                false
            }
            None => true,
        };
        for suffix in ["(acting)", "(interim)"] {
            if let Some(r) = role.strip_suffix(suffix) {
                role = r.trim().to_string();
            }
        }
        out.push(Official {
            actor: ActorId::new(row.actor),
            person: row.person.trim().to_string(),
            aliases: row
                .aliases
                .split('|')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(String::from)
                .collect(),
            role,
            from,
            to,
            speaker,
            extended: row.notes.trim_start().starts_with("outside core list:"),
        });
    }
    Ok(out)
}

/// People (one per distinct name) with the indices of their officials.csv rows.
#[derive(Clone, Debug, Default)]
pub(crate) struct People {
    /// Per person: name and rows.
    pub persons: Vec<(String, Vec<usize>)>,
}

impl People {
    pub(crate) fn from_officials(officials: &[Official]) -> People {
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut persons: Vec<(String, Vec<usize>)> = Vec::new();
        for (i, row) in officials.iter().enumerate() {
            let at = *index.entry(row.person.as_str()).or_insert_with(|| {
                persons.push((row.person.clone(), Vec::new()));
                persons.len() - 1
            });
            persons[at].1.push(i);
        }
        People { persons }
    }
}

/// What a person is on a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Speaks for this actor (the row's index in officials.csv order).
    Speaks(ActorId, usize),
    /// Known, but not a voice of any actor that day (opposition, former official, …).
    Silent,
}

/// The standing of a person on a day: a speaking row covering the day wins; otherwise the
/// person is known and silent (a former or not-yet official is not a voice).
pub(crate) fn standing(officials: &[Official], rows: &[usize], day: NaiveDate) -> Standing {
    rows.iter()
        .copied()
        .find(|&r| officials[r].speaker && officials[r].covers(day))
        .map(|r| Standing::Speaks(officials[r].actor.clone(), r))
        .unwrap_or(Standing::Silent)
}

/// Who held one of these roles of an actor on a day (first role in the list wins).
pub(crate) fn holder<'a>(
    officials: &'a [Official],
    actor: &ActorId,
    roles: &[String],
    day: NaiveDate,
) -> Option<&'a Official> {
    roles.iter().find_map(|role| {
        officials
            .iter()
            .find(|o| o.speaker && &o.actor == actor && &o.role == role && o.covers(day))
    })
}
