//! Attribution: who is speaking at a point of the text, and through whom it was reported.
//!
//! - speech verbs find their subject before them ("Scholz said"), or after them ("said Scholz");
//!   "told CNN" and "according to Reuters" make the outlet the channel; "CNN cited Peskov" makes
//!   Peskov the speaker and CNN the channel;
//! - quotes are attributed by the verb after them in their sentence (`,” he said`), else by the
//!   verb before them (`Peskov also said: “…”`), else by continuation of the previous quote;
//! - pronouns and bare titles resolve to the last compatible person; people resolve by date to
//!   the actor they speak for that day, or to nobody (former officials, opposition).
//!
//! Not here: stance or topic.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::knowledge::{Knowledge, Speech, Standing};

use super::mentions::{Mention, MentionKind};
use super::quotes::Quote;
use super::words::{floor_char_boundary, introduces_passive_agent, words_before};

/// A speech verb in the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Verb {
    pub start: usize,
    pub end: usize,
    pub kind: Speech,
    pub in_quote: bool,
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

/// The subject of a verb: the nearest mention before it in the sentence that can be a subject
/// (not oblique, not inside a quote unless the verb is, not across a quotation mark), else the
/// mention right after it ("said Scholz", "said the Kremlin spokesman").
pub(crate) fn subject_of(
    text: &str,
    mentions: &[Mention],
    quotes: &[Quote],
    verb: &Verb,
    sentence: (usize, usize),
) -> Option<usize> {
    if let Some(m) = passive_agent(text, mentions, verb, sentence.1) {
        return Some(m);
    }
    if let Some(m) = subject_before(
        text,
        mentions,
        quotes,
        verb.start,
        sentence.0,
        verb.in_quote,
    ) {
        return Some(m);
    }
    subject_after(text, mentions, verb.end, sentence.1)
}

/// The agent of a passive speech verb ("Allies were also urged by Mark Rutte on Friday", "new
/// sanctions were announced by the Foreign Office"): the first mention after a "by" that
/// introduces it, in the same clause and within a few words of the verb. An outlet is the
/// channel ("was reported by Reuters"), not the agent.
fn passive_agent(text: &str, mentions: &[Mention], verb: &Verb, ceiling: usize) -> Option<usize> {
    if verb.in_quote {
        return None;
    }
    let end = floor_char_boundary(text, ceiling.min(verb.end + 60)).max(verb.end);
    let window = &text[verb.end..end];
    let by = window.find(" by ")?;
    if window[..by].contains([',', ';', ':', '"', '\u{201c}']) {
        return None;
    }
    let agent_at = verb.end + by + " by ".len();
    if !introduces_passive_agent(text, verb.end + by + 1) {
        return None;
    }
    let i = mentions.partition_point(|m| m.start < agent_at);
    let m = mentions.get(i)?;
    let lead = &text[agent_at..m.start];
    (lead.split_whitespace().count() <= 1
        && !matches!(m.kind, MentionKind::Outlet | MentionKind::Pronoun))
    .then_some(i)
}

pub(crate) fn subject_before(
    text: &str,
    mentions: &[Mention],
    quotes: &[Quote],
    pos: usize,
    floor: usize,
    in_quote: bool,
) -> Option<usize> {
    let i = mentions.partition_point(|m| m.end <= pos);
    // "Putin went further in Vladivostok, saying …": before a participle the comma closes the
    // main clause, not an appositive.
    let participle = text[pos..]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
    // Its subject is the one the clause opens with ("Zelensky addressed Congress by video,
    // asking for aircraft"), not the nearest name.
    // So is a verb's coordinated with the clause's first ("Zakharova said … \"banditry\" and
    // promised retaliation").
    let coordinated = words_before(text, pos, 1, true)
        .first()
        .is_some_and(|w| *w == "and");
    // "Russia's ambassador said the drones could not have reached Poland, called the sanctions
    // illegal and demanded …": a past-tense verb after a comma, in a series that began with a
    // speech verb, shares the series' subject.
    let lead = text.get(floor..pos).unwrap_or("");
    let in_series = lead.trim_end().ends_with(',')
        && text[pos..]
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| w.len() > 4 && w.ends_with("ed"))
        && [" said ", " told ", " says "]
            .iter()
            .any(|v| lead.contains(v));
    if (participle && text[floor..pos].trim_end().ends_with(',')) || coordinated || in_series {
        return clause_opener(text, mentions, floor, pos, in_quote);
    }
    let appositive = (!participle)
        .then(|| appositive_before(text, floor, pos))
        .flatten();
    // "The host, Italian Prime Minister Giorgia Meloni, said", "His national security adviser,
    // Jake Sullivan, said": a name in apposition to a head that names no one is the subject.
    if let Some((open, close)) = appositive {
        let is_person = |m: &Mention| matches!(m.kind, MentionKind::Person(_));
        let named = mentions[..i]
            .iter()
            .rposition(|m| m.start > open && m.end <= close && is_person(m) && !m.in_quote);
        let head_names_someone = mentions[..i]
            .iter()
            .any(|m| m.start >= floor && m.end <= open && is_person(m));
        if let Some(j) = named.filter(|_| !head_names_someone) {
            return Some(j);
        }
    }
    // "Rubio said both sides had agreed, and Sergey Lavrov said …": a name after "and" right
    // before the verb opens a new clause as its subject ("and" marks it oblique otherwise, so
    // that only the first conjunct of "France and Germany" speaks for the pair).
    if let Some(j) = i.checked_sub(1) {
        let m = &mentions[j];
        if m.start >= floor
            && m.oblique
            && m.in_quote == in_quote
            && text[m.end..pos].trim().is_empty()
            && words_before(text, m.start, 1, true).first() == Some(&"and")
            && matches!(m.kind, MentionKind::Person(_) | MentionKind::Title { .. })
        {
            return Some(j);
        }
    }
    for j in (0..i).rev() {
        let m = &mentions[j];
        if m.start < floor {
            return None;
        }
        // "Rutte, a candidate to lead NATO, told": the appositive is not the subject.
        if appositive.is_some_and(|(open, close)| m.start > open && m.end <= close) {
            continue;
        }
        // "Ukraine's accession would be unacceptable": the possessor is not the subject.
        if m.possessor {
            continue;
        }
        // "thanked his allies but said": a group owned by someone is an object. "Our two
        // countries will deliver" in a joint op-ed is its authors, the byline's voice.
        if matches!(m.kind, MentionKind::Blocker) && possessed_group(text, m.start) {
            continue;
        }
        // Never reach back across a quotation that ends between the mention and the verb.
        if quotes.iter().any(|q| q.end > m.end && q.end <= pos) && !in_quote {
            return None;
        }
        if m.in_quote && !in_quote {
            continue;
        }
        if m.oblique || matches!(m.kind, MentionKind::Outlet) {
            continue;
        }
        return Some(j);
    }
    None
}

/// Whether a group mention starting at `start` is owned ("his allies", "our two countries",
/// "our G7 partners"): a possessive right before it or one word before.
fn possessed_group(text: &str, start: usize) -> bool {
    words_before(text, start, 2, true).iter().any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "his" | "her" | "their" | "its" | "our"
        )
    })
}

/// The subject a clause opens with: its first mention after `floor` and before `pos` that is
/// not a place or object, a possessor or a dateline (and inside a quotation as the verb is), if
/// that mention can speak.
pub(crate) fn clause_opener(
    text: &str,
    mentions: &[Mention],
    floor: usize,
    pos: usize,
    in_quote: bool,
) -> Option<usize> {
    let first = mentions.partition_point(|m| m.start < floor);
    let (j, m) = mentions
        .iter()
        .enumerate()
        .skip(first)
        .take_while(|(_, m)| m.end <= pos)
        .find(|(_, m)| {
            !m.oblique && !m.possessor && m.in_quote == in_quote && !is_dateline(text, m)
        })?;
    (!matches!(m.kind, MentionKind::Blocker | MentionKind::Outlet)).then_some(j)
}

/// "PARIS —", "BERLIN, June 2 (Wire) -": a place name opening a wire story is its dateline.
fn is_dateline(text: &str, m: &Mention) -> bool {
    let label = &text[m.start..m.end];
    label.chars().any(char::is_alphabetic)
        && !label.chars().any(char::is_lowercase)
        && text[m.end..]
            .trim_start_matches([' ', ','])
            .starts_with(['\u{2014}', '\u{2013}', '-', '('])
}

/// The comma pair of an appositive or relative clause that ends right before `pos`
/// ("Rutte, a candidate to lead NATO, told"): byte positions of the opening and closing comma.
/// `None` when the text before `pos` does not end with a comma, or no opening comma is found.
fn appositive_before(text: &str, floor: usize, pos: usize) -> Option<(usize, usize)> {
    let lead = text.get(floor..pos)?;
    let trimmed = lead.trim_end();
    let close = floor + trimmed.strip_suffix(',')?.len();
    let open = floor + text[floor..close].rfind(',')?;
    // An opening comma right at the start of the clause has no head before it.
    text[floor..open]
        .trim()
        .is_empty()
        .then_some(())
        .map_or(Some((open, close)), |_| None)
}

fn subject_after(text: &str, mentions: &[Mention], pos: usize, ceiling: usize) -> Option<usize> {
    let i = mentions.partition_point(|m| m.start < pos);
    let m = mentions.get(i)?;
    if m.start >= ceiling || m.start - pos > 40 || m.in_quote {
        return None;
    }
    let gap = &text[pos..m.start];
    if gap.contains([',', '.', ';', ':', '"', '\u{201c}', '\u{201d}']) {
        return None;
    }
    // Only time words and articles may stand between: "said on Tuesday the Kremlin spokesman",
    // "was stated by the spokesman". Never "that": "stressed that Ukraine …" names the
    // subject of the reported clause, not the speaker.
    let ok = gap.split_whitespace().all(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "on" | "the"
                | "a"
                | "an"
                | "by"
                | "also"
                | "later"
                | "earlier"
                | "late"
                | "early"
                | "last"
                | "today"
                | "yesterday"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "morning"
                | "evening"
                | "night"
                | "afternoon"
                | "again"
                | "then"
                | "himself"
                | "herself"
        )
    });
    // "said Scholz." is inversion; "said Ukraine may use …" names the subject of the reported
    // clause: after an inverted subject comes punctuation or a preposition, never a verb.
    let rest = text[m.end..].trim_start();
    let next = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let inverted = rest.is_empty()
        || rest.starts_with([
            ',', '.', ';', ':', '"', '\u{201d}', ')', '\u{2014}', '-', '(',
        ])
        || matches!(
            next.as_str(),
            "on" | "in"
                | "at"
                | "during"
                | "after"
                | "before"
                | "when"
                | "while"
                | "as"
                | "who"
                | "of"
                | "from"
                | "to"
                | "adding"
                | "according"
                | "earlier"
                | "later"
                | "today"
                | "yesterday"
                | "last"
                | "this"
        );
    // A blocker after the verb ("said analysts") is still the subject: it blocks.
    (ok && inverted && !matches!(m.kind, MentionKind::Outlet)).then_some(i)
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
            att.mention = subject_of(text, mentions, quotes, verb, sentence);
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
                name: name.unwrap_or_else(|| mention.label.clone()),
                certainty: 800,
            })
        }
        MentionKind::Title {
            actor: None,
            roles,
            default_actor,
        } => {
            // The last person in the article who held such a role that day.
            for j in (0..m).rev() {
                if let MentionKind::Person(ps) = &mentions[j].kind {
                    for &p in ps {
                        if let Standing::Speaks(actor, row) = k.person_standing(p, day) {
                            if roles.iter().any(|r| *r == k.officials[row].role) {
                                let actor = k.actor_index(&actor)?;
                                return Some(Speaker {
                                    actor,
                                    name: k.people[p].0.clone(),
                                    certainty: 750,
                                });
                            }
                        }
                    }
                }
            }
            let a = (*default_actor)?;
            let holder = k.holder(a, roles, day)?;
            Some(Speaker {
                actor: a,
                name: holder.person.clone(),
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

/// The last person or title before a pronoun, outside quotations.
fn pronoun_antecedent(mentions: &[Mention], m: usize) -> Option<usize> {
    let person = |j: &usize| {
        let c = &mentions[*j];
        !c.in_quote && matches!(c.kind, MentionKind::Person(_) | MentionKind::Title { .. })
    };
    // "Zelensky said he had a call with Donald Trump. '…,' he wrote": the last subject, not
    // the last name after a preposition.
    let nearest = (0..m)
        .rev()
        .filter(person)
        .find(|&j| !mentions[j].oblique)
        .or_else(|| (0..m).rev().find(person))?;
    if !mentions[m].after_break {
        return Some(nearest);
    }
    // A pronoun opening a paragraph of a profile ("**The fund.** On 3 April he proposed …",
    // after a paragraph that ended on his successor): the person the piece has named most as a
    // subject, when that is more often than the last one named.
    let mut counts: HashMap<&[usize], (usize, usize)> = HashMap::new();
    for j in (0..m).filter(person).filter(|&j| !mentions[j].oblique) {
        if let MentionKind::Person(ids) = &mentions[j].kind {
            let e = counts.entry(ids.as_slice()).or_insert((0, j));
            *e = (e.0 + 1, j);
        }
    }
    let times = |j: usize| match &mentions[j].kind {
        MentionKind::Person(ids) => counts.get(ids.as_slice()).map_or(0, |c| c.0),
        _ => 0,
    };
    counts
        .values()
        .max_by_key(|(n, last)| (*n, *last))
        .filter(|(n, _)| *n > times(nearest))
        .map_or(Some(nearest), |(_, last)| Some(*last))
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
