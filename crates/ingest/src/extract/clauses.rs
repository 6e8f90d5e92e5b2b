//! The clause around a cue outside quotations: the speech verb that governs it and its subject,
//! contrastive boundaries, the subject a clause opens with.
//! Not here: statement dates (see `statement_dates`), quotations and transcript labels (see
//! `speakers`), cues in relative clauses and indirect questions (see `no_position`), a third
//! party's reported stance (see `reported`).

use crate::knowledge::Speech;

use super::attribution::{Attribution, Verb};
use super::clause_subject::{clause_subject, manner_colon_subject};
use super::mentions::MentionKind;
use super::no_position::GIVEN;
use super::passives::{cue_agent, passive_speech};
use super::reported::is_addressee;
use super::stance::CueHit;
use super::subjects::subject_before;
use super::words::words_before;
use super::{Doc, Extractor};

impl Extractor<'_> {
    /// Attribution of a cue outside quotations and transcript labels; `None` = narration.
    pub(super) fn attribute_cue(
        &self,
        doc: &Doc<'_>,
        s: usize,
        cue: &CueHit,
    ) -> Option<Attribution> {
        let sentence = doc.sentences[s];
        // "was rejected by Berlin", "were announced by the Pentagon": the agent of a passive
        // stance takes it, whoever reports the sentence.
        if let Some(m) = cue_agent(doc, cue, sentence.end) {
            return Some(Attribution {
                mention: Some(m),
                anchor: Some(cue.start),
                ..Attribution::default()
            });
        }
        // "a joint statement was issued in the names of von der Leyen, Macron, Scholz …,
        // announcing that …": the signatories speak (the first here, the rest as partners).
        if let Some(m) = joint_signatory(doc, sentence.start, cue.start) {
            return Some(Attribution {
                mention: Some(m),
                anchor: Some(doc.mentions[m].start),
                ..Attribution::default()
            });
        }
        let span = (sentence.start, sentence.end);
        let in_sentence =
            |v: &Verb| v.start >= sentence.start && v.end <= sentence.end && !v.in_quote;
        // Verbs are sorted: look only at those of this sentence.
        let first = doc.verbs.partition_point(|v| v.start < sentence.start);
        let upto = doc.verbs.partition_point(|v| v.start <= cue.start);
        let governing = (first..upto.max(first))
            .rev()
            .map(|i| (i, &doc.verbs[i]))
            .find(|(_, v)| in_sentence(v))
            // "Erdoğan said that Putin had told him he wanted peace, and that Turkey stood
            // ready to host talks": a second "that" clause after "and" belongs to the verb that
            // opened the first one, not to a verb inside it.
            .map(|(vi, v)| {
                if !doc
                    .text
                    .get(v.end..cue.start)
                    .is_some_and(|gap| gap.contains(" and that "))
                {
                    return (vi, v);
                }
                (first..vi)
                    .find(|&i| {
                        in_sentence(&doc.verbs[i])
                            && doc.text[doc.verbs[i].end..v.start].contains(" that ")
                    })
                    .map_or((vi, v), |i| (i, &doc.verbs[i]))
            });
        if let Some((vi, verb)) = governing {
            // "France has promised AMX-10 vehicles": the cue is its own speech verb, in the
            // perfect: narration of a past pledge (what was promised is still a stance when a
            // clause follows: "has promised that Germany will send …").
            if verb.start == cue.start && narrated_in_the_perfect(doc.text, cue) {
                return None;
            }
            // ", while Germany ruled out …": a new subject after a contrastive boundary takes over
            // (not after ", but that allies would …": a second clause the speech verb reports).
            if let Some(b) = self
                .contrastive_boundary(doc.text, verb.end, cue.start)
                .filter(|&b| !doc.text[b..].trim_start().starts_with("that "))
            {
                if let Some(m) =
                    subject_before(doc.text, &doc.mentions, &doc.quotes, cue.start, b, false)
                {
                    return Some(Attribution {
                        mention: Some(m),
                        anchor: Some(cue.start),
                        ..Attribution::default()
                    });
                }
            }
            let att = doc.verb_attribution(vi, span);
            if att.mention.is_none() && passive_speech(doc.text, verb) {
                return Some(att);
            }
            // "The Times notes that Downing Street welcomed the outcome": a paper reporting is
            // the channel; the reported clause's own subject takes the stance.
            if att.mention.is_none() {
                let outlet = subject_before(
                    doc.text,
                    &doc.mentions,
                    &doc.quotes,
                    verb.start,
                    sentence.start,
                    false,
                )
                .is_none()
                    && doc.mentions[..doc.mentions.partition_point(|m| m.end <= verb.start)]
                        .iter()
                        .rev()
                        .take_while(|m| m.start >= sentence.start)
                        .any(|m| matches!(m.kind, MentionKind::Outlet));
                // "According to the German hosts, he asked for …": a source that speaks for
                // no actor is a channel too.
                let source = matches!(verb.kind, Speech::According);
                // "In its reply, the ministry said France supported …", "a spokesperson wrote
                // that Hungary will not block …": an unnamed voice (a speaker noun the gazetteer
                // gives no actor) reports the state named as the clause's subject.
                let unnamed = words_before(doc.text, verb.start, 1, true)
                    .first()
                    .is_some_and(|w| {
                        let w = w.to_lowercase();
                        self.k.cues.speaker_nouns.contains(&w)
                    });
                // (Only for a cue after the verb: a cue that is the verb itself has no clause.)
                let own = ((outlet || source || unnamed) && verb.end <= cue.start)
                    .then(|| {
                        subject_before(
                            doc.text,
                            &doc.mentions,
                            &doc.quotes,
                            cue.start,
                            verb.end,
                            false,
                        )
                    })
                    .flatten()
                    .filter(|&m| {
                        // ("Ukrainska Pravda reports that Zelensky used the lunch to ask …": the
                        // that-clause's own subject reaches a little further.)
                        let opens_clause =
                            outlet && doc.text[verb.end..doc.mentions[m].start].trim() == "that";
                        doc.text[doc.mentions[m].end..cue.start]
                            .split_whitespace()
                            .count()
                            <= if opens_clause { 8 } else { 3 }
                    })
                    .filter(|&m| {
                        outlet || source || matches!(doc.mentions[m].kind, MentionKind::Actor(_))
                    });
                // "In London, the government announced sanctions on …": an unnamed voice in the
                // capital the sentence opens with is that capital's.
                let own = own.or_else(|| {
                    unnamed
                        .then(|| {
                            doc.mentions.iter().position(|m| {
                                m.start > sentence.start
                                    && m.end < verb.start
                                    && matches!(m.kind, MentionKind::Actor(_))
                                    // (After a transcript's label: "ANCHOR: In London, …".)
                                    && doc.text[sentence.start..m.start]
                                        .rsplit(':')
                                        .next()
                                        .is_some_and(|lead| lead.trim().eq_ignore_ascii_case("in"))
                                    && doc.text[m.end..].starts_with(',')
                            })
                        })
                        .flatten()
                });
                if let Some(m) = own {
                    return Some(Attribution {
                        mention: Some(m),
                        anchor: Some(verb.start),
                        channel: att.channel.clone(),
                        ..Attribution::default()
                    });
                }
            }
            return Some(if att.mention.is_none() {
                Attribution {
                    blocked: true,
                    ..att
                }
            } else {
                att
            });
        }
        // "the spokeswoman was blunt: any attempt … would be piracy": a manner of speaking
        // before a colon introduces what the subject said.
        if let Some(m) = manner_colon_subject(doc, sentence.start, cue.start) {
            return Some(Attribution {
                mention: Some(m),
                anchor: Some(cue.start),
                ..Attribution::default()
            });
        }
        // A verb after the cue: "… troops to Ukraine, a spokesman said."
        let after = doc.verbs.partition_point(|v| v.start <= cue.end);
        if let Some((vi, _)) = doc.verbs[after..]
            .iter()
            .enumerate()
            .map(|(i, v)| (i + after, v))
            .take_while(|(_, v)| v.start < sentence.end)
            .find(|(_, v)| in_sentence(v))
        {
            let att = doc.verb_attribution(vi, span);
            if att.mention.is_some() {
                return Some(att);
            }
        }
        // No speech verb: the subject of the clause ("Germany ruled out …", "other leaders rule out").
        let floor = self
            .contrastive_boundary(doc.text, sentence.start, cue.start)
            .unwrap_or(sentence.start);
        let near = subject_before(
            doc.text,
            &doc.mentions,
            &doc.quotes,
            cue.start,
            floor,
            false,
        )
        // The subject must be close to the cue ("Germany ruled out", "Russia remains open to"),
        // not an object further back ("supplying Kiev with modern lethal weapons, … provocative"),
        // nor a name before a second that-clause ("… to join NATO and that no foreign troops be
        // stationed"; "the EU agreed that Euroclear must …" is the EU's own clause).
        .filter(|&m| {
            let gap = &doc.text[doc.mentions[m].end..cue.start];
            let lower = gap.to_lowercase();
            let lower = lower.trim_end();
            gap.split_whitespace().count() <= 3
                && !lower.contains("and that")
                && !lower.contains("or that")
                // "asked for an invitation to join NATO and for permission to strike …": a
                // cue after "for" or "of" is an object, and the name before it no subject.
                && !lower.ends_with(" for")
                && !lower.ends_with(" of")
        })
        // "Baltic leaders press EU to seize Russian reserves": the one urged to act is not the
        // one who takes the stance.
        .filter(|&m| !is_addressee(doc.text, doc.mentions[m].start, doc.mentions[m].end));
        // Farther away, only the subject the clause opens with, when the cue is one of its
        // verbs ("Reznikov, Ukraine's defence minister, thanked partners and asked for more air
        // defence"; "Zelensky addressed Congress by video, asking for more aircraft").
        let m = near.or_else(|| clause_subject(doc, cue.start, floor))?;
        // "Germany has already delivered Gepard guns": narration of a completed delivery is a
        // fact the reporter states, not the actor taking a stance (a speech verb would make it one:
        // "Biden confirmed that the United States had delivered ATACMS").
        if narrated_in_the_perfect(doc.text, cue) {
            return None;
        }
        // "… reaffirm that Ukraine will become a member": the subject of a that-clause is what
        // the stance is about, not who takes it.
        if words_before(doc.text, doc.mentions[m].start, 1, true)
            .first()
            .is_some_and(|w| w.eq_ignore_ascii_case("that"))
        {
            return None;
        }
        Some(Attribution {
            mention: Some(m),
            anchor: Some(cue.start),
            ..Attribution::default()
        })
    }
}

/// A perfect-tense delivery, pledge or request verb ("has delivered", "had already sent", "has
/// promised", "has asked for … for months"): the record of something done, not a position taken.
fn narrated_in_the_perfect(text: &str, cue: &CueHit) -> bool {
    // Beside the participles of giving (`GIVEN`):
    const DONE: &[&str] = &[
        "contributed",
        // A past position narrated in the perfect is narration too ("France has promised
        // AMX-10 vehicles"), unless someone is reported saying it.
        "promised",
        "pledged",
        "offered",
        "approved",
        // So is a standing request ("Kyiv has asked for Western aircraft for months").
        "asked",
        "wanted",
        "demanded",
    ];
    let given = |w: &str| GIVEN.iter().any(|d| w.eq_ignore_ascii_case(d));
    let done = |w: &str| given(w) || DONE.iter().any(|d| w.eq_ignore_ascii_case(d));
    // (A pledge or a request in the past perfect is a dated statement of its own: "Olaf Scholz
    // had pledged a further 500 million euros in arms the day before"; only a delivery in it
    // is a record, "until now only London had supplied such missiles".)
    let auxiliary = |aux: &str, participle: &str| match aux.to_lowercase().as_str() {
        "has" | "have" => true,
        "had" => given(participle),
        _ => false,
    };
    let mut words = cue.cue.split_whitespace();
    let first = words.next().unwrap_or("");
    // The cue may hold its auxiliary itself ("has sent", "have sent").
    if matches!(first.to_lowercase().as_str(), "has" | "have" | "had") {
        return words.next().is_some_and(|p| done(p) && auxiliary(first, p));
    }
    if !done(first) {
        return false;
    }
    words_before(text, cue.start, 3, true)
        .iter()
        .find(|w| !matches!(w.to_lowercase().as_str(), "already" | "also" | "so" | "far"))
        .is_some_and(|w| auxiliary(w, first))
}

/// Phrases that introduce the signatories of a joint text.
const SIGNED_BY: &[&str] = &[
    "in the names of",
    "in the name of",
    "signed by",
    "joint statement by",
    "joint statement from",
    "joint statement of",
    "joint declaration by",
    "joint letter from",
    "joint letter by",
];

/// The first signatory of a joint statement named before the cue in its sentence, when the
/// cue is what the statement says (no other speech verb with its own subject between).
fn joint_signatory(doc: &Doc<'_>, sentence_start: usize, cue_start: usize) -> Option<usize> {
    let before = &doc.text[sentence_start..cue_start];
    // (Cheap test first: this runs for every cue outside quotations.)
    if !before.contains("oint ") && !before.contains("igned by") && !before.contains("names of") {
        return None;
    }
    let lower = before.to_lowercase();
    let at = SIGNED_BY
        .iter()
        .filter_map(|p| lower.find(p).map(|i| sentence_start + i + p.len()))
        .min()?;
    let i = doc.mentions.partition_point(|m| m.start < at);
    let m = doc.mentions.get(i)?;
    (m.start < cue_start
        && m.start - at <= 2
        && matches!(m.kind, MentionKind::Person(_) | MentionKind::Actor(_)))
    .then_some(i)
}
