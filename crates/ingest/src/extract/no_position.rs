//! Cues that assert no position of their speaker's: in a relative clause (background about
//! the speaker, unless it reports speech), in an indirect question ("did not say whether …"),
//! in a charge the speaker denies ("rejected the charge that Germany was blocking …"), or in a
//! denied past delivery ("has never provided lethal weapons").
//! Not here: whose stance a cue reports (see `clauses`).

use super::stance::CueHit;
use super::words::{floor_char_boundary, words_before};
use super::Doc;

/// Whether `pos` lies inside a non-restrictive relative clause (", who … ,") of its sentence.
pub(super) fn in_relative_clause(text: &str, sentence_start: usize, pos: usize) -> bool {
    in_clause_opened_by(
        text,
        sentence_start,
        pos,
        &[", who ", ", which ", ", whose "],
    )
}

/// Whether `pos` lies inside a clause set off by a comma and one of `openers` (", who ",
/// ", sworn in "), not yet closed by a comma, a semicolon or a dash.
pub(super) fn in_clause_opened_by(
    text: &str,
    sentence_start: usize,
    pos: usize,
    openers: &[&str],
) -> bool {
    let lead = &text[sentence_start..pos];
    openers
        .iter()
        .filter_map(|r| lead.rfind(r).map(|i| i + r.len()))
        .max()
        .is_some_and(|open| !lead[open..].contains([',', ';', '\u{2014}']))
}

/// Whether a cue opens a participle set off by commas whose agent follows it ("On the
/// package, blocked in Brussels by Slovakia, he was direct: …", "the package, blocked for a
/// second day by a dispute over rubber, had to be adopted"): what the agent did, said of the
/// noun before, not the speaker's stance. The participle closes with a comma and its "by" names
/// an agent, not a time ("The minister, whose country …, called for a ninth package by the end
/// of the year" is the main verb).
pub(super) fn opens_participle_with_agent(text: &str, sentence_start: usize, cue: &CueHit) -> bool {
    let lead = &text[sentence_start..cue.start];
    let participle = cue
        .cue
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() > 3 && w.ends_with("ed"));
    // (Runs for every cue: the cheap tests first, the scan to the clause's end only after.)
    if !(participle && lead.ends_with(", ")) {
        return false;
    }
    let rest = &text[cue.end..];
    let Some(close) = rest.find([',', ';', '.']) else {
        return false;
    };
    let agent = rest[..close].split(" by ").nth(1).is_some_and(|agent| {
        let first = agent.split_whitespace().next().unwrap_or("").to_lowercase();
        let time = agent.starts_with("the end")
            || agent.starts_with("the time")
            || first.starts_with(|c: char| c.is_ascii_digit())
            || TIME_WORDS.contains(&first.as_str());
        !first.is_empty() && !time
    });
    rest[close..].starts_with(',') && agent
}

/// Words that make "by …" a deadline, not an agent ("by Friday", "by next week").
const TIME_WORDS: [&str; 24] = [
    "then",
    "now",
    "next",
    "mid",
    "early",
    "late",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether the ", who …" clause holding `pos` has a speech verb outside quotations with a
/// that-clause after it before `pos` ("who told the Council that …"): the clause is then the
/// statement being reported, not background about its speaker.
pub(super) fn relative_clause_reports_speech(
    doc: &Doc<'_>,
    sentence_start: usize,
    pos: usize,
) -> bool {
    let lead = &doc.text[sentence_start..pos];
    // ", which Carney announced during a phone call": a named subject's announcement of the
    // thing is that subject's act.
    if let Some(which) = lead.rfind(", which ") {
        let subject = &lead[which + ", which ".len()..];
        let words = subject.split_whitespace().count();
        let announcing = [
            "announced",
            "pledged",
            "promised",
            "unveiled",
            "proposed",
            "offered",
        ]
        .iter()
        .any(|v| doc.text[pos..].starts_with(v));
        if announcing && (1..=3).contains(&words) && subject.starts_with(char::is_uppercase) {
            return true;
        }
    }
    let Some(open) = lead.rfind(", who ").map(|i| sentence_start + i) else {
        return false;
    };
    // ", who thanked France for the deliveries": the clause's own verb is the cue, a past act
    // of the story (not ", who has vetoed …", background in the perfect).
    if doc.text[open..pos].trim_end() == ", who" {
        return true;
    }
    doc.verbs
        .iter()
        .filter(|v| v.start > open && v.end <= pos && !v.in_quote)
        .any(|v| {
            let between = &doc.text[v.end..pos];
            // ", who said Britain would lead …": a reported clause after the verb, with or
            // without "that"; also a second verb of the clause (", who thanked him for the
            // troops and said Poland would continue to send …").
            let lead = doc.text[open..v.start].trim_end();
            between.contains(" that ")
                || ((lead == ", who" || lead.ends_with(" and")) && !between.contains(','))
        })
}

/// Past participles of giving arms ("has never provided", "had not delivered"); shared with
/// the narration of completed deliveries in `clauses`.
pub(super) const GIVEN: &[&str] = &[
    "delivered",
    "supplied",
    "provided",
    "shipped",
    "donated",
    "transferred",
    "sent",
    "given",
];

/// Why a cue asserts no position, if it does not: it stands in an indirect question, or it
/// denies a past delivery ("China has never provided lethal weapons", "the UK has not so far
/// supplied missiles": a record of what was not done, not a refusal).
pub(super) fn asserts_no_position(
    doc: &Doc<'_>,
    sentence_start: usize,
    cue: &CueHit,
    quote: Option<usize>,
) -> Option<&'static str> {
    if in_indirect_question(doc, sentence_start, cue.start, quote) {
        return Some("indirect question");
    }
    if in_translators_note(doc.text, sentence_start, cue.start) {
        return Some("translator's note");
    }
    if in_denied_charge(doc, sentence_start, cue.start) || denies_a_charge(doc.text, cue) {
        return Some("denied charge");
    }
    // The cue's words include a negator it took in ("never provided", "not so far supplied").
    let verb = cue.cue.split_whitespace().last().unwrap_or("");
    // (The verb first: it rules out nearly every cue without reading the words before it.)
    if !GIVEN.iter().any(|g| verb.eq_ignore_ascii_case(g)) {
        return None;
    }
    let words: Vec<&str> = words_before(doc.text, cue.start, 4, true)
        .into_iter()
        .chain(cue.cue.split_whitespace())
        .collect();
    let any_of = |set: &[&str]| {
        words
            .iter()
            .any(|w| set.iter().any(|s| w.eq_ignore_ascii_case(s)))
    };
    (any_of(&["has", "have", "had"]) && any_of(&["not", "never"])).then_some("denied past delivery")
}

/// Whether `pos` stands in a translator's bracketed note ("[TN: Literally, \"a legitimate
/// target of war\".]", "[Translator's note: this refers to …]"): the translator explains a
/// word, the speaker says nothing there.
fn in_translators_note(text: &str, sentence_start: usize, pos: usize) -> bool {
    let before = &text[sentence_start..pos];
    before.rfind('[').is_some_and(|open| {
        let note = &before[open + 1..];
        !note.contains(']')
            && [
                "TN:",
                "Translator's note",
                "Translator\u{2019}s note",
                "Translator note",
            ]
            .iter()
            .any(|p| note.starts_with(p))
    })
}

/// Phrases that open a charge the speaker denies: what follows them is the charge, not the
/// speaker's position ("He rejected the charge that Germany was blocking other countries from
/// sending their own tanks").
const DENIED_CHARGES: [&str; 10] = [
    "rejected the charge that",
    "rejected the accusation that",
    "rejected accusations that",
    "rejected claims that",
    "rejected suggestions that",
    "denied that",
    "denied claims that",
    "denied reports that",
    "dismissed the claim that",
    "dismissed suggestions that",
];

/// Whether `pos` stands in the clause of a denied charge (see [`DENIED_CHARGES`]), not closed
/// by a comma or a semicolon before it.
fn in_denied_charge(doc: &Doc<'_>, sentence_start: usize, pos: usize) -> bool {
    // (This runs for every cue: the lead is read only when a denying verb stands in it.)
    let i = doc.denials.partition_point(|&d| d < sentence_start);
    if doc.denials.get(i).is_none_or(|&d| d >= pos) {
        return false;
    }
    let lead = doc.text[sentence_start..pos].to_lowercase();
    DENIED_CHARGES
        .iter()
        .filter_map(|w| lead.rfind(w))
        .max()
        .is_some_and(|i| !lead[i..].contains([',', ';', '\u{2014}']))
}

/// Where the verbs that open a denied charge stand ("denied", "rejected", "dismissed"), in
/// order; `starts` are the text's word starts. Read once per article (see
/// `in_denied_charge`).
pub(super) fn denials(text: &str, starts: &[usize]) -> Vec<usize> {
    starts
        .iter()
        .copied()
        // (Every word passes here: the first letter rules out nearly all.)
        .filter(|&s| matches!(text.as_bytes()[s], b'd' | b'r'))
        .filter(|&s| {
            let rest = &text[s..];
            ["denied", "rejected", "dismissed"]
                .iter()
                .any(|v| rest.starts_with(v))
        })
        .collect()
}

/// Whether the cue is the denial of a charge itself ("rejected the charge that …", "dismissed
/// suggestions that …"): a verdict on an accusation, no stance on the topic it names.
fn denies_a_charge(text: &str, cue: &CueHit) -> bool {
    let verb = cue.cue.split_whitespace().last().unwrap_or("");
    if ![
        "rejected",
        "rejects",
        "denied",
        "denies",
        "dismissed",
        "dismisses",
    ]
    .iter()
    .any(|v| v.eq_ignore_ascii_case(verb))
    {
        return false;
    }
    // (Only the few words after the cue are read: the longest charge is under 30 bytes.)
    let after = text[cue.end..].trim_start();
    let after = &after[..floor_char_boundary(after, after.len().min(40))];
    let after = after.to_lowercase();
    DENIED_CHARGES
        .iter()
        .filter_map(|c| c.split_once(' ').map(|(_, rest)| rest))
        .any(|rest| after.starts_with(rest))
}

/// Whether `pos` stands in an indirect question ("did not say whether …", "Asked whether …")
/// outside quotations, or in a scare quote of a few words inside one ("Asked whether the path
/// was still \"irreversible\", …": the reporter's word too). `quote` is the quotation holding
/// `pos`, if any.
fn in_indirect_question(
    doc: &Doc<'_>,
    sentence_start: usize,
    pos: usize,
    quote: Option<usize>,
) -> bool {
    let scare_quote = quote.is_none_or(|qi| {
        let q = &doc.quotes[qi];
        doc.text[q.start..q.end].split_whitespace().count() <= 4
    });
    let lead = doc.text[sentence_start..pos].to_lowercase();
    // ("Asked about sending soldiers to Ukraine, the minister said …": what the reporter asked
    // about is no stance either.)
    scare_quote
        && ["whether ", "asked about ", "asked if "]
            .iter()
            .filter_map(|w| lead.rfind(w))
            .max()
            .is_some_and(|i| !lead[i..].contains([',', ';', '\u{2014}']))
}
