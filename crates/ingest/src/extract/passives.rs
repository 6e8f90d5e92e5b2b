//! Passives and their agents: "was rejected by Berlin" (a passive cue takes its agent as the
//! stance holder), "Allies were urged by Mark Rutte" (a passive speech verb's agent speaks),
//! "It was noted that …" (speech with nobody named), and "was rejected" with no agent at all.
//!
//! Not here: the subject of an active verb (see `subjects`).

use super::attribution::Verb;
use super::mentions::{Mention, MentionKind};
use super::stance::CueHit;
use super::words::words_before;
use super::Doc;

/// The forms of "be" that make a participle passive. Not "being": "the force being planned by
/// Paris and London" describes a noun, and its agent is no subject.
pub(super) fn is_be(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "was" | "were" | "is" | "are" | "been" | "be"
    )
}

/// Whether "by" at `by_pos` introduces a passive's agent: a form of "be" and a participle
/// stand in the words before it in the same clause ("Allies were also urged by Mark Rutte",
/// "the letter was welcomed in Kyiv on Saturday by Volodymyr Zelensky").
pub(crate) fn introduces_passive_agent(text: &str, by_pos: usize) -> bool {
    let before = words_before(text, by_pos, 8, true);
    let Some(be) = before.iter().position(|w| is_be(w)) else {
        return false;
    };
    // The participle follows the auxiliary (after at most one adverb).
    before[..be].iter().rev().take(2).any(|w| {
        let w = w.to_ascii_lowercase();
        w.len() > 3 && (w.ends_with("ed") || w.ends_with("en") || w == "sent" || w == "made")
    })
}

/// The agent named after a participle ending at `from`: a "by" among the next `max_words` words
/// (no clause punctuation before it), right before the name of an actor, a person or a title
/// (an article or one word between: "by the Foreign Office", "by President Donald Trump"). An
/// outlet is a channel ("was reported by Reuters"), not an agent.
fn agent_after(
    text: &str,
    mentions: &[Mention],
    from: usize,
    ceiling: usize,
    max_words: usize,
) -> Option<usize> {
    let rest = text.get(from..ceiling.max(from))?;
    // Where "by" ends (words are slices of `rest`, so their offsets are pointer differences).
    let by = rest
        .split_whitespace()
        .take(max_words)
        .find(|w| w.eq_ignore_ascii_case("by"))?;
    let by_start = from + (by.as_ptr() as usize - rest.as_ptr() as usize);
    if text[from..by_start].contains([',', ';', ':', '"', '\u{201c}']) {
        return None;
    }
    let at = by_start + by.len();
    let i = mentions.partition_point(|m| m.start < at);
    let m = mentions.get(i)?;
    let gap = text.get(at..m.start)?;
    let agent = (gap.split_whitespace().count() <= 1
        && !m.in_quote
        && matches!(
            m.kind,
            MentionKind::Actor(_) | MentionKind::Person(_) | MentionKind::Title { .. }
        ))
    .then_some(i)?;
    // "was announced by the Prime Minister, Sir Keir Starmer, at …": the name in apposition
    // says which prime minister.
    let named = mentions.get(i + 1).filter(|n| {
        matches!(m.kind, MentionKind::Title { .. })
            && matches!(n.kind, MentionKind::Person(_))
            && text.get(m.end..n.start).is_some_and(|between| {
                matches!(
                    between,
                    ", " | ", Sir " | ", Dame " | ", Mr " | ", Ms " | ", Mrs "
                )
            })
    });
    Some(named.map_or(agent, |_| i + 1))
}

/// The agent of a passive speech verb ("Allies were also urged by Mark Rutte on Friday", "new
/// sanctions were announced by the Foreign Office"), in the same clause and within a few words
/// of the verb.
pub(crate) fn speech_verb_agent(
    text: &str,
    mentions: &[Mention],
    verb: &Verb,
    ceiling: usize,
) -> Option<usize> {
    if verb.in_quote {
        return None;
    }
    let m = agent_after(text, mentions, verb.end, ceiling, 6)?;
    // The "by" must introduce the agent of this verb's passive.
    let by_pos = text[..mentions[m].start].rfind("by")?;
    introduces_passive_agent(text, by_pos).then_some(m)
}

/// "It was noted that", "was stressed": speech with no speaker named, also with an adverb
/// between ("It was also emphasised that", "it was particularly stressed that").
pub(super) fn passive_speech(text: &str, verb: &Verb) -> bool {
    let be = |w: &str| matches!(w, "was" | "were" | "been" | "is" | "are");
    match words_before(text, verb.start, 2, true).as_slice() {
        [w, ..] if be(w) => true,
        [adverb, w, ..] => {
            be(w)
                && (matches!(*adverb, "also" | "again" | "further")
                    || (adverb.len() > 4 && adverb.ends_with("ly")))
        }
        _ => false,
    }
}

/// A cue that is a participle right after a form of "be" ("was rejected"), or, with
/// `through_adverb`, after one and an adverb ("was formally adopted", "were unanimously
/// approved"); not "is theft" or "be no". (Only where an agent is looked for: "are
/// categorically opposed to" is an adjective, not a passive without its agent.)
fn is_passive(text: &str, cue: &CueHit, through_adverb: bool) -> bool {
    let participle = cue
        .cue
        .split_whitespace()
        .next()
        .is_some_and(|w| w.to_lowercase().ends_with("ed"));
    participle
        && match words_before(text, cue.start, 2, true).as_slice() {
            [be, ..] if is_be(be) => true,
            [adverb, be, ..] => {
                through_adverb && adverb.to_lowercase().ends_with("ly") && is_be(be)
            }
            _ => false,
        }
}

/// The agent of a passive cue: "was rejected by Berlin" → Berlin, with "by" within three words
/// of the cue.
pub(super) fn cue_agent(doc: &Doc<'_>, cue: &CueHit, sentence_end: usize) -> Option<usize> {
    let passive = is_passive(doc.text, cue, true);
    let named = !passive && named_by_a_passive(doc.text, cue);
    if !passive && !named {
        return None;
    }
    // (The name may be a scare quote that closes a few words on: "was branded \"a dangerous
    // escalation\" by …".)
    let from = if named {
        let rest = &doc.text[cue.end..sentence_end.max(cue.end)];
        rest.find(['"', '\u{201d}'])
            .filter(|&i| i <= 40 && !rest[..i].contains([',', ';', '.']))
            .map_or(cue.end, |i| {
                cue.end + i + rest[i..].chars().next().map_or(1, char::len_utf8)
            })
    } else {
        cue.end
    };
    agent_after(doc.text, &doc.mentions, from, sentence_end, 4)
}

/// Past forms of the verbs of naming that take their name without "as" ("called it theft",
/// "was branded a provocation"); `reported` reads the active ones too.
pub(super) const NAMING_VERBS: &[&str] = &[
    "called", "branded", "labelled", "labeled", "termed", "dubbed",
];

/// Whether a cue is the complement of a passive verb of naming: "The decision was described
/// as \"theft\" by the Kremlin's spokesman", "the plan was called theft by Peskov". Its agent
/// holds the stance, as a passive cue's does.
fn named_by_a_passive(text: &str, cue: &CueHit) -> bool {
    const NAMING_AS: &[&str] = &[
        "described",
        "seen",
        "regarded",
        "characterised",
        "characterized",
        "denounced",
        "condemned",
        "branded",
        "labelled",
        "labeled",
        "dismissed",
        "criticised",
        "criticized",
    ];
    // (Through the scare quote's opening mark: "was described as \"theft\"".)
    let end = text[..cue.start]
        .trim_end_matches(['"', '\u{201c}', ' '])
        .len();
    let words = words_before(text, end, 4, true);
    let is = |w: &str, one: &str| w.eq_ignore_ascii_case(one);
    // (An article may open the name: "was branded \"a dangerous escalation\"".)
    let words = match words.split_first() {
        Some((a, rest)) if ["a", "an", "the"].iter().any(|x| is(a, x)) => rest,
        _ => &words[..],
    };
    match words {
        [as_word, verb, be, ..] if is(as_word, "as") && is_be(be) => {
            NAMING_AS.iter().any(|n| is(verb, n))
        }
        [verb, be, ..] if is_be(be) => NAMING_VERBS.iter().any(|n| is(verb, n)),
        _ => false,
    }
}

/// "was rejected", "were ruled out" with no "by …" in the six words after: a passive whose agent
/// is left unsaid.
pub(super) fn passive_without_agent(text: &str, cue: &CueHit) -> bool {
    is_passive(text, cue, false)
        && !text[cue.end..]
            .split_whitespace()
            .take(6)
            .any(|w| w.eq_ignore_ascii_case("by"))
}

/// Whether "addressed" or "called" here is no speech act: "addressed" in the passive ("were
/// addressed by"), "called" naming something ("any foreign troops, whatever they were called,
/// would be legitimate targets") or a participle with its agent ("the session, called by the
/// opposition after …"); nor is "imposed" in the passive or after the measure it describes.
pub(super) fn not_a_speech_act(text: &str, start: usize, end: usize) -> bool {
    let verb = &text[start..end];
    // (Read only for the few verbs it concerns: this runs for every speech verb.)
    let after_be = || {
        words_before(text, start, 1, true)
            .first()
            .is_some_and(|w| is_be(w) || w.eq_ignore_ascii_case("being"))
    };
    // "the sanctions imposed on Moscow were already biting": a participle describing a
    // measure, not its subject's statement.
    if verb == "imposed" {
        return after_be()
            || words_before(text, start, 1, true).first().is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "sanctions"
                        | "restrictions"
                        | "measures"
                        | "penalties"
                        | "tariffs"
                        | "limits"
                        | "curbs"
                        | "controls"
                        | "embargo"
                        | "ban"
                        | "cap"
                )
            });
    }
    if !(verb.starts_with("address") || verb == "called") {
        return false;
    }
    // ("Macron called by telephone" is active: a "by" of means names no agent.)
    let mut next = text[end..].split_whitespace();
    let with_agent = verb == "called"
        && next.next() == Some("by")
        && next.next().is_some_and(|w| {
            !matches!(
                w.trim_end_matches([',', '.']).to_lowercase().as_str(),
                "phone" | "telephone" | "video" | "videolink" | "video-link" | "videoconference"
            )
        });
    after_be() || with_agent
}

#[cfg(test)]
mod tests {
    use super::{introduces_passive_agent, not_a_speech_act};

    #[test]
    fn by_after_a_passive_participle_introduces_its_agent() {
        let t = "Allies were also urged by Mark Rutte";
        assert!(introduces_passive_agent(t, t.find("by").unwrap()));
        let t = "the letter was welcomed in Kyiv on Saturday by Volodymyr Zelensky";
        assert!(introduces_passive_agent(t, t.find("by").unwrap()));
        // A noun's description, and a "by" of means, introduce no agent.
        let t = "the force being planned by Paris";
        assert!(!introduces_passive_agent(t, t.find("by").unwrap()));
        let t = "Zelensky spoke by video";
        assert!(!introduces_passive_agent(t, t.find("by").unwrap()));
    }

    #[test]
    fn called_with_its_agent_is_no_speech() {
        let t =
            "the session of the National Council, called by the opposition after the gas stopped";
        let at = t.find("called").unwrap();
        assert!(not_a_speech_act(t, at, at + 6));
        // A "by" of means leaves the call a speech act.
        let t = "Macron called by telephone on Sunday";
        let at = t.find("called").unwrap();
        assert!(!not_a_speech_act(t, at, at + 6));
        let t = "Scholz called the decision dangerous";
        let at = t.find("called").unwrap();
        assert!(!not_a_speech_act(t, at, at + 6));
    }
}
