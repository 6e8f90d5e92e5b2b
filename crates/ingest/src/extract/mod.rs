//! The rule-based extractor: article in, claims out. Pure, deterministic, synchronous.
//!
//! Pipeline per article (every pass is linear in the text; automata and regexes come prebuilt
//! from [`Knowledge`]):
//! 1. paragraphs, sentences, quotations ([`sentences`], [`quotes`]);
//! 2. mentions of actors, people, titles, outlets, pronouns, non-speakers ([`mentions`]);
//! 3. speech verbs, stance cues ([`stance`]), topic terms ([`topic`]), dates ([`dates`]);
//! 4. for each cue: who says it ([`attribution`]): transcript label, quotation, governing speech
//!    verb, subject of the clause, or the publication itself when it is an actor's official
//!    voice; on which day; about which topic; then one claim per sentence, actor, topic.
//!
//! Not here: reading files or storing events.

mod attribution;
pub(crate) mod dates;
mod mentions;
#[cfg(test)]
mod properties;
pub(crate) mod quotes;
pub(crate) mod sentences;
mod stance;
mod topic;
mod words;

use std::collections::HashMap;

use chrono::NaiveDate;
use stancelog_events::{
    ArticleId, ArticleIngested, ClaimExtracted, ClaimId, Confidence, DateBasis, ExtractorInfo,
    Span, Stance,
};
use uuid::Uuid;

use crate::knowledge::{CueKind, Knowledge, Speech};

use self::attribution::{
    attribute_verb, resolve, speaker_key, subject_before, Attribution, Speaker, Verb,
};
use self::dates::DateHit;
use self::mentions::{find_mentions, Mention, MentionKind};
use self::quotes::{find_quotes, quote_at, Quote};
use self::sentences::Sentence;
use self::stance::{find_cues, CueHit};
use self::topic::{find_topics, topic_for};
use self::words::words_before;

/// The extractor's name, recorded in every claim.
pub const EXTRACTOR_NAME: &str = "stancelog-rules";
/// The extractor's version; bump whenever the rules or the default data change what is found.
pub const EXTRACTOR_VERSION: &str = "0.3.0";
/// Namespace of claim ids.
pub const CLAIM_NAMESPACE: Uuid = Uuid::from_u128(0x3d5c_8e21_7a4b_4c90_b1f6_09e2_d7a3_5c18);

/// Extracts claims with one [`Knowledge`]. Cheap to create; share the knowledge.
#[derive(Clone, Copy, Debug)]
pub struct Extractor<'k> {
    k: &'k Knowledge,
}

/// Everything found in one article before claims are assembled.
struct Doc<'a> {
    text: &'a str,
    published: NaiveDate,
    paragraphs: Vec<(usize, usize)>,
    sentences: Vec<Sentence>,
    quotes: Vec<Quote>,
    mentions: Vec<Mention>,
    verbs: Vec<Verb>,
    dates: Vec<DateHit>,
}

/// Who speaks a paragraph of a transcript or interview ("Vladimir Putin: …", "Q: …").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    None,
    Speaker(usize),
    Nobody,
}

struct Candidate {
    sentence: usize,
    actor: usize,
    topic: usize,
    stance: Stance,
    weight: u8,
    cue: String,
    speaker: String,
    channel: Option<String>,
    said_on: NaiveDate,
    basis: DateBasis,
    confidence: u16,
}

impl<'k> Extractor<'k> {
    /// An extractor over prebuilt knowledge.
    pub fn new(knowledge: &'k Knowledge) -> Self {
        Extractor { k: knowledge }
    }

    /// Name and version, as recorded in claims.
    pub fn info(&self) -> ExtractorInfo {
        ExtractorInfo {
            name: EXTRACTOR_NAME.to_string(),
            version: EXTRACTOR_VERSION.to_string(),
        }
    }

    /// Every claim in an article, in text order. Deterministic: the same article and version
    /// give the same claims with the same ids.
    pub fn extract(&self, article: &ArticleIngested) -> Vec<ClaimExtracted> {
        let k = self.k;
        let text = article.text.as_str();
        let paragraphs = sentences::paragraphs(text);
        let sentences = sentences::sentences(text, &paragraphs, &k.cues.abbreviations);
        if sentences.is_empty() {
            return Vec::new();
        }
        let quotes = find_quotes(text, &paragraphs);
        let mentions = find_mentions(k, text, &quotes);
        let lex = k.automata();
        let verbs: Vec<Verb> = lex
            .speech
            .find(text)
            .iter()
            .filter_map(|h| {
                let kind = *lex.speech.targets(h, text).next()?;
                Some(Verb {
                    start: h.start,
                    end: h.end,
                    kind,
                    in_quote: quote_at(&quotes, h.start).is_some(),
                })
            })
            .collect();
        let dates = lex.dates.find(text, article.published);
        let doc = Doc {
            text,
            published: article.published,
            paragraphs,
            sentences,
            quotes,
            mentions,
            verbs,
            dates,
        };
        let topics = find_topics(k, text, &doc.sentences);
        let headline_topic = topic::headline_topic(k, &article.title);
        let cues = find_cues(k, text);
        let references = lex.references.find(text);
        let source_actor = k.source_actor(&article.source, article.url.as_deref());
        let labels = self.paragraph_labels(&doc, source_actor.is_some());
        // In an interview or transcript the date given before the first label ("The interview
        // was conducted on Friday") is when every labelled answer was said.
        let intro_date = labels.iter().position(|l| *l != Label::None).and_then(|p| {
            let first = doc.paragraphs[p].0;
            doc.dates
                .iter()
                .filter(|d| d.end <= first && quote_at(&doc.quotes, d.start).is_none())
                .find(|d| {
                    doc.paragraphs
                        .iter()
                        .position(|&(a, b)| a <= d.start && d.end <= b)
                        .is_some_and(|i| labels[i] == Label::None)
                })
                .map(|d| (d.date, d.basis))
        });
        let quote_speakers = self.quote_attributions(&doc);

        let mut carried: HashMap<String, (NaiveDate, DateBasis)> = HashMap::new();
        let statements = self.dated_statements(&doc);
        let mut next_statement = 0;
        let mut candidates: Vec<Candidate> = Vec::new();
        for cue in &cues {
            let s = doc.sentences.partition_point(|x| x.end <= cue.start);
            let Some(sentence) = doc.sentences.get(s) else {
                continue;
            };
            if cue.start < sentence.start {
                continue;
            }
            let q = quote_at(&doc.quotes, cue.start);
            // A question asks; it takes no stance ("To what extent did the talks help?").
            if text[sentence.start..sentence.end]
                .trim_end_matches(['"', '\u{201d}', ')', '*'])
                .ends_with('?')
            {
                continue;
            }
            // ", who has vetoed earlier sanctions decisions,": a relative clause is background
            // narration, not the statement.
            if q.is_none() && in_relative_clause(text, sentence.start, cue.start) {
                continue;
            }
            // "did not say whether Germany would deliver Taurus": an indirect question asserts
            // nothing.
            if q.is_none() && in_indirect_question(text, sentence.start, cue.start) {
                continue;
            }
            // Who.
            let label = labels[sentence.paragraph];
            let (att, via_source) = match (label, q) {
                (Label::Speaker(m), None) => (
                    Attribution {
                        mention: Some(m),
                        ..Attribution::default()
                    },
                    false,
                ),
                (Label::Nobody, None) => {
                    continue;
                }
                (_, Some(qi)) => (quote_speakers[qi].clone(), false),
                (Label::None, None) => match self.attribute_cue(&doc, s, cue) {
                    // "It was noted that Russia is open to negotiations": a speech verb with no
                    // speaker, in an actor's own publication, is that actor speaking.
                    Some(att) if att.mention.is_none() && att.anchor.is_some() && !att.blocked => {
                        (att, true)
                    }
                    Some(att) => (att, false),
                    // The narration of an actor's own publication is that actor's voice
                    // (DESIGN.md §3): "We will continue to provide support" in a communique.
                    None if source_actor.is_some() && !third_party_subject(text, cue.start) => (
                        Attribution {
                            anchor: Some(cue.start),
                            ..Attribution::default()
                        },
                        true,
                    ),
                    None => {
                        continue;
                    }
                },
            };
            if att.blocked {
                continue;
            }
            // When: the date nearest the attributing verb, else the speaker's last date here.
            let anchor = att.anchor.unwrap_or(cue.start);
            let key = att.mention.map(|m| speaker_key(&doc.mentions, m));
            let from_label = matches!(label, Label::Speaker(_)) && q.is_none();
            // Every dated speech act before this point ("Baerbock, on a visit the same day,
            // said …") is the speaker's last date, even one that carried no stance.
            while let Some((pos, key, date)) = statements.get(next_statement) {
                if *pos >= anchor {
                    break;
                }
                carried.insert(key.clone(), *date);
                next_statement += 1;
            }
            let (said_on, basis) = from_label
                .then_some(intro_date)
                .flatten()
                .or_else(|| self.date_near(&doc, anchor))
                .or_else(|| key.as_ref().and_then(|k| carried.get(k).copied()))
                .unwrap_or((doc.published, DateBasis::Published));
            let speaker: Option<Speaker> = match att.mention {
                Some(m) => resolve(k, &doc.mentions, m, said_on, 0),
                None if via_source && q.is_none() => source_actor.map(|a| Speaker {
                    actor: a,
                    name: if article.source.is_empty() {
                        k.actors[a].name.clone()
                    } else {
                        article.source.clone()
                    },
                    certainty: 650,
                }),
                None => None,
            };
            let Some(speaker) = speaker else {
                continue;
            };
            // "Putin said NATO countries are against …": a third party's stance reported by the
            // speaker is not the speaker's. Warnings stay the speaker's own ("would put the West
            // in conflict with Moscow").
            if cue.kind != CueKind::Warning
                && self.reports_someone_else(&doc, s, cue, &att, &speaker, said_on)
            {
                continue;
            }
            if let Some(key) = key {
                if basis != DateBasis::Published {
                    carried.insert(key, (said_on, basis));
                }
            }
            // About what.
            if cue.needs_topic_after && !topic_follows(&topics, cue, text) {
                continue;
            }
            let quote_span = q.map(|qi| (doc.quotes[qi].start, doc.quotes[qi].end));
            // The topic may come from the sentences before for a strong cue inside a quotation
            // ("Nothing should be ruled out," he said — after a sentence on troops), or for a
            // cue whose clause points back ("called the decision dangerous").
            let strong = cue.weight >= 2 || cue.stance != Stance::Supports;
            let refers_back = references.iter().any(|r| {
                r.start >= sentence.start && r.end <= sentence.end && r.end <= cue.start + 80
            });
            // A scare quote of a few words ("categorically rejects") is part of the reported
            // sentence: only a quoted clause may take its topic from the context.
            let quoted_clause = q.is_some_and(|qi| {
                let qq = &doc.quotes[qi];
                text[qq.start..qq.end].split_whitespace().count() >= 4
            });
            let allow_context = (quoted_clause && strong) || refers_back;
            let max_words = match (cue.kind, cue.stance) {
                (CueKind::Warning, _) => None,
                (_, Stance::Supports) => Some(6),
                _ => Some(10),
            };
            let found = topic_for(
                k,
                &topics,
                &doc.sentences,
                s,
                (cue.start, cue.end),
                quote_span,
                allow_context,
                max_words,
                text,
            )
            // Nothing near: the article's headline topic, the discourse topic of the whole piece.
            .or_else(|| {
                allow_context
                    .then_some(headline_topic)
                    .flatten()
                    .map(|t| (t, true))
            });
            let Some((topic, from_context)) = found else {
                continue;
            };
            // "would not send weapons or soldiers": one cue, every coordinated topic.
            let mut all = vec![topic];
            if !from_context {
                all.extend(topic::coordinated(&topics, &topic, text));
            }
            for topic in all {
                let stance = if topic.inverse {
                    cue.stance.inverted()
                } else {
                    cue.stance
                };
                let mut confidence = i32::from(speaker.certainty);
                if q.is_some() {
                    confidence += 40;
                }
                if from_context {
                    confidence -= 120;
                }
                if cue.hedged {
                    confidence -= 100;
                }
                candidates.push(Candidate {
                    sentence: s,
                    actor: speaker.actor,
                    topic: topic.topic,
                    stance,
                    weight: cue.weight,
                    cue: cue.cue.clone(),
                    speaker: speaker.name.clone(),
                    channel: att.channel.clone(),
                    said_on,
                    basis,
                    confidence: confidence.clamp(100, 1000) as u16,
                });
            }
        }
        self.assemble(article, &doc, candidates)
    }

    /// One claim per sentence, actor and topic: the strongest cue wins.
    fn assemble(
        &self,
        article: &ArticleIngested,
        doc: &Doc<'_>,
        candidates: Vec<Candidate>,
    ) -> Vec<ClaimExtracted> {
        let mut best: Vec<Candidate> = Vec::new();
        for c in candidates {
            match best
                .iter_mut()
                .find(|b| b.sentence == c.sentence && b.actor == c.actor && b.topic == c.topic)
            {
                Some(b) if c.weight > b.weight => *b = c,
                Some(_) => {}
                None => best.push(c),
            }
        }
        let info = self.info();
        best.into_iter()
            .map(|c| {
                let s = doc.sentences[c.sentence];
                let actor = self.k.actors[c.actor].id.clone();
                let topic = self.k.topics[c.topic].id.clone();
                ClaimExtracted {
                    claim_id: claim_id(
                        article.article_id,
                        &info,
                        actor.as_str(),
                        topic.as_str(),
                        c.stance,
                        s.start,
                    ),
                    article_id: article.article_id,
                    actor,
                    speaker: c.speaker,
                    channel: c.channel,
                    topic,
                    stance: c.stance,
                    said_on: c.said_on,
                    date_basis: c.basis,
                    evidence: doc.text[s.start..s.end].to_string(),
                    evidence_span: Span {
                        start: s.start as u64,
                        end: s.end as u64,
                    },
                    cue: c.cue,
                    confidence: Confidence::from_millis(c.confidence),
                    extractor: info.clone(),
                }
            })
            .collect()
    }

    /// Attribution of a cue outside quotations and transcript labels; `None` = narration.
    fn attribute_cue(&self, doc: &Doc<'_>, s: usize, cue: &CueHit) -> Option<Attribution> {
        let sentence = doc.sentences[s];
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
            let att = attribute_verb(doc.text, &doc.mentions, &doc.quotes, &doc.verbs, vi, span);
            if att.mention.is_none() && passive_speech(doc.text, verb) {
                return Some(att);
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
        // A verb after the cue: "… troops to Ukraine, a spokesman said."
        let after = doc.verbs.partition_point(|v| v.start <= cue.end);
        if let Some((vi, _)) = doc.verbs[after..]
            .iter()
            .enumerate()
            .map(|(i, v)| (i + after, v))
            .take_while(|(_, v)| v.start < sentence.end)
            .find(|(_, v)| in_sentence(v))
        {
            let att = attribute_verb(doc.text, &doc.mentions, &doc.quotes, &doc.verbs, vi, span);
            if att.mention.is_some() {
                return Some(att);
            }
        }
        // No speech verb: the subject of the clause ("Germany ruled out …", "other leaders rule out").
        let floor = self
            .contrastive_boundary(doc.text, sentence.start, cue.start)
            .unwrap_or(sentence.start);
        let m = subject_before(
            doc.text,
            &doc.mentions,
            &doc.quotes,
            cue.start,
            floor,
            false,
        )?;
        // The subject must be close to the cue ("Germany ruled out", "Russia remains open to"),
        // not an object further back ("supplying Kiev with modern lethal weapons, … provocative").
        if doc.text[doc.mentions[m].end..cue.start]
            .split_whitespace()
            .count()
            > 3
        {
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

    /// Speech verbs outside quotations with a date of their own, in text order: where, whose
    /// (speaker key) and when.
    fn dated_statements(&self, doc: &Doc<'_>) -> Vec<(usize, String, (NaiveDate, DateBasis))> {
        let mut out = Vec::new();
        for (vi, verb) in doc.verbs.iter().enumerate() {
            if verb.in_quote {
                continue;
            }
            let s = doc.sentences.partition_point(|x| x.end <= verb.start);
            let Some(sentence) = doc.sentences.get(s) else {
                continue;
            };
            let att = attribute_verb(
                doc.text,
                &doc.mentions,
                &doc.quotes,
                &doc.verbs,
                vi,
                (sentence.start, sentence.end),
            );
            let (Some(m), Some(date)) = (att.mention, self.date_near(doc, verb.start)) else {
                continue;
            };
            out.push((verb.start, speaker_key(&doc.mentions, m), date));
        }
        out
    }

    /// Whether the clause holding the cue has its own subject (after the attributing verb) that
    /// is another actor, or a group the speaker is not part of.
    fn reports_someone_else(
        &self,
        doc: &Doc<'_>,
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
        let Some(m) = subject_before(
            doc.text,
            &doc.mentions,
            &doc.quotes,
            cue.start,
            floor,
            in_quote,
        ) else {
            return false;
        };
        if Some(m) == att.mention {
            return false;
        }
        // "Orban said the EU should lift sanctions": a recommendation names its addressee as
        // the subject, but the stance is the speaker's.
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
        let mention = &doc.mentions[m];
        // "Ukraine belongs in NATO", "Ukraine may use the weapons": the beneficiary of every
        // tracked proposition is its theme when the cue asserts it, not a third party.
        if cue.stance != Stance::Opposes
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

    /// The end of the last contrastive boundary (", while", ";") in `[from, to)`.
    fn contrastive_boundary(&self, text: &str, from: usize, to: usize) -> Option<usize> {
        if from >= to {
            return None;
        }
        let lower = text[from..to].to_lowercase();
        if lower.len() != to - from {
            // Lower-casing changed byte lengths (rare scripts): positions would not line up.
            return None;
        }
        self.k
            .cues
            .contrastive
            .iter()
            .filter_map(|b| lower.rfind(b.as_str()).map(|i| from + i + b.len()))
            .max()
    }

    /// The statement date nearest a position in its sentence: not inside a quotation, not after
    /// "since"/"until", not in a relative clause (", who attended … on Monday,").
    fn date_near(&self, doc: &Doc<'_>, anchor: usize) -> Option<(NaiveDate, DateBasis)> {
        let s = doc.sentences.partition_point(|x| x.end <= anchor);
        let sentence = doc.sentences.get(s)?;
        doc.dates
            .iter()
            .filter(|d| d.start >= sentence.start && d.end <= sentence.end)
            .filter(|d| quote_at(&doc.quotes, d.start).is_none())
            .filter(|d| {
                let before = words_before(doc.text, d.start, 2, false);
                let skip_on = if before.first().is_some_and(|w| w.eq_ignore_ascii_case("on")) {
                    1
                } else {
                    0
                };
                !before
                    .get(skip_on)
                    .is_some_and(|w| self.k.cues.no_date_before.contains(&w.to_lowercase()))
            })
            .filter(|d| {
                // Inside ", who … ," before the verb: the date belongs to the relative clause.
                if d.end > anchor {
                    return true;
                }
                let lead = &doc.text[sentence.start..d.start];
                let relative = lead.rfind(", who ").or_else(|| lead.rfind(", which "));
                !(relative.is_some() && doc.text[d.end..anchor].contains(','))
            })
            .min_by_key(|d| {
                if d.start >= anchor {
                    d.start - anchor
                } else {
                    anchor - d.end
                }
            })
            .map(|d| (d.date, d.basis))
    }

    /// Transcript and interview labels per paragraph.
    fn paragraph_labels(&self, doc: &Doc<'_>, official: bool) -> Vec<Label> {
        let mut labels = Vec::with_capacity(doc.paragraphs.len());
        let mut questions: Vec<usize> = Vec::new();
        let mut count = 0;
        for &(ps, pe) in &doc.paragraphs {
            let para = &doc.text[ps..pe];
            // A paragraph set wholly in bold, or ending in a question mark, is the interviewer's
            // question or a heading, never a statement ("**Should Ukraine join NATO?**").
            if is_question_or_heading(para) {
                labels.push(Label::Nobody);
                questions.push(labels.len() - 1);
                continue;
            }
            let head = &doc.text[ps..floor_char_boundary(doc.text, (ps + 80).min(pe))];
            let label = head
                .find(':')
                .map(|c| (&head[..c], ps + c))
                .filter(|(l, _)| {
                    let words: Vec<&str> = l.split_whitespace().collect();
                    !words.is_empty()
                        && words.len() <= 7
                        && words.iter().all(|w| {
                            w.chars().next().is_some_and(|c| c.is_uppercase())
                                || matches!(*w, "of" | "the" | "de" | "von" | "van")
                        })
                        && !l.contains(['"', '\u{201c}', '.', ','])
                });
            labels.push(match label {
                None => Label::None,
                Some((l, end)) => {
                    count += 1;
                    let l = l.trim();
                    if matches!(l, "Q" | "Question" | "Interviewer") {
                        Label::Nobody
                    } else if matches!(l, "A" | "Answer") {
                        // The interviewee: the last person named before.
                        let i = doc.mentions.partition_point(|m| m.start < ps);
                        (0..i)
                            .rev()
                            .find(|&j| matches!(doc.mentions[j].kind, MentionKind::Person(_)))
                            .map_or(Label::Nobody, Label::Speaker)
                    } else {
                        doc.mentions
                            .iter()
                            .position(|m| {
                                m.start >= ps
                                    && m.end <= end
                                    && !matches!(
                                        m.kind,
                                        MentionKind::Blocker
                                            | MentionKind::Outlet
                                            | MentionKind::Pronoun
                                    )
                            })
                            .map_or(Label::Nobody, Label::Speaker)
                    }
                }
            });
        }
        // In a transcript (several labels, or an official record) a speaker's remarks run on
        // until the next label.
        if count >= 2 || (count == 1 && official) {
            let mut current = Label::None;
            for (i, l) in labels.iter_mut().enumerate() {
                if questions.contains(&i) {
                    // A question interrupts nobody: the answer after it is the last speaker's.
                    continue;
                }
                if *l == Label::None {
                    *l = current;
                } else {
                    current = *l;
                }
            }
        }
        labels
    }

    /// Who said each quotation.
    fn quote_attributions(&self, doc: &Doc<'_>) -> Vec<Attribution> {
        let mut out: Vec<Attribution> = Vec::with_capacity(doc.quotes.len());
        for (qi, q) in doc.quotes.iter().enumerate() {
            let mut att = self.attribute_quote(doc, q);
            if att.mention.is_none() && qi > 0 {
                // The previous quote's speaker goes on: a reopened quote, or a quote-only sentence
                // right after an attributed one.
                let prev = &doc.quotes[qi - 1];
                let s_prev = doc
                    .sentences
                    .partition_point(|x| x.end <= prev.end.saturating_sub(1));
                let s_here = doc.sentences.partition_point(|x| x.end <= q.start);
                if q.continues || s_here <= s_prev + 1 {
                    att = out[qi - 1].clone();
                }
            }
            if att.mention.is_none() {
                att.blocked = true;
            }
            out.push(att);
        }
        out
    }

    fn attribute_quote(&self, doc: &Doc<'_>, q: &Quote) -> Attribution {
        let last = q.end.saturating_sub(1);
        let s_end = doc.sentences.partition_point(|x| x.end <= last);
        if let Some(sentence) = doc.sentences.get(s_end) {
            let span = (sentence.start, sentence.end);
            // `,” he said.` / `," CNN cited Peskov`: the first verb after the quote, close to it.
            let from = doc.verbs.partition_point(|v| v.start < q.end);
            if let Some(vi) = (from..doc.verbs.len())
                .take_while(|&i| doc.verbs[i].start - q.end <= 60)
                .find(|&i| !doc.verbs[i].in_quote && doc.verbs[i].end <= sentence.end)
            {
                let verb = &doc.verbs[vi];
                let mut att = attribute_verb(
                    doc.text,
                    &doc.mentions,
                    &doc.quotes,
                    &doc.verbs,
                    vi,
                    (q.end, span.1),
                );
                if att.mention.is_none() && matches!(verb.kind, Speech::Say) {
                    att =
                        attribute_verb(doc.text, &doc.mentions, &doc.quotes, &doc.verbs, vi, span);
                }
                if att.mention.is_some() {
                    return att;
                }
            }
        }
        // `Peskov also said: “…”`: the nearest verb before the quote in its sentence.
        let s_start = doc.sentences.partition_point(|x| x.end <= q.start);
        if let Some(sentence) = doc.sentences.get(s_start) {
            let first = doc.verbs.partition_point(|v| v.start < sentence.start);
            let upto = doc.verbs.partition_point(|v| v.end <= q.start);
            if let Some(vi) = (first..upto.max(first))
                .rev()
                .find(|&i| !doc.verbs[i].in_quote && doc.verbs[i].end <= q.start)
            {
                return attribute_verb(
                    doc.text,
                    &doc.mentions,
                    &doc.quotes,
                    &doc.verbs,
                    vi,
                    (sentence.start, sentence.end),
                );
            }
        }
        // `Orbán was blunt: "…"`: a quote introduced by a colon belongs to the subject of the
        // clause before the colon.
        let lead = doc.text[..q.start].trim_end();
        if let (Some(colon), Some(sentence)) = (
            lead.strip_suffix(':').map(str::len),
            doc.sentences.get(s_start),
        ) {
            if let Some(m) = subject_before(
                doc.text,
                &doc.mentions,
                &doc.quotes,
                colon,
                sentence.start,
                false,
            ) {
                return Attribution {
                    mention: Some(m),
                    anchor: Some(colon),
                    ..Attribution::default()
                };
            }
        }
        Attribution::default()
    }
}

/// A paragraph that is an interviewer's question or a heading: wholly bold (`**…**`, `__…__`)
/// or ending in a question mark (after closing emphasis and quotes).
fn is_question_or_heading(para: &str) -> bool {
    let p = para.trim();
    let bold = (p.starts_with("**") && p.ends_with("**") && p.len() > 4)
        || (p.starts_with("__") && p.ends_with("__") && p.len() > 4);
    let end = p.trim_end_matches(['*', '_', '"', '\u{201d}', ')', ' ']);
    bold || end.ends_with('?')
}

/// Whether `pos` lies inside a non-restrictive relative clause (", who … ,") of its sentence.
fn in_relative_clause(text: &str, sentence_start: usize, pos: usize) -> bool {
    let lead = &text[sentence_start..pos];
    [", who ", ", which ", ", whose "]
        .iter()
        .filter_map(|r| lead.rfind(r).map(|i| i + r.len()))
        .max()
        .is_some_and(|open| !lead[open..].contains([',', ';', '\u{2014}']))
}

/// Whether the words right before a cue name a subject other than the publication's own voice:
/// a third-person pronoun ("They will supply weapons") or a capitalised name the gazetteer
/// does not know ("Xavier Bettel supported the idea"), not at the start of the sentence.
fn third_party_subject(text: &str, cue_start: usize) -> bool {
    let before = words_before(text, cue_start, 3, true);
    before.iter().enumerate().any(|(i, w)| {
        let lower = w.to_lowercase();
        if matches!(lower.as_str(), "they" | "he" | "she") {
            return true;
        }
        // A capitalised word with another word before it in the clause is a name.
        i == 0
            && w.chars().next().is_some_and(char::is_uppercase)
            && before.len() > 1
            && !matches!(lower.as_str(), "russia" | "we" | "i")
    })
}

/// Whether `pos` follows "whether" in its clause ("asked whether", "did not say whether").
fn in_indirect_question(text: &str, sentence_start: usize, pos: usize) -> bool {
    let lead = text[sentence_start..pos].to_lowercase();
    lead.rfind("whether ")
        .is_some_and(|i| !lead[i..].contains([',', ';', '\u{2014}']))
}

/// The largest char boundary at or before `i`.
fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// "It was noted that", "was stressed": speech with no speaker named.
fn passive_speech(text: &str, verb: &Verb) -> bool {
    let before = words_before(text, verb.start, 2, true);
    before
        .first()
        .is_some_and(|w| matches!(*w, "was" | "were" | "been" | "is" | "are"))
}

/// Whether a topic term starts within three words after a cue (for `phrase _` cues), or, for a
/// modal ("must", "should", "need to"), ends within two words before it as its subject ("the
/// tanks must come", "sanctions must stay").
fn topic_follows(topics: &[topic::TopicHit], cue: &CueHit, text: &str) -> bool {
    let modal = matches!(
        cue.cue
            .split_whitespace()
            .next()
            .map(str::to_lowercase)
            .as_deref(),
        Some("must" | "should" | "need" | "needs" | "ought")
    );
    let subject_before = |t: &topic::TopicHit| {
        t.end <= cue.start && {
            let gap = &text[t.end..cue.start];
            !gap.contains([',', '.', ';', ':', '"', '\u{201c}', '\u{201d}'])
                && gap.split_whitespace().count() <= 2
        }
    };
    if modal && topics.iter().any(subject_before) {
        return true;
    }
    topics.iter().any(|t| {
        t.start >= cue.end && {
            // Quotation marks may stand between: `"no plans" to supply the missiles`.
            let gap = &text[cue.end..t.start];
            !gap.contains([',', '.', ';', ':']) && gap.split_whitespace().count() <= 3
        }
    })
}

/// uuid v5 of article id, extractor, actor, topic, stance and evidence start.
fn claim_id(
    article: ArticleId,
    info: &ExtractorInfo,
    actor: &str,
    topic: &str,
    stance: Stance,
    start: usize,
) -> ClaimId {
    let key = format!(
        "{}|{}|{}|{actor}|{topic}|{}|{start}",
        article.0,
        info.name,
        info.version,
        stance.as_str()
    );
    ClaimId(Uuid::new_v5(&CLAIM_NAMESPACE, key.as_bytes()))
}
