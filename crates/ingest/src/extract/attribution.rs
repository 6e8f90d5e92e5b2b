//! Attribution: who is speaking at a point of the text, and through whom it was reported.
//!
//! - speech verbs find their subject (see `subjects`: "Scholz said", "said Scholz"); "told
//!   CNN" and "according to Reuters" make the outlet the channel; "CNN cited Peskov" makes
//!   Peskov the speaker and CNN the channel;
//! - quotes are attributed by the verb after them in their sentence (`,” he said`), else by the
//!   verb before them (`Peskov also said: “…”`), else by continuation of the previous quote;
//! - pronouns and bare titles resolve to the last compatible person; people resolve by date to
//!   the actor they speak for that day, or to nobody (former officials, opposition).
//!
//! Not here: stance or topic.

use chrono::NaiveDate;

use crate::knowledge::{Knowledge, Speech, Standing};

use super::antecedents::pronoun_antecedent;
use super::mentions::{Mention, MentionKind};
use super::passives::not_a_speech_act;
use super::quotes::{asked_after_questions, quote_at, Quote};
use super::subjects::{subject_after, subject_of};
use super::words::plural_noun_use;

/// A speech verb in the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Verb {
    pub start: usize,
    pub end: usize,
    pub kind: Speech,
    pub in_quote: bool,
}

/// Every speech verb of an article, outside names ("the United States" holds no "states") and
/// plural nouns ("the reports", "his notes").
pub(crate) fn find_speech_verbs(
    k: &Knowledge,
    text: &str,
    starts: &[usize],
    mentions: &[Mention],
    quotes: &[Quote],
) -> Vec<Verb> {
    let lex = k.automata();
    let mut verbs: Vec<Verb> = lex
        .speech
        .find_at(text, starts)
        .iter()
        // "the United States" holds no speech verb: a verb inside a name is part of it.
        .filter(|h| {
            let i = mentions.partition_point(|m| m.end <= h.start);
            !mentions
                .get(i)
                .is_some_and(|m| m.start <= h.start && h.end <= m.end)
        })
        // "some fifty states attended", "the reports", "his notes": a word that is also a
        // plural noun names things after a numeral or determiner.
        .filter(|h| !plural_noun_use(text, h.start, h.end))
        // "Leaders were addressed by video link by Zelensky": the ones addressed in the passive
        // are no speakers.
        .filter(|h| !not_a_speech_act(text, h.start, h.end))
        .filter_map(|h| {
            let kind = *lex.speech.targets(h, text).next()?;
            Some(Verb {
                start: h.start,
                end: h.end,
                kind,
                in_quote: quote_at(quotes, h.start).is_some(),
            })
        })
        .collect();
    verbs.extend(
        asked_after_questions(text, quotes)
            .into_iter()
            .map(|(start, end)| Verb {
                start,
                end,
                kind: Speech::Say,
                in_quote: false,
            }),
    );
    verbs.sort_by_key(|v| v.start);
    verbs
}

/// Who speaks, before dates are known: the mention that names them and the channel.
#[derive(Clone, Debug, Default)]
pub(crate) struct Attribution {
    /// Index into the article's mentions.
    pub mention: Option<usize>,
    /// The outlet it came through.
    pub channel: Option<String>,
    /// Where the attributing verb is (for dates).
    pub anchor: Option<usize>,
    /// Set when the attribution is certain to be nobody's (a Q&A question, unknown speaker).
    pub blocked: bool,
}

/// A speaker resolved on a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Speaker {
    pub actor: usize,
    pub name: String,
    /// How sure the resolution is, in thousandths (named person > title > pronoun).
    pub certainty: u16,
}

/// The speaker's key for carrying a date from one statement to the next ("Peskov said Tuesday
/// … CNN cited Peskov"): the person, or the actor.
pub(crate) fn speaker_key(mentions: &[Mention], m: usize) -> String {
    // "he said" carries the date of the person "he" stands for.
    let m = match mentions[m].kind {
        MentionKind::Pronoun => pronoun_antecedent(mentions, m).unwrap_or(m),
        _ => m,
    };
    match &mentions[m].kind {
        MentionKind::Person(ps) => format!("p{}", ps.first().copied().unwrap_or(0)),
        MentionKind::Actor(a) => format!("a{a}"),
        _ => format!("m{}", mentions[m].label.to_lowercase()),
    }
}

/// The outlet right after a verb ("told CNN"), or an outlet subject ("CNN cited").
pub(crate) fn outlet_after(text: &str, mentions: &[Mention], pos: usize) -> Option<String> {
    let i = mentions.partition_point(|m| m.start < pos);
    let m = mentions.get(i)?;
    (matches!(m.kind, MentionKind::Outlet)
        && m.start - pos <= 6
        && text[pos..m.start].trim().is_empty())
    .then(|| m.label.clone())
}

impl super::Doc<'_> {
    /// [`attribute_verb`] on this article's mentions, quotations and verbs.
    pub(super) fn verb_attribution(&self, v: usize, span: (usize, usize)) -> Attribution {
        attribute_verb(
            self.text,
            &self.mentions,
            &self.quotes,
            &self.verbs,
            v,
            span,
        )
    }
}

/// Attributes speech at a verb: speaker mention and channel.
pub(crate) fn attribute_verb(
    text: &str,
    mentions: &[Mention],
    quotes: &[Quote],
    verbs: &[Verb],
    v: usize,
    sentence: (usize, usize),
) -> Attribution {
    let verb = &verbs[v];
    let mut att = Attribution {
        anchor: Some(verb.start),
        ..Attribution::default()
    };
    match verb.kind {
        Speech::Say => {
            // "Blinken called Kuleba on Sunday to say that …": an infinitive's subject is that
            // of the sentence's speech verb before it, not the one called.
            let first = verbs.partition_point(|w| w.start < sentence.0).min(v);
            let main = (text[..verb.start].trim_end().ends_with(" to"))
                .then(|| verbs[first..v].iter().rposition(|w| !w.in_quote))
                .flatten()
                .map_or(v, |i| first + i);
            att.mention = subject_of(text, mentions, quotes, &verbs[main], sentence);
        }
        Speech::Tell => {
            att.mention = subject_of(text, mentions, quotes, verb, sentence);
            att.channel = outlet_after(text, mentions, verb.end);
        }
        Speech::Cite => {
            let before = mentions.partition_point(|m| m.end <= verb.start);
            let outlet_subject = before > 0
                && matches!(mentions[before - 1].kind, MentionKind::Outlet)
                && text[mentions[before - 1].end..verb.start].trim().is_empty();
            if outlet_subject {
                att.channel = Some(mentions[before - 1].label.clone());
                att.mention = subject_after(text, mentions, verb.end, sentence.1);
            } else {
                att.mention = subject_of(text, mentions, quotes, verb, sentence);
            }
        }
        Speech::According => {
            if let Some(outlet) = outlet_after(text, mentions, verb.end) {
                att.channel = Some(outlet);
                // The speaker comes from another verb in the sentence.
                let other = verbs
                    .iter()
                    .enumerate()
                    .filter(|(i, w)| {
                        *i != v
                            && w.start >= sentence.0
                            && w.end <= sentence.1
                            && !w.in_quote
                            && !matches!(w.kind, Speech::According)
                    })
                    .map(|(i, _)| i)
                    .next();
                if let Some(o) = other {
                    let inner = attribute_verb(text, mentions, quotes, verbs, o, sentence);
                    att.mention = inner.mention;
                    att.anchor = inner.anchor;
                }
            } else {
                att.mention = subject_after(text, mentions, verb.end, sentence.1);
            }
        }
    }
    // "according to Reuters" anywhere in the sentence is the channel of whatever is said in it.
    if att.channel.is_none() {
        att.channel = verbs
            .iter()
            .filter(|w| {
                matches!(w.kind, Speech::According) && w.start >= sentence.0 && w.end <= sentence.1
            })
            .find_map(|w| outlet_after(text, mentions, w.end));
    }
    att
}

/// The one actor whose leader's role is among `roles` ("secretary general": NATO), when it is
/// named before mention `m` (by name, metonym or title). Not for a title many actors' leaders
/// bear ("the president" in a White House briefing that named Ukraine last is Trump).
fn led_actor_named_before(
    k: &Knowledge,
    mentions: &[Mention],
    m: usize,
    roles: &[String],
) -> Option<usize> {
    let mut led =
        (0..k.actors.len()).filter(|&a| k.actors[a].leader_roles.iter().any(|r| roles.contains(r)));
    let (a, None) = (led.next()?, led.next()) else {
        return None;
    };
    mentions[..m]
        .iter()
        .any(|mention| {
            matches!(mention.kind, MentionKind::Actor(x) | MentionKind::Title { actor: Some(x), .. } if x == a)
        })
        .then_some(a)
}

/// Resolves a mention to a speaker on a day. `None` when it is nobody's voice.
pub(crate) fn resolve(
    k: &Knowledge,
    mentions: &[Mention],
    m: usize,
    day: NaiveDate,
    depth: u8,
) -> Option<Speaker> {
    let mention = &mentions[m];
    match &mention.kind {
        MentionKind::Person(ps) => {
            for &p in ps {
                if let Standing::Speaks(actor, _) = k.person_standing(p, day) {
                    let actor = k.actor_index(&actor)?;
                    let person = &k.people[p].0;
                    let name = if mention.delegate {
                        mention.label.clone()
                    } else {
                        person.clone()
                    };
                    return Some(Speaker {
                        actor,
                        name,
                        certainty: if mention.delegate { 850 } else { 900 },
                    });
                }
            }
            None
        }
        MentionKind::Actor(a) => Some(Speaker {
            actor: *a,
            name: mention.label.clone(),
            certainty: 850,
        }),
        MentionKind::Title {
            actor: Some(a),
            roles,
            ..
        } => {
            let name = last_person_of(k, mentions, m, *a, day)
                .or_else(|| k.holder(*a, roles, day).map(|o| o.person.clone()));
            Some(Speaker {
                actor: *a,
                name: if mention.delegate {
                    mention.label.clone()
                } else {
                    name.unwrap_or_else(|| mention.label.clone())
                },
                certainty: 800,
            })
        }
        MentionKind::Title {
            actor: None,
            roles,
            default_actor,
        } => {
            // The last person in the article who held such a role that day; a subject before
            // an object ("Foreign Secretary James Cleverly met Ukrainian Foreign Minister Dmytro
            // Kuleba. The Foreign Secretary said …" is Cleverly).
            // (A possessor is no object: "Emmanuel Macron's speech in Toulon, in which the
            // president promised …".)
            let object = |j: &usize| mentions[*j].oblique && !mentions[*j].possessor;
            let subjects = (0..m).rev().filter(|j| !object(j));
            let objects = (0..m).rev().filter(object);
            for j in subjects.chain(objects) {
                if let MentionKind::Person(ps) = &mentions[j].kind {
                    for &p in ps {
                        if let Standing::Speaks(actor, row) = k.person_standing(p, day) {
                            if roles.iter().any(|r| *r == k.officials[row].role) {
                                let actor = k.actor_index(&actor)?;
                                return Some(Speaker {
                                    actor,
                                    name: if mention.delegate {
                                        mention.label.clone()
                                    } else {
                                        k.people[p].0.clone()
                                    },
                                    certainty: 750,
                                });
                            }
                        }
                    }
                }
            }
            // "A spokesman for Prime Minister Keir Starmer said …. The spokesman added …": a bare
            // spokesperson nobody holds by name is the last delegate named before.
            // (Or the last spokesperson named who speaks for someone: "the Prime Minister's
            // official spokesperson said …. On the shadow fleet, the spokesperson said …".)
            if depth < 2 && speaks_for_another(&mention.label) {
                let named = (0..m)
                    .rev()
                    .filter(|&j| mentions[j].delegate || speaks_for_another(&mentions[j].label))
                    .find_map(|j| resolve(k, mentions, j, day, depth + 1));
                if let Some(mut s) = named {
                    s.certainty = s.certainty.min(750);
                    return Some(s);
                }
            }
            // Nobody of that role named: the title's default actor, or else the actor named
            // last before it whose leader the title is ("the NATO summit … the secretary general
            // told reporters" in copy that names nobody).
            let a = default_actor.or_else(|| led_actor_named_before(k, mentions, m, roles))?;
            let holder = k.holder(a, roles, day)?;
            Some(Speaker {
                actor: a,
                name: if mention.delegate {
                    mention.label.clone()
                } else {
                    holder.person.clone()
                },
                certainty: 650,
            })
        }
        MentionKind::Pronoun => {
            if depth > 2 {
                return None;
            }
            let antecedent = pronoun_antecedent(mentions, m)?;
            let mut s = resolve(k, mentions, antecedent, day, depth + 1)?;
            s.certainty = s.certainty.min(780);
            Some(s)
        }
        MentionKind::Blocker | MentionKind::Outlet => None,
    }
}

/// Whether a bare title names a spokesperson ("the spokesman", "The spokesperson"), who speaks
/// for someone else.
fn speaks_for_another(label: &str) -> bool {
    label.split_whitespace().last().is_some_and(|w| {
        ["spokesman", "spokeswoman", "spokesperson"]
            .iter()
            .any(|s| w.eq_ignore_ascii_case(s))
    })
}

/// "The Prime Minister announced" in a gov.uk release: a bare title nobody in the article holds
/// is the publishing actor's office holder.
pub(crate) fn home_title(
    k: &Knowledge,
    mentions: &[Mention],
    m: usize,
    home: Option<usize>,
    day: NaiveDate,
) -> Option<Speaker> {
    // "He confirmed …" after "the President of the Republic announced" is that title too.
    let mention = match mentions[m].kind {
        MentionKind::Pronoun => &mentions[pronoun_antecedent(mentions, m)?],
        _ => &mentions[m],
    };
    let MentionKind::Title {
        actor: None, roles, ..
    } = &mention.kind
    else {
        return None;
    };
    let a = home?;
    let holder = k.holder(a, roles, day)?;
    Some(Speaker {
        actor: a,
        name: holder.person.clone(),
        certainty: 700,
    })
}

/// For "the French leader": the last person named before, if they speak for that actor.
fn last_person_of(
    k: &Knowledge,
    mentions: &[Mention],
    m: usize,
    actor: usize,
    day: NaiveDate,
) -> Option<String> {
    (0..m).rev().find_map(|j| match &mentions[j].kind {
        MentionKind::Person(ps) => ps.iter().find_map(|&p| match k.person_standing(p, day) {
            Standing::Speaks(a, _) if k.actor_index(&a) == Some(actor) => {
                Some(k.people[p].0.clone())
            }
            _ => None,
        }),
        _ => None,
    })
}

/// Where a mention is read, for [`resolve_in_voice`].
pub(crate) struct Voice {
    /// The actor whose own publication the article is.
    pub publisher: Option<usize>,
    /// The label of the transcript turn the mention stands in, outside quotations.
    pub turn: Option<usize>,
    /// Start of the mention's sentence.
    pub sentence_start: usize,
}

/// Who mention `m` stands for, reading a bare title ("the President", "the Prime Minister")
/// as someone's own principal: on an actor's own site the publisher's ("the President of the
/// Republic" on elysee.fr, even after another president was named); in a transcript turn the
/// speaker's ("PESKOV: The President has repeatedly said that …"); otherwise, when the title
/// names nobody the article has named, the principal of whoever reports it in the sentence
/// ("A Downing Street spokesman said the Prime Minister had made clear …").
pub(crate) fn resolve_in_voice(
    k: &Knowledge,
    mentions: &[Mention],
    m: usize,
    day: NaiveDate,
    voice: Voice,
) -> Option<Speaker> {
    home_title(k, mentions, m, voice.publisher, day)
        .or_else(|| {
            let lm = voice.turn.filter(|&lm| lm != m)?;
            let home = resolve(k, mentions, lm, day, 0)?.actor;
            home_title(k, mentions, m, Some(home), day)
        })
        .or_else(|| resolve(k, mentions, m, day, 0))
        .or_else(|| {
            let home = reporter_actor(k, mentions, m, voice.sentence_start, day);
            home_title(k, mentions, m, home, day)
        })
}

/// The actor of the first mention before `m` in its sentence (from `sentence_start`) that
/// speaks for one on `day`: whoever reports what `m` said.
fn reporter_actor(
    k: &Knowledge,
    mentions: &[Mention],
    m: usize,
    sentence_start: usize,
    day: NaiveDate,
) -> Option<usize> {
    (0..m)
        .filter(|&j| mentions[j].start >= sentence_start && !mentions[j].in_quote)
        .find_map(|j| resolve(k, mentions, j, day, 0))
        .map(|s| s.actor)
}
