//! The phrase automata (Aho-Corasick) and the date regex, built from parsed [`Knowledge`] on
//! first use. Building them is most of the cost of loading the data (tens of thousands of title
//! phrases such as "Russia's foreign minister"), so commands that only read the log never do.
//! Not here: parsing the data files (see the parent module) or using the automata (`extract`).

use std::collections::HashSet;

use super::context_words::ContextWords;
use super::lexicon::{Lexicon, LexiconBuilder};
use super::spelling::{number_variant, spelling_variants};
use super::{ActorForm, Cue, CueKind, Entity, Knowledge, Speech, TermKind};
use crate::extract::dates::DatePatterns;

/// Every automaton the extractor runs over an article.
#[derive(Debug)]
pub struct Automata {
    pub(crate) entities: Lexicon<Entity>,
    pub(crate) stance: Lexicon<Cue>,
    pub(crate) speech: Lexicon<Speech>,
    pub(crate) terms: Lexicon<(usize, TermKind)>,
    pub(crate) negator_verbs: Lexicon<()>,
    /// "the decision", "the remarks": phrases that point back to the topic in focus.
    pub(crate) references: Lexicon<()>,
    /// Topics' context words inside a matched phrase.
    pub(crate) context_words: ContextWords,
    pub(crate) dates: DatePatterns,
}

/// Builds every automaton from the parsed data.
pub(crate) fn build(k: &Knowledge) -> Automata {
    let mut entities = LexiconBuilder::new();
    for (i, a) in k.actors.iter().enumerate() {
        for alias in &a.aliases {
            entities.add(alias, Entity::Actor(i, ActorForm::Name));
        }
        for m in &a.metonyms {
            entities.add(m, Entity::Actor(i, ActorForm::Metonym));
        }
        for adj in &a.adjectives {
            entities.add(adj, Entity::Actor(i, ActorForm::Adjective));
        }
        let expand = |roles: &[String]| -> Vec<String> {
            roles
                .iter()
                .flat_map(|r| {
                    if r == "@leader" {
                        a.leader_roles.clone()
                    } else {
                        vec![r.clone()]
                    }
                })
                .collect()
        };
        // Titles built from the generic roles: "French president", "Russia's foreign
        // minister", "President of Russia", "Kremlin spokesman".
        for role in &k.roles {
            let roles = expand(&role.roles);
            let title = |p: String| {
                (
                    p,
                    Entity::Title {
                        actor: Some(i),
                        roles: roles.clone(),
                        default_actor: None,
                    },
                )
            };
            for t in &role.phrases {
                let mut phrases = Vec::new();
                for adj in &a.adjectives {
                    phrases.push(title(format!("{adj} {t}")));
                }
                for name in a.aliases.iter().chain(&a.metonyms) {
                    let bare = name.strip_prefix("the ").unwrap_or(name);
                    phrases.push(title(format!("{name}'s {t}")));
                    phrases.push(title(format!("{bare} {t}")));
                    // "the US president": with its article too, or the name "the US" would
                    // match first and leave "president" behind. (Only a country's name: an
                    // institution's own titles, "the European Council President", are listed
                    // with the actor.)
                    if bare.len() < name.len() && a.aliases.contains(name) && a.kind == "state" {
                        phrases.push(title(format!("{name} {t}")));
                    }
                    phrases.push(title(format!("{t} of {name}")));
                    // "The President of France said": with its article, or the bare title "the
                    // president" would match first and take the last president named.
                    // (Only after a name, not a metonym: nobody is "the president of the
                    // Kremlin", and every phrase costs matching time on every text.)
                    // So after a state's own name with its article: "the President of the
                    // Czech Republic" (not "the president of the French government": nobody
                    // writes it, and every phrase costs matching time).
                    let country = a.kind == "state"
                        && !name.contains("government")
                        && !name.contains("administration");
                    if a.aliases.contains(name) && (bare.len() == name.len() || country) {
                        phrases.push(title(format!("the {t} of {name}")));
                    }
                }
                for (p, e) in phrases {
                    entities.add(&p, e);
                }
            }
        }
        for spec in &a.titles {
            for p in &spec.phrases {
                entities.add(
                    p,
                    Entity::Title {
                        actor: Some(i),
                        roles: expand(&spec.roles),
                        default_actor: None,
                    },
                );
            }
        }
    }
    for (spec, default_actor) in &k.bare_titles {
        for p in &spec.phrases {
            entities.add(
                p,
                Entity::Title {
                    actor: None,
                    roles: spec.roles.clone(),
                    default_actor: *default_actor,
                },
            );
        }
    }
    let spelled: HashSet<String> = k
        .people
        .iter()
        .flat_map(|(name, rows)| {
            std::iter::once(name.to_lowercase()).chain(
                rows.iter()
                    .flat_map(|&r| k.officials[r].aliases.iter().map(|a| a.to_lowercase())),
            )
        })
        .collect();
    for (i, (name, rows)) in k.people.iter().enumerate() {
        entities.add(name, Entity::Person(i));
        for &r in rows {
            for alias in &k.officials[r].aliases {
                entities.add(alias, Entity::Person(i));
                // Wire copy misspells surnames ("Lavorv", "Stoltenburg", "Sikorsky"): one
                // swapped pair of letters or one changed vowel still names the person, unless
                // that spelling is someone else's.
                for typo in misspellings(alias) {
                    if !spelled.contains(&typo.to_lowercase()) {
                        entities.add(&typo, Entity::Person(i));
                    }
                }
            }
        }
    }
    for outlet in &k.outlets {
        entities.add(outlet, Entity::Outlet);
    }
    for p in ["he", "she"] {
        entities.add(p, Entity::Pronoun);
    }
    // "His speech at Vilnius University promised that …", "Her post on Tuesday called …":
    // the words someone gave stand for them, as "he" would.
    for owner in ["his", "her"] {
        for said in SAYINGS {
            entities.add(&format!("{owner} {said}"), Entity::Pronoun);
        }
    }
    for g in k.cues.groups.iter().chain(&k.cues.non_speaker_nouns) {
        entities.add(g, Entity::Blocker);
    }

    let mut stance_listed = Vec::new();
    for (list, kind) in [
        (&k.cues.supports, CueKind::Supports),
        (&k.cues.open, CueKind::Open),
        (&k.cues.opposes, CueKind::Opposes),
        (&k.cues.warnings, CueKind::Warning),
        (&k.cues.neutral, CueKind::Neutral),
        (&k.cues.echo, CueKind::Echo),
    ] {
        for phrase in list {
            let (p, needs) = match phrase.trim().strip_suffix(" _") {
                Some(p) => (p, true),
                None => (phrase.as_str(), false),
            };
            let cue = Cue {
                kind,
                needs_topic_after: needs,
            };
            stance_listed.push((p, cue));
        }
    }
    let stance = with_variants(&stance_listed, spelling_variants);
    let mut speech_listed = Vec::new();
    for (list, kind) in [
        (&k.cues.say, Speech::Say),
        (&k.cues.tell, Speech::Tell),
        (&k.cues.cite, Speech::Cite),
        (&k.cues.according, Speech::According),
    ] {
        speech_listed.extend(list.iter().map(|p| (p.as_str(), kind)));
    }
    let speech = with_variants(&speech_listed, spelling_variants);
    let mut terms_listed = Vec::new();
    for (i, t) in k.topics.iter().enumerate() {
        for (list, kind) in [
            (&t.terms, TermKind::Term),
            (&t.inverse, TermKind::Inverse),
            (&t.context, TermKind::Context),
            (&t.standalone, TermKind::Standalone),
            (&t.anaphors, TermKind::Anaphor),
        ] {
            terms_listed.extend(list.iter().map(|p| (p.as_str(), (i, kind))));
        }
    }
    let terms = with_variants(&terms_listed, term_variants);
    let negator_verbs: Vec<(&str, ())> = k
        .cues
        .negator_verbs
        .iter()
        .map(|p| (p.as_str(), ()))
        .collect();
    let negator_verbs = with_variants(&negator_verbs, spelling_variants);
    let references: Vec<(&str, ())> = k.cues.references.iter().map(|p| (p.as_str(), ())).collect();
    let references = with_variants(&references, spelling_variants);
    Automata {
        entities: entities.build(),
        stance: stance.through_asides(),
        speech,
        terms,
        negator_verbs,
        references,
        context_words: ContextWords::new(k.topics.iter().map(|t| &t.context)),
        dates: DatePatterns::new(),
    }
}

/// Likely misspellings of a one-word surname of six letters or more: each adjacent pair of
/// lower-case letters swapped, each vowel (or y) replaced by another, and (for seven letters or
/// more) one letter dropped. The first letter stays, so a capitalised word is still required.
fn misspellings(surname: &str) -> Vec<String> {
    let chars: Vec<char> = surname.chars().collect();
    if chars.len() < 6 || !chars.iter().all(|c| c.is_alphabetic()) {
        return Vec::new();
    }
    const VOWELS: [char; 6] = ['a', 'e', 'i', 'o', 'u', 'y'];
    let mut out = Vec::new();
    for i in 1..chars.len() - 1 {
        if chars[i] != chars[i + 1] {
            let mut v = chars.clone();
            v.swap(i, i + 1);
            out.push(v.into_iter().collect());
        }
    }
    // A dropped letter ("Shmyal", "Dakhlalah"), when six letters remain. (Of a doubled
    // letter, dropping either gives the same word: once is enough.)
    if chars.len() > 6 {
        for i in 1..chars.len() {
            let mut v = chars.clone();
            v.remove(i);
            let w: String = v.into_iter().collect();
            if !out.contains(&w) {
                out.push(w);
            }
        }
    }
    for i in 1..chars.len() {
        if VOWELS.contains(&chars[i]) {
            for &other in VOWELS.iter().filter(|&&o| o != chars[i]) {
                let mut v = chars.clone();
                v[i] = other;
                out.push(v.into_iter().collect());
            }
        }
    }
    out
}

/// A lexicon of the listed phrases and their generated variants. Every listed phrase goes in
/// first, so a variant never takes over a spelling the data lists itself with another meaning
/// (a phrase listed as an anaphor stays one though it is another term's plural).
fn with_variants<T: PartialEq + Copy>(
    listed: &[(&str, T)],
    variants: impl Fn(&str) -> Vec<String>,
) -> Lexicon<T> {
    let mut builder = LexiconBuilder::new();
    for (phrase, target) in listed {
        builder.add(phrase, *target);
    }
    for (phrase, target) in listed {
        for v in variants(phrase) {
            builder.add_variant(&v, *target);
        }
    }
    builder.build()
}

/// A topic term's regular variants: its British or American spelling and the other number of
/// its last word, alone and combined ("air defence system" → "air defense systems").
fn term_variants(phrase: &str) -> Vec<String> {
    if phrase.trim_end().ends_with('*') {
        return Vec::new();
    }
    let mut out = spelling_variants(phrase);
    let numbered: Vec<String> = std::iter::once(phrase.to_string())
        .chain(out.iter().cloned())
        .filter_map(|p| number_variant(&p))
        .collect();
    out.extend(numbered);
    out
}

/// What someone said, as the subject of a speech verb after "his"/"her" ("His speech promised").
const SAYINGS: [&str; 12] = [
    "speech",
    "post",
    "statement",
    "address",
    "letter",
    "op-ed",
    "article",
    "message",
    "tweet",
    "remarks",
    "video address",
    "evening address",
];

#[cfg(test)]
mod tests {
    use super::misspellings;

    #[test]
    fn misspellings_cover_swaps_and_vowels_of_long_surnames_only() {
        let lavrov = misspellings("Lavrov");
        assert!(lavrov.contains(&"Lavorv".to_string()));
        assert!(misspellings("Stoltenberg").contains(&"Stoltenburg".to_string()));
        assert!(misspellings("Sikorski").contains(&"Sikorsky".to_string()));
        assert!(misspellings("Shmyhal").contains(&"Shmyal".to_string()));
        assert!(misspellings("Dakhlallah").contains(&"Dakhlalah".to_string()));
        assert!(misspellings("Macron").iter().all(|v| v.len() == 6));
        assert!(lavrov.iter().all(|v| v.starts_with('L')));
        assert!(misspellings("Merz").is_empty());
        assert!(misspellings("De Croo").is_empty());
    }
}
