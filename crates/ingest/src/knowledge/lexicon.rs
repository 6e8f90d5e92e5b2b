//! A phrase matcher built once from a data file's phrases: one Aho-Corasick automaton, ASCII
//! case-insensitive, leftmost-longest, with word boundaries and a case rule checked per hit.
//!
//! Case rule: every letter written in upper case in the phrase must be upper case in the text
//! ("Paris" does not match "paris", "NATO" does not match "nato"), while letters written in lower
//! case match either case (so "the chancellor" matches "The Chancellor"). A phrase ending in `*`
//! matches as a prefix ("sanction*" matches "sanctioned"; "long-ran*" survives a typo).
//! A `'` in a phrase also matches the typographic apostrophe `’`.
//! Not here: what a hit means (the owner of the lexicon keeps a target per phrase).

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};

/// One phrase hit in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index of the phrase group (see [`Lexicon::targets`]).
    pub group: usize,
}

/// Phrases → targets `T`. Phrases equal ignoring ASCII case share one automaton pattern (a
/// group); each target remembers its own spelling, so "May" (a name) and "may" (a modal) can live
/// in one lexicon and the case rule picks between them per hit.
#[derive(Debug)]
pub(crate) struct Lexicon<T> {
    automaton: Option<AhoCorasick>,
    /// Per automaton pattern: its group and whether it is a prefix phrase.
    patterns: Vec<(usize, bool)>,
    /// Per group: (spelling, target).
    groups: Vec<Vec<(String, T)>>,
}

/// Collects phrases before the automaton is built.
pub(crate) struct LexiconBuilder<T> {
    by_needle: HashMap<(String, bool), usize>,
    needles: Vec<(String, bool)>,
    groups: Vec<Vec<(String, T)>>,
}

impl<T> LexiconBuilder<T> {
    pub(crate) fn new() -> Self {
        LexiconBuilder {
            by_needle: HashMap::new(),
            needles: Vec::new(),
            groups: Vec::new(),
        }
    }

    /// Adds a phrase with a target; the same phrase twice adds a second target.
    pub(crate) fn add(&mut self, phrase: &str, target: T) {
        let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
        let (text, prefix) = match phrase.strip_suffix('*') {
            Some(stem) => (stem.trim_end().to_string(), true),
            None => (phrase.clone(), false),
        };
        if text.is_empty() {
            return;
        }
        let key = (text.to_ascii_lowercase(), prefix);
        let group = match self.by_needle.get(&key) {
            Some(g) => *g,
            None => {
                self.groups.push(Vec::new());
                self.needles.push(key.clone());
                self.by_needle.insert(key, self.groups.len() - 1);
                self.groups.len() - 1
            }
        };
        self.groups[group].push((text, target));
    }

    pub(crate) fn build(self) -> Lexicon<T> {
        let mut patterns = Vec::new();
        let mut needles: Vec<String> = Vec::new();
        for (group, (needle, prefix)) in self.needles.iter().enumerate() {
            needles.push(needle.clone());
            patterns.push((group, *prefix));
            if needle.contains('\'') {
                needles.push(needle.replace('\'', "\u{2019}"));
                patterns.push((group, *prefix));
            }
        }
        let automaton = if needles.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&needles)
                    .expect("phrase automaton builds: patterns are plain strings"),
            )
        };
        Lexicon {
            automaton,
            patterns,
            groups: self.groups,
        }
    }
}

impl<T> Lexicon<T> {
    /// The targets of a hit whose spelling passes the case rule against the text found.
    pub(crate) fn targets<'a>(
        &'a self,
        hit: &Hit,
        text: &'a str,
    ) -> impl Iterator<Item = &'a T> + 'a {
        let found = &text[hit.start..hit.end];
        self.groups[hit.group]
            .iter()
            .filter(move |(p, _)| case_ok(p, found))
            .map(|(_, t)| t)
    }

    /// Every hit, left to right, non-overlapping, honouring word boundaries and the case rule.
    pub(crate) fn find(&self, text: &str) -> Vec<Hit> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let Some(m) = automaton.find(Input::new(text).range(at..)) else {
                break;
            };
            let hit = self
                .accept(text, m.start(), m.end(), m.pattern().as_usize())
                .or_else(|| self.shorter_at(automaton, text, m.start(), m.end()));
            match hit {
                Some(hit) => {
                    at = hit.end.max(m.start() + 1);
                    out.push(hit);
                }
                // Nothing usable starts here, nor inside this word (a phrase must start a
                // word): go on after it. (Resuming after the whole failed match instead, as a
                // plain iterator does, skips phrases that start inside it.)
                None => {
                    let first = text[m.start()..].chars().next().map_or(1, char::len_utf8);
                    let rest = &text[m.start() + first..];
                    let word = rest
                        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
                        .unwrap_or(rest.len());
                    at = m.start() + first + word;
                }
            }
        }
        out
    }

    /// The match `[start, end)` as a hit, if it stands on word boundaries and its case fits.
    fn accept(&self, text: &str, start: usize, end: usize, pattern: usize) -> Option<Hit> {
        let bytes = text.as_bytes();
        let (group, prefix) = self.patterns[pattern];
        let mut end_word = end;
        if start > 0 && is_word_byte_before(text, start) {
            return None;
        }
        if prefix {
            while end_word < bytes.len() && bytes[end_word].is_ascii_alphanumeric() {
                end_word += 1;
            }
        } else if end < bytes.len() && is_word_byte_at(text, end) {
            return None;
        }
        let found = &text[start..end];
        if !self.groups[group].iter().any(|(p, _)| case_ok(p, found)) {
            return None;
        }
        Some(Hit {
            start,
            end: end_word,
            group,
        })
    }

    /// The longest usable phrase starting at `start` and ending before `end` ("air defence" when
    /// "air defence system" ended inside "systems"). Leftmost-first semantics make an
    /// unanchored search of `[start, limit)` report a match at `start` whenever one exists.
    fn shorter_at(
        &self,
        automaton: &AhoCorasick,
        text: &str,
        start: usize,
        end: usize,
    ) -> Option<Hit> {
        let mut limit = end.checked_sub(1)?;
        while limit > start {
            let m = automaton.find(Input::new(text).range(start..limit))?;
            if m.start() != start {
                return None;
            }
            if let Some(hit) = self.accept(text, m.start(), m.end(), m.pattern().as_usize()) {
                return Some(hit);
            }
            limit = m.end().checked_sub(1)?;
        }
        None
    }
}

/// Upper-case letters of the phrase must be upper case in the text, except that an acronym of
/// three letters or more may be written as a name ("Nato", "Himars": British house style).
fn case_ok(phrase: &str, found: &str) -> bool {
    // Most phrases are written in lower case: nothing to check (this runs for every hit).
    if !phrase.chars().any(char::is_uppercase) {
        return true;
    }
    // The typographic apostrophe is 3 bytes but one char, so walking chars stays aligned.
    let mut p = phrase.chars().peekable();
    let mut f = found.chars();
    while let Some(pc) = p.next() {
        let Some(fc) = f.next() else {
            return true;
        };
        if !pc.is_uppercase() {
            continue;
        }
        // A run of capitals: all capitals in the text, or (three or more, a whole word in the
        // phrase) a capital and then lower case.
        let mut run = 1;
        let mut all_upper = fc.is_uppercase();
        let mut title = fc.is_uppercase();
        while p.peek().is_some_and(|c| c.is_uppercase()) {
            p.next();
            run += 1;
            let Some(fc) = f.next() else {
                return all_upper;
            };
            all_upper &= fc.is_uppercase();
            title &= fc.is_lowercase();
        }
        let whole_word = !p.peek().is_some_and(|c| c.is_alphabetic());
        if !(all_upper || (run >= 3 && title && whole_word)) {
            return false;
        }
    }
    true
}

fn is_word_byte_before(text: &str, at: usize) -> bool {
    // A hyphen glues: "de-escalation" is not "escalation", "counter-missiles" not "missiles".
    text[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '-')
}

fn is_word_byte_at(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon(phrases: &[&str]) -> Lexicon<usize> {
        let mut b = LexiconBuilder::new();
        for (i, p) in phrases.iter().enumerate() {
            b.add(p, i);
        }
        b.build()
    }

    fn found<'a>(lex: &Lexicon<usize>, text: &'a str) -> Vec<&'a str> {
        lex.find(text)
            .iter()
            .map(|h| &text[h.start..h.end])
            .collect()
    }

    #[test]
    fn same_letters_in_other_case_are_different_targets() {
        let lex = lexicon(&["May", "may"]);
        let text = "it may be. Mrs May said";
        let hits = lex.find(text);
        assert_eq!(hits.len(), 2);
        assert_eq!(
            lex.targets(&hits[0], text).copied().collect::<Vec<_>>(),
            vec![1]
        );
        assert_eq!(
            lex.targets(&hits[1], text).copied().collect::<Vec<_>>(),
            vec![0, 1]
        );
    }

    #[test]
    fn longest_match_wins_and_words_must_be_whole() {
        let lex = lexicon(&["NATO", "NATO official", "Paris"]);
        assert_eq!(found(&lex, "a NATO official said"), vec!["NATO official"]);
        assert_eq!(found(&lex, "NATOish Parisian"), Vec::<&str>::new());
    }

    #[test]
    fn capitalised_phrase_needs_capitals_but_lower_case_phrase_matches_any_case() {
        let lex = lexicon(&["May", "the chancellor"]);
        assert_eq!(found(&lex, "it may be. Mrs May said"), vec!["May"]);
        assert_eq!(found(&lex, "it may"), Vec::<&str>::new());
        assert_eq!(found(&lex, "The Chancellor said"), vec!["The Chancellor"]);
    }

    #[test]
    fn prefix_phrase_absorbs_the_rest_of_the_word() {
        let lex = lexicon(&["long-ran*"]);
        assert_eq!(
            found(&lex, "medium and long-ranhe missiles"),
            vec!["long-ranhe"]
        );
    }

    #[test]
    fn typographic_apostrophe_matches() {
        let lex = lexicon(&["the alliance's chief"]);
        assert_eq!(
            found(&lex, "the alliance\u{2019}s chief said"),
            vec!["the alliance\u{2019}s chief"]
        );
    }

    #[test]
    fn an_acronym_may_be_written_as_a_name() {
        assert!(case_ok("path to NATO", "path to Nato"));
        assert!(case_ok("HIMARS", "Himars"));
        assert!(!case_ok("path to NATO", "path to nato"));
        assert!(!case_ok("EU", "Eu"));
        assert!(!case_ok("Paris", "paris"));
        assert!(case_ok("the chancellor", "The Chancellor"));
    }
}
