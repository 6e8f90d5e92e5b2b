//! Stance cues: which phrases in a sentence decide a stance, with negation scope and hedges.
//!
//! A cue's polarity is flipped by a negator among the three words before it in the same clause
//! ("did not rule out" → open, "does not plan to" → opposes, "not on the table" → opposes) or by a
//! negating verb ("refused to provide"). Warnings of conflict oppose and are not flipped (a
//! negated warning is no stance and is dropped). A hedge before a supports cue ("could send")
//! makes it open. Not here: which actor or topic the cue belongs to.

use stancelog_events::Stance;

use crate::knowledge::lexicon::Hit;
use crate::knowledge::{CueKind, Knowledge};

use super::ended_refusals::{refusal_ended, refusing_policy_ended};
use super::words::{floor_char_boundary, fold, words_before, words_before_through_quotes};

/// A decided cue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CueHit {
    pub start: usize,
    pub end: usize,
    pub stance: Stance,
    /// Higher wins when one sentence holds conflicting cues for one actor and topic.
    pub weight: u8,
    pub hedged: bool,
    pub needs_topic_after: bool,
    /// What kind of phrase decided (warnings reach the whole sentence).
    pub kind: CueKind,
    /// The words that decided, negator included ("did not rule out").
    pub cue: String,
}

/// After a "not", the words "one" or "a single" make it the subject's negative determiner ("not
/// a single Polish soldier would be sent", "not one German soldier will go"), which reaches as
/// far as "no" does. `after` are the words between "not" and the cue, nearest the cue first.
fn denies_one(after: &[&str]) -> bool {
    match after
        .iter()
        .rev()
        .map(|w| fold(w))
        .collect::<Vec<_>>()
        .as_slice()
    {
        [first, ..] if first == "one" => true,
        [first, second, ..] => first == "a" && second == "single",
        _ => false,
    }
}

/// Every cue in the text with its polarity decided.
/// `starts` are the text's word starts ([`crate::knowledge::lexicon::word_starts`]).
pub(crate) fn find_cues(k: &Knowledge, text: &str, starts: &[usize]) -> Vec<CueHit> {
    let cue_hits = k.automata().stance.find_at(text, starts);
    // A negating verb that is part of a cue phrase ("refused to exclude" is open) has done its
    // work there: it does not also negate the cue after it ("… exclude sending").
    let negating_verbs: Vec<_> = k
        .automata()
        .negator_verbs
        .find_at(text, starts)
        .into_iter()
        .filter(|v| !cue_hits.iter().any(|c| c.start <= v.start && v.end < c.end))
        .collect();
    let mut out = Vec::new();
    for (n, hit) in cue_hits.iter().enumerate() {
        let hit = *hit;
        let mut targets = k.automata().stance.targets(&hit, text);
        let Some(cue) = targets.next().copied() else {
            continue;
        };
        // A neutral reading of the very same phrase wins ("Asked" opening a sentence is the
        // reporter's question, whatever "asked" means elsewhere).
        if cue.kind == CueKind::Neutral || targets.any(|t| t.kind == CueKind::Neutral) {
            continue;
        }
        // "Moscow's serious breach of international law": a wrong someone's possessive owns is
        // that party's act, not a verdict on the topic ("sanctions are a violation of …").
        if is_possessed_wrong(text, &hit) {
            continue;
        }
        // A negator among the three words before the cue flips it; a negative determiner of
        // the subject reaches a little further ("no European or NATO country would send").
        // (Through a scare quote: "would \"never\" support".)
        let before = words_before_through_quotes(text, hit.start, 6);
        let negator = before
            .iter()
            .enumerate()
            .position(|(i, w)| {
                // ("had been \"no\" in all but name": a quoted "no" is the word mentioned.)
                let at = w.as_ptr() as usize - text.as_ptr() as usize;
                let quoted = text[..at].ends_with(['"', '\u{201c}'])
                    && text[at + w.len()..].starts_with(['"', '\u{201d}']);
                let w = fold(w);
                !(quoted && w == "no")
                    && ((i < 3 && (k.cues.negators.contains(&*w) || w.ends_with("n't")))
                        || matches!(&*w, "no" | "nobody" | "none" | "neither")
                        || (w == "not" && i > 0 && denies_one(&before[..i])))
            })
            // A negator before an earlier cue ("did not rule out sending troops") has done its
            // work there: "sending" is not negated again.
            .filter(|&i| {
                let at = before[i].as_ptr() as usize - text.as_ptr() as usize;
                // (Cues are in text order: only the few after the negator are looked at.)
                !cue_hits[..n]
                    .iter()
                    .rev()
                    // (A cue holding the negator has used it too: "France excluded no option
                    // for supporting Ukraine" is not a negated "supporting".)
                    .take_while(|c| c.end > at)
                    .any(|c| {
                        // ("no option for supplying jets was excluded": a negative cue that
                        // starts with the negator is its determiner, and the negation goes on.)
                        let kind = k.automata().stance.targets(c, text).next().map(|t| t.kind);
                        c.end <= hit.start
                            && text[c.start..c.end].contains(' ')
                            && kind.is_some_and(|t| t != CueKind::Neutral)
                            && (c.start > at || kind != Some(CueKind::Opposes))
                    })
            })
            // "no German soldiers and no NATO soldiers", "at no point and in no place": a
            // negative cue coordinated after another is a second denial, not a negated one.
            // (Its negator may stand inside it: "US forces are not and will not be engaged".)
            .filter(|&n| {
                let cue_negates = text[hit.start..hit.end]
                    .split_whitespace()
                    .any(|w| k.cues.negators.contains(&*fold(w)));
                !(cue_negates
                    && before[..n]
                        .iter()
                        .any(|w| matches!(&*fold(w), "and" | "or" | "nor")))
            })
            // "the sanctions were not enough and called for an embargo", "not only … but": a
            // negator bound to the word after it negates nothing further.
            // (So is "without" in "without further delay", "without hesitation": "should be
            // used without further delay to pay for drones" pays for them.)
            .filter(|&n| {
                n == 0
                    || !(matches!(
                        &*fold(before[n - 1]),
                        "enough" | "only" | "just" | "least" | "merely"
                    ) || (fold(before[n]) == "without"
                        && matches!(
                            &*fold(before[n - 1]),
                            "delay" | "further" | "hesitation" | "fail" | "doubt" | "question"
                        )))
            })
            // "is nothing other than theft", "nothing short of theft": an emphasis that
            // affirms the cue.
            .filter(|&n| {
                n == 0
                    || fold(before[n]) != "nothing"
                    || !matches!(
                        &*fold(before[n - 1]),
                        "other" | "but" | "less" | "short" | "more"
                    )
            })
            // "opposed sanctions \"that have no basis in law\" and called for talks": a
            // negative determiner further back does not reach over a new coordinated verb.
            .filter(|&n| {
                n < 3
                    || !before[..n]
                        .iter()
                        .any(|w| matches!(&*fold(w), "and" | "but"))
            })
            // "who do not recognise these illegal actions": a determiner between the negator
            // and the cue puts the cue inside the object; the negation is the verb's.
            .filter(|&n| {
                !before[..n].iter().any(|w| {
                    matches!(
                        &*fold(w),
                        "these" | "those" | "this" | "that" | "the" | "such" | "its" | "their"
                    )
                })
            });
        let before = &before[..before.len().min(3).max(negator.map_or(0, |n| n + 1))];
        let neg_verb = negating_verbs.iter().find(|v| {
            // "did not think Ukraine was ready": a denied belief reaches over its clause's
            // subject; "refused to" only over a word or two.
            let phrase = &text[v.start..v.end];
            let reach = if phrase.ends_with("think") || phrase.ends_with("believe") {
                48
            } else {
                12
            };
            v.end <= hit.start
                && hit.start - v.end <= reach
                && !text[v.end..hit.start].contains([',', '.', ';'])
        });
        // ("told G7 leaders on 20 May that Ukraine's rightful place is in NATO": the month, or
        // Theresa May, is no modal.)
        // ("could now support the sanctions" after an exemption is secured: what has become
        // possible is decided, no hedge.)
        let hedged = before.iter().enumerate().any(|(i, w)| {
            k.cues.hedges.contains(&*fold(w))
                && *w != "May"
                && !(i > 0 && fold(w) == "could" && fold(before[i - 1]) == "now")
        });
        // "would contribute neither money nor personnel": the negation follows the verb.
        let neither_after = text[hit.end..].split_whitespace().next().is_some_and(|w| {
            w.trim_start_matches(['"', '\u{201c}', '\u{ab}', '\u{201e}'])
                .eq_ignore_ascii_case("neither")
        });
        // "would not stop supporting Ukraine", "must not tire of arming Ukraine": a stopping
        // verb that is itself denied cancels out with its denial.
        let denied_stop = neg_verb.is_some_and(|v| {
            is_stopping(&text[v.start..v.end])
                && words_before(text, v.start, 1, true)
                    .first()
                    .is_some_and(|w| matches!(&*fold(w), "not" | "never") || w.ends_with("n't"))
        });
        // "France is not, at this stage, in favour of confiscating it": an aside set off by
        // commas does not end the negation.
        let negated_over_aside = negator.is_none() && negated_over_aside(text, hit.start);
        let negated = !denied_stop
            && (negator.is_some() || neg_verb.is_some() || neither_after || negated_over_aside);
        // "the time has come to negotiate, not to prolong the war": a "not" right after a comma
        // sets the cue aside as the rejected alternative.
        let rejected_alternative = negator.is_some_and(|i| {
            let at = before[i].as_ptr() as usize - text.as_ptr() as usize;
            fold(before[i]) == "not"
                && text[..at]
                    .trim_end_matches([' ', '"', '\u{201c}'])
                    .ends_with(',')
        });
        let (stance, weight) = match (cue.kind, negated) {
            // "would no longer block the package", "no objection to": a supporting phrase that
            // denies an opposing one weighs as much as an opposing cue, so a judgement of the
            // old course after it does not turn it ("further obstruction would be
            // counterproductive"). (Before a "but" that opposes it gives way, see below.)
            (CueKind::Supports, false) => (
                if hedged {
                    Stance::Open
                } else {
                    Stance::Supports
                },
                if opens_with_a_denial(k, &text[hit.start..hit.end]) {
                    2
                } else {
                    1
                },
            ),
            // So is "dropping a long-held policy of not sending lethal arms".
            (CueKind::Supports, true)
                if negator.is_some_and(|i| {
                    let at = before[i].as_ptr() as usize - text.as_ptr() as usize;
                    refusing_policy_ended(text, at)
                }) =>
            {
                (Stance::Supports, 3)
            }
            // "wants a clear invitation to join NATO, \"not another promise of an open
            // door\"": the rejected alternative is no stance of its own.
            (CueKind::Supports, true) if rejected_alternative => continue,
            (CueKind::Supports, true) => (Stance::Opposes, 3),
            (CueKind::Open, false) => (Stance::Open, 2),
            (CueKind::Open, true) => (Stance::Opposes, 3),
            // "ending a decades-old refusal to ship arms": the refusal is over.
            (CueKind::Opposes, false) if refusal_ended(text, &hit) => (Stance::Supports, 3),
            (CueKind::Opposes, false) => (Stance::Opposes, 2),
            // "stopped blocking the package", "halting aid was out of the question": to stop
            // opposing is to support.
            (CueKind::Opposes, true)
                if neg_verb.is_some_and(|v| is_stopping(&text[v.start..v.end])) =>
            {
                (Stance::Supports, 3)
            }
            (CueKind::Opposes, true) if rejected_alternative => (Stance::Supports, 3),
            // "would not stop supporting Ukraine": a denied stop is a going on.
            (CueKind::Opposes, true)
                if is_stopping(&text[hit.start..hit.end]) && negator == Some(0) =>
            {
                (Stance::Supports, 3)
            }
            (CueKind::Opposes, true) => (Stance::Open, 3),
            (CueKind::Warning, false) => (Stance::Opposes, 2),
            // "should stop fanning the flames by sending weapons": a harm to be stopped is still
            // the speaker's warning (only a plain negation, "would not escalate", takes it back).
            (CueKind::Warning, true)
                if negator.is_none()
                    && neg_verb.is_some_and(|v| is_stopping(&text[v.start..v.end])) =>
            {
                (Stance::Opposes, 2)
            }
            (CueKind::Warning, true) | (CueKind::Neutral, _) | (CueKind::Echo, true) => continue,
            // The stance is taken from the claim before it; the placeholder is never used.
            (CueKind::Echo, false) => (Stance::Supports, 2),
        };
        let start = match (negator, neg_verb) {
            (_, Some(v)) => v.start,
            (Some(i), None) => before[i].as_ptr() as usize - text.as_ptr() as usize,
            (None, None) => hit.start,
        };
        // "while there was no consensus on sending troops, no option could be excluded": the
        // conceded clause gives way to the main clause's cue for the same actor and topic.
        // (Not every clause before a "but", see below: the cue after it is too often of
        // another topic the sentence does not name, "did not plan to send soldiers, but would
        // provide logistics".)
        let weight = if in_concession(text, hit.start) {
            0
        } else {
            weight
        };
        out.push(CueHit {
            start: hit.start,
            end: hit.end,
            stance,
            weight,
            hedged,
            needs_topic_after: cue.needs_topic_after,
            kind: cue.kind,

            cue: text[start..hit.end].to_string(),
        });
    }
    // A cue before a "but" whose clause keeps the question open gives way too ("there was no
    // consensus on sending troops, but that \"nothing should be excluded\"").
    // So does a denial of opposing before a "but" that opposes ("We will not block what others
    // want to say, but Hungary does not support Ukraine's membership").
    for i in 0..out.len() {
        let denial = out[i].kind == CueKind::Supports
            && out[i].stance == Stance::Supports
            && out[i].weight == 2;
        if (out[i].stance != Stance::Open && after_but(text, &out[i], &out[i + 1..], Stance::Open))
            || (denial && after_but(text, &out[i], &out[i + 1..], Stance::Opposes))
        {
            out[i].weight = 0;
        }
    }
    out
}

/// Whether a cue phrase opens with its own denial, one of the data's negators ("no longer
/// block", "not veto", "never refused", "without range limits").
fn opens_with_a_denial(k: &Knowledge, phrase: &str) -> bool {
    phrase
        .split_whitespace()
        .next()
        .is_some_and(|w| k.cues.negators.contains(&*fold(w)))
}

/// Whether `at` lies in a concessive clause: one opened by "while", "although", "though",
/// "even though" or "even if" (first in its clause, or after "that"), up to its comma.
fn in_concession(text: &str, at: usize) -> bool {
    // The clause runs back to the last punctuation mark (sentences are short; 240 bytes is
    // past any clause a cue sits in).
    let lead = &text[floor_char_boundary(text, at.saturating_sub(240))..at];
    let clause = lead
        .char_indices()
        .rfind(|&(_, c)| matches!(c, ',' | ';' | ':' | '.' | '\n' | '(' | '"' | '\u{201c}'))
        .map_or(lead, |(i, c)| &lead[i + c.len_utf8()..]);
    // The opener first in the clause, or right after "that" ("said that while …"). (One pass
    // without allocating: this runs for every cue.)
    let is = |w: &str, s: &str| w.eq_ignore_ascii_case(s);
    let mut words = clause.split_whitespace().peekable();
    let mut opens_here = true;
    while let Some(w) = words.next() {
        let opener = is(w, "while")
            || is(w, "although")
            || is(w, "though")
            || (is(w, "even") && words.peek().is_some_and(|n| is(n, "though") || is(n, "if")));
        if opens_here && opener {
            return true;
        }
        opens_here = is(w, "that");
    }
    false
}

/// Whether ", but" (or " but that") follows `cue` in its sentence and a cue of `stance`
/// follows that.
fn after_but(text: &str, cue: &CueHit, later: &[CueHit], stance: Stance) -> bool {
    let rest = &text[cue.end..floor_char_boundary(text, (cue.end + 240).min(text.len()))];
    let sentence = rest.find(['.', '!', '?', '\n', ';']).unwrap_or(rest.len());
    let clause = &rest[..sentence];
    let Some(but) = [clause.find(", but "), clause.find(" but that ")]
        .into_iter()
        .flatten()
        .min()
    else {
        return false;
    };
    let (from, until) = (cue.end + but, cue.end + sentence);
    later
        .iter()
        .take_while(|c| c.start < until)
        .any(|c| c.start > from && c.stance == stance)
}

/// Whether a cue naming a wrong ("breach of …", "violation of …") follows a possessive within
/// two words ("Moscow's serious breach", "Russia's violation").
fn is_possessed_wrong(text: &str, hit: &Hit) -> bool {
    let first = text[hit.start..hit.end]
        .split_whitespace()
        .next()
        .unwrap_or("");
    matches!(
        first.to_ascii_lowercase().as_str(),
        "breach" | "breaches" | "violation" | "violations"
    ) && words_before(text, hit.start, 2, false)
        .iter()
        .any(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"))
}

/// Whether a negating verb stops something ("stopped", "halting", "suspend") rather than
/// refusing or doubting it ("refused to", "did not think").
fn is_stopping(phrase: &str) -> bool {
    ["stop", "halt", "suspend", "tire", "grow tired"]
        .iter()
        .any(|s| {
            phrase
                .get(..s.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(s))
        })
}

/// Whether the cue at `start` follows "not" and an aside set off by commas ("is not, at this
/// stage, in favour of").
fn negated_over_aside(text: &str, start: usize) -> bool {
    let lead = text[..start].trim_end();
    let Some(inner) = lead.strip_suffix(',') else {
        return false;
    };
    let Some(open) = inner.rfind([',', ';', '.', '\n']) else {
        return false;
    };
    inner[open..].starts_with(',')
        && inner[open + 1..].split_whitespace().count() <= 4
        && inner[..open]
            .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("not") || w.ends_with("n't"))
}
