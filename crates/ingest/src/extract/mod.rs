//! The rule-based extractor: article in, claims out. Pure, deterministic, synchronous.
//!
//! Pipeline per article (every pass is linear in the text; automata and regexes are built once,
//! on the first extraction, by [`Knowledge::automata`]):
//! 1. paragraphs (a transcript flattened into one paragraph is split at its speaker labels),
//!    sentences, quotations ([`sentences`], [`quotes`]);
//! 2. mentions of actors, people, titles, outlets, pronouns, non-speakers ([`mentions`]);
//! 3. speech verbs, stance cues ([`stance`]), topic terms ([`topic`]), dates ([`dates`]);
//! 4. for each cue: who says it ([`speakers`] for transcript labels and quotations, [`clauses`]
//!    for the governing speech verb or the subject of the clause, [`attribution`] for resolving
//!    people and titles by date), or the publication itself when it is an actor's official voice;
//!    and every subject coordinated with it ("France and Germany said"); on which day (the
//!    nearest date, else the speaker's last dated statement, else the event the paragraph
//!    before is about, else publication); about which topic (and every topic coordinated with
//!    it); then one claim per sentence, actor, topic ([`assemble`]).
//!
//! Every cue that yields no claim is logged at debug level with the reason
//! (`STANCELOG_LOG=stancelog_ingest=debug`).
//!
//! Not here: reading files or storing events.

mod antecedents;
mod assemble;
mod attribution;
mod claim_stance;
mod clause_subject;
mod clause_tests;
mod clauses;
mod contrastive;
mod coordination;
mod cue_speaker;
mod cue_topic;
pub(crate) mod dates;
mod document_voice;
mod groups;
mod headline_topic;
mod implicit_objects;
mod interviews;
mod label_names;
mod letters;
mod mention_context;
mod mention_roles;
mod mentions;
mod modal_subjects;
mod no_position;
mod passives;
#[cfg(test)]
mod properties;
pub(crate) mod quotes;
mod record_dates;
mod reported;
mod reproduced_statements;
mod run_in_labels;
mod sections;
pub(crate) mod sentences;
mod signatures;
mod speaker_nouns;
mod speakers;
mod stance;
mod statement_dates;
mod subjects;
mod term_owners;
mod topic;
mod topic_links;
mod verb_dates;
mod verbless_leads;
mod words;

use std::collections::HashMap;

use chrono::NaiveDate;
use stancelog_events::{ArticleIngested, ClaimExtracted, DateBasis, ExtractorInfo, Stance};
use uuid::Uuid;

use crate::knowledge::lexicon::word_starts;
use crate::knowledge::{CueKind, Knowledge};

use self::assemble::merge_undated_leads;
use self::attribution::{
    find_speech_verbs, resolve, resolve_in_voice, speaker_key, Speaker, Verb, Voice,
};
use self::claim_stance::claim_stance;
use self::coordination::coordinated_subjects;
use self::cue_speaker::CueVoice;
use self::cue_topic::CueSite;
use self::dates::DateHit;
use self::mentions::{find_mentions, Mention};
use self::no_position::{
    asserts_no_position, in_relative_clause, opens_participle_with_agent,
    relative_clause_reports_speech,
};
use self::quotes::{find_quotes, quote_at, quoted_question, Quote};
use self::sentences::Sentence;
use self::speakers::Label;
use self::stance::find_cues;
use self::statement_dates::DateSite;
use self::topic::find_topics;

/// The extractor's name, recorded in every claim.
pub const EXTRACTOR_NAME: &str = "stancelog-rules";
/// The extractor's version; bump whenever the rules or the default data change what is found.
pub const EXTRACTOR_VERSION: &str = "0.26.0";
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
            // The rules are code and data: the data's digest is part of the version.
            version: format!("{EXTRACTOR_VERSION}+data.{}", self.k.fingerprint()),
        }
    }

    /// Every claim in an article, in text order. Deterministic: the same article and version
    /// give the same claims with the same ids.
    pub fn extract(&self, article: &ArticleIngested) -> Vec<ClaimExtracted> {
        let k = self.k;
        let text = article.text.as_str();
        let paragraphs = sentences::split_inline_turns(text, &sentences::paragraphs(text));
        let sentences = sentences::sentences(text, &paragraphs, &k.cues.abbreviations);
        if sentences.is_empty() {
            return Vec::new();
        }
        let quotes = find_quotes(text, &paragraphs);
        let starts = word_starts(text);
        let mentions = find_mentions(k, text, &starts, &quotes);
        let lex = k.automata();
        let verbs = find_speech_verbs(k, text, &starts, &mentions, &quotes);
        let dates = lex.dates.find(text, article.published);
        let mut doc = Doc {
            text,
            published: article.published,
            paragraphs,
            sentences,
            quotes,
            mentions,
            verbs,
            dates,
        };
        let headline_topic = headline_topic::headline_topic(k, &article.title);
        let (source_actor, authored) = document_voice::page_voice(
            k,
            &mut doc,
            &article.title,
            &article.source,
            article.url.as_deref(),
            &lex.dates,
        );
        let author = authored.as_ref().map(|a| &a.author);
        let topics = find_topics(
            k,
            text,
            &starts,
            &doc.sentences,
            headline_topic.map(|t| t.topic),
            &article.title,
            source_actor.is_none(),
        );
        tracing::debug!(?topics, "topic terms");
        let cues = find_cues(k, text, &starts);
        let references = lex.references.find_at(text, &starts);
        let labels = self.paragraph_labels(&doc, source_actor.is_some());
        let byline = speakers::byline_author(&doc);
        let intro_date = record_dates::interview_date(&doc, &labels);
        // ("Remarks by … , Sofia, 27 May 2024": the heading's day is the remarks'.)
        let sitting = record_dates::record_date(&doc, &article.title, &lex.dates)
            .or(authored.as_ref().and_then(|a| a.day));
        let quote_speakers = self.quote_attributions(&doc);

        let mut carried: HashMap<String, (NaiveDate, DateBasis, usize)> = HashMap::new();
        let statements = self.dated_statements(&doc);
        let mut next_statement = 0;
        let mut candidates: Vec<Candidate> = Vec::new();
        for cue in &cues {
            let s = doc.sentences.partition_point(|x| x.end <= cue.start);
            let Some(sentence) = doc.sentences.get(s) else {
                tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: no sentence");
                continue;
            };
            if cue.start < sentence.start {
                tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: outside a sentence");
                continue;
            }
            let q = quote_at(&doc.quotes, cue.start);
            // A question asks; it takes no stance ("To what extent did the talks help?"), also
            // when it is quoted ("\"Why should we pay for weapons?\" he asked.").
            if text[sentence.start..sentence.end]
                .trim_end_matches(['"', '\u{201d}', ')', '*'])
                .ends_with('?')
                || q.is_some_and(|qi| quoted_question(text, &doc.quotes[qi], cue.end))
            {
                tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: question");
                continue;
            }
            // ", who has vetoed earlier sanctions decisions,": a relative clause is background
            // narration, not the statement.
            // (Unless the clause reports speech: "his ambassador, Serhiy Kyslytsya, who told the
            // Council that … and called for a full embargo".)
            if q.is_none()
                && in_relative_clause(text, sentence.start, cue.start)
                && !relative_clause_reports_speech(&doc, sentence.start, cue.start)
            {
                tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: relative clause");
                continue;
            }
            if q.is_none() && opens_participle_with_agent(text, sentence.start, cue) {
                tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: participle with its agent");
                continue;
            }
            // "did not say whether Germany would deliver Taurus", "has never provided lethal
            // weapons": an indirect question or a denied past delivery asserts no position.
            if let Some(why) = asserts_no_position(&doc, sentence.start, cue, q) {
                tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: {why}");
                continue;
            }
            // Who.
            let label = labels[sentence.paragraph];
            let Some((att, via_source)) = self.cue_speaker(
                &doc,
                CueVoice {
                    sentence: s,
                    label,
                    quote: q,
                    quote_speakers: &quote_speakers,
                    byline,
                    official: source_actor.is_some(),
                },
                cue,
            ) else {
                continue;
            };
            // "This demand was rejected", said in a turn or a quotation: a passive rejection
            // without its agent reports what the other side did.
            if (q.is_some() || matches!(label, Label::Speaker(_) | Label::Letter(..)))
                && cue.kind == CueKind::Opposes
                && passives::passive_without_agent(text, cue)
            {
                tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: agentless passive in speech");
                continue;
            }
            if att.blocked {
                tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: attribution blocked");
                continue;
            }
            // When: the date nearest the attributing verb, else the speaker's last date here.
            let anchor = att.anchor.unwrap_or(cue.start);
            let key = att.mention.map(|m| speaker_key(&doc.mentions, m));
            let from_label =
                matches!(label, Label::Speaker(lm) if att.mention == Some(lm)) && q.is_none();
            // Every dated speech act before this point ("Baerbock, on a visit the same day,
            // said …") is the speaker's last date, even one that carried no stance.
            while let Some((pos, key, date)) = statements.get(next_statement) {
                if *pos >= anchor {
                    break;
                }
                carried.insert(key.clone(), (date.0, date.1, *pos));
                next_statement += 1;
            }
            let (said_on, basis) = self.statement_day(
                &doc,
                DateSite {
                    sentence: s,
                    anchor,
                    key: key.as_deref(),
                    turn: interviews::statement_turn(
                        &doc,
                        label,
                        q,
                        att.mention,
                        from_label,
                        byline,
                        intro_date,
                    ),
                    carried: &carried,
                    upcoming: &statements[next_statement..],
                    official: source_actor.is_some(),
                    // ("Minister Kuleba thanked his colleagues" in the Council's release of the
                    // day after.)
                    other_party: document_voice::other_party(k, &doc, att.mention, source_actor),
                    sitting,
                },
            );
            let publisher = || {
                source_actor.map(|a| Speaker {
                    actor: a,
                    name: if let Some(author) = author {
                        author.name.clone()
                    } else if article.source.is_empty() {
                        k.actors[a].name.clone()
                    } else {
                        article.source.clone()
                    },
                    certainty: 650,
                })
            };
            let speaker: Option<Speaker> = match att.mention {
                // "the President of the Republic" on elysee.fr is the publisher's president,
                // even after another president was named.
                Some(m) => resolve_in_voice(
                    k,
                    &doc.mentions,
                    m,
                    said_on,
                    Voice {
                        publisher: source_actor,
                        turn: match (label, q) {
                            (Label::Speaker(lm) | Label::Letter(lm, _), None) => Some(lm),
                            _ => None,
                        },
                        sentence_start: sentence.start,
                    },
                )
                // "Allies have committed to deliver" in a nato.int communique: the
                // publisher's own members speaking together are the publisher.
                .or_else(|| {
                    let label = doc.mentions[m].label.to_lowercase();
                    k.cues
                        .publisher_groups
                        .iter()
                        .any(|g| label.ends_with(g.as_str()))
                        .then(publisher)
                        .flatten()
                })
                // "Mark Rutte, who attended as NATO's Secretary General, said allies had
                // pledged …": the members its own official speaks of are the organisation.
                .or_else(|| groups::members_speaker(k, &doc, m, sentence.start, said_on)),
                None if via_source && q.is_none() => publisher(),
                None => None,
            };
            // "the four leaders called on Russia …" after the four were named: each of them.
            let mut group = match (&speaker, att.mention) {
                (None, Some(m)) => groups::counted_group_members(
                    k,
                    text,
                    &doc.mentions,
                    m,
                    sentence.start,
                    said_on,
                ),
                _ => Vec::new(),
            };
            let Some(speaker) = speaker.or_else(|| (!group.is_empty()).then(|| group.remove(0)))
            else {
                tracing::debug!(cue = %cue.cue, at = cue.start, mention = ?att.mention.map(|m| &doc.mentions[m].label), "cue dropped: speaker speaks for no actor on that day");
                continue;
            };
            if clause_tests::conditions_another(text, doc.sentences[s].start, cue) {
                tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: a condition on someone else");
                continue;
            }
            // "Putin said NATO countries are against …": a third party's stance reported by the
            // speaker is not the speaker's; warnings stay the speaker's own ("would put the West
            // in conflict with Moscow"). "France and Germany said …": each subject takes it.
            let partners: Vec<Speaker> = att
                .mention
                .map(|m| coordinated_subjects(text, &doc.mentions, m))
                .unwrap_or_default()
                .into_iter()
                .filter_map(|j| resolve(k, &doc.mentions, j, said_on, 0))
                .chain(group)
                .filter(|p| p.actor != speaker.actor)
                .collect();
            // (Several speakers are the "they" of "… said that they would send"; a named
            // person's act reported so is that person's stance, see `reported`.)
            // "\"Kuleba told me on Monday that his country needs …\"": the teller's words.
            let told = partners
                .is_empty()
                .then(|| self.told_the_speaker(&doc, s, cue, said_on))
                .flatten()
                .filter(|t| t.speaker.actor != speaker.actor);
            let reported = told.is_none()
                && cue.kind != CueKind::Warning
                && partners.is_empty()
                && self.reports_someone_else(&doc, &topics, s, cue, &att, &speaker, said_on);
            // (The speaker's own day, carried on below, stays theirs when a quotation dates
            // what someone told them.)
            let speakers_day = (said_on, basis);
            let handed_on = told.is_some() || reported;
            let (speaker, said_on, basis) = match told
                .map(Some)
                .or_else(|| reported.then(|| self.reported_person(&doc, s, cue, &att, said_on)))
            {
                None => (speaker, said_on, basis),
                Some(Some(person)) if person.speaker.actor != speaker.actor => {
                    let (day, how) = person.told_on.unwrap_or((said_on, basis));
                    (person.speaker, day, how)
                }
                // "Germany backed using the profits, the finance minister told reporters": the
                // speaker's own side is no third party; the stance is the speaker's actor's.
                Some(Some(_)) => (speaker, said_on, basis),
                Some(_) => {
                    tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: reports someone else's stance");
                    continue;
                }
            };
            // (When the words were another's, "He recalled that Zelensky had thanked Sweden on
            // Wednesday", the reporter carries only a day of their own speech act.)
            let speakers_day = if handed_on {
                self.date_near(&doc, anchor, true)
            } else {
                Some(speakers_day)
            };
            if let (Some(key), Some(day)) = (key, speakers_day) {
                if day.1 != DateBasis::Published {
                    carried.insert(key, (day.0, day.1, anchor));
                }
            }
            // "Czech Prime Minister Petr Fiala echoed that view": the previous claim's topic and
            // stance, now another speaker's.
            if cue.kind == CueKind::Echo {
                if let Some(prev) = candidates.last() {
                    let echoed = Candidate {
                        sentence: s,
                        actor: speaker.actor,
                        speaker: speaker.name.clone(),
                        channel: att.channel.clone(),
                        said_on,
                        basis,
                        cue: cue.cue.clone(),
                        confidence: speaker.certainty.min(prev.confidence).saturating_sub(100),
                        ..*prev
                    };
                    candidates.push(echoed);
                }
                continue;
            }
            // About what.
            let site = CueSite {
                sentence: s,
                quote: q,
                from_label,
            };
            let (topic, from_context) = match self.topic_of_cue(
                &doc,
                &topics,
                &references,
                headline_topic,
                cue,
                site,
            ) {
                Ok(found) => found,
                Err(reason) => match self.thanks_topic(&doc, s, cue, speaker.actor) {
                    Some(thanked_for) => (thanked_for, true),
                    None => {
                        tracing::debug!(cue = %cue.cue, at = cue.start, "cue dropped: {reason}");
                        continue;
                    }
                },
            };
            // "would not send weapons or soldiers": one cue, every coordinated topic.
            let all = topic_links::claim_topics(
                k,
                &topics,
                topic,
                from_context,
                cue.stance == Stance::Supports,
                text,
            );
            for (topic, speaker) in all.iter().flat_map(|t| {
                std::iter::once(&speaker)
                    .chain(&partners)
                    .map(move |sp| (*t, sp))
            }) {
                let Some(stance) = claim_stance(k, cue, &topic, speaker.actor) else {
                    continue;
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
                tracing::debug!(cue = %cue.cue, at = cue.start, actor = %k.actors[speaker.actor].id, topic = %k.topics[topic.topic].id, stance = ?stance, %said_on, speaker = %speaker.name, "candidate");
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
        if source_actor.is_none() {
            merge_undated_leads(&mut candidates, doc.published);
        }
        self.assemble(article, &doc, candidates)
    }
}
