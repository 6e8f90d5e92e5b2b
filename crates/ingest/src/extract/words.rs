//! Word-level look-around in the article text: the words just before or after a byte position.
//! Used to check prepositions, negators and speaker nouns next to a phrase hit without
//! tokenising the whole article. Not here: phrase matching (see `knowledge::lexicon`).

use std::borrow::Cow;

use smallvec::SmallVec;

/// The words [`words_before`] returns: callers ask for at most a handful, so they live on the
/// stack (this look-around runs several times per phrase hit; a heap vector each time was a
/// measurable share of extraction).
pub(crate) type Words<'a> = SmallVec<[&'a str; 8]>;

/// Up to `n` words before `pos` (nearest first), stopping at sentence punctuation, quotes and
/// clause commas when `stop_at_punct`. Words keep inner apostrophes and hyphens.
pub(crate) fn words_before(text: &str, pos: usize, n: usize, stop_at_punct: bool) -> Words<'_> {
    words_before_until(text, pos, n, |c| stop_at_punct && !c.is_whitespace())
}

/// [`words_before`] stopping at punctuation but reading through quotation marks: a scare
/// quote ("would \"never\" support") is still the same clause.
pub(crate) fn words_before_through_quotes(text: &str, pos: usize, n: usize) -> Words<'_> {
    words_before_until(text, pos, n, |c| {
        !c.is_whitespace() && !matches!(c, '"' | '\u{201c}' | '\u{201d}')
    })
}

fn words_before_until(text: &str, pos: usize, n: usize, stop: impl Fn(char) -> bool) -> Words<'_> {
    let mut out = Words::new();
    let mut end = pos;
    let bytes = text.as_bytes();
    while out.len() < n && end > 0 {
        // Skip separators.
        let mut i = end;
        while i > 0 {
            let c = text[..i].chars().next_back().unwrap_or(' ');
            if c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-' {
                break;
            }
            if stop(c) {
                return out;
            }
            // A blank line ends the paragraph: a headline with no final stop ("aid yes,
            // soldiers no") does not run into the text below it.
            if c == '\n'
                && text[..i - 1]
                    .trim_end_matches([' ', '\t', '\r'])
                    .ends_with('\n')
            {
                return out;
            }
            i -= c.len_utf8();
        }
        let word_end = i;
        while i > 0 {
            let c = text[..i].chars().next_back().unwrap_or(' ');
            if !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-') {
                break;
            }
            i -= c.len_utf8();
        }
        if i == word_end {
            break;
        }
        out.push(&text[i..word_end]);
        end = i;
        let _ = bytes;
    }
    out
}

/// Whether `text` holds `word` (lower-case) as a whole word, in any case.
pub(crate) fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// The word starting at or after `pos` (after spaces), and where it ends.
pub(crate) fn word_after(text: &str, pos: usize) -> Option<(&str, usize)> {
    let rest = &text[pos..];
    let lead = rest.len() - rest.trim_start_matches([' ', '\t', '\n']).len();
    let start = pos + lead;
    let word: &str = text[start..]
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .next()
        .unwrap_or("");
    (!word.is_empty()).then_some((word, start + word.len()))
}

/// Lower-cases a word and folds the typographic apostrophe, for set lookups.
///
/// Called for nearly every word looked at around a phrase hit, and most of them are already
/// lower-case ASCII: those are borrowed, not copied. (For ASCII, `to_ascii_lowercase` is what
/// `to_lowercase` gives, and there is no apostrophe to fold.)
pub(crate) fn fold(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    } else {
        Cow::Owned(word.to_lowercase().replace('\u{2019}', "'"))
    }
}

/// The largest char boundary at or before `i` (a byte window cut inside a character).
pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Words that carry no content of their own: articles, prepositions, auxiliaries, pronouns.
/// Distances between a cue and its topic are counted in the other words, so "promised in Kyiv
/// on Tuesday that their countries would keep sending weapons" is as near as "promised to send
/// weapons" plus the adjuncts that name where and when.
const LIGHT_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into", "that",
    "this", "these", "those", "its", "their", "his", "her", "our", "your", "my", "it", "they",
    "we", "he", "she", "them", "would", "will", "could", "should", "can", "may", "might", "must",
    "shall", "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "do", "does",
    "did", "also", "still", "more", "further", "new", "all", "any", "some", "and", "or", "as",
    "its", "own", "up", "now", "even", "only", "then", "there",
];

/// How many words of `gap` carry content (see [`LIGHT_WORDS`]).
pub(crate) fn content_words(gap: &str) -> usize {
    gap.split_whitespace()
        .filter(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !LIGHT_WORDS.iter().any(|l| w.eq_ignore_ascii_case(l))
        })
        .count()
}

/// Words before a plural noun that a speech verb in `-s` never follows ("fifty states",
/// "the reports", "his notes", "member states"). A verb's subject is a noun or pronoun, so
/// none of these can stand right before the verb.
const PLURAL_DETERMINERS: &[&str] = &[
    "the", "these", "those", "some", "many", "several", "all", "other", "both", "few", "his",
    "her", "its", "their", "our", "my", "your", "member", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "twelve", "twenty", "thirty", "forty", "fifty", "hundred",
    "dozen", "dozens", "of", "such", "various", "media", "press", "news",
];

/// Whether the phrase at `start..end`, a word ending in "s" ("states", "reports"), is used as a
/// plural noun: a numeral or a determiner stands right before it.
pub(crate) fn plural_noun_use(text: &str, start: usize, end: usize) -> bool {
    let phrase = &text[start..end];
    if phrase.contains(' ') || !phrase.ends_with('s') || phrase.ends_with("ss") {
        return false;
    }
    words_before(text, start, 1, true).first().is_some_and(|w| {
        w.bytes().all(|b| b.is_ascii_digit())
            || PLURAL_DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w))
    })
}

/// Whether a word or short phrase is written in capitals, as a dateline's place is ("KYIV",
/// "NEW YORK"): three letters at least, none of them lower-case.
pub(crate) fn in_capitals(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && s.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Gerunds of speech, after which a name is the subject of the words reported ("saying Ukraine
/// needed them"), not an object.
pub(super) const REPORTING_GERUNDS: [&str; 17] = [
    "saying",
    "telling",
    "adding",
    "warning",
    "arguing",
    "noting",
    "stressing",
    "insisting",
    "claiming",
    "stating",
    "explaining",
    "writing",
    "declaring",
    "announcing",
    "confirming",
    "suggesting",
    "acknowledging",
];

/// Whether a trimmed line is set in bold from end to end ("**Background**", "__Answers__").
pub(crate) fn set_in_bold(line: &str) -> bool {
    line.len() > 4
        && ((line.starts_with("**") && line.ends_with("**"))
            || (line.starts_with("__") && line.ends_with("__")))
}

/// Whether a line or paragraph is set wholly in emphasis, `*…*` or `_…_` (a standfirst, a
/// signature); bold, `**…**`, is emphasis too.
pub(crate) fn set_in_emphasis(line: &str) -> bool {
    line.len() > 2
        && ((line.starts_with('*') && line.ends_with('*'))
            || (line.starts_with('_') && line.ends_with('_')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_word_matches_whole_words_only() {
        assert!(has_word("\", and that the", "that"));
        assert!(has_word("That is", "that"));
        assert!(!has_word("\", thats", "that"));
        assert!(!has_word("", "that"));
    }

    #[test]
    fn words_before_stop_at_punctuation_when_asked() {
        let t = "Scholz, who said it did not rule out";
        let pos = t.find("rule").unwrap();
        assert_eq!(
            words_before(t, pos, 3, true).as_slice(),
            ["not", "did", "it"]
        );
        assert_eq!(
            words_before(t, t.find("who").unwrap(), 3, true).as_slice(),
            [] as [&str; 0]
        );
        assert_eq!(
            words_before(t, t.find("who").unwrap(), 3, false).as_slice(),
            ["Scholz"]
        );
    }

    #[test]
    fn word_after_skips_spaces() {
        assert_eq!(word_after("NATO  official said", 4), Some(("official", 14)));
        assert_eq!(word_after("end", 3), None);
    }

    #[test]
    fn content_words_skip_adjuncts_and_auxiliaries() {
        assert_eq!(
            super::content_words("in Kyiv on Tuesday that their countries would keep"),
            4
        );
        assert_eq!(super::content_words("the"), 0);
    }

    #[test]
    fn a_speech_verb_after_a_numeral_or_determiner_is_a_plural_noun() {
        let text = "Representatives of some fifty states attended. The minister states that. Media reports said.";
        let at = |w: &str| text.find(w).unwrap();
        assert!(plural_noun_use(
            text,
            at("states attended"),
            at("states attended") + 6
        ));
        assert!(!plural_noun_use(
            text,
            at("states that"),
            at("states that") + 6
        ));
        assert!(plural_noun_use(text, at("reports"), at("reports") + 7));
    }
}
