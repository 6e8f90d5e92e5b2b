//! How near a topic term stands to a cue: the content words between them, the clause
//! boundaries that part them (a contrast, a relative clause, a second predicate), and which of
//! a sentence's terms is the nearest.
//!
//! Not here: which terms count at all, and the topic chosen from them (see `topic`).

use super::topic::TopicHit;
use super::words::content_words;

/// Whether a participle that reports ("…, warning that", "…, saying that") stands between a
/// cue and a term after it.
pub(super) fn reports_past_a_participle(
    text: &str,
    cue: (usize, usize),
    term: (usize, usize),
) -> bool {
    cue.1 <= term.0
        && text[cue.1..term.0].match_indices(", ").any(|(i, _)| {
            let mut words = text[cue.1 + i + 2..term.0].split_whitespace();
            words
                .next()
                .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
                && words.next() == Some("that")
        })
}

/// Content words between two spans (see `words::content_words`), `None` when a clause boundary
/// (`;`, a quotation mark, a contrasting " but ", ", while") separates them.
pub(super) fn words_between(text: &str, a: (usize, usize), b: (usize, usize)) -> Option<usize> {
    let raw_gap = if a.1 <= b.0 {
        &text[a.1..b.0]
    } else if b.1 <= a.0 {
        &text[b.1..a.0]
    } else {
        ""
    };
    // A quotation mark right next to the cue or the term only closes or opens a scare quote
    // around one of them (`had “no plans” to deploy troops`); one inside the gap is a boundary.
    let gap = raw_gap
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\u{201c}' | '\u{201d}'));
    // A scare quote opening inside a short gap ("backed the “tough sanctions”", "ATACMS were
    // “still under consideration”") only marks the reporter quoting a phrase: no boundary.
    let unquoted: String = gap
        .chars()
        .filter(|c| !matches!(c, '"' | '\u{201c}' | '\u{201d}'))
        .collect();
    let quotes: Vec<usize> = gap
        .char_indices()
        .filter(|(_, c)| matches!(c, '"' | '\u{201c}' | '\u{201d}'))
        .map(|(i, _)| i)
        .collect();
    let scare = unquoted.split_whitespace().count() <= 3 && quotes.len() == 1;
    // A short phrase quoted whole inside the gap ("contingents in Ukraine “under any flag” was
    // unacceptable") is the reporter quoting a few words: no boundary either.
    // (Also when the phrase opens the gap, its opening mark trimmed off above: `would not send
    // “a single round” of ammunition` leaves one closing mark.)
    let opened_before = raw_gap
        .trim_start()
        .starts_with(['"', '\u{201c}', '\u{201d}']);
    let phrase = (quotes.len() == 2 && gap[quotes[0]..quotes[1]].split_whitespace().count() <= 4)
        || (opened_before && quotes.len() == 1 && gap[..quotes[0]].split_whitespace().count() <= 4);
    // A quotation opening mid-clause after the cue, the term inside it, completes the
    // reporter's clause ("was willing to continue playing “a constructive role in promoting
    // peace talks”", "ready to work with the Ukrainian side on “a memorandum on a … peace
    // treaty”"): no comma, colon or speech verb sets it apart ("If Putin refused, Merz said,
    // there would be “a massive tightening of sanctions”" is another clause's).
    let completes = a.1 <= b.0
        && quotes.len() == 1
        && !gap[..quotes[0]].contains(',')
        && gap[..quotes[0]].ends_with(|c: char| c.is_alphanumeric() || c == ' ')
        && gap[..quotes[0]]
            .trim_end()
            .ends_with(|c: char| c.is_alphanumeric())
        && gap[quotes[0]..]
            .chars()
            .nth(1)
            .is_some_and(|c| c.is_alphanumeric());
    let gap = if scare || phrase || completes {
        unquoted.as_str()
    } else {
        gap
    };
    let lower = gap.to_lowercase();
    // ("would be nothing but a breathing space": "but" after "nothing" means "only".)
    let contrast_but = lower.match_indices(" but ").any(|(i, _)| {
        !["nothing", "anything", "all", "everything"]
            .iter()
            .any(|w| lower[..i].ends_with(w))
    });
    if gap.contains([';', ':', '"', '\u{201c}', '\u{201d}'])
        || contrast_but
        || lower.contains(", while")
        || lower.contains(", whereas")
        // "the IRIS-T system, which can protect a city against missiles": a relative clause
        // describes its noun; its terms are not what the cue is about.
        // (Before the cue, the noun a ", which" clause hangs on is that clause's object: "a
        // package for drones, which Carney announced".)
        || (lower.contains(", which ") && a.1 <= b.0)
        || lower.contains(", who ")
        // "would not accept a peace dictated by Russia and would keep supporting Ukraine": a
        // second predicate that carries on doing something has its own object. (Only after
        // the cue: "discussing all the options for a presence in Ukraine and would not exclude
        // any of them" looks back.)
        || (a.1 <= b.0
            && (lower.contains(" and would") || lower.contains(" and will"))
            && carries_on_after_and(&text[a.1..b.1].to_lowercase()))
        // "hoped Hungary would stop blocking Ukraine's path to the European Union — a matter of
        // accession, not of weapons": after a dash the writer comments on the clause.
        || (a.1 <= b.0 && gap.contains(" \u{2014} "))
    {
        return None;
    }
    // After the cue (its object) adjuncts and auxiliaries do not count; before it (a subject,
    // or another clause: "making good on a campaign promise") every word does.
    Some(if a.1 <= b.0 {
        content_words(gap)
    } else {
        gap.split_whitespace().count()
    })
}

/// Whether the words after a cue, up to and with a term, hold a second predicate of carrying on
/// ("… and would keep supporting", "and will continue to").
fn carries_on_after_and(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    (0..words.len()).any(|i| {
        words[i] == "and"
            && words
                .get(i + 1)
                .is_some_and(|m| matches!(*m, "would" | "will"))
            && match words.get(i + 2) {
                Some(&"keep" | &"continue") => true,
                Some(&"go" | &"carry") => words.get(i + 3) == Some(&"on"),
                _ => false,
            }
    })
}

/// Words of a sum of money ("a further 400 million Canadian dollars in military aid"): a sum
/// before the cue's object is still the object's, however many words it takes.
const AMOUNT_WORDS: &[&str] = &[
    "million",
    "billion",
    "thousand",
    "hundred",
    "bn",
    "euros",
    "euro",
    "dollars",
    "dollar",
    "pounds",
    "pound",
    "sterling",
    "kroner",
    "kronor",
    "zlotys",
    "zloty",
    "hryvnias",
    "francs",
    "yen",
    "Canadian",
    "Australian",
    "US",
    "worth",
];

/// How many words of `gap` name a sum (see [`AMOUNT_WORDS`]) or hold a figure ("400", "$2bn").
fn amount_words(gap: &str) -> usize {
    gap.split_whitespace()
        .filter(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !w.is_empty()
                && (w.bytes().any(|b| b.is_ascii_digit())
                    || AMOUNT_WORDS.iter().any(|a| w.eq_ignore_ascii_case(a)))
        })
        .count()
}

/// The term nearest a cue: after it before one before it at the same distance, and the cue's own
/// object before a term of a clause coordinated before it.
pub(super) fn nearest<'a>(
    hits: &[&'a TopicHit],
    cue: (usize, usize),
    text: &str,
) -> Option<&'a TopicHit> {
    // "would not take part in financing Ukraine's war and rejected any use of the Russian
    // assets": the verb's own object, right after it, wins over a term that ends a clause
    // coordinated before the cue's own.
    // (Two content words and a sum fit well within 80 bytes; the bound spares reading long
    // gaps.)
    let object = hits.iter().find(|t| {
        t.start >= cue.1
            && t.start - cue.1 <= 80
            && text.get(cue.1..t.start).is_some_and(|gap| {
                !gap.contains([',', ';', ':', '.', '"', '\u{201c}'])
                    && content_words(gap).saturating_sub(amount_words(gap)) <= 2
            })
    });
    hits.iter()
        .min_by_key(|t| {
            if t.start >= cue.1 {
                t.start - cue.1
            } else if cue.0 >= t.end {
                // Terms before the cue are slightly farther than terms after it at equal distance.
                let coordinated = object.is_some()
                    && text
                        .get(t.end..cue.0)
                        .is_some_and(|gap| gap.contains(" and "));
                if coordinated {
                    usize::MAX
                } else {
                    cue.0 - t.end + 1
                }
            } else {
                0
            }
        })
        .copied()
}
