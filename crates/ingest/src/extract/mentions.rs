//! Mentions: where the text names an actor, a person, a title, an outlet, a pronoun or a group
//! that never speaks, with the grammar around each hit that decides whether it can be a speaker.
//!
//! Rules applied here (all data-driven from cues.toml / actors.toml):
//! - a title right before a name is one mention ("German Chancellor Olaf Scholz");
//! - an adjective speaks only with a speaker noun ("French officials"); a name or metonym with a
//!   non-speaker noun does not ("Russia's forces");
//! - "a spokesman for X" speaks for X's actor;
//! - after a preposition a name is a place or an object ("in Paris"), not a subject (`oblique`);
//! - after "former" nobody speaks;
//! - an ambiguous surname ("Hunt") counts only after the full name or right after a title.
//!
//! Not here: deciding who said what (see `attribution`), or what the words before a mention
//! make of it (see `mention_context`).

use std::collections::HashSet;

use crate::knowledge::{ActorForm, Entity, Knowledge};

use super::mention_context::{apply_context, object_of_a_verb};
use super::quotes::{quote_at, Quote};
use super::speaker_nouns::{extend_over_speaker_noun, possessive_speaker_noun, speaker_noun_at};
use super::words::{floor_char_boundary, fold, in_capitals, word_after, words_before};

/// What a mention names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// An actor speaking as itself (name, metonym, "a NATO official").
    Actor(usize),
    /// A person; several when a spelling is shared (resolved by date).
    Person(Vec<usize>),
    /// A role title.
    Title {
        actor: Option<usize>,
        roles: Vec<String>,
        default_actor: Option<usize>,
    },
    /// he / she.
    Pronoun,
    /// Never speaks: groups, soldiers, analysts, former officials.
    Blocker,
    /// A news outlet: a channel.
    Outlet,
}

/// One mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    pub start: usize,
    pub end: usize,
    pub kind: MentionKind,
    /// After a preposition or as a possessor: not a subject.
    pub oblique: bool,
    /// Inside a direct quotation.
    pub in_quote: bool,
    /// How the text put it ("a spokesman for British Prime Minister Rishi Sunak").
    pub label: String,
    /// Written "a spokesman for X": the speaker is X's delegate.
    pub delegate: bool,
    /// Followed by a possessive `'s` ("Ukraine's accession"): it modifies the subject and is
    /// never the subject itself.
    pub possessor: bool,
    /// A pronoun with a line break (a new paragraph or line) between it and the last person
    /// named before it: it may stand for the person the piece is about rather than the last
    /// one named.
    pub after_break: bool,
    /// The subject of a clause reported inside a sentence whose own subject was named before
    /// it ("reports that President Joe Biden had allowed …"), or the object of its verb
    /// ("Johnson called Zelensky"): a later "he" is rather that sentence's subject.
    pub embedded: bool,
    /// A source or agent after a preposition with no subject named before it in its sentence
    /// ("Interview given by Vladimir Putin …", "…, according to Jens Stoltenberg."): a later
    /// "he" stands for it rather than for a subject of an earlier sentence.
    pub source: bool,
}

/// Finds every mention, left to right.
/// `starts` are the text's word starts ([`crate::knowledge::lexicon::word_starts`]).
pub(crate) fn find_mentions(
    k: &Knowledge,
    text: &str,
    starts: &[usize],
    quotes: &[Quote],
) -> Vec<Mention> {
    let mut raw: Vec<Mention> = Vec::new();
    let mut introduced: HashSet<usize> = HashSet::new();
    for hit in k.automata().entities.find_at(text, starts) {
        // A hit inside the mention before it, which grew over its speaker noun ("French
        // Ministry for Europe and Foreign Affairs" holds the metonym "Ministry for Europe and
        // Foreign Affairs"), is part of that mention.
        if raw.last().is_some_and(|prev| hit.start < prev.end) {
            continue;
        }
        let found = &text[hit.start..hit.end];
        let mut best: Option<MentionKind> = None;
        let mut persons = Vec::new();
        let mut rank = 0;
        for e in k.automata().entities.targets(&hit, text) {
            let (r, kind) = match e {
                Entity::Person(p) => {
                    persons.push(*p);
                    (6, MentionKind::Person(Vec::new()))
                }
                Entity::Title {
                    actor,
                    roles,
                    default_actor,
                } => (
                    5,
                    MentionKind::Title {
                        actor: *actor,
                        roles: roles.clone(),
                        default_actor: *default_actor,
                    },
                ),
                Entity::Actor(a, form) => {
                    let kind = actor_kind(k, text, (hit.start, hit.end), *a, *form);
                    match kind {
                        Some(kind) => (4, kind),
                        None => continue,
                    }
                }
                Entity::Outlet => (3, MentionKind::Outlet),
                Entity::Blocker => (2, MentionKind::Blocker),
                Entity::Pronoun => (1, MentionKind::Pronoun),
            };
            if r > rank {
                rank = r;
                best = Some(kind);
            }
        }
        let Some(mut kind) = best else { continue };
        let mut end = hit.end;
        // "Donald Trump Jr.": the son, who speaks for no one, not the father.
        if let MentionKind::Person(_) = kind {
            let after = &text[hit.end..];
            if [" Jr", ", Jr", " Sr", ", Sr"].iter().any(|s| {
                after
                    .strip_prefix(s)
                    .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
            }) {
                kind = MentionKind::Blocker;
            }
        }
        // "REPORTER (Kyiv): Ukraine's defence minister, Mykhailo Fedorov, used …": a broadcast
        // script's label is no subject of the line it opens.
        if (kind == MentionKind::Blocker && is_line_label(text, hit.start, hit.end))
            || in_labels_place(text, hit.start, hit.end)
        {
            continue;
        }
        if let MentionKind::Person(_) = kind {
            // An ambiguous surname alone needs an introduction or a title right before it.
            let single = !found.contains(' ');
            let after_title = raw.last().is_some_and(|m| {
                matches!(m.kind, MentionKind::Title { .. })
                    && text[m.end..hit.start].trim().is_empty()
            });
            if single
                && k.ambiguous_names.contains(found)
                && !after_title
                && !persons.iter().any(|p| introduced.contains(p))
            {
                continue;
            }
            if !single {
                introduced.extend(persons.iter().copied());
            }
            kind = MentionKind::Person(persons);
        }
        let mut delegate = false;
        match kind {
            MentionKind::Actor(_) => {
                end = extend_over_speaker_noun(k, text, hit.end).unwrap_or(hit.end);
            }
            // "the Prime Minister's official spokesperson", "the chancellor's spokesman": the
            // office holder's delegate speaks for the holder's side.
            MentionKind::Title { .. } | MentionKind::Person(_) => {
                if let Some(e) = possessive_speaker_noun(k, text, hit.end) {
                    end = e;
                    delegate = true;
                }
            }
            _ => {}
        }
        raw.push(Mention {
            start: hit.start,
            end,
            kind,
            oblique: false,
            in_quote: false,
            label: text[hit.start..end].to_string(),
            delegate,
            possessor: text[end..].starts_with("'s") || text[end..].starts_with("\u{2019}s"),
            after_break: false,
            embedded: false,
            source: false,
        });
    }
    let merged = merge_titles_with_names(text, raw);
    let mut out: Vec<Mention> = merged
        .into_iter()
        .map(|mut m| {
            apply_context(k, text, &mut m);
            m.in_quote = quote_at(quotes, m.start).is_some();
            m
        })
        .collect();
    // "Meeting the High Representative, Kaja Kallas, she said": the name in apposition to a
    // title that a verb takes as its object is the object too, no antecedent for "she". (Not
    // after a preposition: "it was the turn of Belgium's foreign minister, Maxime Prévot. He
    // said …")
    for i in 1..out.len() {
        if out[i - 1].oblique
            && matches!(out[i - 1].kind, MentionKind::Title { .. })
            && object_of_a_verb(text, out[i - 1].start)
            && matches!(out[i].kind, MentionKind::Person(_))
            && &text[out[i - 1].end..out[i].start] == ", "
        {
            out[i].oblique = true;
        }
    }
    super::mention_roles::mark_roles(text, &mut out);
    out
}

/// What an actor hit is, given the words after it; `None` drops it (an adjective without a
/// speaker noun).
fn actor_kind(
    k: &Knowledge,
    text: &str,
    (start, end): (usize, usize),
    actor: usize,
    form: ActorForm,
) -> Option<MentionKind> {
    let after = &text[end..];
    let possessive = after.starts_with("'s") || after.starts_with("\u{2019}s");
    let noun_at = if possessive {
        end + after.find('s').unwrap_or(0) + 1
    } else {
        end
    };
    let speaker_noun = speaker_noun_at(k, text, noun_at).is_some();
    match form {
        ActorForm::Adjective => speaker_noun.then_some(MentionKind::Actor(actor)),
        ActorForm::Name | ActorForm::Metonym => {
            if speaker_noun {
                return Some(MentionKind::Actor(actor));
            }
            // "China's twelve-point position paper calls for …": a document states its
            // owner's position (see `documents`).
            if possessive && super::documents::names_a_document(text, noun_at) {
                return Some(MentionKind::Actor(actor));
            }
            // "Russia's forces", "Russia's war": the possessor is not the speaker.
            if possessive {
                return Some(MentionKind::Blocker);
            }
            let non_speaker = |w: &str| {
                let w = fold(w);
                k.cues.non_speaker_nouns.iter().any(|n| *n == w)
            };
            // "Ukrainian soldiers", and with a lower-case modifier between after an article:
            // "a Brussels law professor", "a Kyiv political analyst" (not "France deploys
            // troops").
            let next = word_after(text, end);
            // (Checked in this order and without allocating: it runs for every actor name.)
            let after_article = || {
                words_before(text, start, 1, true).first().is_some_and(|w| {
                    ["a", "an", "the", "one"]
                        .iter()
                        .any(|a| w.eq_ignore_ascii_case(a))
                })
            };
            let after_modifier = next
                .filter(|(w, _)| w.starts_with(|c: char| c.is_ascii_lowercase()) && after_article())
                .and_then(|(_, e)| word_after(text, e));
            if next.is_some_and(|(w, _)| non_speaker(w))
                || after_modifier.is_some_and(|(w, _)| non_speaker(w))
            {
                return Some(MentionKind::Blocker);
            }
            Some(MentionKind::Actor(actor))
        }
    }
}

/// "German Chancellor Olaf Scholz", "Kremlin spokesman Dmitry Peskov": a title (or a person
/// alias that is a title) right before a name is that person.
fn merge_titles_with_names(text: &str, raw: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(raw.len());
    let starts: Vec<usize> = raw.iter().map(|m| m.start).collect();
    for mut m in raw {
        // "Austrian Chancellor Karl Nehammer": a bare title right before a name nobody in the
        // gazetteer bears is that person's title, not the tracked office holder's.
        if matches!(m.kind, MentionKind::Title { actor: None, .. })
            && names_an_unknown_person(text, m.end, &starts)
        {
            m.kind = MentionKind::Blocker;
        }
        if let Some(prev) = out.last_mut() {
            let gap = &text[prev.end..m.start];
            // (Not across a blank line: a headline ending "… arms for Poland" above a
            // paragraph opening "Olaf Scholz, …".)
            let adjacent = gap.trim().is_empty() && gap.len() <= 2 && gap != "\n\n";
            let prev_is_title = matches!(
                prev.kind,
                MentionKind::Title { .. } | MentionKind::Actor(_) | MentionKind::Person(_)
            );
            if adjacent && prev_is_title && matches!(m.kind, MentionKind::Person(_)) {
                prev.end = m.end;
                prev.label = text[prev.start..m.end].to_string();
                prev.kind = m.kind;
                continue;
            }
        }
        out.push(m);
    }
    out
}

/// Whether two capitalised words right after `end` name someone who is no mention of their own
/// ("Chancellor Karl Nehammer"): not a weekday, month or the start of another mention.
fn names_an_unknown_person(text: &str, end: usize, mention_starts: &[usize]) -> bool {
    let rest = &text[end..];
    let Some(gap) = rest.strip_prefix(' ') else {
        return false;
    };
    let at = end + 1;
    let words: Vec<&str> = gap.split(' ').take(2).collect();
    // A mention starting inside those words ("President Volodymyr Zelenskyy" where only the
    // surname is known) is the title's holder.
    let span_end = at + words.iter().map(|w| w.len() + 1).sum::<usize>();
    let first = mention_starts.partition_point(|&s| s < at);
    if mention_starts.get(first).is_some_and(|&s| s < span_end) {
        return false;
    }
    words.len() == 2
        && words.iter().all(|w| {
            let w = w.trim_end_matches([',', '.', ';', ':']);
            w.len() > 1
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
                && !matches!(
                    w,
                    "Monday"
                        | "Tuesday"
                        | "Wednesday"
                        | "Thursday"
                        | "Friday"
                        | "Saturday"
                        | "Sunday"
                        | "January"
                        | "February"
                        | "March"
                        | "April"
                        | "May"
                        | "June"
                        | "July"
                        | "August"
                        | "September"
                        | "October"
                        | "November"
                        | "December"
                )
        })
}

/// Whether the words at `start..end` are a script's label in capitals opening their line, with
/// an optional place in brackets before the colon ("REPORTER:", "REPORTER (Kyiv):"). (Any
/// label in capitals, not only a narrator's as `run_in_labels::is_narrator_label` reads them: a
/// correspondent's own name, "CLAIRE (Brussels):", opens a line the same way.)
fn is_line_label(text: &str, start: usize, end: usize) -> bool {
    let rest = text[end..].trim_start_matches(' ');
    let rest = match rest.strip_prefix('(') {
        Some(place) => place.split_once(')').map_or("", |(_, after)| after),
        None => rest,
    };
    let line_start = text[..start].trim_end_matches(['*', ' ']).ends_with('\n')
        || text[..start].trim_matches(['*', ' ']).is_empty();
    in_capitals(&text[start..end]) && rest.starts_with(':') && line_start
}

/// Whether the words at `start..end` are the place in brackets of a script's label
/// ("REPORTER (Kyiv):").
fn in_labels_place(text: &str, start: usize, end: usize) -> bool {
    let Some(before) = text[..start].strip_suffix('(') else {
        return false;
    };
    // (A label is a few words: only that far back is read, so a text in one paragraph is
    // not read again for every bracket.)
    let from = floor_char_boundary(before, before.len().saturating_sub(80));
    let line = match before[from..].rfind('\n') {
        Some(i) => &before[from + i + 1..],
        None if from == 0 => before,
        None => return false,
    };
    let label = line.trim_matches(['*', ' ']);
    text[end..].starts_with("):") && !label.is_empty() && in_capitals(label)
}

/// Whether the mention is a wire dateline's place ("KYIV, June 10 (Reuters) -", "PARIS —",
/// "**KYIV** -"):
/// written in capitals at the start of its paragraph and followed by a comma, a dash or a
/// bracket. The place a story was filed from does not open the clause after it (see
/// `subjects::clause_opener`); it stays a mention, the capital's voice when nothing else in the
/// lede speaks.
pub(crate) fn is_dateline(text: &str, m: &Mention) -> bool {
    let word = &text[m.start..m.end];
    let capitals = in_capitals(word);
    let line_start = text[..m.start]
        .trim_end_matches(['*', '_', ' '])
        .ends_with('\n')
        || text[..m.start].trim_matches(['*', '_', ' ']).is_empty();
    // ("**WASHINGTON** - President Joe Biden signed …": a bold dateline closes its emphasis.)
    let rest = text[m.end..].trim_start_matches(['*', '_', ' ']);
    capitals
        && line_start
        && (rest.starts_with(',') || rest.starts_with(['\u{2014}', '\u{2013}', '-', '(', '/']))
}
