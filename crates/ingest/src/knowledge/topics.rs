//! Topics (`topics.toml`): the seven questions of DESIGN.md §3 with their definitions and
//! lexicons. Not here: deciding which topic a statement is about (see `extract::topic`).

use serde::Deserialize;
use stancelog_events::TopicId;

use super::KnowledgeError;

/// The topic ids DESIGN.md makes a public contract; topics.toml must define each of them.
pub const REQUIRED_TOPICS: [&str; 7] = [
    "troops-to-ukraine",
    "long-range-weapons",
    "military-aid",
    "sanctions",
    "ukraine-nato-membership",
    "peace-talks",
    "frozen-assets",
];

/// One topic: a proposition actors support, keep open or oppose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicInfo {
    /// Id (`troops-to-ukraine`).
    pub id: TopicId,
    /// Display name.
    pub name: String,
    /// The proposition, in words.
    pub definition: String,
    /// Phrases that put a sentence on this topic (`*` = prefix).
    pub terms: Vec<String>,
    /// Phrases on this topic that state the opposite proposition ("lift sanctions"): a stance
    /// toward them is inverted.
    pub inverse: Vec<String>,
    /// If not empty, a term counts only when one of these occurs in the sentence or the two
    /// sentences either side ("troops" is about Ukraine only near "Ukraine").
    pub context: Vec<String>,
    /// A term right after one of these words does not count ("Russian troops").
    pub exclude_before: Vec<String>,
    /// Broader topics this one wins over when both occur in a sentence.
    pub subsumes: Vec<String>,
    /// Topics this one pays for ("the profits would be used to buy military equipment"): a
    /// supporting claim on either, in a sentence naming both, supports the other too.
    pub funds: Vec<String>,
    /// Definite descriptions that refer back to the topic ("the assets", "such strikes"): they
    /// count only when a term of this topic occurs in the same sentence or the five before.
    pub anaphors: Vec<String>,
    /// Terms that put a sentence on the topic without any `context` word: names of weapon
    /// systems ("Taurus", "ATACMS") that mean the topic wherever they occur.
    pub standalone: Vec<String>,
    /// Actor ids the proposition is directed against (sanctions on Russia): a `supports` stance
    /// from one of them is a misread description ("imposing sanctions on us") and is dropped.
    pub adversaries: Vec<String>,
    /// Phrases that take a sentence off the topic ("security guarantees" talks with the United
    /// States are not Russia–Ukraine peace talks): lower-cased, matched anywhere in it.
    pub exclude_in_sentence: Vec<String>,
    /// Terms that name a limit on the proposition ("range restrictions"): as the subject of a
    /// modal they state its inverse ("the restrictions must stay"), so undoing them supports it
    /// ("the restrictions should be lifted"). Lower-cased.
    pub limits: Vec<String>,
    /// Terms that stand for the topic only when nothing else is named: in a sentence with
    /// another topic's term they yield to it ("the sanctions must stay in place for as long as
    /// necessary" is not about arms). Lower-cased.
    pub yields: Vec<String>,
    /// Terms that name what money pays for ("for Ukraine's defence"): beside a term of a topic
    /// that `funds` this one they are no cue's topic of their own, only its partner.
    /// Lower-cased.
    pub purposes: Vec<String>,
    /// What a delivery to a recipient is about when the sentence names no topic ("Germany will
    /// deliver 5,000 helmets to Ukraine" is military aid).
    pub deliveries: Option<Deliveries>,
    /// A topic's `arms` table: supporting its weapons is also supporting `topics`.
    pub arms: Option<Arms>,
    /// Cues whose `open` stance on this topic pursues it and is recorded as `supports`:
    /// being open to talks or not refusing them is being ready for them ("remains open to
    /// continuing the negotiations", "did not reject talks"), while "did not rule out talks"
    /// stays open. Lower-cased; a cue containing one of them counts.
    pub open_supports: Vec<String>,
    /// Stems of verbs that stop the proposition ("halt", "suspend"): one between a cue and the
    /// term it governs states the inverse ("rejected any demand to halt Western deliveries"
    /// supports aid). Lower-cased.
    pub halts: Vec<String>,
    /// Cues that are about this topic wherever they stand ("theft" of the assets): with a
    /// term of it in the sentence or the five before, the cue's claim is on this topic, not on
    /// another named nearer. Lower-cased.
    pub owned_cues: Vec<String>,
}

/// A topic's `deliveries` table: a supporting cue whose last word starts with one of `verbs`,
/// whose clause names one of `recipients` within its next ten words, with none of `except`
/// between ("will send a special representative to Ukraine"), is about the topic when no topic
/// term is near it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deliveries {
    /// Stems of the delivering verb, lower case ("deliver", "giv").
    pub verbs: Vec<String>,
    /// Recipients, as written ("Ukraine", "Kyiv").
    pub recipients: Vec<String>,
    /// Words of an object that is no such delivery, lower case ("envoy", "humanitarian").
    #[serde(default)]
    pub except: Vec<String>,
    /// Stems of the words by which a recipient thanks for a delivery, lower case ("thank",
    /// "grateful"): such a cue from a recipient's speaker with no topic term near is about the
    /// topic, unless a word of `except` follows it in the sentence.
    #[serde(default)]
    pub thanks: Vec<String>,
}

/// A topic's `arms` table: a supporting claim on this topic whose sentence names only its
/// weapons (delivering, requesting, thanking for or financing "Storm Shadow missiles") also
/// supports each of `topics` ("military-aid"); one that names their use ("strikes on Russian
/// territory", "range restrictions") does not.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arms {
    /// Topic ids the weapons are also part of.
    pub topics: Vec<String>,
    /// This topic's terms that name weapons, lower case (`*` = prefix): every term of the
    /// topic in the sentence must be one of them.
    pub terms: Vec<String>,
    /// Words after a weapon term that make it a use ("long-range strikes"), lower case.
    #[serde(default)]
    pub not_before: Vec<String>,
}

impl Arms {
    /// Whether `found` (a term's matched text) names a weapon, given the word after it.
    pub fn names_a_weapon(&self, found: &str, next_word: Option<&str>) -> bool {
        let found = found.to_lowercase();
        let listed = self.terms.iter().any(|t| match t.strip_suffix('*') {
            Some(prefix) => found.starts_with(prefix),
            None => found == *t,
        });
        listed
            && !next_word.is_some_and(|w| {
                let w = w.to_lowercase();
                self.not_before.contains(&w)
            })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicsFile {
    topic: Vec<TopicRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicRow {
    id: String,
    name: String,
    definition: String,
    terms: Vec<String>,
    #[serde(default)]
    inverse: Vec<String>,
    #[serde(default)]
    context: Vec<String>,
    #[serde(default)]
    exclude_before: Vec<String>,
    #[serde(default)]
    subsumes: Vec<String>,
    #[serde(default)]
    funds: Vec<String>,
    #[serde(default)]
    anaphors: Vec<String>,
    #[serde(default)]
    standalone: Vec<String>,
    #[serde(default)]
    adversaries: Vec<String>,
    #[serde(default)]
    exclude_in_sentence: Vec<String>,
    #[serde(default)]
    limits: Vec<String>,
    #[serde(default)]
    yields: Vec<String>,
    #[serde(default)]
    purposes: Vec<String>,
    #[serde(default)]
    deliveries: Option<Deliveries>,
    #[serde(default)]
    arms: Option<Arms>,
    #[serde(default)]
    open_supports: Vec<String>,
    #[serde(default)]
    halts: Vec<String>,
    #[serde(default)]
    owned_cues: Vec<String>,
}

/// Parses topics.toml and checks that the required ids are there.
pub(crate) fn parse_topics(text: &str) -> Result<Vec<TopicInfo>, KnowledgeError> {
    let file: TopicsFile =
        toml::from_str(text).map_err(|e| KnowledgeError::toml("topics.toml", text, &e))?;
    let topics: Vec<TopicInfo> = file
        .topic
        .into_iter()
        .map(|t| TopicInfo {
            id: TopicId::new(t.id),
            name: t.name,
            definition: t.definition,
            terms: t.terms,
            inverse: t.inverse,
            context: t.context,
            exclude_before: t.exclude_before.iter().map(|w| w.to_lowercase()).collect(),
            subsumes: t.subsumes,
            funds: t.funds,
            anaphors: t.anaphors,
            standalone: t.standalone,
            adversaries: t.adversaries,
            exclude_in_sentence: t
                .exclude_in_sentence
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            limits: t.limits.iter().map(|w| w.to_lowercase()).collect(),
            yields: t.yields.iter().map(|w| w.to_lowercase()).collect(),
            purposes: t.purposes.iter().map(|w| w.to_lowercase()).collect(),
            deliveries: t.deliveries.map(|d| Deliveries {
                verbs: d.verbs.iter().map(|w| w.to_lowercase()).collect(),
                recipients: d.recipients,
                except: d.except.iter().map(|w| w.to_lowercase()).collect(),
                thanks: d.thanks.iter().map(|w| w.to_lowercase()).collect(),
            }),
            arms: t.arms.map(|a| Arms {
                topics: a.topics,
                terms: a.terms.iter().map(|w| w.to_lowercase()).collect(),
                not_before: a.not_before.iter().map(|w| w.to_lowercase()).collect(),
            }),
            open_supports: t.open_supports.iter().map(|w| w.to_lowercase()).collect(),
            halts: t.halts.iter().map(|w| w.to_lowercase()).collect(),
            owned_cues: t.owned_cues.iter().map(|w| w.to_lowercase()).collect(),
        })
        .collect();
    for required in REQUIRED_TOPICS {
        if !topics.iter().any(|t| t.id.as_str() == required) {
            return Err(KnowledgeError::at(
                "topics.toml",
                0,
                format!("required topic {required:?} is missing"),
            ));
        }
    }
    for t in &topics {
        for (key, s) in t
            .subsumes
            .iter()
            .map(|s| ("subsumes", s))
            .chain(t.funds.iter().map(|s| ("funds", s)))
            .chain(
                t.arms
                    .iter()
                    .flat_map(|a| a.topics.iter().map(|s| ("arms", s))),
            )
        {
            if !topics.iter().any(|o| o.id.as_str() == s) {
                return Err(KnowledgeError::at(
                    "topics.toml",
                    0,
                    format!("topic {:?} {key} unknown topic {s:?}", t.id.as_str()),
                ));
            }
        }
    }
    Ok(topics)
}

#[cfg(test)]
mod tests {
    use super::Arms;

    #[test]
    fn a_weapon_term_is_one_unless_its_use_follows() {
        let arms = Arms {
            topics: vec!["military-aid".into()],
            terms: vec!["tomahawk*".into(), "long-range".into(), "missiles".into()],
            not_before: vec!["strikes".into()],
        };
        assert!(arms.names_a_weapon("Tomahawks", Some("to")));
        assert!(arms.names_a_weapon("long-range", Some("missiles")));
        assert!(!arms.names_a_weapon("long-range", Some("strikes")));
        assert!(!arms.names_a_weapon("targets in Russia", None));
    }
}
