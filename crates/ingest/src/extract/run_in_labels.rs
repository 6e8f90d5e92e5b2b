//! Words before a colon that are not a speaker's label: the run-in headings and field names of
//! fact sheets and briefings ("PEACE THROUGH STRENGTH:", "FACT:"), and a broadcast's narrators
//! ("NEWSREADER:"). Not here: reading the labels of a transcript (see `speakers`).

/// A run-in heading written in capitals before a colon rather than a speaker's label: a field
/// of a myth-and-fact sheet or a briefing ("FACT", "BACKGROUND"), or three words or more that a
/// name or title never has: a preposition ("PEACE THROUGH STRENGTH", "AMERICA FIRST IN
/// RECONSTRUCTION") or a first word in -ING ("BRINGING THE PARTIES TOGETHER"). "OF", "THE",
/// "FOR" and "AND" stay possible: titles have them ("MINISTER FOR EUROPE AND FOREIGN AFFAIRS").
pub(super) fn is_run_in_heading(label: &str) -> bool {
    if label.chars().any(char::is_lowercase) {
        return false;
    }
    if FIELD_LABELS.contains(&label) {
        return true;
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    words.len() >= 3
        && (words[0].len() > 5 && words[0].ends_with("ING")
            || words.iter().any(|w| HEADING_PREPOSITIONS.contains(w)))
}

/// Field names that head a paragraph of a fact sheet, a fact-check or a briefing note.
const FIELD_LABELS: &[&str] = &[
    "FACT",
    "FACTS",
    "MYTH",
    "CLAIM",
    "VERDICT",
    "NOTE",
    "UPDATE",
    "BACKGROUND",
    "CONTEXT",
    "SUMMARY",
    "KEY POINTS",
    "BOTTOM LINE",
    "WHY IT MATTERS",
];

/// Prepositions a heading has and a speaker's name or title does not.
const HEADING_PREPOSITIONS: &[&str] = &[
    "IN", "ON", "TO", "WITH", "AT", "BY", "FROM", "THROUGH", "INTO", "OVER", "AGAINST", "AFTER",
];

/// Labels of a broadcast's narrators: their turns are narration that reports others.
const NARRATORS: &[&str] = &[
    "NEWSREADER",
    "CORRESPONDENT",
    "PRESENTER",
    "ANCHOR",
    "NARRATOR",
    "ANNOUNCER",
    "VOICEOVER",
    "EDITOR",
    "REPORTER",
    "VO",
    "V/O",
    "VOICE-OVER",
];

/// A broadcast script's narrator label, alone or with a production note in brackets ("VO
/// (pictures: Andrews air base):", "REPORTER (live):").
pub(super) fn is_narrator_label(label: &str) -> bool {
    let first = label.split([' ', '(']).next().unwrap_or_default();
    let rest = label[first.len()..].trim_start();
    NARRATORS.contains(&first) && (rest.is_empty() || rest.starts_with('('))
}
