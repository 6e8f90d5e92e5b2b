//! The subject a clause opens with, when a cue is one of its later verbs ("Reznikov, Ukraine's
//! defence minister, thanked partners and asked for more air defence"), and the subject that
//! a manner of speaking introduces ("the minister was firm: …"). Not here: the subject of a
//! speech verb ([`super::subjects`]) or the clause around a cue ([`super::clauses`]).

use super::quotes::is_scare_quote;
use super::subjects::{clause_opener, subject_before};
use super::words::words_before;
use super::Doc;

/// Words that open a clause of their own between a subject and a later verb: the verb after
/// them has another subject or states a condition, a time or a reason.
const SUBORDINATORS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "if", "when", "because", "after", "while", "whether",
    "where", "as", "since", "unless", "until", "before", "once", "though", "although", "than",
];

/// Prepositions after which a verb form is an object, not a verb of the subject ("accused the
/// West of arming Ukraine", "talked about sending troops").
const OBJECT_PREPOSITIONS: &[&str] = &[
    "of", "for", "about", "against", "by", "in", "on", "with", "from", "at", "without", "over",
    "into", "like",
];

/// The subject a clause opens with, when the cue at `pos` is one of that subject's verbs: the
/// first mention after `floor` (a fronted adjunct such as "The same day," may come before it),
/// with no subordinate clause, quotation or semicolon between it and the cue, and the cue not
/// the object of a preposition. At most 16 words apart.
pub(super) fn clause_subject(doc: &Doc<'_>, pos: usize, floor: usize) -> Option<usize> {
    let text = doc.text;
    let j = clause_opener(text, &doc.mentions, floor, pos, false)?;
    let m = &doc.mentions[j];
    let lead = text[floor..m.start].trim();
    let lead_words = lead.split_whitespace().count();
    // A short adverbial may open the clause before its subject: "In Kyiv, …", "On Wednesday
    // Zelensky addressed Congress by video, … asking lawmakers for aircraft".
    let adverbial = lead_words <= 4
        && lead.split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "On" | "Later" | "Earlier" | "Yesterday" | "Today" | "Then" | "Meanwhile"
            )
        });
    // So may a wire dateline: "KYIV, June 10 (Reuters) - Ukraine's President …".
    let dateline = lead_words <= 8 && lead.ends_with(['-', '\u{2014}', '\u{2013}']);
    let short_aside = lead.ends_with(',') && lead_words <= 6;
    // And a one-word label of a list of clips or captions, after its time code: "[27:15]
    // Clip: Scholz at the news conference, ruling out the delivery of Taurus missiles."
    let unstamped = match lead.strip_prefix('[').and_then(|l| l.split_once(']')) {
        Some((_, rest)) => rest.trim_start(),
        None => lead,
    };
    // (Also a broadcast script's label with its place: "REPORTER (Kyiv): Ukraine's defence
    // minister, Mykhailo Fedorov, used a briefing … to ask allies to finance …".)
    let label = unstamped.ends_with(':')
        && match unstamped.split_once(" (") {
            Some((role, place)) => {
                role.chars().all(|c| c.is_uppercase() || c == ' ')
                    && place.ends_with("):")
                    && !place.contains(' ')
            }
            None => unstamped.split_whitespace().count() == 1,
        };
    // Or the subject's country as a possessive: "Ukraine's Dmytro Kuleba, who attended as a
    // guest, asked …".
    let possessive = lead_words == 1 && (lead.ends_with("'s") || lead.ends_with("\u{2019}s"));
    let lead_allowed =
        lead_words == 0 || short_aside || adverbial || dateline || label || possessive;
    if !lead_allowed {
        return None;
    }
    let gap = &text[m.end..pos];
    // "Zelensky, who flew in on a French government plane, asked …", "Zelensky, standing
    // beside him, thanked …": a clause set off by commas right after the subject is an aside;
    // the verb after it is the subject's own.
    // (Also when the cue stands a few words into the verb's clause: "Ukraine's Dmytro Kuleba,
    // who attended as a guest, asked the EU ministers on Monday to agree the oil embargo".)
    let gap = match (gap.strip_prefix(", "), gap.trim_end().rfind(',')) {
        (Some(_), Some(close)) if close > 0 && gap[close + 1..].split_whitespace().count() <= 8 => {
            &gap[close + 1..]
        }
        _ => gap,
    };
    // (A scare quote in the gap is a name: "presented his \"victory plan\" to parliament,
    // asking for …".)
    let quoted = doc
        .quotes
        .iter()
        .any(|q| q.start < pos && q.end > m.end && !is_scare_quote(text, q));
    if gap.contains([';', ':', '(', ')'])
        || (quoted && gap.contains(['"', '\u{201c}', '\u{201d}']))
        || gap.split_whitespace().count() > 16
    {
        return None;
    }
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    if gap
        .split_whitespace()
        .any(|w| SUBORDINATORS.contains(&bare(w).as_str()))
    {
        return None;
    }
    if words_before(text, pos, 1, true)
        .first()
        .is_some_and(|w| OBJECT_PREPOSITIONS.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    Some(j)
}

/// The subject of "X was blunt:", "X was equally direct:", "X was firm:" when the cue stands
/// after that colon in the same sentence: the manner of speaking introduces what X said.
pub(super) fn manner_colon_subject(
    doc: &Doc<'_>,
    sentence_start: usize,
    cue_start: usize,
) -> Option<usize> {
    const MANNERS: &[&str] = &[
        "blunt",
        "firm",
        "direct",
        "clear",
        "categorical",
        "emphatic",
        "explicit",
        "unequivocal",
        "unambiguous",
        "adamant",
    ];
    let colon = sentence_start + doc.text[sentence_start..cue_start].rfind(':')?;
    let before = words_before(doc.text, colon, 3, true);
    let manner = before.first()?.to_lowercase();
    if !MANNERS.contains(&manner.as_str()) {
        return None;
    }
    // "was blunt", "was equally blunt", "were just as firm".
    let be_at = before[1..]
        .iter()
        .position(|w| matches!(w.to_lowercase().as_str(), "was" | "were" | "is" | "are"))?;
    let be = before[1 + be_at];
    let be_start = be.as_ptr() as usize - doc.text.as_ptr() as usize;
    let m = subject_before(
        doc.text,
        &doc.mentions,
        &doc.quotes,
        be_start,
        sentence_start,
        false,
    )?;
    // The subject stands right before the verb ("the minister was firm").
    (doc.text[doc.mentions[m].end..be_start].trim().is_empty()).then_some(m)
}
