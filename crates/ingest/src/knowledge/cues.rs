//! Stance cues and the small grammar of attribution (`cues.toml`): stance phrases, negators,
//! hedges, speech verbs, speaker and non-speaker nouns, prepositions, clause boundaries and
//! sentence abbreviations. Not here: applying them (see `extract`).

use std::collections::HashSet;

use serde::Deserialize;

use super::KnowledgeError;

/// The parsed cues file. Word lists are lower case.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Cues {
    pub supports: Vec<String>,
    pub open: Vec<String>,
    pub opposes: Vec<String>,
    pub warnings: Vec<String>,
    pub neutral: Vec<String>,
    pub echo: Vec<String>,
    pub negators: HashSet<String>,
    pub negator_verbs: Vec<String>,
    pub hedges: HashSet<String>,
    pub say: Vec<String>,
    pub tell: Vec<String>,
    pub cite: Vec<String>,
    pub according: Vec<String>,
    pub speaker_nouns: Vec<String>,
    pub non_speaker_nouns: Vec<String>,
    pub groups: Vec<String>,
    pub inclusive_groups: Vec<String>,
    /// Groups that, in an actor's own publication, are that actor ("Allies" on nato.int).
    pub publisher_groups: Vec<String>,
    /// Groups that, named in an actor's own official's sentence, are that actor ("Mark Rutte …
    /// said allies had pledged"): (group, actor id), lower case.
    pub member_groups: Vec<(String, String)>,
    pub delegate_prefixes: Vec<String>,
    pub former: HashSet<String>,
    pub prepositions: HashSet<String>,
    pub contrastive: Vec<String>,
    pub no_date_before: HashSet<String>,
    /// Relative times that name no day ("last week"): a statement dated only so was made on
    /// the publication day, not on the last day named before it.
    pub undatable: Vec<String>,
    pub references: Vec<String>,
    pub beneficiaries: Vec<String>,
    /// Predicates that undo what their subject names ("the sanctions must be lifted"): a modal
    /// cue whose subject is a topic term and whose verb is one of these states the inverse.
    pub undoing: HashSet<String>,
    pub abbreviations: HashSet<String>,
}

impl Cues {
    /// Whether `name` (an actor id or a mention's label) is the party the tracked propositions
    /// benefit (Ukraine), case aside.
    pub(crate) fn is_beneficiary(&self, name: &str) -> bool {
        self.beneficiaries
            .iter()
            .any(|b| b.eq_ignore_ascii_case(name))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CuesFile {
    stance: StanceSection,
    speech: SpeechSection,
    people: PeopleSection,
    grammar: GrammarSection,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StanceSection {
    supports: Vec<String>,
    open: Vec<String>,
    opposes: Vec<String>,
    warnings: Vec<String>,
    #[serde(default)]
    neutral: Vec<String>,
    #[serde(default)]
    echo: Vec<String>,
    negators: Vec<String>,
    negator_verbs: Vec<String>,
    hedges: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpeechSection {
    say: Vec<String>,
    tell: Vec<String>,
    cite: Vec<String>,
    according: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeopleSection {
    speaker_nouns: Vec<String>,
    non_speaker_nouns: Vec<String>,
    groups: Vec<String>,
    inclusive_groups: Vec<String>,
    #[serde(default)]
    publisher_groups: Vec<String>,
    #[serde(default)]
    member_groups: Vec<String>,
    former: Vec<String>,
    delegate_prefixes: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GrammarSection {
    prepositions: Vec<String>,
    contrastive: Vec<String>,
    no_date_before: Vec<String>,
    #[serde(default)]
    undatable: Vec<String>,
    #[serde(default)]
    references: Vec<String>,
    #[serde(default)]
    reference_determiners: Vec<String>,
    #[serde(default)]
    reference_nouns: Vec<String>,
    #[serde(default)]
    beneficiaries: Vec<String>,
    #[serde(default)]
    undoing: Vec<String>,
    abbreviations: Vec<String>,
}

fn lower(v: Vec<String>) -> Vec<String> {
    v.into_iter().map(|s| s.to_lowercase()).collect()
}

fn set(v: Vec<String>) -> HashSet<String> {
    v.into_iter().map(|s| s.to_lowercase()).collect()
}

/// The listed reference phrases and every determiner before every reference noun ("this" +
/// "step", "such" + "permission"), each once.
fn references(listed: Vec<String>, determiners: &[String], nouns: &[String]) -> Vec<String> {
    let mut out = listed;
    let mut seen: HashSet<String> = out.iter().map(|p| p.to_lowercase()).collect();
    for d in determiners {
        for n in nouns {
            let phrase = format!("{d} {n}");
            if seen.insert(phrase.to_lowercase()) {
                out.push(phrase);
            }
        }
    }
    out
}

/// Parses cues.toml; errors name the file and line.
pub(crate) fn parse_cues(text: &str) -> Result<Cues, KnowledgeError> {
    let f: CuesFile =
        toml::from_str(text).map_err(|e| KnowledgeError::toml("cues.toml", text, &e))?;
    let member_groups = f
        .people
        .member_groups
        .iter()
        .map(|pair| match pair.split_once('=') {
            Some((group, actor)) => Ok((group.trim().to_lowercase(), actor.trim().to_lowercase())),
            None => Err(KnowledgeError::Invalid {
                file: "cues.toml".to_string(),
                line: 0,
                message: format!("member_groups: {pair:?} is not \"group = actor\""),
            }),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Cues {
        supports: f.stance.supports,
        open: f.stance.open,
        opposes: f.stance.opposes,
        warnings: f.stance.warnings,
        neutral: f.stance.neutral,
        echo: f.stance.echo,
        negators: set(f.stance.negators),
        negator_verbs: lower(f.stance.negator_verbs),
        hedges: set(f.stance.hedges),
        say: f.speech.say,
        tell: f.speech.tell,
        cite: f.speech.cite,
        according: f.speech.according,
        speaker_nouns: lower(f.people.speaker_nouns),
        non_speaker_nouns: lower(f.people.non_speaker_nouns),
        groups: f.people.groups,
        inclusive_groups: lower(f.people.inclusive_groups),
        publisher_groups: lower(f.people.publisher_groups),
        member_groups,
        delegate_prefixes: lower(f.people.delegate_prefixes),
        former: set(f.people.former),
        prepositions: set(f.grammar.prepositions),
        contrastive: lower(f.grammar.contrastive),
        no_date_before: set(f.grammar.no_date_before),
        undatable: lower(f.grammar.undatable),
        references: references(
            f.grammar.references,
            &f.grammar.reference_determiners,
            &f.grammar.reference_nouns,
        ),
        beneficiaries: f.grammar.beneficiaries,
        undoing: set(f.grammar.undoing),
        abbreviations: f.grammar.abbreviations.into_iter().collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::parse_cues;

    #[test]
    fn a_member_group_without_its_actor_is_an_error_naming_the_file() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/cues.toml");
        let text = std::fs::read_to_string(root).unwrap();
        let good = parse_cues(&text).unwrap();
        assert!(good
            .member_groups
            .contains(&("allies".to_string(), "nato".to_string())));
        let bad = text.replace("\"allies = nato\"", "\"allies\"");
        let err = parse_cues(&bad).expect_err("a pair without '=' is refused");
        assert!(err.to_string().starts_with("cues.toml"), "{err}");
        assert!(err.to_string().contains("member_groups"), "{err}");
    }
}
