//! The clause around a cue outside quotations: the speech verb that governs it and its subject,
//! a third party's reported stance, contrastive boundaries, the subject a clause opens with.
//! Not here: statement dates (see `statement_dates`), quotations and transcript labels (see
//! `speakers`), cues in relative clauses and indirect questions (see `no_position`).

use chrono::NaiveDate;

use crate::knowledge::{CueKind, Speech};

use super::attribution::{resolve, Attribution, Speaker, Verb};
use super::clause_subject::{clause_subject, manner_colon_subject};
use super::coordination::coordinated_subjects;
use super::mentions::MentionKind;
use super::no_position::GIVEN;
use super::passives::{cue_agent, passive_speech};
use super::quotes::quote_at;
use super::stance::CueHit;
use super::subjects::subject_before;
use super::topic;
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
            .find(|(_, v)| in_sentence(v));
        if let Some((vi, verb)) = governing {
            // "France has promised AMX-10 vehicles": the cue is its own speech verb, in the
            // perfect: narration of a past pledge (what was promised is still a stance when a
            // clause follows: "has promised that Germany will send …").
            if verb.start == cue.start && narrated_in_the_perfect(doc.text, cue) {
                return None;
            }
            // ", while Germany ruled out …": a new subject after a contrastive boundary takes over.
            if let Some(b) = self.contrastive_boundary(doc.text, verb.end, cue.start) {
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
                let own = (outlet || source)
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
                        doc.text[doc.mentions[m].end..cue.start]
                            .split_whitespace()
                            .count()
                            <= 3
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
            gap.split_whitespace().count() <= 3
                && !lower.contains("and that")
                && !lower.contains("or that")
        });
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

    /// Whether the clause holding the cue has its own subject (after the attributing verb) that
    /// is another actor, or a group the speaker is not part of.
    // The arguments are the cue's whole situation; bundling them would only rename them.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn reports_someone_else(
        &self,
        doc: &Doc<'_>,
        topics: &[topic::TopicHit],
        s: usize,
        cue: &CueHit,
        att: &Attribution,
        speaker: &Speaker,
        day: NaiveDate,
    ) -> bool {
        let sentence = doc.sentences[s];
        let mut floor = sentence.start;
        if let Some(a) = att.anchor.filter(|&a| a >= sentence.start && a < cue.start) {
            floor = a;
        }
        if let Some(b) = self.contrastive_boundary(doc.text, floor, cue.start) {
            floor = b;
        }
        let in_quote = quote_at(&doc.quotes, cue.start).is_some();
        // The addressee as the subject ("You believe you need to wait and prepare Ukraine for
        // NATO") is never the speaker's own stance.
        if words_before(doc.text, cue.start, 2, true)
            .iter()
            .any(|w| w.eq_ignore_ascii_case("you"))
        {
            return true;
        }
        // "Orban said the EU should lift sanctions", "… and they should go to Ukraine": a
        // recommendation names its addressee or its theme as the subject, but the stance is
        // the speaker's.
        let cue_word = cue
            .cue
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if matches!(
            cue_word.as_str(),
            "should" | "must" | "need" | "needs" | "ought"
        ) {
            return false;
        }
        // "told the Council that Russia was playing games and asked for more air defence": a
        // request or speech act coordinated after a reported clause is the reporter's own
        // second act, not the that-clause subject's.
        let coordinated_act = words_before(doc.text, cue.start, 1, true)
            .first()
            .is_some_and(|w| *w == "and")
            && (self.k.cues.say.contains(&cue_word)
                || ["ask", "thank", "call", "appeal", "urg", "press", "demand"]
                    .iter()
                    .any(|stem| cue_word.starts_with(stem)));
        if coordinated_act && att.mention.is_some() {
            return false;
        }
        let Some(m) = subject_before(
            doc.text,
            &doc.mentions,
            &doc.quotes,
            cue.start,
            floor,
            in_quote,
        ) else {
            // "as soon as they leave the room, they state …", "They also started to implement
            // plans": a third-person plural subject in the cue's clause is someone else.
            return words_before(doc.text, cue.start, 8, true)
                .iter()
                .any(|w| w.eq_ignore_ascii_case("they"));
        };
        if Some(m) == att.mention {
            return false;
        }
        // "does not believe that NATO membership for Ukraine is realistic": a name inside a
        // topic term is what the stance is about, not who takes it.
        let inside_term =
            |t: &topic::TopicHit| t.start <= doc.mentions[m].start && doc.mentions[m].end <= t.end;
        if topics.iter().any(inside_term) {
            return false;
        }
        // "Merz said Britain, France and Germany no longer …": a coordinated subject that
        // includes the speaker's own actor states the speaker's position too.
        if coordinated_subjects(doc.text, &doc.mentions, m)
            .into_iter()
            .chain([m])
            .any(|j| {
                resolve(self.k, &doc.mentions, j, day, 0).is_some_and(|o| o.actor == speaker.actor)
            })
        {
            return false;
        }
        let mention = &doc.mentions[m];
        // "MS. LEAVITT: The President is ready to impose …": in a speaker's own words (a turn or
        // a quotation), a bare title with no country is the speaker's own principal.
        let own_words = in_quote || att.anchor.is_none();
        if own_words
            && matches!(
                mention.kind,
                MentionKind::Title {
                    actor: None,
                    default_actor: None,
                    ..
                }
            )
            && doc.text[mention.start..mention.end]
                .split_whitespace()
                .next()
                .is_some_and(|w| w == "The" || w == "the")
        {
            return false;
        }
        // "Ukraine belongs in NATO", "Ukraine may use the weapons": the beneficiary of every
        // tracked proposition is its theme when the cue asserts it, not a third party.
        // (By the cue's kind, not its stance: "did not think Ukraine was ready for NATO" is a
        // denied support with Ukraine still its theme.)
        if cue.kind != CueKind::Opposes
            && cue.kind != CueKind::Warning
            && self
                .k
                .cues
                .beneficiaries
                .iter()
                .any(|b| mention.label.eq_ignore_ascii_case(b))
        {
            return false;
        }
        match &mention.kind {
            MentionKind::Blocker => {
                let label = mention.label.to_lowercase();
                // "sending Italian soldiers was not on the agenda": soldiers and troops are
                // what the stance is about, not a group taking one.
                if self
                    .k
                    .cues
                    .non_speaker_nouns
                    .iter()
                    .any(|n| label.ends_with(n.as_str()))
                {
                    return false;
                }
                !self
                    .k
                    .cues
                    .inclusive_groups
                    .iter()
                    .any(|g| label.ends_with(g.as_str()))
            }
            MentionKind::Pronoun | MentionKind::Outlet => false,
            _ => resolve(self.k, &doc.mentions, m, day, 0)
                .is_none_or(|other| other.actor != speaker.actor),
        }
    }
}

/// Whether the words right before a cue name a subject other than the publication's own voice:
/// a third-person pronoun ("They will supply weapons") or a capitalised name the gazetteer
/// does not know ("Xavier Bettel supported the idea"), not at the start of the sentence.
pub(super) fn third_party_subject(text: &str, cue_start: usize) -> bool {
    let before = words_before(text, cue_start, 3, true);
    before.iter().enumerate().any(|(i, w)| {
        let lower = w.to_lowercase();
        if matches!(lower.as_str(), "they" | "he" | "she") {
            return true;
        }
        // A capitalised word with another word before it in the clause is a name, except the
        // publisher's own institution ("The Government calls for an immediate ceasefire" on a
        // government's site).
        i == 0
            && w.chars().next().is_some_and(char::is_uppercase)
            && before.len() > 1
            && !matches!(
                lower.as_str(),
                "russia"
                    | "we"
                    | "i"
                    | "government"
                    | "ministry"
                    | "administration"
                    | "cabinet"
                    | "commission"
            )
    })
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
    let done = |w: &str| GIVEN.iter().chain(DONE).any(|d| w.eq_ignore_ascii_case(d));
    let mut words = cue.cue.split_whitespace();
    let first = words.next().unwrap_or("");
    // The cue may hold its auxiliary itself ("has sent", "have sent").
    if matches!(first.to_lowercase().as_str(), "has" | "have" | "had") {
        return words.next().is_some_and(done);
    }
    if !done(first) {
        return false;
    }
    words_before(text, cue.start, 3, true)
        .iter()
        .find(|w| !matches!(w.to_lowercase().as_str(), "already" | "also" | "so" | "far"))
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "has" | "have" | "had"))
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
