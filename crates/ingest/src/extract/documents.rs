//! A document as the subject that states a position: "China's position paper calls for peace
//! talks", "On Friday China published a twelve-point position paper. It calls for …", "The
//! paper calls for …". The document speaks for whoever owns it: the actor or person named
//! with it in its own noun phrase, else the one who published it in one of the two sentences
//! before. Not here: a document quoted by a speech verb with a named speaker ("the statement
//! said, quoting Peskov"), or the publisher's own page, whose narration is already its voice.

use super::mentions::{Mention, MentionKind};
use super::Doc;

/// Documents that state positions in their own words ("the paper calls for …").
const STATING: [&str; 10] = [
    "paper",
    "declaration",
    "statement",
    "communique",
    "communiqué",
    "conclusions",
    "resolution",
    "document",
    "letter",
    "memorandum",
];

/// Documents that may state a position as a clause's subject ("The plan calls for …") but are
/// as often what is done to or about their owner ("The European Commission's proposal to phase
/// out Russian oil … remained blocked"): they never make a possessor speak.
const ACTED_ON: [&str; 5] = ["plan", "text", "proposal", "decree", "strategy"];

/// Whether `w` names a document of either kind.
fn is_document(w: &str) -> bool {
    is_one_of(&STATING, w) || is_one_of(&ACTED_ON, w)
}

/// Whether a stating document's noun is among the three words from `at` ("'s twelve-point
/// position paper"): the possessor before it owns the document and speaks through it.
pub(super) fn names_a_document(text: &str, at: usize) -> bool {
    // (Every possessive actor name passes here: "Russia's war", "Ukraine's army".)
    text.get(at..).is_some_and(|rest| {
        rest.split_whitespace()
            .take(3)
            .any(|w| is_one_of(&STATING, w.trim_end_matches(|c: char| !c.is_alphanumeric())))
    })
}

/// Whether `w` is one of `nouns`, in any case, without allocating (this runs for every word
/// near a cue that has no speaker).
fn is_one_of(nouns: &[&str], w: &str) -> bool {
    nouns.iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// Where the document nouns of `text` start, in order; `starts` are its word starts. (Read
/// once per article: the owner of a document is looked for at every cue without a speaker.)
pub(super) fn document_nouns(text: &str, starts: &[usize]) -> Vec<usize> {
    starts
        .iter()
        .copied()
        .filter(|&s| {
            // (Every word of every article passes here: most are ruled out by their first
            // letter, which no document noun has.)
            matches!(
                text.as_bytes()[s].to_ascii_lowercase(),
                b'p' | b'd' | b's' | b'c' | b'r' | b't' | b'l' | b'm'
            ) && is_document(
                text[s..]
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or(""),
            )
        })
        .collect()
}

/// The first document noun in `from..to`, if any.
fn document_in(doc: &Doc<'_>, from: usize, to: usize) -> Option<usize> {
    let i = doc.documents.partition_point(|&d| d < from);
    doc.documents.get(i).copied().filter(|&d| d < to)
}

/// The mention that owns the document which is the subject of the clause ending at `upto`
/// in sentence `s` (see the module doc), if any.
pub(super) fn document_owner(doc: &Doc<'_>, s: usize, upto: usize) -> Option<usize> {
    let sentence = doc.sentences.get(s)?;
    let lead = doc.text.get(sentence.start..upto)?;
    // "It calls for …": the sentence opens with the pronoun and its verb.
    let pronoun = lead.starts_with("It ") && lead.split_whitespace().count() <= 3;
    let noun_at = if pronoun {
        None
    } else {
        // (Most cues have no document before them: the list is read before the words.)
        document_in(doc, sentence.start, upto)?;
        Some(subject_document(lead)? + sentence.start)
    };
    if let Some(at) = noun_at {
        // "China's twelve-point position paper": the owner named in the noun phrase.
        if let Some(owner) = owner_before(doc, sentence.start, at) {
            return Some(owner);
        }
    }
    // The document named in one of the two sentences before, with whoever published it.
    (s.saturating_sub(2)..s).rev().find_map(|p| {
        let earlier = doc.sentences[p];
        if doc.sentences[s].paragraph > earlier.paragraph + 1 {
            return None;
        }
        let at = document_in(doc, earlier.start, earlier.end)?;
        let owner = owner_before(doc, earlier.start, at)?;
        published_by(doc, owner, at).then_some(owner)
    })
}

/// Verbs by which an owner puts out a document ("China published a position paper").
const PUBLISHING: [&str; 10] = [
    "published",
    "released",
    "issued",
    "adopted",
    "presented",
    "unveiled",
    "sent",
    "signed",
    "tabled",
    "circulated",
];

/// Whether the mention `owner` owns the document noun at `at` in its own sentence: as its
/// possessor ("China's … paper") or as the subject of a verb of publishing among the four
/// words after it ("China's foreign ministry on Friday published a twelve-point paper"), not
/// as any name before it ("criticism of China in the communique").
fn published_by(doc: &Doc<'_>, owner: usize, at: usize) -> bool {
    let m = &doc.mentions[owner];
    let between = &doc.text[m.end..at];
    let words: Vec<&str> = words_at(between).map(|(_, w)| w).collect();
    let possessor =
        (between.starts_with("'s") || between.starts_with("\u{2019}s")) && words.len() <= 3;
    let publisher = words.len() <= 7 && words.iter().take(4).any(|w| is_one_of(&PUBLISHING, w));
    possessor || publisher
}

/// Where the document noun stands in a clause's lead when the lead is the document's noun
/// phrase: it opens with "The" or a possessive, the noun is at most its fourth word, and at
/// most six words follow it ("The paper calls for", "The summit declaration, adopted on
/// Wednesday, commits"; not "The minister read out the statement and").
fn subject_document(lead: &str) -> Option<usize> {
    let first = lead.split_whitespace().next()?;
    if !(first == "The" || first.ends_with("'s") || first.ends_with("\u{2019}s")) {
        return None;
    }
    // (At most twelve words are read: a longer lead has more than six after the fourth.)
    let words: Vec<(usize, &str)> = words_at(lead).take(12).collect();
    let i = words.iter().position(|(_, w)| is_document(w))?;
    (i <= 3 && words.len() - i - 1 <= 6).then_some(words[i].0)
}

/// The words of `text` with their byte offsets, without punctuation around them.
fn words_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace().map(move |w| {
        let start = w.as_ptr() as usize - text.as_ptr() as usize;
        let lead = w.len() - w.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        (
            start + lead,
            w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}')),
        )
    })
}

/// The last actor, person or actor's title named between `from` and the document noun at
/// `at`, outside quotations: "China's … paper", "China published a … paper".
fn owner_before(doc: &Doc<'_>, from: usize, at: usize) -> Option<usize> {
    let speaks = |m: &Mention| match &m.kind {
        MentionKind::Actor(_) | MentionKind::Person(_) => true,
        MentionKind::Title { actor, .. } => actor.is_some(),
        _ => false,
    };
    doc.mentions
        .iter()
        .rposition(|m| m.start >= from && m.end <= at && !m.in_quote && speaks(m))
}

#[cfg(test)]
mod tests {
    use super::subject_document;

    #[test]
    fn a_document_opens_the_clause_as_its_subject() {
        assert!(subject_document("The paper ").is_some());
        assert!(subject_document("China's twelve-point position paper on the war ").is_some());
        assert!(subject_document("The summit declaration, adopted on Wednesday, ").is_some());
        // A document inside another subject's clause is its object.
        assert!(subject_document("Scholz said the paper ").is_none());
        assert!(
            subject_document("The minister read out the statement to the press and ").is_none()
        );
    }
}
