//! The anchored walk of a lexicon's automaton from one position: the longest phrase that starts
//! there, stepping over a reporter's scare quotes and weekday when the lexicon allows it.
//! Not here: where walks start, word boundaries and the case rule (see the parent module).

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::Anchored;

use super::fold;

/// The longest phrase of `automaton` that starts at `at` and ends by `limit`: its end and its
/// pattern. (Leftmost-longest semantics: walk until the dead state, keeping the last match that
/// starts at `at`; a match state may also carry a shorter phrase starting later, copied along a
/// failure link for unanchored searches, and that one is skipped.)
/// With `through_asides`, quotation marks after the first byte and "on Monday " or "Monday "
/// after a space are stepped over, and the phrase may be that much longer in the text. A
/// phrase that ends inside a quotation it stepped into is returned only when none ends outside
/// one, with the start of the quotation's first word (the caller prefers a phrase there).
pub(super) fn longest_at(
    automaton: &NFA,
    bytes: &[u8],
    at: usize,
    limit: usize,
    through_asides: bool,
) -> Option<(usize, usize, Option<usize>)> {
    if !through_asides {
        return longest_plain_at(automaton, bytes, at, limit).map(|(e, p)| (e, p, None));
    }
    let mut sid = automaton.start_state(Anchored::Yes).ok()?;
    let mut best = None;
    let mut skipped = 0;
    // A closing mark may be stepped over only when its quotation opened at the phrase's first
    // word or inside the phrase: in `"coalition of the willing" to guarantee` the phrase
    // "willing to" would join the quotation's last word to the words after it.
    let mut opened =
        at > 0 && bytes[..at].ends_with(b"\"") || bytes[..at].ends_with("\u{201c}".as_bytes());
    // A phrase may not end inside a quotation it stepped into: `would "keep the money
    // flowing"` is "keep the money flowing", not "would keep".
    let mut stepped_in = false;
    // Where the quotation stepped into begins, and the longest phrase ending inside it.
    let mut quote_start = at;
    let mut inside = None;
    let mut i = at;
    while i < limit {
        let b = bytes[i];
        if through_asides && i > at && bytes[i - 1] == b' ' {
            let day = weekday_aside_len(&bytes[i..limit]);
            if day > 0 {
                skipped += day;
                i += day;
                continue;
            }
        }
        if through_asides && i > at {
            let mark = quotation_mark_len(&bytes[i..limit]);
            if mark > 0 {
                let opening = match mark {
                    3 => bytes[i + 2] == 0x9C,
                    _ => bytes[i - 1] == b' ',
                };
                if !opening && !opened {
                    break;
                }
                opened = opening;
                stepped_in = opening;
                skipped += mark;
                i += mark;
                quote_start = i;
                continue;
            }
        }
        sid = automaton.next_state(Anchored::Yes, sid, fold(b));
        i += 1;
        if automaton.is_special(sid) {
            if automaton.is_dead(sid) {
                break;
            }
            if automaton.is_match(sid) {
                let pattern = automaton.match_pattern(sid, 0);
                if i - skipped - automaton.pattern_len(pattern) == at {
                    if stepped_in {
                        inside = Some((i, pattern.as_usize(), Some(quote_start)));
                    } else {
                        best = Some((i, pattern.as_usize(), None));
                    }
                }
            }
        }
    }
    best.or(inside)
}

/// [`longest_at`] for a lexicon that steps over no asides (all but the cue phrases): the same
/// walk without the quotation bookkeeping, whose bounds checks and branches per byte were a
/// tenth of the walk's instructions.
fn longest_plain_at(
    automaton: &NFA,
    bytes: &[u8],
    at: usize,
    limit: usize,
) -> Option<(usize, usize)> {
    let mut sid = automaton.start_state(Anchored::Yes).ok()?;
    let mut best = None;
    for (end, &b) in (at + 1..).zip(&bytes[at..limit]) {
        sid = automaton.next_state(Anchored::Yes, sid, fold(b));
        if automaton.is_special(sid) {
            if automaton.is_dead(sid) {
                break;
            }
            if automaton.is_match(sid) {
                let pattern = automaton.match_pattern(sid, 0);
                if end - automaton.pattern_len(pattern) == at {
                    best = Some((end, pattern.as_usize()));
                }
            }
        }
    }
    best
}

/// The length of "on Monday " or "Monday " (any weekday, with its space), or of an adverb a
/// reporter puts inside a verb phrase ("asked once again for", "balked again at"), at the
/// start of `bytes`, or 0.
fn weekday_aside_len(bytes: &[u8]) -> usize {
    const DAYS: [&[u8]; 7] = [
        b"Monday ",
        b"Tuesday ",
        b"Wednesday ",
        b"Thursday ",
        b"Friday ",
        b"Saturday ",
        b"Sunday ",
    ];
    const ADVERBS: [&[u8]; 5] = [
        b"once again ",
        b"again ",
        b"repeatedly ",
        b"publicly ",
        b"openly ",
    ];
    if let Some(adverb) = ADVERBS.iter().find(|a| bytes.starts_with(a)) {
        return adverb.len();
    }
    let (on, rest) = bytes
        .strip_prefix(b"on ")
        .map_or((0, bytes), |rest| (3, rest));
    DAYS.iter()
        .find(|d| rest.starts_with(d))
        .map_or(0, |d| on + d.len())
}

/// The length of a quotation mark at the start of `bytes` (`"`, `“`, `”`), or 0.
fn quotation_mark_len(bytes: &[u8]) -> usize {
    match bytes {
        [b'"', ..] => 1,
        [0xE2, 0x80, 0x9C | 0x9D, ..] => 3,
        _ => 0,
    }
}
