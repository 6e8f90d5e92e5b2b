//! Attributions without a verb, as round-ups, briefs and live blogs print them: a lead before a
//! colon that names who speaks ("Kallas on guarantees: …", "Rutte in Kyiv, three days into the
//! job: …", "Ottawa's position, as restated by Foreign Minister Mélanie Joly: …", "The message
//! from Moscow: …"). The paragraph after the colon is that speaker's turn.
//! Not here: transcript labels of names alone ("PUTIN:", see `speakers`) and bullets led by a
//! bold name (see `signatures`).

use super::mentions::MentionKind;
use super::Doc;

/// The furthest a lead's colon may stand from the start of its paragraph, in bytes.
const LEAD_REACH: usize = 220;

/// The speaker a paragraph's verbless lead names and the colon's offset in the paragraph, if
/// it opens with one. The lead (after an optional list marker) holds no sentence stop, no
/// quotation mark and no time ("17:48"), has two words or more, and names a person or a
/// title (wherever they stand: "per Foreign Minister …", "in Kuleba's words") or an actor as
/// the lead's own subject or possessor ("Berlin's view", "For London", "The message from
/// Moscow"); an actor after "in" or "at" is a place ("In Brussels on Tuesday:"). A group, an
/// outlet or a former official first in the lead ("Analysts on the summit:", "The Times on
/// Sunday:") makes it no attribution.
pub(super) fn verbless_lead(doc: &Doc<'_>, ps: usize, pe: usize) -> Option<(usize, usize)> {
    let para = &doc.text[ps..pe];
    let body = para.trim_start();
    let body = ["- ", "* ", "\u{2022} "]
        .iter()
        .find_map(|m| body.strip_prefix(m))
        .unwrap_or(body);
    let lead_start = ps + (para.len() - body.len());
    let window = &body[..super::words::floor_char_boundary(body, body.len().min(LEAD_REACH))];
    let colon = window.find(": ")?;
    let lead = &window[..colon];
    if lead.split_whitespace().count() < 2
        || lead.contains([
            '.', '?', '!', ';', '"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}',
        ])
        || lead.ends_with(|c: char| c.is_ascii_digit())
        || !verbless(lead)
    {
        return None;
    }
    let (from, to) = (lead_start, lead_start + colon);
    // "Ottawa's position, as restated by Foreign Minister Mélanie Joly": a speech verb only as
    // a participle after "as" or before "by"; "The Chinese readout said: …" is a clause whose
    // verb attributes the words.
    let clause_verb = doc.verbs.iter().any(|v| {
        v.start >= from && v.end <= to && !v.in_quote && {
            let before = doc.text[from..v.start].split_whitespace().last();
            let after = doc.text[v.end..to].split_whitespace().next();
            !(before.is_some_and(|w| matches!(w, "as" | "when" | "asked"))
                || after.is_some_and(|w| w == "by"))
        }
    });
    if clause_verb {
        return None;
    }
    let first = doc.mentions.partition_point(|m| m.start < from);
    let in_lead = (first..doc.mentions.len()).take_while(|&j| doc.mentions[j].end <= to);
    let mut actor = None;
    for j in in_lead {
        let m = &doc.mentions[j];
        if m.in_quote {
            return None;
        }
        match m.kind {
            MentionKind::Blocker | MentionKind::Outlet => return None,
            MentionKind::Person(_) | MentionKind::Title { actor: Some(_), .. } => {
                return Some((j, colon + (lead_start - ps)));
            }
            MentionKind::Actor(_) if actor.is_none() && !a_place(doc.text, from, m.start) => {
                actor = Some(j);
            }
            _ => {}
        }
    }
    actor.map(|j| (j, colon + (lead_start - ps)))
}

/// Whether the actor named at `at` stands after "in" or "at" (a place), reading back from the
/// lead's start `from`.
fn a_place(text: &str, from: usize, at: usize) -> bool {
    text[from..at]
        .split_whitespace()
        .last()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "in" | "at"))
}

/// Whether a lead reads as a noun phrase with its asides, not a clause: no personal pronoun
/// ("we still do"), no relative clause (", who rejected …", " that "), and no auxiliary or
/// copula ("The session was chaired by …") outside an embedded question ("Lammy's answer when
/// asked whether Britain would seize the assets"). A dateline in capitals before a dash
/// ("PRAGUE - In brief") is no lead either.
fn verbless(lead: &str) -> bool {
    if lead.contains(" - ") || lead.contains(" \u{2013} ") {
        return false;
    }
    let mut question = false;
    for word in lead.split_whitespace() {
        let w = word
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
            .to_lowercase();
        match w.as_str() {
            "whether" | "if" => question = true,
            "i" | "we" | "he" | "she" | "they" | "it" | "who" | "whose" | "which" | "that" => {
                return false
            }
            "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would" | "did"
            | "does" | "do" | "can" | "could" | "should" | "must" | "may" | "might"
                if !question =>
            {
                return false
            }
            _ => {}
        }
    }
    true
}
