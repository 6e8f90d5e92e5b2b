//! The topic of an article's headline: the discourse topic of the whole piece, which a
//! stance with no topic of its own near it may take.
//!
//! Not here: topic terms in the text ([`super::topic`]).

use crate::knowledge::{Knowledge, TermKind};

use super::topic::TopicHit;
use super::words::{fold, words_before};

/// The topic of a headline: its first topic term that is not excluded ("Scholz, allies reject
/// sending troops to Ukraine"), by the word before it or a phrase of the title ("missile strikes
/// on Ukraine" are Russia's). Context words are not required: a headline is short.
pub(crate) fn headline_topic(k: &Knowledge, title: &str) -> Option<TopicHit> {
    let lower = title.to_lowercase();
    let usable: Vec<TopicHit> = k
        .automata()
        .terms
        .find(title)
        .iter()
        .filter_map(|hit| headline_term(k, title, hit))
        .filter(|t| {
            !k.topics[t.topic]
                .exclude_in_sentence
                .iter()
                .any(|p| lower.contains(p.as_str()))
        })
        .collect();
    let first = *usable.first()?;
    // The narrower topic wins here too ("Ukraine may use British arms to strike Russia" is
    // about long-range strikes).
    let narrower = usable.iter().find(|t| {
        k.topics[t.topic]
            .subsumes
            .iter()
            .any(|b| *b == k.topics[first.topic].id.as_str())
    });
    Some(*narrower.unwrap_or(&first))
}

/// The first paragraph of a text when it reads as a headline: one short line (at most sixteen
/// words) that does not end a sentence with a full stop ("Where do the allies stand on F-16s
/// for Ukraine?", "Frozen Russian assets: who wants what").
pub(crate) fn headline_line(paragraph: &str) -> Option<&str> {
    let line = paragraph.trim().trim_matches(['*', '#', '_', ' ']);
    let words = line.split_whitespace().count();
    (!line.is_empty() && !line.contains('\n') && words <= 16 && !line.ends_with(['.', ':']))
        .then_some(line)
}

/// A title's topic term, if it is not excluded by the word before it.
fn headline_term(
    k: &Knowledge,
    title: &str,
    hit: &crate::knowledge::lexicon::Hit,
) -> Option<TopicHit> {
    k.automata()
        .terms
        .targets(hit, title)
        .find_map(|&(topic, kind)| {
            let usable = matches!(
                kind,
                TermKind::Term | TermKind::Inverse | TermKind::Standalone
            ) && !words_before(title, hit.start, 1, false)
                .first()
                .is_some_and(|w| {
                    let w = fold(w);
                    k.topics[topic].exclude_before.iter().any(|e| *e == w)
                });
            usable.then_some(TopicHit {
                start: 0,
                end: 0,
                topic,
                inverse: false,
                sentence: 0,
            })
        })
}
