//! The topics whose context words (topics.toml `context`) occur inside a phrase already matched
//! ("the largest supporter of Ukraine" holds "Ukraine"): one Aho-Corasick scan of the phrase
//! instead of a `str::contains` per context word of every topic, which built a substring
//! searcher each time and cost about a twentieth of all extraction. The answer is the same:
//! anywhere in the phrase, case-sensitive, no word boundaries, a trailing `*` dropped.
//! Not here: what a context word does to the sentence around it (`extract::topic`).

use aho_corasick::{AhoCorasick, MatchKind};
use smallvec::SmallVec;

/// The context words of every topic, searched at once.
#[derive(Debug)]
pub(crate) struct ContextWords {
    /// `None` when no topic has context words.
    automaton: Option<AhoCorasick>,
    /// Per pattern: the topics whose `context` holds it, ascending.
    topics: Vec<Vec<usize>>,
}

impl ContextWords {
    /// From each topic's `context` list, in topic order.
    pub(crate) fn new<'a>(contexts: impl IntoIterator<Item = &'a Vec<String>>) -> Self {
        let mut words: Vec<&str> = Vec::new();
        let mut holders: Vec<Vec<usize>> = Vec::new();
        for (topic, context) in contexts.into_iter().enumerate() {
            for word in context {
                let word = word.trim_end_matches('*');
                let i = match words.iter().position(|w| *w == word) {
                    Some(i) => i,
                    None => {
                        words.push(word);
                        holders.push(Vec::new());
                        words.len() - 1
                    }
                };
                if holders[i].last() != Some(&topic) {
                    holders[i].push(topic);
                }
            }
        }
        let automaton = (!words.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&words)
                .expect("context automaton builds: patterns are plain strings")
        });
        ContextWords {
            automaton,
            topics: holders,
        }
    }

    /// Every topic with a context word inside `phrase`, ascending, each once.
    pub(crate) fn topics_in(&self, phrase: &str) -> SmallVec<[usize; 4]> {
        let mut out: SmallVec<[usize; 4]> = SmallVec::new();
        let Some(automaton) = &self.automaton else {
            return out;
        };
        for m in automaton.find_overlapping_iter(phrase) {
            out.extend_from_slice(&self.topics[m.pattern().as_usize()]);
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topic(context: &[&str]) -> Vec<String> {
        context.iter().map(|c| c.to_string()).collect()
    }

    /// The search this replaces: `str::contains` per context word of every topic.
    fn by_contains(topics: &[Vec<String>], phrase: &str) -> Vec<usize> {
        (0..topics.len())
            .filter(|&i| {
                topics[i]
                    .iter()
                    .any(|c| phrase.contains(c.trim_end_matches('*')))
            })
            .collect()
    }

    #[test]
    fn finds_the_topics_str_contains_finds() {
        let topics = [
            topic(&["Ukraine", "Kyiv", "Zelensky*"]),
            topic(&[]),
            topic(&["Ukraine", "Istanbul", "Russia's borders"]),
            topic(&["kraine"]),
        ];
        let words = ContextWords::new(&topics);
        for phrase in [
            "the largest supporter of Ukraine",
            "arming Ukrainians",
            "talks in Istanbul",
            "Zelenskyy's plan",
            "Russia's borders and Kyiv",
            "ukraine",
            "UKRAINE",
            "air defence",
            "Ukraine-Ukraine",
        ] {
            assert_eq!(
                words.topics_in(phrase).to_vec(),
                by_contains(&topics, phrase),
                "{phrase}"
            );
        }
        assert!(ContextWords::new(&[topic(&[])])
            .topics_in("Ukraine")
            .is_empty());
        // A bare `*` is the empty word, which every phrase contains.
        let topics = [topic(&["Kyiv"]), topic(&["*"])];
        assert_eq!(
            ContextWords::new(&topics).topics_in("air defence").to_vec(),
            by_contains(&topics, "air defence")
        );
    }
}
