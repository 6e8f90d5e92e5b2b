//! Past-perfect clauses: a date in a clause in the past perfect ("Britain had already
//! sanctioned both companies on 15 October") is the story's background. It dates its own
//! clause, not the statements after it. Not here: choosing a statement's day (see
//! `statement_dates`).

use super::dates::DateHit;
use super::Doc;

/// Whether the clause of the date at `pos` is in the past perfect before it ("Britain had
/// already sanctioned both companies on 15 October"): the story's background, which dates its
/// own clause but not the statements after it.
pub(super) fn after_pluperfect(doc: &Doc<'_>, pos: usize) -> bool {
    let own = doc.sentences.partition_point(|x| x.end <= pos);
    let Some(sentence) = doc.sentences.get(own) else {
        return false;
    };
    let before = &doc.text[sentence.start..pos];
    let clause = before
        .rfind([',', ';', ':'])
        .map_or(before, |i| &before[i + 1..]);
    // "had hoped to send a signal when he hosted the leaders on Monday": the "when" clause is
    // in the simple past, the story's own time.
    let clause = clause.rfind(" when ").map_or(clause, |i| &clause[i..]);
    // (Most clauses have no "had": no word list for them.)
    if !clause.contains("had") && !clause.contains("Had") {
        return false;
    }
    let words: Vec<&str> = clause.split_whitespace().collect();
    (0..words.len()).any(|i| had_participle_at(&words, i))
}

/// Whether `words[i]` is "had" before a past participle (within two words: "had already
/// sent").
fn had_participle_at(words: &[&str], i: usize) -> bool {
    words[i].eq_ignore_ascii_case("had")
        && words[i + 1..].iter().take(2).any(|p| {
            let p = p.to_ascii_lowercase();
            p.len() > 3 && (p.ends_with("ed") || p.ends_with("en"))
                || IRREGULAR_PARTICIPLES.contains(&&*p)
        })
}

/// Whether the date `d` opens its sentence before a clause in the past perfect ("On
/// Thursday, Polish Prime Minister Mateusz Morawiecki had told a news channel …"): a flashback
/// that dates its own sentence but leaves the story on its day for the paragraphs after it.
pub(super) fn fronts_a_pluperfect_clause(doc: &Doc<'_>, d: &DateHit) -> bool {
    let own = doc.sentences.partition_point(|x| x.end <= d.start);
    let Some(sentence) = doc.sentences.get(own) else {
        return false;
    };
    // Only a fronted adverbial: "On Thursday, …", "Late on Thursday, …".
    let lead = doc.text[sentence.start..d.start].trim_matches(|c: char| !c.is_alphanumeric());
    if lead.split_whitespace().count() > 2 || !doc.text[d.end..].starts_with(',') {
        return false;
    }
    // The main clause's verb comes first: "had" among its first words, before any clause
    // break ("On Thursday, Macron said Russia had …" is in the simple past).
    let rest = &doc.text[d.end + 1..sentence.end];
    let clause = rest.find([',', ';', ':']).map_or(rest, |i| &rest[..i]);
    let words: Vec<&str> = clause.split_whitespace().take(9).collect();
    (0..words.len()).any(|i| had_participle_at(&words, i))
        && !words
            .iter()
            .take_while(|w| !w.eq_ignore_ascii_case("had"))
            .any(|w| matches!(*w, "said" | "told" | "says" | "announced" | "warned"))
}

/// Past participles that end in neither "-ed" nor "-en": "had left a little more room on
/// Monday" steps back as "had announced on Monday" does.
const IRREGULAR_PARTICIPLES: [&str; 30] = [
    "said", "told", "sent", "made", "held", "met", "left", "put", "set", "kept", "brought",
    "thought", "won", "lost", "paid", "laid", "led", "struck", "stood", "sought", "spent",
    "taught", "bought", "built", "found", "heard", "done", "gone", "begun", "become",
];
