//! Who is the subject of a speech verb or a clause: the nearest mention before the verb that
//! can be one (not a place or object after a preposition, not a possessor, not across a
//! quotation), the name in apposition to a head that names nobody, the clause's opener for a
//! participle or a coordinated verb, the agent of a passive ("was urged by Mark Rutte"), or the
//! mention right after the verb ("said Scholz").
//!
//! Not here: resolving a mention to an actor, or which verb governs a cue (see `attribution`
//! and `clauses`).

use super::attribution::Verb;
use super::coordination::coordinated_subjects;
use super::mentions::{is_dateline, Mention, MentionKind};
use super::passives::speech_verb_agent;
use super::quotes::Quote;
use super::words::words_before;

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
    if let Some(m) = speech_verb_agent(text, mentions, verb, sentence.1) {
        return Some(m);
    }
    // "Russia will respond to new EU sanctions, says Peskov": right after a comma the verb is
    // inverted, and the name after it is its subject, not a name in the clause before.
    // (Only when the name ends the sentence or its clause: "Sybiha, told the Council on
    // Friday that …" and "Le Pen, whose party leads, said France \"has …\"" are not inverted.)
    if text[sentence.0..verb.start].trim_end().ends_with(',') {
        if let Some(m) = subject_after(text, mentions, verb.end, sentence.1) {
            let rest = text[mentions[m].end..sentence.1].trim_start();
            if rest.is_empty() || rest.starts_with(['.', ';', ',']) {
                return Some(m);
            }
        }
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

pub(crate) fn subject_before(
    text: &str,
    mentions: &[Mention],
    quotes: &[Quote],
    pos: usize,
    floor: usize,
    in_quote: bool,
) -> Option<usize> {
    let i = mentions.partition_point(|m| m.end <= pos);
    // "Grant Shapps, who said Britain would lead …", "Stoltenberg, who once again declared
    // that …": the relative pronoun's antecedent, the name right before ", who", speaks.
    if let Some(j) = relative_antecedent(text, mentions, i, pos, floor) {
        return Some(j);
    }
    // "Putin went further in Vladivostok, saying …": before a participle the comma closes the
    // main clause, not an appositive.
    let participle = text[pos..]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
    // Its subject is the one the clause opens with ("Zelensky addressed Congress by video,
    // asking for aircraft"), not the nearest name.
    // So is a verb's coordinated with the clause's first ("Zakharova said … \"banditry\" and
    // promised retaliation", "said he would lift his reservation only if the EU addressed
    // energy prices, but said he was not against sanctions").
    let coordinated = words_before(text, pos, 1, true)
        .first()
        .is_some_and(|w| *w == "and" || *w == "but");
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
        // "Pope Leo XIV, who received Zelensky on Wednesday, repeated …": a name inside a
        // relative clause is its object or its own subject, never the main verb's. The subject
        // is the head before the clause, or nobody the gazetteer knows.
        let relative = text[open + 1..close]
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "who" | "which" | "whose" | "whom"));
        if relative {
            return mentions[..i]
                .iter()
                .rposition(|m| m.start >= floor && m.end <= open && !m.oblique && !m.in_quote);
        }
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
    // An oblique mention right before the verb can still be its subject:
    // - "The foreign ministers of Hungary and Slovakia said": the last member of a group's list
    //   stands for the list (see `coordinated_subjects`);
    // - "Rubio said both sides had agreed, and Sergey Lavrov said …": a name after "and" opens a
    //   new clause ("and" marks it oblique otherwise, so that only the first conjunct of "France
    //   and Germany" speaks for the pair), also after a sentence's opening "And" ("And Sikorski
    //   told me on Friday that …").
    if let Some(j) = i.checked_sub(1) {
        let m = &mentions[j];
        let right_before = m.start >= floor
            && m.oblique
            && m.in_quote == in_quote
            && text[m.end..pos].trim().is_empty();
        let after_and = || {
            words_before(text, m.start, 1, true)
                .first()
                .is_some_and(|w| w.eq_ignore_ascii_case("and"))
                && matches!(m.kind, MentionKind::Person(_) | MentionKind::Title { .. })
        };
        if right_before && (!coordinated_subjects(text, mentions, j).is_empty() || after_and()) {
            return Some(j);
        }
    }
    // (Found once: the mentions before it are all past such a clause.)
    let unknown_speaker_clause = text
        .get(floor..pos)
        .and_then(last_clause_with_unknown_speaker)
        .map(|at| floor + at);
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
        // "Orbán's office did not comment, and a Fidesz spokesman said …": a later clause with
        // a subject of its own that the gazetteer does not know has no known subject.
        if unknown_speaker_clause.is_some_and(|at| m.end <= at) {
            return None;
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
        // ("And Kaja Kallas, the EU's foreign policy chief, said …": a sentence's opening
        // "And" makes no object of the name after it, even with an appositive between.)
        let opens_with_and = || {
            words_before(text, m.start, 1, true)
                .first()
                .is_some_and(|w| *w == "And" || *w == "But")
                && matches!(m.kind, MentionKind::Person(_) | MentionKind::Title { .. })
        };
        if (m.oblique && !opens_with_and()) || matches!(m.kind, MentionKind::Outlet) {
            continue;
        }
        return Some(j);
    }
    None
}

/// Where the last clause of `lead` (from the clause floor to a verb) that opens with an
/// indefinite speaker begins: ", and a party spokesman", ", but one official".
fn last_clause_with_unknown_speaker(lead: &str) -> Option<usize> {
    [
        ", and a ",
        ", and an ",
        ", but a ",
        ", but an ",
        ", and one ",
        ", but one ",
    ]
    .iter()
    .flat_map(|c| lead.match_indices(c).map(move |(at, _)| (at, at + c.len())))
    .filter(|&(_, clause)| {
        lead[clause..].split_whitespace().take(4).any(|w| {
            matches!(
                w.trim_end_matches([',', '.']),
                "spokesman" | "spokeswoman" | "spokesperson" | "official" | "source" | "aide"
            )
        })
    })
    .map(|(at, _)| at)
    .max()
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

/// The comma pair of an appositive or relative clause that ends right before `pos`
/// ("Rutte, a candidate to lead NATO, told"): byte positions of the opening and closing comma.
/// `None` when the text before `pos` does not end with a comma, or no opening comma is found.
fn appositive_before(text: &str, floor: usize, pos: usize) -> Option<(usize, usize)> {
    let lead = text.get(floor..pos)?;
    // (The closing comma may stand inside a quotation that ends the aside, American style:
    // "Lindner, who called Schäuble his \"most demanding predecessor,\" said".)
    let trimmed = lead.trim_end();
    let trimmed = trimmed
        .strip_suffix(['"', '\u{201d}'])
        .filter(|t| t.ends_with(','))
        .unwrap_or(trimmed);
    let close = floor + trimmed.strip_suffix(',')?.len();
    let open = floor + text[floor..close].rfind(',')?;
    // An opening comma right at the start of the clause has no head before it.
    text[floor..open]
        .trim()
        .is_empty()
        .then_some(())
        .map_or(Some((open, close)), |_| None)
}

pub(crate) fn subject_after(
    text: &str,
    mentions: &[Mention],
    pos: usize,
    ceiling: usize,
) -> Option<usize> {
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
    // Up to three capitalised words of a title the gazetteer does not list may stand there
    // too: "said Federal Minister Lambrecht".
    let mut title_words = 0;
    let ok = gap.split_whitespace().all(|w| {
        if w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-') {
            title_words += 1;
            if title_words <= 3 {
                return true;
            }
        }
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
    // (Up to the sentence's end: a headline or alert ends without a full stop, and the next
    // paragraph is not part of this clause.)
    let rest = text[m.end..ceiling.max(m.end)].trim_start();
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
    // "urged Germany to send tanks": after a verb that asks someone to act (one of the
    // `prepositions` of cues.toml, which make the name after them an object), the name before
    // "to" is who is asked, not an inverted speaker ("said Scholz to reporters").
    let asked = next == "to" && m.oblique;
    // A blocker after the verb ("said analysts") is still the subject: it blocks.
    (ok && inverted && !asked && !matches!(m.kind, MentionKind::Outlet)).then_some(i)
}

/// The mention right before ", who" when the verb at `pos` follows that "who" (with at most
/// two adverbs between: "who once again declared").
fn relative_antecedent(
    text: &str,
    mentions: &[Mention],
    i: usize,
    pos: usize,
    floor: usize,
) -> Option<usize> {
    // (Cheap test first: this runs for every subject looked for.)
    let head = &text[floor..pos];
    // "Andrzej Duda, who thanked him for the troops and said Poland would …": a second verb of
    // the relative clause has the same subject as its first.
    if head.trim_end().ends_with(" and") {
        let open = head.rfind(", who ")?;
        if head[open + 2..].contains([',', ';', '\u{2014}']) {
            return None;
        }
        let who_at = floor + open;
        let j = mentions[..i].iter().rposition(|m| m.end <= who_at)?;
        let m = &mentions[j];
        return (m.start >= floor
            && !m.in_quote
            && m.end == who_at
            && matches!(m.kind, MentionKind::Person(_) | MentionKind::Title { .. }))
        .then_some(j);
    }
    let near =
        &head[crate::extract::words::floor_char_boundary(head, head.len().saturating_sub(24))..];
    if !near.contains("who ") {
        return None;
    }
    let before = words_before(text, pos, 3, true);
    let who = before.iter().position(|w| *w == "who")?;
    if !before[..who].iter().all(|w| {
        matches!(
            *w,
            "also" | "once" | "again" | "later" | "then" | "had" | "has"
        )
    }) {
        return None;
    }
    let who_start = before[who].as_ptr() as usize - text.as_ptr() as usize;
    let j = i.checked_sub(1)?;
    let m = &mentions[j];
    (m.start >= floor
        && !m.in_quote
        && text[m.end..who_start].trim() == ","
        && matches!(m.kind, MentionKind::Person(_) | MentionKind::Title { .. }))
    .then_some(j)
}
