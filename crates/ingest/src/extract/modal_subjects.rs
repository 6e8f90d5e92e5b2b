//! Where a cue's topic may stand in its clause: a term right after the cue (for `phrase _`
//! cues), or the subject right before a modal ("the sanctions must be tightened"), and whether
//! the modal's verb undoes that subject ("the sanctions must be lifted"), and the other readings
//! that state a term's inverse: a limit before it ("restrictions on long-range strikes"), a
//! stopping verb between the cue and it ("reject any demand to halt Western deliveries").
//! Not here: choosing among topics (see `cue_topic`), finding terms (see `topic`).

use std::collections::HashSet;

use super::passives::is_be;
use super::stance::CueHit;
use super::topic;
use super::words::{content_words, floor_char_boundary};

/// Whether a topic term starts within three words after a cue (for `phrase _` cues), or, for a
/// modal ("must", "should", "need to"), ends within two words before it as its subject ("the
/// tanks must come", "sanctions must stay").
pub(super) fn topic_follows(topics: &[topic::TopicHit], cue: &CueHit, text: &str) -> bool {
    if is_modal(cue) && topics.iter().any(|t| is_modal_subject(t, cue, text)) {
        return true;
    }
    // "the first Belgian F-16 fighter jets would be handed over to Ukraine": a cue in the
    // passive has its object for subject, before the auxiliaries.
    if let Some(aux) = passive_auxiliaries(cue, text) {
        let probe = CueHit {
            start: aux,
            ..cue.clone()
        };
        if topics.iter().any(|t| is_modal_subject(t, &probe, text)) {
            return true;
        }
    }
    topics.iter().any(|t| {
        // "could not be used on Russian territory": the term ("on Russian territory") may share
        // the cue's last word, or open with the cue ("there can be no talks with someone who
        // …": the cue "no", the term "no talks with").
        // (Only "no" and "forget about" may open their term, "could forget about NATO": a cue
        // opening a longer term of its own, "arming" in "arming Ukraine", is no object.)
        let opens = t.start > cue.start
            || (t.start == cue.start
                && (cue.cue.eq_ignore_ascii_case("no")
                    || cue.cue.eq_ignore_ascii_case("forget about")));
        if opens && t.start < cue.end && t.end > cue.end {
            return true;
        }
        // "Russia was still open to talks, although …": a cue phrase may hold its term whole.
        if t.start >= cue.start && t.end <= cue.end && t.start < t.end {
            return true;
        }
        // (Three content words and a short quotation fit well within this many bytes; the bound
        // keeps the check from scanning the rest of the article for every later term.)
        t.start >= cue.end && t.start - cue.end <= 160 && {
            // Quotation marks may stand between: `"no plans" to supply the missiles`; so may a
            // number's separators ("need at least 200,000 peacekeepers"), and a quotation that
            // opens in the gap keeps its own commas (`working for "new, massive sanctions"`).
            let gap = &text[cue.end..t.start];
            let before_quote = gap.find(['"', '\u{201c}']).map_or(gap, |q| &gap[..q]);
            (!has_clause_punctuation(before_quote) && content_words(gap) <= 3)
                // "Ukraine should get every system that helps it, including long-range
                // missiles": the object's own list names the topic after the comma.
                // ("presented a winter protection package for Ukraine, including additional air
                // defence systems": one more word may qualify the listed term.)
                || gap.rfind(", including ").is_some_and(|i| {
                    !has_clause_punctuation(&gap[..i])
                        && content_words(&gap[i + ", including ".len()..]) <= 1
                })
        }
    })
}

/// Where the auxiliaries of a cue in the passive begin ("would be handed over", "had already
/// been sent"): the cue opens with a participle and a form of "be" stands right before it,
/// after at most a few auxiliaries and adverbs.
fn passive_auxiliaries(cue: &CueHit, text: &str) -> Option<usize> {
    let first = cue.cue.split_whitespace().next()?.to_ascii_lowercase();
    if !(first.ends_with("ed") || matches!(first.as_str(), "sent" | "given" | "made")) {
        return None;
    }
    let words = super::words::words_before(text, cue.start, 4, true);
    let mut start = None;
    let mut passive = false;
    for w in words.iter() {
        if is_be(w) || w.eq_ignore_ascii_case("being") {
            passive = true;
        } else if !matches!(
            w.to_ascii_lowercase().as_str(),
            "would"
                | "will"
                | "could"
                | "had"
                | "has"
                | "have"
                | "already"
                | "also"
                | "now"
                | "soon"
                | "finally"
        ) {
            break;
        }
        start = Some(w.as_ptr() as usize - text.as_ptr() as usize);
    }
    // ("the sanctions that were imposed on it": a relative clause describes its noun.)
    let relative = start.is_some_and(|at| {
        super::words::words_before(text, at, 1, true)
            .first()
            .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "that" | "which"))
    });
    start.filter(|_| passive && !relative)
}

/// Whether `gap` holds a comma, full stop, semicolon or colon outside a number ("200,000",
/// "1.5 billion") and an initialism ("no U.S. troops").
fn has_clause_punctuation(gap: &str) -> bool {
    let b = gap.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        matches!(c, b',' | b'.' | b';' | b':')
            && !(matches!(c, b',' | b'.')
                && i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(u8::is_ascii_digit))
            && !(c == b'.' && ends_initial(&b[..i]))
    })
}

/// Whether `before` ends on a single capital letter standing alone ("U" of "U.S.").
fn ends_initial(before: &[u8]) -> bool {
    match before {
        [.., p, l] => l.is_ascii_uppercase() && !p.is_ascii_alphabetic(),
        [l] => l.is_ascii_uppercase(),
        [] => false,
    }
}

/// A modal or "needed" cue, or one of staying ("would remain"): its subject may be the topic
/// ("sanctions must be tightened", "new sanctions are needed", "sanctions would remain").
pub(super) fn is_modal(cue: &CueHit) -> bool {
    if is_staying(cue) {
        return true;
    }
    let mut words = cue.cue.split_whitespace().map(str::to_lowercase);
    match (words.next().as_deref(), words.next().as_deref()) {
        (Some("must" | "should" | "need" | "needs" | "needed" | "ought"), _) => true,
        // "the restrictions had to be lifted": an obligation like "must".
        (Some("had" | "has" | "have"), Some("to")) => true,
        _ => false,
    }
}

/// "sanctions would remain until Russia withdrew": a cue of staying put, said of the topic as
/// its subject and of nothing else ("companies would remain free to sell arms" is not).
pub(super) fn is_staying(cue: &CueHit) -> bool {
    matches!(
        cue.cue.to_lowercase().as_str(),
        "will remain"
            | "would remain"
            | "will stay"
            | "would stay"
            | "stay until"
            | "remain until"
            | "stay in place until"
            | "remain in place until"
            | "will be kept in place"
            | "would be kept in place"
            | "must be kept in place"
            | "will be maintained"
            | "would be maintained"
    )
}

/// Whether topic term `t` is the subject right before a modal cue: at most two words between
/// ("the sanctions are needed") or a short phrase modifying it ("the assets frozen in London
/// should"), no punctuation but the quotation mark that opens the quoted
/// predicate (`the energy sanctions "must not be extended"`).
pub(super) fn is_modal_subject(t: &topic::TopicHit, cue: &CueHit, text: &str) -> bool {
    t.end <= cue.start && {
        let gap = text[t.end..cue.start].trim_end();
        let gap = gap.strip_suffix(['"', '\u{201c}']).unwrap_or(gap);
        // "Russia's frozen assets, some 300 billion dollars, should become …": an appositive
        // between commas describes the subject.
        let gap = appositive_removed(gap);
        // ("the sanctions on Russian agricultural exports would have to be lifted": the
        // auxiliary before an obligation is the verb's, not the subject's.)
        let gap = ["would", "will", "could", "might", "may"]
            .iter()
            .find_map(|aux| {
                gap.strip_suffix(aux)
                    .filter(|g| g.ends_with(' '))
                    .map(str::trim_end)
            })
            .unwrap_or(gap);
        !gap.contains([',', '.', ';', ':', '"', '\u{201c}', '\u{201d}'])
            && (gap.split_whitespace().count() <= 2 || postmodifies_subject(gap))
    }
}

/// `gap` without a short appositive that fills it between commas (", some 300 billion
/// dollars,"), else `gap` itself.
fn appositive_removed(gap: &str) -> &str {
    match gap
        .strip_prefix(',')
        .and_then(|g| g.trim_end().strip_suffix(','))
    {
        Some(inner)
            if !inner.contains([',', ';', ':', '"', '\u{201c}', '\u{201d}'])
                && (1..=6).contains(&inner.split_whitespace().count()) =>
        {
            ""
        }
        _ => gap,
    }
}

/// Whether the words between a subject and its modal are a short participle or prepositional
/// phrase that modifies the subject ("the Russian assets *immobilised in Europe* should", "the
/// assets *held at Euroclear* must"), not the start of another clause ("sanctions that Germany
/// should", "sanctions and Germany must").
fn postmodifies_subject(gap: &str) -> bool {
    const OPENERS: &[&str] = &[
        "held", "kept", "frozen", "of", "in", "at", "from", "on", "for",
    ];
    const CLAUSE_WORDS: &[&str] = &[
        "that", "which", "who", "whom", "while", "and", "but", "or", "because", "if", "when", "is",
        "are", "was", "were", "has", "have", "had", "said", "says", "say", "he", "she", "they",
        "it", "we", "i", "you",
    ];
    let words: Vec<String> = gap.split_whitespace().map(|w| w.to_lowercase()).collect();
    let Some(first) = words.first() else {
        return false;
    };
    words.len() <= 4
        && (OPENERS.contains(&first.as_str()) || first.ends_with("ed"))
        && !words.iter().any(|w| CLAUSE_WORDS.contains(&w.as_str()))
}

/// Whether the verb a modal cue governs undoes its subject ("must be lifted", "should now be
/// returned", "they must go"), skipping negation, "be" and adverbs.
pub(super) fn predicate_undoes(text: &str, cue: &CueHit, undoing: &HashSet<String>) -> bool {
    const SKIP: &[&str] = &[
        "not",
        "be",
        "now",
        "soon",
        "immediately",
        "finally",
        "also",
        "all",
        "eventually",
        "gradually",
        "simply",
        "completely",
        "fully",
        "urgently",
        "then",
        "quickly",
        "only",
    ];
    let mut tokens = text[cue.end..].split_whitespace();
    // The first word that is no negation, "be" or adverb, and whether punctuation (or the end of
    // the text) follows it.
    let Some((verb, punctuated)) = tokens.find_map(|t| {
        let w = t.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\''));
        let lower = w.to_lowercase();
        (!w.is_empty() && !SKIP.contains(&lower.as_str()))
            .then(|| (lower, !t.ends_with(|c: char| c.is_alphanumeric())))
    }) else {
        return false;
    };
    // "must go" undoes only at the end of its clause: "must go after the shadow fleet" presses.
    let clause_ends = punctuated || tokens.next().is_none();
    undoing.contains(&verb) && (verb != "go" || clause_ends)
}

/// Whether a limit on the term stands right before it ("restrictions on long-range strikes",
/// "limits on the use of"): the noun phrase names the limit, not the proposition.
pub(super) fn limit_precedes(text: &str, term_start: usize) -> bool {
    const LIMITS: [&str; 6] = [
        "restrictions on ",
        "restriction on ",
        "limits on ",
        "limit on ",
        "curbs on ",
        "constraints on ",
    ];
    // (Only the few words before the term are read: the longest limit with "the use of the "
    // is under 40 bytes.)
    let from = floor_char_boundary(text, term_start.saturating_sub(48));
    let before = text[from..term_start].to_lowercase();
    let before = before
        .strip_suffix("the use of ")
        .unwrap_or(&before)
        .trim_end_matches("the ");
    // ("restrictions on Ukraine's use of Western weapons": a user named before the term.)
    let before = before.trim_end();
    let before = before
        .rsplit_once(' ')
        .filter(|(_, user)| user.ends_with("'s") || user.ends_with("\u{2019}s") || *user == "its")
        .map_or(before, |(head, _)| head);
    // ("restrictions on striking targets in Russia": a gerund whose object is the term.)
    let before = before
        .rsplit_once(' ')
        .filter(|(_, gerund)| gerund.len() > 5 && gerund.ends_with("ing"))
        .map_or(before, |(head, _)| head);
    LIMITS.iter().any(|l| before.ends_with(l.trim_end()))
}

/// Whether one of `halts` stands between a cue (ending at `cue_end`) and the topic term after
/// it, in the same clause, at most three words before the term ("reject any demand to halt
/// Western deliveries"). A stopping verb before the cue is the cue's own negation instead.
pub(super) fn halted_between(
    text: &str,
    cue_end: usize,
    topic: &topic::TopicHit,
    halts: &[String],
) -> bool {
    if halts.is_empty() || topic.start <= cue_end {
        return false;
    }
    let between = &text[cue_end..topic.start];
    if between.contains([',', ';', ':', '.', '?', '!']) {
        return false;
    }
    // (Halts are lower-cased when the data is loaded; the text is compared without copying.)
    let words: Vec<&str> = between.split_whitespace().collect();
    halts.iter().any(|h| {
        let n = h.split_whitespace().count();
        (0..(words.len() + 1).saturating_sub(n)).any(|i| {
            h.split_whitespace()
                .zip(&words[i..i + n])
                .all(|(p, w)| w.eq_ignore_ascii_case(p))
                && words.len() - (i + n) <= 3
                // ("has to end at the negotiating table": the verb has no object there.)
                && !words[i + n..].iter().any(|w| {
                    ["at", "in", "on", "with", "through", "by", "into", "from", "up"]
                        .iter()
                        .any(|p| w.eq_ignore_ascii_case(p))
                })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::{has_clause_punctuation, postmodifies_subject};

    #[test]
    fn a_participle_or_prepositional_phrase_may_stand_between_subject_and_modal() {
        assert!(postmodifies_subject(" immobilised in Europe "));
        assert!(postmodifies_subject(" frozen in London "));
        assert!(postmodifies_subject(" held at Euroclear "));
        assert!(postmodifies_subject(" of the central bank "));
        // Another clause, or too long to be a modifier.
        assert!(!postmodifies_subject(" that Germany "));
        assert!(!postmodifies_subject(" and Germany "));
        assert!(!postmodifies_subject(" on Russia, he said, "));
        assert!(!postmodifies_subject(
            " imposed on Russia in the spring of 2022 "
        ));
        assert!(!postmodifies_subject(" Germany "));
    }

    #[test]
    fn separators_inside_numbers_are_no_clause_punctuation() {
        assert!(!has_clause_punctuation(" at least 200,000 "));
        assert!(!has_clause_punctuation(" another 1.5 billion "));
        assert!(has_clause_punctuation(" soon, "));
        assert!(has_clause_punctuation(" 2024. The "));
        assert!(has_clause_punctuation("; "));
    }

    #[test]
    fn the_stops_of_an_initialism_are_no_clause_punctuation() {
        assert!(!has_clause_punctuation(" U.S. "));
        assert!(!has_clause_punctuation(" more U.K. "));
        assert!(has_clause_punctuation(" Kyiv. "));
    }
}
