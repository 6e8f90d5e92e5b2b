//! A phrase matcher built once from a data file's phrases: one Aho-Corasick automaton, ASCII
//! case-insensitive, leftmost-longest, with word boundaries and a case rule checked per hit.
//!
//! Case rule: every letter written in upper case in the phrase must be upper case in the text
//! ("Paris" does not match "paris", "NATO" does not match "nato"), while letters written in lower
//! case match either case (so "the chancellor" matches "The Chancellor"). A phrase ending in `*`
//! matches as a prefix ("sanction*" matches "sanctioned"; "long-ran*" survives a typo).
//! A `'` in a phrase also matches the typographic apostrophe `’`, and a hyphen inside a phrase
//! matches a space and the other way round ("air defence" finds "air-defence systems",
//! "long-range" finds "long range"): house styles differ, the words do not.
//! Not here: what a hit means (the owner of the lexicon keeps a target per phrase).

use std::collections::HashMap;

use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::MatchKind;

mod walk;

use walk::longest_at;

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
    automaton: Option<NFA>,
    /// The first two bytes of every phrase, ASCII lower case, as a bit set indexed by
    /// `first << 8 | second` (a one-byte phrase sets every second byte): a position whose two
    /// bytes start no phrase is not searched, which spares the walk at most word starts.
    first_pairs: Vec<u64>,
    /// Per automaton pattern: its group and whether it is a prefix phrase.
    patterns: Vec<(usize, bool)>,
    /// Per group: (spelling, whether it has an upper-case letter, target).
    groups: Vec<Vec<(String, bool, T)>>,
    /// Quotation marks and a weekday inside a phrase are stepped over (see
    /// [`Lexicon::through_asides`]).
    through_asides: bool,
}

/// Collects phrases before the automaton is built.
pub(crate) struct LexiconBuilder<T> {
    by_needle: HashMap<(String, bool), usize>,
    needles: Vec<(String, bool)>,
    groups: Vec<Vec<(String, bool, T)>>,
}

impl<T: PartialEq> LexiconBuilder<T> {
    pub(crate) fn new() -> Self {
        LexiconBuilder {
            by_needle: HashMap::new(),
            needles: Vec::new(),
            groups: Vec::new(),
        }
    }

    /// Adds a phrase with a target; the same phrase with another target adds a second target,
    /// with the same target (also spelt with a hyphen for a space) nothing.
    pub(crate) fn add(&mut self, phrase: &str, target: T) {
        let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
        let (text, prefix) = match phrase.strip_suffix('*') {
            Some(stem) => (stem.trim_end().to_string(), true),
            None => (phrase.clone(), false),
        };
        if text.is_empty() {
            return;
        }
        let key = (fold_phrase(&text), prefix);
        let group = match self.by_needle.get(&key) {
            Some(g) => *g,
            None => {
                self.groups.push(Vec::new());
                self.needles.push(key.clone());
                self.by_needle.insert(key, self.groups.len() - 1);
                self.groups.len() - 1
            }
        };
        // "long range" and "long-range" in one list are one phrase now: a second entry with the
        // same target would report every hit twice.
        // (The target is compared first: most groups hold one entry of another target, and
        // every phrase of the data passes here when the automata are built.)
        let spaced = text.replace('-', " ");
        if self.groups[group]
            .iter()
            .any(|(p, _, t)| *t == target && p.replace('-', " ") == spaced)
        {
            return;
        }
        let upper = text.chars().any(char::is_uppercase);
        self.groups[group].push((text, upper, target));
    }

    /// Adds a generated variant of a listed phrase, unless some phrase of the lexicon is
    /// already spelt so: what the data lists wins over what is generated.
    pub(crate) fn add_variant(&mut self, phrase: &str, target: T) {
        let text = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
        if self.by_needle.contains_key(&(fold_phrase(&text), false)) {
            return;
        }
        self.add(&text, target);
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
        let mut first_pairs = vec![0u64; 1 << 10];
        for needle in &needles {
            let seconds = match needle.as_bytes() {
                [] => continue,
                [first] => (0..=255u8).map(|second| (*first, second)).collect(),
                [first, second, ..] => vec![(*first, *second)],
            };
            for (first, second) in seconds {
                let i = pair_index(first, second);
                first_pairs[i / 64] |= 1 << (i % 64);
            }
        }
        // Searched anchored, where a word starts (see `find_at`), by walking the contiguous
        // NFA's states directly: a call through the `AhoCorasick` front end per word start cost
        // more than the walk itself.
        // The needles are in lower case and the walk lowers each byte of the text (`longest_at`),
        // which matches exactly what an ASCII case-insensitive automaton matches. Built
        // case-insensitive, the automata held every letter's transition twice: the first
        // extraction, which builds them all, took 0.51 s instead of 0.35, the process 6.6 MB
        // more memory, and the walks 2% more instructions.
        let automaton = if needles.is_empty() {
            None
        } else {
            Some(
                NFA::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&needles)
                    .expect("phrase automaton builds: patterns are plain strings"),
            )
        };
        Lexicon {
            automaton,
            first_pairs,
            patterns,
            groups: self.groups,
            through_asides: false,
        }
    }
}

impl<T> Lexicon<T> {
    /// Matches phrases across quotation marks inside them, and across the day a reporter puts
    /// inside them: scare quotes cut a phrase in two (`was "open" to the idea`, `had "not given
    /// up" on`), and so does the day of the statement (`refused on Monday to rule out`, `agreed
    /// on Sunday to finance`, and without "on" as American wires write it: `agreed Tuesday to
    /// appoint`); the words are still the speaker's phrase. (For cue phrases: a
    /// name or a topic term is no quotation.)
    pub(crate) fn through_asides(mut self) -> Self {
        self.through_asides = true;
        self
    }

    /// The targets of a hit whose spelling passes the case rule against the text found.
    pub(crate) fn targets<'a>(
        &'a self,
        hit: &Hit,
        text: &'a str,
    ) -> impl Iterator<Item = &'a T> + 'a {
        let found = &text[hit.start..hit.end];
        self.groups[hit.group]
            .iter()
            .filter(move |(p, upper, _)| !upper || case_ok(p, found))
            .map(|(_, _, t)| t)
    }

    /// Every hit, left to right, non-overlapping, honouring word boundaries and the case rule.
    pub(crate) fn find(&self, text: &str) -> Vec<Hit> {
        self.find_at(text, &word_starts(text))
    }

    /// [`Lexicon::find`] given the text's [`word_starts`], computed once for all lexicons.
    ///
    /// A phrase must start where no word character precedes it, so only those positions are
    /// searched, each with an anchored search for the longest phrase starting there: the same
    /// hits as one unanchored leftmost-longest scan that skips rejected words, without walking
    /// the automaton through the inside of every word.
    pub(crate) fn find_at(&self, text: &str, starts: &[usize]) -> Vec<Hit> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        // No hit may start before this (the end of the last one).
        let mut free_from = 0;
        for &at in starts {
            if at < free_from {
                continue;
            }
            let i = pair_index(bytes[at], bytes.get(at + 1).copied().unwrap_or(0));
            if self.first_pairs[i / 64] & (1 << (i % 64)) == 0 {
                continue;
            }
            let Some((end, pattern, inside)) =
                longest_at(automaton, bytes, at, bytes.len(), self.through_asides)
            else {
                continue;
            };
            // A phrase that ends inside a quotation it stepped into (`was "considering
            // additional sanctions"`) stands only when no phrase starts at the quotation's
            // first word: `would "keep the money flowing"` is the phrase inside.
            if let Some(first) = inside {
                let inner = longest_at(automaton, bytes, first, bytes.len(), true)
                    .filter(|&(_, _, inner_inside)| inner_inside.is_none())
                    .and_then(|(e, p, _)| {
                        self.accept(text, first, e, p)
                            .or_else(|| self.shorter_at(automaton, text, first, e))
                    });
                if inner.is_some() {
                    continue;
                }
            }
            let hit = self
                .accept(text, at, end, pattern)
                .or_else(|| self.shorter_at(automaton, text, at, end));
            if let Some(hit) = hit {
                free_from = hit.end.max(at + 1);
                out.push(hit);
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
        if !self.groups[group]
            .iter()
            .any(|(p, upper, _)| !upper || case_ok(p, found))
        {
            return None;
        }
        Some(Hit {
            start,
            end: end_word,
            group,
        })
    }

    /// The longest usable phrase starting at `start` and ending before `end` ("air defence" when
    /// "air defence system" ended inside "systems").
    fn shorter_at(&self, automaton: &NFA, text: &str, start: usize, end: usize) -> Option<Hit> {
        let mut limit = end.checked_sub(1)?;
        while limit > start {
            let (end, pattern, _) = longest_at(
                automaton,
                text.as_bytes(),
                start,
                limit,
                self.through_asides,
            )?;
            if let Some(hit) = self.accept(text, start, end, pattern) {
                return Some(hit);
            }
            limit = end.checked_sub(1)?;
        }
        None
    }
}

/// The bit of two leading bytes in `first_pairs` (folded like the walk: see [`fold`]).
fn pair_index(first: u8, second: u8) -> usize {
    usize::from(fold(first)) << 8 | usize::from(fold(second))
}

/// A byte of the text as the automata see it: ASCII lower case, and a hyphen as a space. The
/// needles are folded the same way ([`fold_phrase`]), so the walk matches a phrase whatever
/// the case of its letters and whichever of hyphen and space joins its words. Only ASCII bytes
/// change, so UTF-8 sequences stay intact.
fn fold(b: u8) -> u8 {
    if b == b'-' {
        b' '
    } else {
        b.to_ascii_lowercase()
    }
}

/// A phrase as an automaton needle: every byte [`fold`]ed.
fn fold_phrase(phrase: &str) -> String {
    phrase.to_ascii_lowercase().replace('-', " ")
}

/// Every position where a phrase may start: no letter, digit or hyphen right before it (a
/// hyphen glues: "de-escalation" holds no "escalation").
pub(crate) fn word_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut after_word = false;
    for (at, c) in text.char_indices() {
        if !after_word {
            out.push(at);
        }
        after_word = c.is_alphanumeric() || c == '-';
    }
    out
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
mod tests;
