//! The day nearest a speech verb in its own sentence: which of the sentence's dates dates the
//! saying, and which belong to something else (a relative clause, a second subject's clause, a
//! reported event, a broadcast beside its recording, a wire's dateline).
//!
//! Not here: finding dates in the text ([`super::dates`]) or the order of fallbacks that dates
//! a statement no date stands beside ([`super::statement_dates`]).

use chrono::NaiveDate;
use stancelog_events::DateBasis;

use super::dates::DateHit;
use super::pluperfect::after_pluperfect;
use super::quotes::quote_at;
use super::record_dates::{RECORDED, RELEASED};
use super::words::{in_capitals, words_before};
use super::{Doc, Extractor};

/// Whether the words after a verb hold a participle that describes a noun ("welcome the
/// decision taken by the Council on"), not one after an auxiliary ("has taken").
fn describes_an_act(gap: &str) -> bool {
    const ACTS: [&str; 7] = [
        "taken",
        "adopted",
        "approved",
        "reached",
        "agreed",
        "signed",
        "announced",
    ];
    const AUXILIARIES: [&str; 10] = [
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had",
    ];
    // (Not the text that carries the statement: "said in the declaration adopted by its 32
    // leaders on Wednesday".)
    const VEHICLES: [&str; 6] = [
        "declaration",
        "statement",
        "communique",
        "communiqué",
        "conclusions",
        "letter",
    ];
    let words: Vec<&str> = gap.split_whitespace().collect();
    // (The noun before it is a lower-case word: "as he and President Volodymyr Zelensky
    // signed" has a subject there.)
    words.windows(2).skip(1).any(|w| {
        ACTS.contains(&w[1])
            && w[0].chars().all(|c| c.is_lowercase())
            && !AUXILIARIES.contains(&w[0])
            && !VEHICLES.contains(&w[0])
    })
}

/// Verbs that open a relative clause placing a speaker at the occasion they spoke at ("who
/// attended on Saturday", "who arrived on Tuesday morning").
const PRESENCE: [&str; 5] = ["attended", "arrived", "spoke", "visited", "travelled"];

/// Verbs of recalling: the that-clause after them tells an earlier event.
const RECALLING: [&str; 5] = ["recalled", "recalls", "recalling", "reminded", "reminds"];

impl Extractor<'_> {
    /// The statement date nearest a position in its sentence: not inside a quotation, not after
    /// "since"/"until", not in a relative clause (", who attended … on Monday,"). For the
    /// speech act alone (`speech_act`, the day a speaker's later statements carry), not a day
    /// in the reported clause in the past perfect either: "He recalled that Zelensky had
    /// thanked Sweden on Wednesday" dates Zelensky's thanks, not what the speaker says next.
    pub(super) fn date_near(
        &self,
        doc: &Doc<'_>,
        anchor: usize,
        speech_act: bool,
    ) -> Option<(NaiveDate, DateBasis)> {
        let s = doc.sentences.partition_point(|x| x.end <= anchor);
        let sentence = doc.sentences.get(s)?;
        // Whether the verb's own clause (up to its "that") gives a date after it; read once.
        let own_clause = &doc.text[anchor.min(sentence.end)..sentence.end];
        let own_end = anchor + own_clause.find(" that ").unwrap_or(own_clause.len());
        // The sentence's dates (they are in text order).
        let first = doc.dates.partition_point(|d| d.start < sentence.start);
        let here = &doc.dates[first..];
        let here = &here[..here.partition_point(|d| d.end <= sentence.end)];
        let dated_after = here.iter().any(|o| {
            o.start >= anchor && o.end <= own_end && self.may_date_a_statement(doc.text, o)
        });
        // (Asked only for a day after an event the speaker proposes, which is rare.)
        let dated_before = || {
            here.iter().any(|o| {
                o.end <= anchor
                    && quote_at(&doc.quotes, o.start).is_none()
                    && self.may_date_a_statement(doc.text, o)
            })
        };
        // "an interview recorded on Friday and broadcast on Sunday": the words were said when
        // recorded, whichever day is nearer the verb.
        let said_word = |d: &DateHit, words: &[&str]| {
            words_before(doc.text, d.start, 2, true)
                .iter()
                .any(|w| words.contains(&w.to_lowercase().as_str()))
        };
        let recorded = here.len() > 1 && here.iter().any(|d| said_word(d, &RECORDED));
        here.iter()
            .filter(|d| !(recorded && said_word(d, &RELEASED)))
            .filter(|d| quote_at(&doc.quotes, d.start).is_none())
            .filter(|d| self.may_date_a_statement(doc.text, d))
            .filter(|d| {
                // Inside ", who … ," before the verb: the date belongs to the relative clause.
                if d.end > anchor {
                    // "said the mutiny of the Wagner group on Saturday showed …": after a bare
                    // "said" a noun phrase opens the reported clause, and a day inside it is
                    // the reported event's.
                    // ("had said the same in Brussels on Thursday" is no clause.)
                    // "The United States imposed sanctions on Rosneft and Lukoil, and the
                    // European Union adopted its package on Thursday": a day after a second
                    // subject's clause is that clause's.
                    let gap = &doc.text[anchor..d.start];
                    if gap.match_indices(", and ").any(|(i, _)| {
                        let next = &gap[i + 6..];
                        next.starts_with("the ") || next.starts_with(char::is_uppercase)
                    }) {
                        return false;
                    }
                    // "said he was ready to host talks at the White House the following day":
                    // a day after the one in focus, deep in the reported clause, is the time
                    // of what was said, not of saying it.
                    let phrase = doc.text[d.start..d.end].to_ascii_lowercase();
                    if (phrase.starts_with("the following") || phrase.starts_with("the next"))
                        && gap.split_whitespace().count() > 4
                    {
                        return false;
                    }
                    // "He recalled that Zelensky had thanked Sweden in Vilnius on Wednesday":
                    // a day in a reported clause in the past perfect is the reported event's.
                    if speech_act
                        && gap
                            .find(" that ")
                            .is_some_and(|i| gap[i..].contains(" had "))
                        && after_pluperfect(doc, d.start)
                    {
                        return false;
                    }
                    // "The Russian President recalled that at the talks in Istanbul on 2 June,
                    // the delegation handed over a memorandum": what is recalled happened on its
                    // own day, which the speaker's later statements do not carry.
                    if speech_act
                        && gap
                            .split_whitespace()
                            .next()
                            .is_some_and(|v| RECALLING.contains(&v.to_lowercase().as_str()))
                        && gap.contains("that ")
                    {
                        return false;
                    }
                    // "on Sunday morning, Putin … proposed direct negotiations in Istanbul on
                    // Thursday": with a day before the verb, a day after an event it proposes
                    // is the event's (not that of one it was said at: "told Putin at their
                    // meeting that day").
                    if names_a_proposed_event(gap) && dated_before() {
                        return false;
                    }
                    // "We welcome the decision taken by the Council of the European Union on
                    // 21 May": a day after a participle that describes a noun is that act's.
                    if describes_an_act(gap) {
                        return false;
                    }
                    let mut words = gap.split_whitespace();
                    let verb = words.next().unwrap_or("").to_lowercase();
                    let next = words.next().unwrap_or("").to_lowercase();
                    let third = words.next().unwrap_or("").to_lowercase();
                    return !(matches!(verb.as_str(), "said" | "says" | "added" | "argued")
                        && matches!(next.as_str(), "the" | "a" | "an")
                        && !matches!(third.as_str(), "same" | "day" | "week"));
                }
                // "Stoltenberg had said in Vilnius on Wednesday …, a formula Billström
                // called …": a day in a past perfect clause before the verb is that clause's.
                if speech_act && after_pluperfect(doc, d.start) {
                    return false;
                }
                let lead = &doc.text[sentence.start..d.start];
                let relative = lead.rfind(", who ").or_else(|| lead.rfind(", which "));
                // "Corriere reported on Sunday that Meloni had told Zelensky on Saturday that
                // …": a date before a "that" the verb stands after dates the report, not it.
                // (Only when the verb's own clause gives a date after it.)
                let gap = &doc.text[d.end..anchor];
                // (Unless the clause puts the speaker where they spoke, "Péter Szijjártó, who
                // attended on Saturday, said …", and the verb's own clause names no day: "who
                // arrived last night, said today".)
                let present = !dated_after
                    && relative.is_some_and(|r| {
                        lead[r + 6..]
                            .split_whitespace()
                            .next()
                            .is_some_and(|v| PRESENCE.contains(&v))
                    });
                let in_relative = relative.is_some() && gap.contains(',') && !present;
                let reports_it = dated_after && gap.contains(" that ");
                !(in_relative || reports_it)
            })
            // A wire dateline's date ("BRUSSELS, Nov 21 (Agency) -") is the day the story was
            // filed: any other date of the sentence dates the statement before it does.
            .min_by_key(|d| {
                let distance = if d.start >= anchor {
                    d.start - anchor
                } else {
                    anchor - d.end
                };
                (in_dateline(doc.text, d), distance)
            })
            .map(|d| (d.date, d.basis))
    }
}

/// Whether a date stands in a wire dateline: after a place in capitals opening its line and a
/// comma, before the agency's bracket or a dash ("KYIV, March 4 (Agency) -", "PARIS, 3 May —").
fn in_dateline(text: &str, d: &DateHit) -> bool {
    let line = &text[text[..d.start].rfind('\n').map_or(0, |i| i + 1)..d.start];
    let place = line.trim_start_matches(['*', '_', ' ']).trim_end();
    let Some(place) = place.strip_suffix(',') else {
        return false;
    };
    let capitals = in_capitals(place) && place.split_whitespace().count() <= 3;
    let rest = text[d.end..].trim_start_matches([' ', '*', '_']);
    capitals && rest.starts_with(['(', '-', '\u{2014}', '\u{2013}'])
}

/// Whether `gap` (from a verb to a later day) names an event as the object of what was said
/// ("proposed direct negotiations with Ukraine in Istanbul"), not the occasion it was said at
/// ("at a summit of European leaders", "during their meeting", "told a meeting of attachés").
fn names_a_proposed_event(gap: &str) -> bool {
    // (The three words before each one are kept as it goes: no list of words is built.)
    let mut before: [&str; 3] = [""; 3];
    for w in gap
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if matches!(w, "talks" | "negotiations" | "meeting" | "summit" | "truce")
            && !before.iter().any(|b| {
                [
                    "at",
                    "during",
                    "after",
                    "before",
                    "following",
                    "of",
                    "on",
                    "told",
                    "tells",
                    "addressed",
                    "addresses",
                    "briefed",
                ]
                .iter()
                .any(|o| b.eq_ignore_ascii_case(o))
            })
        {
            return true;
        }
        before = [before[1], before[2], w];
    }
    false
}
