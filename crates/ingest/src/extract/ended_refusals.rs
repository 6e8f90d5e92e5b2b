//! A refusal that a verb ends is support: "ending a decades-old refusal to ship arms",
//! "dropping a long-held policy of not sending lethal arms". Not here: deciding a cue's
//! polarity (see `stance`), which asks these.

use crate::knowledge::lexicon::Hit;

use super::words::{fold, words_before};

/// Verbs that end a refusal, as stems ("ending", "ended" → "end"; "dropped" → "dropp").
const ENDING_STEMS: &[&str] = &[
    "end", "ends", "revers", "reverse", "abandon", "abandons", "overturn", "drop", "dropp",
    "drops", "shelv", "lift", "lifts",
];

/// Whether a cue naming a refusal is the object of a verb that ends it ("ending a decades-old
/// refusal to ship arms", "abandoned its long-standing opposition to", "gave up his
/// resistance to"): the verb, a determiner and up to two modifiers before the noun.
pub(super) fn refusal_ended(text: &str, hit: &Hit) -> bool {
    let first = text[hit.start..hit.end]
        .split_whitespace()
        .next()
        .unwrap_or("");
    if ![
        "refusal",
        "reluctance",
        "opposition",
        "objection",
        "objections",
        "resistance",
    ]
    .iter()
    .any(|n| first.eq_ignore_ascii_case(n))
    {
        // "dropping a long-held rule against supplying lethal arms": a rule against it, ended.
        return first.eq_ignore_ascii_case("against")
            && words_before(text, hit.start, 1, true)
                .first()
                .is_some_and(|noun| {
                    POLICY_NOUNS.iter().any(|n| noun.eq_ignore_ascii_case(n))
                        && ended_at(text, noun.as_ptr() as usize - text.as_ptr() as usize)
                });
    }
    ended_at(text, hit.start)
}

/// Nouns of a standing policy that a verb may end: "a long-held policy of not sending lethal
/// arms", "a long-held rule against supplying lethal arms".
const POLICY_NOUNS: [&str; 8] = [
    "policy",
    "practice",
    "principle",
    "doctrine",
    "line",
    "rule",
    "taboo",
    "ban",
];

/// Whether the negator at `at` opens a policy of refusal that a verb ends ("dropping a
/// long-held policy of not sending lethal arms"): "of" and a noun of policy right before it,
/// ended like a refusal.
pub(super) fn refusing_policy_ended(text: &str, at: usize) -> bool {
    let before = words_before(text, at, 2, true);
    match before[..] {
        [of, noun] if of.eq_ignore_ascii_case("of") => {
            POLICY_NOUNS.iter().any(|n| noun.eq_ignore_ascii_case(n))
                && ended_at(text, noun.as_ptr() as usize - text.as_ptr() as usize)
        }
        _ => false,
    }
}

/// Whether the noun at `start` is the object of a verb that ends it: the verb, a determiner and
/// up to two modifiers before it.
fn ended_at(text: &str, start: usize) -> bool {
    let before = words_before(text, start, 4, true);
    let ends = |i: usize| {
        let w = fold(before[i]);
        let stem = w.trim_end_matches("ing").trim_end_matches("ed");
        ENDING_STEMS.contains(&stem)
            || (w == "up"
                && before.get(i + 1).is_some_and(|v| {
                    matches!(&*fold(v), "gave" | "give" | "gives" | "giving" | "given")
                }))
    };
    let determiner = |w: &str| {
        matches!(
            &*fold(w),
            "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our" | "my" | "this"
        ) || w.ends_with("'s")
            || w.ends_with("\u{2019}s")
    };
    (1..before.len()).any(|i| ends(i) && determiner(before[i - 1]))
}
